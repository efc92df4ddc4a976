// A JPEG's marker segments, walked without decoding a pixel: the decoder looks for Adobe's colour
// segment in them; for a redacted export, the JPEG a copied PDF page draws loses every segment
// that can carry words (EXIF and XMP in APP1, IPTC in APP13, comments, any other application
// segment), and the verification after export reads every segment that is not picture data.
// A JPEG is SOI (FFD8), then segments "FF xx" with a two-byte big-endian length that counts itself
// (standalone markers: SOI, EOI, RSTn, TEM carry none), up to SOS, after which entropy-coded data
// runs until the next marker other than FF00 (a stuffed byte) and RSTn.

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const COM = 0xfe;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;
const APP15 = 0xef;

/** Application segments kept, by the signature they start with: none of them holds text a person writes. */
const keptApplicationSegments: readonly { marker: number; signature: Buffer }[] = [
  { marker: APP0, signature: Buffer.from('JFIF\0', 'latin1') },
  { marker: APP2, signature: Buffer.from('ICC_PROFILE\0', 'latin1') },
  // Adobe's colour transform: without it a CMYK or YCCK picture shows in the wrong colours.
  { marker: APP14, signature: Buffer.from('Adobe', 'latin1') },
];

function isStandalone(marker: number): boolean {
  return marker === SOI || marker === EOI || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/** One segment: where its marker's FF starts, its marker, where its data starts and where it ends. */
export interface JpegSegment {
  start: number;
  marker: number;
  data: number;
  end: number;
}

/** The segment at `at` (fill bytes FF before the marker skipped); undefined when the bytes there are not one. */
function segmentAt(bytes: Uint8Array, at: number): JpegSegment | undefined {
  if (bytes[at] !== 0xff) return undefined;
  let index = at + 1;
  while (bytes[index] === 0xff) index += 1;
  const marker = bytes[index];
  if (marker === undefined || marker === 0x00) return undefined;
  if (isStandalone(marker)) return { start: at, marker, data: index + 1, end: index + 1 };
  if (index + 2 >= bytes.length) return undefined;
  const length = (bytes[index + 1]! << 8) | bytes[index + 2]!;
  const end = index + 1 + length;
  if (length < 2 || end > bytes.length) return undefined;
  return { start: at, marker, data: index + 3, end };
}

function keepsSegment(bytes: Uint8Array, segment: JpegSegment): boolean {
  if (segment.marker === COM) return false;
  if (segment.marker < APP0 || segment.marker > APP15) return true;
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + segment.data, segment.end - segment.data);
  return keptApplicationSegments.some(({ marker, signature }) => marker === segment.marker && data.length >= signature.length && data.subarray(0, signature.length).equals(signature));
}

/**
 * The marker segments after SOI up to and including the first SOS, as far as they are well formed:
 * the walk stops at the first bytes that are not a segment, or at an SOI or EOI out of place.
 */
export function* jpegHeaderSegments(bytes: Uint8Array): Generator<JpegSegment> {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return;
  for (let at = 2; ; ) {
    const segment = segmentAt(bytes, at);
    if (!segment || segment.marker === SOI || segment.marker === EOI) return;
    yield segment;
    if (segment.marker === SOS) return;
    at = segment.end;
  }
}

/**
 * The JPEG without its comments and its application segments other than JFIF, ICC profile and
 * Adobe, rewritten up to the first SOS and copied from there untouched (no pixel is decoded or
 * encoded again). The same bytes when nothing is removed; undefined when the header is not a
 * well-formed JPEG's (no SOI, a length running past the end, no SOS): the caller must not keep it.
 */
export function jpegWithoutText(bytes: Uint8Array): Uint8Array | undefined {
  const segments = [...jpegHeaderSegments(bytes)];
  const scan = segments.pop();
  if (scan?.marker !== SOS) return undefined;
  const kept = segments.filter((segment) => keepsSegment(bytes, segment));
  if (kept.length === segments.length) return bytes;
  return Buffer.concat([bytes.subarray(0, 2), ...kept.map((segment) => bytes.subarray(segment.start, segment.end)), bytes.subarray(scan.start)]);
}

/**
 * Every part of a JPEG that is not entropy-coded picture data: each marker segment (through the
 * whole file, so segments between a progressive picture's scans too) and whatever follows EOI.
 * Undefined when the bytes are not a well-formed JPEG's: the caller reads them whole instead.
 */
export function jpegSegmentsOutsidePixels(bytes: Uint8Array): Uint8Array[] | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return undefined;
  const parts: Uint8Array[] = [];
  for (let at = 2; at < bytes.length; ) {
    const segment = segmentAt(bytes, at);
    if (!segment) return undefined;
    if (segment.marker === EOI) {
      if (segment.end < bytes.length) parts.push(bytes.subarray(segment.end));
      return parts;
    }
    parts.push(bytes.subarray(segment.start, segment.end));
    at = segment.end;
    if (segment.marker === SOS || (segment.marker >= 0xd0 && segment.marker <= 0xd7)) at = entropyDataEnd(bytes, at);
  }
  // A picture cut short after its last scan's data: nothing more to read.
  return parts;
}

/** Where the entropy-coded data from `at` ends: the next FF that starts a marker other than a stuffed zero or a restart. */
function entropyDataEnd(bytes: Uint8Array, at: number): number {
  for (let index = bytes.indexOf(0xff, at); index !== -1; index = bytes.indexOf(0xff, index + 1)) {
    let next = index + 1;
    while (bytes[next] === 0xff) next += 1;
    const marker = bytes[next];
    if (marker === undefined) return bytes.length;
    if (marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7)) {
      index = next;
      continue;
    }
    return index;
  }
  return bytes.length;
}
