// The bytes a dossier will take, estimated before it is written, from what the vault knows without
// reading any file: each file's size and type and what inspecting it found. A copied PDF page takes
// about its share of the file; a photo placed at full resolution takes its file; a photo the filing
// shrinks (shrink-photos.ts) is bounded by the pixels of the sheet it is placed on at 300 dpi,
// whatever its own resolution. Plain arithmetic: the core runs it, and no parser.
import type { Inspection } from '../exhibits/inspection.js';

/** An included file as the estimate sees it. */
export interface SizedFile {
  size: number;
  mediaType: string;
  /** What inspecting it found; absent when it was never inspected (then its type says what it likely is). */
  inspection?: Inspection | undefined;
}

/**
 * Pixels of the box a photo is placed in (exhibit-pages.ts createSheet: A4 less 28 pt each side
 * and the footer band) at the filing's 300 dpi: 539 × 786 pt, 2246 × 3275 pixels.
 */
export const photoBoxPixels = Math.round((539 / 72) * 300) * Math.round((786 / 72) * 300);

/**
 * Bytes a pixel of a shrunk photo takes at most. A JPEG is re-encoded at quality 85 (mozjpeg):
 * measured on noise, the least compressible photo there is, 0.5 bytes a pixel (camera photos take
 * 0.1 to 0.3). Any other image goes to PNG: at worst its raw RGBA, 4 bytes a pixel.
 */
function shrunkBytesPerPixel(mediaType: string): number {
  return mediaType === 'image/jpeg' ? 0.5 : 4;
}

/** A separator page (label, title, fields, fingerprint) and each page's footer stamp. */
export const separatorBytes = 6 * 1024;
export const stampBytes = 1536;
/** A page of typeset text (the cover, contents, sections, the manifest, a text file). */
export const textPageBytes = 6 * 1024;

/** What a file's own pages add to the dossier, separator excluded. */
export function fileContentBytes(file: SizedFile, shrinkPhotos: boolean): number {
  // A file never inspected: an image is most likely one photo; anything else counts its size.
  const inspection = file.inspection ?? (file.mediaType.startsWith('image/') ? { kind: 'image' as const, pageCount: 1 } : undefined);
  if (!inspection) return file.size;
  switch (inspection.kind) {
    case 'not_reproduced':
      return 0;
    case 'text':
      // Typeset: its characters again, in a content stream, and a page's furniture.
      return file.size * 2 + textPageBytes;
    case 'pages':
      return file.size + inspection.pageCount * stampBytes;
    case 'image': {
      const stamps = inspection.pageCount * stampBytes;
      if (!shrinkPhotos) return file.size + stamps;
      // Never more than the file: a photo already small enough is placed as it is.
      return Math.min(file.size, inspection.pageCount * photoBoxPixels * shrunkBytesPerPixel(file.mediaType)) + stamps;
    }
  }
}

/** What an exhibit adds: its separator page and its own pages. */
export function exhibitBytes(file: SizedFile, shrinkPhotos: boolean): number {
  return separatorBytes + fileContentBytes(file, shrinkPhotos);
}
