// A PDF page's own text layer as a RecognizedPage, in points with the origin top left, as a
// viewer shows the page. From PDFium (the usual way): its characters, with the spaces and line
// breaks it infers, each word boxed around its letters. From pdf.js (a file only pdf.js opens):
// its runs grouped into lines, each run's words given a share of its box by their length (pdf.js
// says where a run starts and how far it advances, not where each word is).
import type { PixelBox, RecognizedLine, RecognizedPage, RecognizedWord } from '../../../shared/recognized-text.js';
import type { PdfiumPageText } from '../pdfium.js';
import type { PdfPageText, PdfTextRun } from '../pdfjs-pages.js';

/** Below this many characters other than spaces, a page is taken as having no text layer (a scan with a page number, say). */
export const minTextLayerChars = 20;

export function textLayerChars(text: PdfPageText): number {
  return text.runs.reduce((sum, run) => sum + run.text.replace(/\s/g, '').length, 0);
}

export function pdfiumTextChars(text: PdfiumPageText): number {
  return text.chars.filter((char) => char.box && !isSpace(char.code)).length;
}

/** Most characters read of one page's text layer: the answer's bound on a page's text. */
export const maxPageTextChars = 1_000_000;

export function pdfiumTextPage(text: PdfiumPageText, page: number, languages: string[]): RecognizedPage {
  const lines: RecognizedLine[] = [];
  let words: RecognizedWord[] = [];
  let letters = '';
  let boxes: PixelBox[] = [];
  const endWord = () => {
    if (letters) words.push({ text: letters, box: boxes.length > 0 ? around(boxes) : { x0: 0, y0: 0, x1: 0, y1: 0 }, confidence: 100 });
    letters = '';
    boxes = [];
  };
  const endLine = () => {
    endWord();
    if (words.length > 0) lines.push({ box: around(words.map((word) => word.box)), words });
    words = [];
  };
  for (const { code, box } of text.chars) {
    if (code === 0x0d || code === 0x0a) endLine();
    else if (isSpace(code)) endWord();
    else if (code > 0 && code <= 0x10ffff && code !== 0xfffe && code !== 0xffff) {
      letters += String.fromCodePoint(code);
      if (box) boxes.push(box);
    }
  }
  endLine();
  return textLayerPage(page, text, lines, languages);
}

/** A page of its own text: in points, lines as found, every word certain. */
function textLayerPage(page: number, size: { widthPt: number; heightPt: number }, lines: RecognizedLine[], languages: string[]): RecognizedPage {
  return {
    page,
    width: Math.max(1, Math.round(size.widthPt)),
    height: Math.max(1, Math.round(size.heightPt)),
    text: lines.map((line) => line.words.map((word) => word.text).join(' ')).join('\n'),
    lines,
    confidence: 100,
    languages,
  };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0c || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

export function pdfTextPage(text: PdfPageText, page: number, languages: string[]): RecognizedPage {
  const lines: RecognizedLine[] = [];
  let words: RecognizedWord[] = [];
  const endLine = () => {
    if (words.length > 0) lines.push({ box: around(words.map((word) => word.box)), words });
    words = [];
  };
  for (const run of text.runs) {
    words.push(...wordsOf(run, text.pageTransform));
    if (run.endsLine) endLine();
  }
  endLine();
  return textLayerPage(page, text, lines, languages);
}

function wordsOf(run: PdfTextRun, pageTransform: number[]): RecognizedWord[] {
  const [, , c, d, e, f] = multiply(pageTransform, run.transform);
  // The run's baseline starts at (e, f) in the viewer's space, its text rising along (c, d); pdf.js
  // gives its advance in points already. Horizontal text is assumed.
  const fontHeight = Math.hypot(c, d) || run.height;
  const advance = run.width;
  const chars = [...run.text];
  const words: RecognizedWord[] = [];
  const pattern = /\S+/gu;
  for (let match = pattern.exec(run.text); match; match = pattern.exec(run.text)) {
    const start = [...run.text.slice(0, match.index)].length;
    const length = [...match[0]].length;
    const from = e + (advance * start) / Math.max(1, chars.length);
    const to = e + (advance * (start + length)) / Math.max(1, chars.length);
    words.push({ text: match[0], box: { x0: round(from), y0: round(f - fontHeight), x1: round(to), y1: round(f) }, confidence: 100 });
  }
  return words;
}

function multiply(m: number[], n: number[]): [number, number, number, number, number, number] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = n;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

function around(boxes: PixelBox[]): PixelBox {
  return {
    x0: Math.min(...boxes.map((box) => box.x0)),
    y0: Math.min(...boxes.map((box) => box.y0)),
    x1: Math.max(...boxes.map((box) => box.x1)),
    y1: Math.max(...boxes.map((box) => box.y1)),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
