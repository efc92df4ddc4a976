// What a redaction profile asks of one export, as plain data that crosses to the composer in the
// exhibit reader process (DossierInput.redaction), and what the composer and the verification
// answer. The vault's side builds it from the stored profile (redaction-for-export.ts); the
// composer applies it to the typeset input (withhold-input.ts) and to the exhibit pages
// (redact-pages.ts); verify-redaction.ts checks the written file before it is renamed into place.
import type { RedactionReason, RedactionRegion, WithholdableField } from '../../../shared/redaction.js';

export interface DossierRedaction {
  profileId: string;
  profileName: string;
  /** Terms with their reason codes; matched with findTermMatches (src/shared/redaction.ts). */
  terms: { text: string; reason: RedactionReason }[];
  /** Boxes drawn on exhibit pages, by evidence id. */
  regions: Record<string, RedactionRegion[]>;
  withheldFields: WithholdableField[];
  /** Exhibits and events left out whole (the exhibits are also left out of the selection by the vault's side). */
  withheldEvidenceIds: string[];
  withheldEventIds: string[];
  /**
   * The values of the withheld fields as the vault holds them (a family member's name, an
   * address): never printed, searched for by the verification like the terms.
   */
  withheldValues: string[];
  /** Print the redaction log page. */
  logPage: boolean;
}

/** One exhibit page that was redacted, as the composer placed it: for the log page, the manifest and the audit log. */
export interface RedactedPage {
  evidenceId: string;
  /** The exhibit's own page (1-based). */
  page: number;
  /** The dossier page it printed on (1-based, in the whole dossier). */
  dossierPage: number;
  /** How many boxes of each reason cover it. */
  boxes: Partial<Record<RedactionReason, number>>;
  /** The boxes in the dossier page's own coordinates (PDF points, origin bottom left), for the verification's OCR. */
  rects: { x: number; y: number; width: number; height: number }[];
}

/** One redacted exhibit: its pages' SHA-256 (see redact-pages.ts for what is hashed) beside the original's. */
export interface RedactedExhibit {
  evidenceId: string;
  /** SHA-256 of the redacted page images as stored in the dossier, in page order (checkable with `pdfimages -all`). */
  redactedSha256: string;
  originalSha256: string;
}

/** Something the verification found in the written file that the profile removes. */
export interface RedactionLeak {
  /** 1-based dossier page, or undefined when found in the file outside any page (metadata, a stream no page uses). */
  page: number | undefined;
  /** Which check found it. */
  foundBy: 'pdfjs' | 'pdfium' | 'streams' | 'ocr';
  /** The term or withheld value found. */
  text: string;
}
