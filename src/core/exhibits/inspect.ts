// The exhibit inspector: what a stored file is, how many pages it gives, and whether the dossier
// reproduces it or only shows its separator page, and why. The same rules serve every reader:
// the import (a badge before any export), the plan the window shows, the export, the CLI. A file
// is read as the exporter reads it (a PDF that needs a password, a damaged PDF, a truncated
// photo are found here); a file whose type decides is not opened. The result is kept once per
// stored file (stored-inspections.ts): files are immutable, so it stays true.
import { assertImageDecodes, ImageDecodeError, imagePageCount, isPlaceableImage } from './image-decoding.js';
import type { ExhibitTreatment, Inspection } from './inspection.js';
import { isPasswordError, loadPdfExhibit } from './pdf-reading.js';

/** Longest text file reproduced as typed pages (about 250 pages). */
const maxTextBytes = 512 * 1024;

/**
 * Phone photo formats only libheif decodes, a second or more for each 12 MP photo (measured 2.5 s
 * for HEIC here): decoding a hundred of them in full would hold an import for minutes, so only
 * their header is read. Every other image is decoded as the exporter will (a JPEG or PNG at
 * thumbnail size, tens of milliseconds), but for a baseline JPEG whose structure shows it whole
 * (see assertImageDecodes).
 */
const headerOnlyImages = new Set(['image/heic', 'image/heif', 'image/avif']);

/**
 * The exporter's rules by media type (as detected from content) and size alone, so a list of
 * hundreds of files can show what each will become without opening any of them.
 */
export function exhibitTreatment(mediaType: string, size: number): ExhibitTreatment {
  if (mediaType === 'application/pdf') return { kind: 'pages' };
  if (isPlaceableImage(mediaType)) return { kind: 'image' };
  if (mediaType.startsWith('text/')) return size > maxTextBytes ? { kind: 'not_reproduced', reason: 'text_too_long' } : { kind: 'text' };
  if (mediaType.startsWith('audio/')) return { kind: 'not_reproduced', reason: 'audio' };
  if (mediaType.startsWith('video/')) return { kind: 'not_reproduced', reason: 'video' };
  return { kind: 'not_reproduced', reason: 'unknown_type', detail: mediaType };
}

/** The inspection when the type and size decide it; undefined when the file must be read (a PDF, an image). */
export function inspectionWithoutReading(mediaType: string, size: number): Inspection | undefined {
  const treatment = exhibitTreatment(mediaType, size);
  return treatment.kind === 'pages' || treatment.kind === 'image' ? undefined : treatment;
}

/**
 * Reads the file's bytes as the exporter will: a PDF is parsed once for its page count, an image
 * has its header read and (but for the phone formats above) every frame checked to decode, since
 * the exporter refuses a truncated one rather than print half a picture. Throws only when the signal
 * stops it or something other than the file fails.
 */
export async function inspectExhibit(bytes: Uint8Array, mediaType: string, signal?: AbortSignal): Promise<Inspection> {
  const treatment = exhibitTreatment(mediaType, bytes.length);
  if (treatment.kind === 'pages') return inspectPdf(bytes);
  if (treatment.kind === 'image') return inspectImage(bytes, mediaType, signal);
  return treatment;
}

async function inspectPdf(bytes: Uint8Array): Promise<Inspection> {
  try {
    const pageCount = (await loadPdfExhibit(bytes)).getPageCount();
    return pageCount === 0 ? { kind: 'not_reproduced', reason: 'no_pages' } : { kind: 'pages', pageCount };
  } catch (error) {
    if (isPasswordError(error)) return { kind: 'not_reproduced', reason: 'needs_password' };
    return { kind: 'not_reproduced', reason: 'damaged', detail: errorDetail(error) };
  }
}

async function inspectImage(bytes: Uint8Array, mediaType: string, signal: AbortSignal | undefined): Promise<Inspection> {
  let pageCount: number;
  try {
    pageCount = await imagePageCount(bytes, mediaType);
  } catch (error) {
    return { kind: 'not_reproduced', reason: 'image_unreadable', detail: errorDetail(error) };
  }
  if (headerOnlyImages.has(mediaType)) return { kind: 'image', pageCount };
  // The header says nothing of damage further on: decode the frames, one at a time, as the exporter will.
  try {
    await assertImageDecodes(bytes, mediaType, signal);
  } catch (error) {
    if (!(error instanceof ImageDecodeError)) throw error;
    return { kind: 'not_reproduced', reason: 'image_unreadable', detail: error.reason };
  }
  return { kind: 'image', pageCount };
}

function errorDetail(error: unknown): string {
  if (error instanceof ImageDecodeError) return error.reason;
  return error instanceof Error ? error.message.split('\n')[0]!.slice(0, 160) : String(error);
}
