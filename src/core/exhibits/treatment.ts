// What a file becomes in the dossier by its media type (as detected from content) and size
// alone, so the core can badge a list of hundreds of files, and decide which to send to the
// exhibit reader, without loading a parser: this file imports none.
import type { ExhibitTreatment, Inspection } from './inspection.js';

/** Longest text file reproduced as typed pages (about 250 pages). */
export const maxTextBytes = 512 * 1024;

/**
 * Image types the exporter places (image-decoding.ts reads each). BMP is absent: the prebuilt
 * libvips behind sharp has no BMP loader. Of JPEG 2000, JP2, JPX and bare codestreams are placed;
 * JPM (compound pages of masked layers) and MJ2 (motion) are not pictures OpenJPEG composes.
 */
const placeableImageTypes: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'image/apng',
  'image/tiff',
  'image/webp',
  'image/gif',
  'image/avif',
  'image/heic',
  'image/heif',
  'image/jp2',
  'image/jpx',
  'image/j2c',
]);

/** Media types (as `file-type` detects them from content) that the dossier can place as images. */
export function isPlaceableImage(mediaType: string): boolean {
  return placeableImageTypes.has(mediaType);
}

/**
 * The exporter's rules by media type and size alone, so a list of hundreds of files can show what
 * each will become without opening any of them.
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
