// Every box one exhibit's pages get under a redaction, found in the composer's first pass (before
// anything is laid out), so the plan and the export agree on which pages are redacted and how long
// the redaction log is. A PDF's text and annotations are read with pdf.js (the reader a
// recipient's browser uses) and its text again with PDFium (each character's own box), as the
// verification after export reads it; a scan's or photo's words come from the OCR text the
// vault keeps.
import type { RecognizedPage } from '../../../shared/recognized-text.js';
import { maxPageTextChars } from '../../exhibits/ocr/pdf-text.js';
import { PdfiumDocument } from '../../exhibits/pdfium.js';
import { PdfjsDocument, type PdfAnnotationText } from '../../exhibits/pdfjs-pages.js';
import type { DossierRedaction } from './dossier-redaction.js';
import { annotationBoxes, charBoxes, mergeOverlapping, recognizedBoxes, regionBoxes, termSet, textRunBoxes, unreadAnnotationBoxes, type PageBox } from './page-boxes.js';

/** The boxes of an exhibit's pages that have any, by page (1-based). */
export type ExhibitBoxes = Map<number, PageBox[]>;

export interface ExhibitToSearch {
  evidenceId: string;
  kind: 'pdf' | 'image';
  /** Pages the dossier reproduces. */
  pageCount: number;
  /** The file's bytes, read only for a PDF when the profile has terms. */
  bytes: () => Promise<Uint8Array | undefined>;
  password?: string | undefined;
  /** What OCR recognised on its scanned pages, by page. */
  recognized: ReadonlyMap<number, RecognizedPage>;
  signal?: AbortSignal | undefined;
  /** Called after each page read, to say the work goes on (a long file outlasts the reader's deadline otherwise). */
  onPage?: (() => void) | undefined;
}

/** Whether the profile can put any box on this exhibit (else its file need not be read for it). */
export function mayRedact(redaction: DossierRedaction, evidenceId: string): boolean {
  return redaction.terms.length > 0 || redaction.withheldValues.length > 0 || (redaction.regions[evidenceId]?.length ?? 0) > 0;
}

export async function findExhibitBoxes(redaction: DossierRedaction, exhibit: ExhibitToSearch): Promise<ExhibitBoxes> {
  const found = await allBoxes(redaction, exhibit);
  for (const [page, boxes] of found) found.set(page, mergeOverlapping(boxes));
  return found;
}

async function allBoxes(redaction: DossierRedaction, exhibit: ExhibitToSearch): Promise<ExhibitBoxes> {
  const found: ExhibitBoxes = new Map();
  const terms = termSet(redaction);
  const add = (page: number, boxes: PageBox[]) => {
    if (boxes.length > 0) found.set(page, [...(found.get(page) ?? []), ...boxes]);
  };
  for (let page = 1; page <= exhibit.pageCount; page += 1) {
    add(page, regionBoxes(redaction, exhibit.evidenceId, page));
    const recognized = exhibit.recognized.get(page);
    if (recognized && terms.texts.length > 0) add(page, recognizedBoxes(recognized, terms));
  }
  if (exhibit.kind !== 'pdf' || terms.texts.length === 0) return found;
  const bytes = await exhibit.bytes();
  if (!bytes) return found;
  const pdf = await PdfjsDocument.open(bytes, exhibit.password);
  const annotationsByPage = new Map<number, PdfAnnotationText[]>();
  if (pdf) {
    try {
      for (let index = 0; index < Math.min(exhibit.pageCount, pdf.pageCount); index += 1) {
        exhibit.signal?.throwIfAborted();
        exhibit.onPage?.();
        const text = await pdf.pageText(index);
        if (text) add(index + 1, textRunBoxes(text, terms));
        const annotations = await pdf.pageAnnotations(index);
        if (annotations) {
          add(index + 1, annotationBoxes(annotations, terms));
          annotationsByPage.set(index + 1, annotations);
        }
      }
    } finally {
      await pdf.close();
    }
  }
  const pdfium = await PdfiumDocument.open(bytes, exhibit.password).catch(() => undefined);
  if (pdfium && typeof pdfium !== 'string') {
    try {
      for (let index = 0; index < Math.min(exhibit.pageCount, pdfium.pageCount); index += 1) {
        exhibit.signal?.throwIfAborted();
        exhibit.onPage?.();
        const text = attempt(() => pdfium.pageText(index, maxPageTextChars));
        if (text) add(index + 1, charBoxes(text, terms));
      }
    } finally {
      pdfium.close();
    }
  }
  // Only a page drawn again renders its annotations; a clean page's copy drops all but links.
  for (const [page, annotations] of annotationsByPage) if (found.has(page)) add(page, unreadAnnotationBoxes(annotations));
  return found;
}

/** What PDFium gives, or undefined when it fails on this page (a trap in its code is caught as a throw). */
function attempt<T>(work: () => T | undefined): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}
