// The exhibit inspector: what a stored file is, how many pages it gives, and whether the dossier
// reproduces it or only shows its separator page, and why. The same rules serve every reader:
// the import (a badge before any export), the plan the window shows, the export, the CLI. A file
// is read as the exporter reads it (a PDF that needs a password, a damaged PDF, a truncated
// photo are found here); a file whose type decides is not opened. The result is kept once per
// stored file (records/inspections.ts): files are immutable, so it stays true. This reads hostile
// bytes, so it runs only in the exhibit reader process (src/core/isolation), never beside the key.
import { assertImageDecodes, ImageDecodeError, imagePageCount } from './image-decoding.js';
import type { Inspection } from './inspection.js';
import { pagesWithUndecodableContent } from './content-streams.js';
import { loadPdfExhibit } from './pdf-reading.js';
import { PdfiumDocument } from './pdfium.js';
import { PdfjsDocument } from './pdfjs-pages.js';
import { exhibitTreatment } from './treatment.js';

export { exhibitTreatment, inspectionWithoutReading } from './treatment.js';

/**
 * Phone photo formats only libheif decodes, a second or more for each 12 MP photo (measured 2.5 s
 * for HEIC here): decoding a hundred of them in full would hold an import for minutes, so only
 * their header is read. Every other image is decoded as the exporter will (a JPEG or PNG at
 * thumbnail size, tens of milliseconds), but for a baseline JPEG whose structure shows it whole
 * (see assertImageDecodes).
 */
const headerOnlyImages = new Set(['image/heic', 'image/heif', 'image/avif']);

/**
 * Reads the file's bytes as the exporter will: a PDF is parsed once for its page count, an image
 * has its header read and (but for the phone formats above) every frame checked to decode, since
 * the exporter refuses a truncated one rather than print half a picture. Throws only when the signal
 * stops it or something other than the file fails.
 */
export async function inspectExhibit(bytes: Uint8Array, mediaType: string, signal?: AbortSignal, options: { password?: string | undefined } = {}): Promise<Inspection> {
  const treatment = exhibitTreatment(mediaType, bytes.length);
  if (treatment.kind === 'pages') return inspectPdf(bytes, options.password);
  if (treatment.kind === 'image') return inspectImage(bytes, mediaType, signal);
  return treatment;
}

/**
 * A PDF's pages as the exporter will find them: pdf-lib's count when it reads the file and its
 * page tree, else PDFium's (the exporter then copies from PDFium's repaired copy, or renders).
 * A file that needs a password is opened only with the one the user gave.
 */
async function inspectPdf(bytes: Uint8Array, password: string | undefined): Promise<Inspection> {
  if (!password) {
    try {
      const doc = await loadPdfExhibit(bytes);
      const pageCount = doc.getPages().length;
      if (pageCount > 0) {
        const undrawablePages = pagesWithUndecodableContent(doc, pageCount);
        return undrawablePages.length > 0 ? { kind: 'pages', pageCount, undrawablePages } : { kind: 'pages', pageCount };
      }
    } catch {
      // PDFium reads much of what pdf-lib refuses; its verdict follows.
    }
  }
  const opened = await PdfiumDocument.open(bytes, password).catch(() => 'damaged' as const);
  if (opened === 'damaged') return inspectWithPdfjs(bytes, password);
  if (typeof opened === 'string') return { kind: 'not_reproduced', reason: opened };
  try {
    const pageCount = opened.pageCount;
    return pagesFound(pageCount);
  } finally {
    opened.close();
  }
}

/** An engine's page count as the inspection says it: a PDF without pages has nothing to reproduce. */
function pagesFound(pageCount: number): Inspection {
  return pageCount === 0 ? { kind: 'not_reproduced', reason: 'no_pages' } : { kind: 'pages', pageCount };
}

/** The last engine's count: pdf.js opens some files PDFium refuses (the exporter then renders their pages with it). */
async function inspectWithPdfjs(bytes: Uint8Array, password: string | undefined): Promise<Inspection> {
  const opened = await PdfjsDocument.open(bytes, password);
  if (!opened) return { kind: 'not_reproduced', reason: 'damaged' };
  try {
    const pageCount = opened.pageCount;
    return pagesFound(pageCount);
  } finally {
    await opened.close();
  }
}

async function inspectImage(bytes: Uint8Array, mediaType: string, signal: AbortSignal | undefined): Promise<Inspection> {
  let pageCount: number;
  try {
    pageCount = await imagePageCount(bytes, mediaType);
  } catch (error) {
    const reason = error instanceof ImageDecodeError ? error.code : 'image_unreadable';
    return { kind: 'not_reproduced', reason, detail: errorDetail(error) };
  }
  if (headerOnlyImages.has(mediaType)) return { kind: 'image', pageCount };
  // The header says nothing of damage further on: decode the frames, one at a time, as the exporter will.
  try {
    await assertImageDecodes(bytes, mediaType, signal);
  } catch (error) {
    if (!(error instanceof ImageDecodeError)) throw error;
    return { kind: 'not_reproduced', reason: error.code, detail: error.reason };
  }
  return { kind: 'image', pageCount };
}

function errorDetail(error: unknown): string {
  if (error instanceof ImageDecodeError) return error.reason;
  return error instanceof Error ? error.message.split('\n')[0]!.slice(0, 160) : String(error);
}
