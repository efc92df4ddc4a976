// Pages whose drawing instructions (content streams) hold data that does not decode: a Flate
// stream with corrupt data, an LZW stream with a code it has not defined, a predictor whose
// parameters cannot describe any image row. pdf-lib copies such a page as it is, and then qpdf
// reports "errors while decoding content stream" in the dossier, as a court's PDF checker may, and
// viewers draw the page in part or not at all. The export warns of them before it runs and can
// reproduce them as images of the page instead (issue 13). The decoders here are strict where
// pdf-lib's are lenient on purpose: pdf-lib must read what it can, this must say what is broken.
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';

/** Most bytes one content stream may inflate to here: a page's instructions, never a bomb's worth. */
const maxInflatedBytes = 64 * 1024 * 1024;

/** Exhibit page numbers (1-based, ascending) among the first `pageCount` whose content does not decode. */
export function pagesWithUndecodableContent(doc: PDFDocument, pageCount: number): number[] {
  const found: number[] = [];
  doc.getPages().slice(0, pageCount).forEach((page, index) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    if (streams.some((stream) => !decodes(doc.context.lookup(stream as PDFRef)))) found.push(index + 1);
  });
  return found;
}

function decodes(stream: PDFObject | undefined): boolean {
  if (!(stream instanceof PDFRawStream)) return true;
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  // A chain of filters (rare in content streams) is left to the viewers: only single filters are checked.
  const name = filter instanceof PDFName ? filter.asString() : filter instanceof PDFArray && filter.size() === 1 ? String(filter.lookup(0)) : undefined;
  if (name !== '/FlateDecode' && name !== '/Fl' && name !== '/LZWDecode' && name !== '/LZW') return true;
  const parms = decodeParms(stream.dict);
  if (parms && !predictorIsSound(parms)) return false;
  try {
    if (name === '/FlateDecode' || name === '/Fl') {
      // A stream cut short at its end is drawn by every viewer: only damage within the data counts.
      inflateSync(stream.contents, { finishFlush: 2 /* Z_SYNC_FLUSH */, maxOutputLength: maxInflatedBytes });
      return true;
    }
    return lzwCodesAreDefined(stream.contents, earlyChange(parms));
  } catch (error) {
    // Past the cap the data may well be sound (a huge vector drawing): that is "cannot tell",
    // and only data that fails to decode names a page.
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
  }
}

function decodeParms(dict: PDFDict): PDFDict | undefined {
  const parms = dict.lookup(PDFName.of('DecodeParms'));
  if (parms instanceof PDFDict) return parms;
  if (parms instanceof PDFArray && parms.size() === 1) {
    const only = parms.lookup(0);
    return only instanceof PDFDict ? only : undefined;
  }
  return undefined;
}

function numberIn(parms: PDFDict, key: string, fallback: number): number {
  const value = parms.lookup(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : fallback;
}

/**
 * A TIFF predictor's parameters must describe a real image row (qpdf refuses, viewers choke on,
 * 536 million colours). PNG predictors (10–15) tag each row with its own filter, and qpdf
 * decodes whatever rows there are: those are left alone, as qpdf leaves them.
 */
function predictorIsSound(parms: PDFDict): boolean {
  const predictor = numberIn(parms, 'Predictor', 1);
  if (predictor === 1 || (predictor >= 10 && predictor <= 15)) return true;
  if (predictor !== 2) return false;
  const colors = numberIn(parms, 'Colors', 1);
  const bits = numberIn(parms, 'BitsPerComponent', 8);
  const columns = numberIn(parms, 'Columns', 1);
  if (!Number.isInteger(colors) || colors < 1 || colors > 32) return false;
  if (![1, 2, 4, 8, 16].includes(bits)) return false;
  return Number.isInteger(columns) && columns >= 1 && (colors * bits * columns) / 8 <= 1 << 24;
}

function earlyChange(parms: PDFDict | undefined): number {
  return parms ? numberIn(parms, 'EarlyChange', 1) : 1;
}

/**
 * Walks an LZW stream's codes (9 to 12 bits, most significant bit first) as the PDF filter
 * defines them, and says whether each names a string already in the table. It does not build
 * the strings: the question is only whether a decoder would meet an undefined code.
 */
export function lzwCodesAreDefined(data: Uint8Array, early: number): boolean {
  const clear = 256;
  const end = 257;
  let width = 9;
  let next = 258;
  let previous = -1;
  let buffer = 0;
  let buffered = 0;
  for (const byte of data) {
    buffer = ((buffer << 8) | byte) & 0xffffff;
    buffered += 8;
    while (buffered >= width) {
      const code = (buffer >> (buffered - width)) & ((1 << width) - 1);
      buffered -= width;
      if (code === clear) {
        width = 9;
        next = 258;
        previous = -1;
        continue;
      }
      if (code === end) return true;
      if (previous === -1) {
        if (code > 255) return false;
        previous = code;
        continue;
      }
      // The code being defined (next) may be used at once: the KwKwK case.
      if (code > next) return false;
      if (next < 4096) next += 1;
      if (next + early >= 1 << width && width < 12) width += 1;
      previous = code;
    }
  }
  return true;
}
