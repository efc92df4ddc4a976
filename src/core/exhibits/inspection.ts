// What inspecting an exhibit file finds (inspect.ts does it), in the contract's closed
// vocabulary: the kinds are its dossierSupports, the reasons its supportReasons, stored as they
// are (records/inspections.ts) and worded by the dossier, the window and the CLI alike.
import type { SupportReason } from '../../shared/contract.js';

/** Why the dossier shows only a separator page for the file, with the reader's own words when there are some. */
export type NotReproduced = { kind: 'not_reproduced'; reason: SupportReason; detail?: string };

/**
 * What the dossier makes of a file: its pages copied ('pages', a PDF), an image placed one page
 * per frame, a text typeset (its page count depends on the typesetting, so none is kept), or a
 * separator page only. The kinds are the contract's dossierSupports, the reasons its supportReasons.
 */
export type Inspection =
  | { kind: 'pages'; pageCount: number; /** Pages (1-based) whose drawing data does not decode (content-streams.ts). */ undrawablePages?: number[] | undefined }
  | { kind: 'image'; pageCount: number }
  | { kind: 'text' }
  | NotReproduced;

/** What the rules by type and size alone say; a PDF or an image may still turn out unreadable when read. */
export type ExhibitTreatment = { kind: 'pages' } | { kind: 'image' } | { kind: 'text' } | NotReproduced;

/**
 * Raised when a rule of inspect.ts changes what a file becomes (2: damaged PDFs read by PDFium):
 * stored results of an older inspector are then inspected again on first need.
 */
export const inspectorVersion = 2;
