// Old-style JPEG pages in a TIFF (compression 6, TIFF 6.0 section 22, withdrawn in 1995 and still
// found in scans from old scanners and imaging software). The libtiff inside sharp's libvips is
// built without it. Most such pages carry their whole picture as one JPEG stream, located by the
// JPEGInterchangeFormat tags; that stream is a JPEG like any other, read by libjpeg. A page
// without one (its tables and scan data in separate tags and strips) stays unreadable.

const OLD_JPEG = 6;
const TAG_COMPRESSION = 259;
const TAG_ORIENTATION = 274;
const TAG_JPEG_INTERCHANGE_FORMAT = 513;
const TAG_JPEG_INTERCHANGE_FORMAT_LENGTH = 514;
const TYPE_SHORT = 3;
const TYPE_LONG = 4;

export interface OldJpegPage {
  /** The page's JPEG stream, from its start-of-image marker. */
  jpeg: Uint8Array;
  /** The TIFF page's Orientation tag, 1..8 (1 when absent). */
  orientation: number;
}

/**
 * Whether page `page` (0-based, in the chain of directories) of a classic TIFF is old-style JPEG,
 * and if so its JPEG stream: undefined when the page is not old-style JPEG, or the TIFF cannot be
 * walked to it; `jpeg` undefined when it is, but holds no whole stream.
 */
export function oldJpegPage(bytes: Uint8Array, page: number): { jpeg: OldJpegPage | undefined } | undefined {
  const directory = findDirectory(bytes, page);
  if (!directory) return undefined;
  const { tags } = directory;
  if (tags.get(TAG_COMPRESSION) !== OLD_JPEG) return undefined;
  const start = tags.get(TAG_JPEG_INTERCHANGE_FORMAT);
  const length = tags.get(TAG_JPEG_INTERCHANGE_FORMAT_LENGTH);
  if (start === undefined || length === undefined || length < 4 || start + length > bytes.length) return { jpeg: undefined };
  if (bytes[start] !== 0xff || bytes[start + 1] !== 0xd8) return { jpeg: undefined };
  const orientation = tags.get(TAG_ORIENTATION) ?? 1;
  return { jpeg: { jpeg: bytes.subarray(start, start + length), orientation: orientation >= 1 && orientation <= 8 ? orientation : 1 } };
}

/** The single-valued SHORT and LONG tags of the page's directory. */
function findDirectory(bytes: Uint8Array, page: number): { tags: Map<number, number> } | undefined {
  if (bytes.length < 8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = bytes[0] === 0x49 && bytes[1] === 0x49;
  if (!little && !(bytes[0] === 0x4d && bytes[1] === 0x4d)) return undefined;
  if (view.getUint16(2, little) !== 42) return undefined; // 43 is BigTIFF, which came after old-style JPEG
  let at = view.getUint32(4, little);
  const seen = new Set<number>();
  for (let index = 0; ; index++) {
    if (at === 0 || seen.has(at) || at + 2 > bytes.length) return undefined;
    seen.add(at);
    const count = view.getUint16(at, little);
    const end = at + 2 + 12 * count;
    if (end + 4 > bytes.length) return undefined;
    if (index === page) {
      const tags = new Map<number, number>();
      for (let entry = at + 2; entry < end; entry += 12) {
        const type = view.getUint16(entry + 2, little);
        if (view.getUint32(entry + 4, little) !== 1) continue; // the tags read here hold one value
        if (type === TYPE_SHORT) tags.set(view.getUint16(entry, little), view.getUint16(entry + 8, little));
        else if (type === TYPE_LONG) tags.set(view.getUint16(entry, little), view.getUint32(entry + 8, little));
      }
      return { tags };
    }
    at = view.getUint32(end, little);
  }
}
