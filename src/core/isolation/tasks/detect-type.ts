// The type of a file from its first bytes (magic numbers, through file-type), never from its
// name; a head with no known signature that decodes as UTF-8 is text.
import { fileTypeFromBuffer } from 'file-type';
import type { DetectedType, DetectTypeInput } from '../task-types.js';
import { readImageHints } from './image-hints.js';

function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  // A multi-byte character may be cut at the sample's end; decode leniently there only.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    return false;
  }
}

/**
 * A TIFF's signature. file-type follows the offset of the first directory to tell camera raw
 * formats from TIFF, and scanners write that directory after the image data, far past the head
 * sample: it then answers nothing, where a TIFF it is.
 */
function isTiffSignature(head: Uint8Array): boolean {
  const littleEndian = head[0] === 0x49 && head[1] === 0x49 && head[2] === 0x2a && head[3] === 0x00;
  const bigEndian = head[0] === 0x4d && head[1] === 0x4d && head[2] === 0x00 && head[3] === 0x2a;
  return littleEndian || bigEndian;
}

/** How far into a file readers look for a PDF's header (Acrobat's rule; poppler and PDFium alike). */
const pdfHeaderWindow = 1024;
const pdfHeader = Buffer.from('%PDF-', 'latin1');

/**
 * A PDF with something before its header (a stray byte, a blank line, a mail gateway's or a web
 * server's leftovers): file-type looks at offset 0 only, where readers accept the header anywhere
 * in the first kilobyte. The stored original keeps those bytes.
 */
function hasLatePdfHeader(head: Uint8Array): boolean {
  return Buffer.from(head.subarray(0, pdfHeaderWindow + pdfHeader.length - 1)).includes(pdfHeader);
}

/** A PDF whose header was blanked out (by a faulty transfer, say) still begins with its first object: "5 0 obj". Readers show it. */
function startsWithPdfObject(head: Uint8Array): boolean {
  return /^\s*\d{1,10}\s+\d{1,5}\s+obj\b/.test(Buffer.from(head.subarray(0, pdfHeaderWindow)).toString('latin1'));
}

/**
 * The type, and for an image the hints of its header (camera, density) from the same first bytes:
 * JPEG and PNG keep them at the start, so the kind guess needs no other visit to the file. A
 * header that lies further on (a TIFF's directory written after its strips) gives no hints here.
 */
export async function detectType(input: unknown): Promise<DetectedType> {
  const { head } = input as DetectTypeInput;
  const detected = await fileTypeFromBuffer(head);
  if (detected) {
    const hints = detected.mime.startsWith('image/') ? await readImageHints(head) : undefined;
    return { mediaType: detected.mime, ext: detected.ext, ...(hints ? { hints } : {}) };
  }
  if (hasLatePdfHeader(head) || startsWithPdfObject(head)) return { mediaType: 'application/pdf', ext: 'pdf' };
  if (isTiffSignature(head)) return { mediaType: 'image/tiff', ext: 'tif' };
  if (looksLikeText(head)) return { mediaType: 'text/plain', ext: 'txt' };
  return { mediaType: 'application/octet-stream', ext: undefined };
}
