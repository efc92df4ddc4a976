// A PDF page whose drawing data does not decode, made from a sound fixture so that no test depends
// on ../shared: test/fixtures/content-streams/lzw-content.pdf (one page, a long LZW content stream
// that qpdf decodes without a word) with two bytes of that stream changed, as qpdf's bad-data.pdf
// has an LZW code its table never defined.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fixturesDir } from './sample-case.js';

/** The sound file the damaged one is made from. */
export const LZW_CONTENT_PDF = path.join(fixturesDir, 'content-streams', 'lzw-content.pdf');

/** The sound file with the first code after the stream's opening clear code made 511, which no table holds yet. */
export async function undrawablePdf(): Promise<Buffer> {
  const bytes = Buffer.from(await readFile(LZW_CONTENT_PDF));
  const start = bytes.indexOf('stream\n') + 'stream\n'.length;
  // Bits 0–8 are the clear code (256); bits 9–17, the first code, become all ones.
  bytes[start + 1] = bytes[start + 1]! | 0x7f;
  bytes[start + 2] = bytes[start + 2]! | 0xc0;
  return bytes;
}
