// Every text a PDF file holds outside what its pages draw, for the verification after a redacted
// export: each object the file carries ("N G obj", every revision, whether the cross-reference
// table points at it or not) is parsed on its own with pdf-lib's object parser, its strings
// decoded (PDFDocEncoding or UTF-16BE, as pdf-lib reads them, and their raw bytes as Latin-1 and
// UTF-8) and its stream decompressed with pdf-lib's decoders and read as Latin-1, UTF-8 and
// (unless it is all printable ASCII, as operators are) UTF-16BE; an object stream's objects are
// parsed the same way. One stream is decoded at a time, so a file of hundreds of MB costs its own
// bytes and one stream more. Image streams' pixels are not read (the boxes' pixels are checked by
// OCR), but a JPEG's (DCTDecode) raw bytes outside its entropy-coded data (EXIF, XMP, IPTC,
// comments, ICC, whatever follows its end) are read as Latin-1, UTF-8 and UTF-16 either way: a
// few kB however large the photo. This parses the written dossier, so it runs in the exhibit
// reader process.
import {
  decodePDFRawStream,
  PDFArray,
  PDFContext,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { jpegSegmentsOutsidePixels } from '../../exhibits/jpeg-markers.js';

/** A text found in the file, with the object it came from (its number, when it is a numbered object). */
export interface FoundText {
  text: string;
  objectNumber: number | undefined;
}

/** What the page tree says of each page: the objects that belong to it (its dict, contents and annotations). */
export interface PageObjects {
  /** Object numbers by 1-based page. */
  pages: Set<number>[];
}

/** Decoded streams larger than this are read as Latin-1 and UTF-8 only: UTF-16BE of megabytes of operators is noise. */
const maxUtf16Bytes = 16 * 1024 * 1024;
/** Objects parsed between two calls of `working` (which keep the reader's deadline alive). */
const objectsPerBeat = 500;

const OBJ = Buffer.from('obj', 'latin1');
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: false });
const utf16be = new TextDecoder('utf-16be', { fatal: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false });

/**
 * Calls `found` with every text of the file's objects; answers which objects each page uses, from
 * the page tree of the catalog found last (the one a reader opens).
 */
export function scanPdfObjects(bytes: Uint8Array, found: (text: FoundText) => void, working: () => void): PageObjects {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const context = PDFContext.create();
  const tree = new Map<number, PDFDict>();
  let catalog: PDFDict | undefined;
  let parsed = 0;
  for (let at = buffer.indexOf(OBJ, 0); at !== -1; ) {
    const number = objectNumberBefore(buffer, at);
    let next = at + OBJ.length;
    if (number !== undefined && isDelimiter(buffer[next])) {
      const parser = PDFObjectParser.forBytes(bytes.subarray(next), context);
      try {
        const object = parser.parseObject();
        next += (parser as unknown as { bytes: { offset(): number } }).bytes.offset();
        readObject(object, number, found);
        const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : undefined;
        const type = dict?.get(PDFName.of('Type'));
        if (dict && (type === PDFName.of('Page') || type === PDFName.of('Pages'))) tree.set(number, dict);
        if (dict && type === PDFName.of('Catalog')) catalog = dict;
        if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Type')) === PDFName.of('ObjStm')) {
          readObjectStream(object, found, context, tree, (dict) => (catalog = dict));
        }
      } catch {
        // Not an object after all (bytes inside a stream that look like one), or a damaged one: its bytes are still searched as a stream's or not at all.
      }
      parsed += 1;
      if (parsed % objectsPerBeat === 0) working();
    }
    at = buffer.indexOf(OBJ, Math.max(next, at + 1));
  }
  return { pages: pageObjects(catalog, tree) };
}

/** The object number of "N G obj" whose "obj" starts at `at`; undefined when the bytes before are not "N G " (e.g. "endobj"). */
function objectNumberBefore(buffer: Buffer, at: number): number | undefined {
  let index = at - 1;
  const skipSpaces = () => {
    const start = index;
    while (index >= 0 && isWhite(buffer[index])) index -= 1;
    return index < start;
  };
  const digits = () => {
    const end = index;
    while (index >= 0 && buffer[index]! >= 0x30 && buffer[index]! <= 0x39) index -= 1;
    return end > index ? Number(buffer.toString('latin1', index + 1, end + 1)) : undefined;
  };
  if (!skipSpaces()) return undefined;
  if (digits() === undefined || !skipSpaces()) return undefined;
  const number = digits();
  if (number === undefined || (index >= 0 && !isWhite(buffer[index]) && !isDelimiter(buffer[index]))) return undefined;
  return number;
}

function isWhite(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
}

function isDelimiter(byte: number | undefined): boolean {
  return byte === undefined || isWhite(byte) || byte === 0x3c || byte === 0x2f || byte === 0x5b || byte === 0x28 || byte === 0x25 || byte === 0x3e || byte === 0x5d;
}

/** Every string and name of `object` (deep, without following references), and its stream's bytes decoded. */
function readObject(object: PDFObject, objectNumber: number | undefined, found: (text: FoundText) => void): void {
  const visit = (value: PDFObject | undefined, depth: number): void => {
    if (value === undefined || depth > 64) return;
    if (value instanceof PDFString || value instanceof PDFHexString) {
      found({ text: value.decodeText(), objectNumber });
      const raw = value.asBytes();
      found({ text: latin1.decode(raw), objectNumber });
      found({ text: utf8.decode(raw), objectNumber });
      // UTF-16BE without its byte order mark, which pdf-lib reads as PDFDocEncoding.
      if (!isPrintableAscii(raw)) found({ text: utf16be.decode(raw), objectNumber });
    } else if (value instanceof PDFName) {
      found({ text: value.decodeText(), objectNumber });
    } else if (value instanceof PDFArray) {
      for (let index = 0; index < value.size(); index++) visit(value.get(index), depth + 1);
    } else if (value instanceof PDFDict) {
      for (const [key, entry] of value.entries()) {
        visit(key, depth + 1);
        visit(entry, depth + 1);
      }
    } else if (value instanceof PDFRawStream) {
      visit(value.dict, depth + 1);
      readStream(value, objectNumber, found);
    }
  };
  visit(object, 0);
}

/** A stream's bytes decoded (or as they are, when it has no filter pdf-lib decodes), read three ways. */
function readStream(stream: PDFRawStream, objectNumber: number | undefined, found: (text: FoundText) => void): void {
  if (stream.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) {
    readJpegOutsidePixels(stream, objectNumber, found);
    return;
  }
  const bytes = decodedStream(stream);
  if (!bytes) return;
  found({ text: latin1.decode(bytes), objectNumber });
  found({ text: utf8.decode(bytes), objectNumber });
  // Text in UTF-16BE has a byte below 0x20 in every character up to U+1FFF (the scripts of the
  // cases: 0x00 Latin, 0x04 Cyrillic) and between words; operators and XMP in printable ASCII
  // read as UTF-16BE are only noise, costly to fold.
  if (bytes.length <= maxUtf16Bytes && !isPrintableAscii(bytes)) {
    found({ text: utf16be.decode(bytes), objectNumber });
    if (bytes.length > 1) found({ text: utf16be.decode(bytes.subarray(1)), objectNumber });
  }
}

/**
 * A JPEG image's raw bytes other than its pixels' entropy-coded data, read as Latin-1, UTF-8 and
 * UTF-16 (EXIF's Windows tags and UserComment are UTF-16, either byte order); a JPEG whose
 * markers cannot be walked is read whole. Other images (Flate pixels, JPX, CCITT, JBIG2) are not read.
 */
function readJpegOutsidePixels(stream: PDFRawStream, objectNumber: number | undefined, found: (text: FoundText) => void): void {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.get(0) : filter;
  if (only !== PDFName.of('DCTDecode')) return;
  const parts = jpegSegmentsOutsidePixels(stream.contents) ?? [stream.contents];
  // One text for all segments, a zero byte between them, so a long list of segments costs a few searches.
  const bytes = Buffer.concat(parts.flatMap((part) => [part, new Uint8Array(1)]));
  found({ text: latin1.decode(bytes), objectNumber });
  found({ text: utf8.decode(bytes), objectNumber });
  if (bytes.length > maxUtf16Bytes || isPrintableAscii(bytes)) return;
  for (const shift of [0, 1]) {
    found({ text: utf16be.decode(bytes.subarray(shift)), objectNumber });
    found({ text: utf16le.decode(bytes.subarray(shift)), objectNumber });
  }
}

function isPrintableAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7e || (byte < 0x20 && (byte < 0x09 || byte > 0x0d))) return false;
  return true;
}

function decodedStream(stream: PDFRawStream): Uint8Array | undefined {
  if (stream.dict.get(PDFName.of('Filter')) === undefined) return stream.contents;
  try {
    return decodePDFRawStream(stream).decode();
  } catch {
    // A filter pdf-lib cannot decode (DCT, JPX, CCITT, JBIG2: pictures) or damaged data.
    return undefined;
  }
}

/** The objects of an object stream (/Type /ObjStm), each parsed and read like a numbered object of the file. */
function readObjectStream(stream: PDFRawStream, found: (text: FoundText) => void, context: PDFContext, tree: Map<number, PDFDict>, onCatalog: (dict: PDFDict) => void): void {
  const bytes = decodedStream(stream);
  const count = stream.dict.get(PDFName.of('N'));
  const first = stream.dict.get(PDFName.of('First'));
  if (!bytes || !(count instanceof PDFNumber) || !(first instanceof PDFNumber)) return;
  const header = latin1.decode(bytes.subarray(0, first.asNumber())).trim().split(/\s+/).map(Number);
  for (let index = 0; index + 1 < header.length && index / 2 < count.asNumber(); index += 2) {
    const number = header[index]!;
    const offset = first.asNumber() + header[index + 1]!;
    if (!Number.isInteger(number) || !Number.isInteger(offset) || offset >= bytes.length) continue;
    try {
      const object = PDFObjectParser.forBytes(bytes.subarray(offset), context).parseObject();
      readObject(object, number, found);
      if (object instanceof PDFDict) {
        const type = object.get(PDFName.of('Type'));
        if (type === PDFName.of('Page') || type === PDFName.of('Pages')) tree.set(number, object);
        if (type === PDFName.of('Catalog')) onCatalog(object);
      }
    } catch {
      // A damaged object in the stream: the stream's decoded bytes were searched already.
    }
  }
}

/** Each page's objects in the order of the page tree: the page itself, its content streams and annotations. */
function pageObjects(catalog: PDFDict | undefined, tree: Map<number, PDFDict>): Set<number>[] {
  const pages: Set<number>[] = [];
  const seen = new Set<number>();
  const walk = (ref: PDFObject | undefined, depth: number) => {
    if (!(ref instanceof PDFRef) || seen.has(ref.objectNumber) || depth > 64) return;
    seen.add(ref.objectNumber);
    const node = tree.get(ref.objectNumber);
    if (!node) return;
    if (node.get(PDFName.of('Type')) === PDFName.of('Pages')) {
      const kids = node.get(PDFName.of('Kids'));
      if (kids instanceof PDFArray) for (let index = 0; index < kids.size(); index++) walk(kids.get(index), depth + 1);
      return;
    }
    const objects = new Set<number>([ref.objectNumber]);
    for (const key of ['Contents', 'Annots']) {
      const value = node.get(PDFName.of(key));
      if (value instanceof PDFRef) objects.add(value.objectNumber);
      if (value instanceof PDFArray) for (let index = 0; index < value.size(); index++) {
        const item = value.get(index);
        if (item instanceof PDFRef) objects.add(item.objectNumber);
      }
    }
    pages.push(objects);
  };
  walk(catalog?.get(PDFName.of('Pages')), 0);
  return pages;
}
