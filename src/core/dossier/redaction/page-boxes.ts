// Where on an exhibit page the boxes of a redaction go: the profile's regions, and every match of
// its terms in what the page carries as text (a PDF's text runs, OCR's words, its annotations'
// and form fields' texts). A box is kept in fractions of the page as it is shown upright (its
// /Rotate or EXIF orientation applied), origin top left, like a region: the same box fits the
// page rendered at any resolution and wherever the dossier places it.
import { findTermMatches, type RedactionReason, type TermMatch } from '../../../shared/redaction.js';
import type { RecognizedPage, RecognizedWord } from '../../../shared/recognized-text.js';
import type { PdfiumPageText } from '../../exhibits/pdfium.js';
import type { PdfAnnotationText, PdfPageText } from '../../exhibits/pdfjs-pages.js';
import type { DossierRedaction } from './dossier-redaction.js';

/** One box on a page shown upright: fractions of its width and height, origin top left. */
export interface PageBox {
  x: number;
  y: number;
  width: number;
  height: number;
  reason: RedactionReason;
}

/** The profile's terms as matched, with the reason each carries. */
export interface TermSet {
  texts: string[];
  reasonOf: Map<string, RedactionReason>;
}

/** Around text found on a PDF page, in points: glyphs reach past the box pdf.js gives (accents, italics). */
const textPaddingPt = 1.5;
/** Around an OCR word, as a share of its height (at least 2 pixels): OCR boxes hug the ink. */
const wordPadding = 0.12;

/**
 * The terms, and the withheld fields' values too: the verification after export searches the
 * whole file for both, so a family member's name in a scanned letter is boxed like a term (its
 * reason is "other", the field it came from being nobody's business).
 */
export function termSet(redaction: DossierRedaction): TermSet {
  const reasonOf = new Map<string, RedactionReason>(redaction.withheldValues.map((value) => [value, 'other']));
  for (const term of redaction.terms) reasonOf.set(term.text, term.reason);
  return { texts: [...reasonOf.keys()].filter((text) => text.trim().length >= 2), reasonOf };
}

function reasonOf(terms: TermSet, match: TermMatch): RedactionReason {
  return terms.reasonOf.get(match.term) ?? 'other';
}

/** The regions the lawyer drew on this page of the exhibit. */
export function regionBoxes(redaction: DossierRedaction, evidenceId: string, page: number): PageBox[] {
  return (redaction.regions[evidenceId] ?? [])
    .filter((region) => region.page === page)
    .map(({ x, y, width, height, reason }) => ({ x, y, width, height, reason }));
}

/**
 * A box from two corners in some unit, as fractions of a page `width` × `height` in that unit,
 * grown by `pad` and kept on the page. Text that lies wholly off the page (outside its crop box,
 * where no viewer shows it but every text reader finds it) still gets a box, a sliver at the
 * nearest edge: the page is then drawn again as an image, which leaves that text behind.
 */
function boxOf(x0: number, y0: number, x1: number, y1: number, pad: number, width: number, height: number, reason: RedactionReason): PageBox | undefined {
  if (!(width > 0 && height > 0 && [x0, y0, x1, y1].every(Number.isFinite))) return undefined;
  const within = (value: number, size: number) => Math.min(Math.max(value, 0), size);
  let left = within(Math.min(x0, x1) - pad, width);
  let top = within(Math.min(y0, y1) - pad, height);
  let right = within(Math.max(x0, x1) + pad, width);
  let bottom = within(Math.max(y0, y1) + pad, height);
  if (right - left < pad) [left, right] = left >= width - pad ? [width - pad, width] : [left, left + pad];
  if (bottom - top < pad) [top, bottom] = top >= height - pad ? [height - pad, height] : [top, top + pad];
  return { x: left / width, y: top / height, width: (right - left) / width, height: (bottom - top) / height, reason };
}

/** Pieces of text laid end to end, each knowing where it starts in the whole. */
interface Joined<T> {
  text: string;
  pieces: { start: number; end: number; item: T }[];
}

function join<T>(items: readonly T[], textOf: (item: T) => string, separator: string): Joined<T> {
  let text = '';
  const pieces: Joined<T>['pieces'] = [];
  for (const item of items) {
    if (text !== '') text += separator;
    const start = text.length;
    text += textOf(item);
    pieces.push({ start, end: text.length, item });
  }
  return { text, pieces };
}

/** For each match, each piece it touches, with the share of the piece's characters it covers. */
function touched<T>(joined: Joined<T>, matches: TermMatch[]): { item: T; from: number; to: number; match: TermMatch }[] {
  const found: { item: T; from: number; to: number; match: TermMatch }[] = [];
  for (const match of matches) {
    for (const piece of joined.pieces) {
      if (piece.end <= match.start || piece.start >= match.end || piece.end === piece.start) continue;
      found.push({ item: piece.item, from: Math.max(match.start, piece.start) - piece.start, to: Math.min(match.end, piece.end) - piece.start, match });
    }
  }
  return found;
}

/**
 * Boxes over every match of the terms in a PDF page's text runs. A run's characters are taken to
 * share its width evenly, so a match inside a run is boxed with one character more on each side
 * (a wide letter never escapes). The runs are matched both joined with spaces and run on, since
 * pdf.js splits a line into runs wherever its font or spacing changes, within a word too.
 */
export function textRunBoxes(text: PdfPageText, terms: TermSet): PageBox[] {
  const runs = text.runs.filter((run) => run.text.length > 0);
  const boxes: PageBox[] = [];
  for (const separator of [' ', '']) {
    const joined = join(runs, (run) => run.text, separator);
    for (const { item: run, from, to, match } of touched(joined, findTermMatches(joined.text, terms.texts))) {
      const length = run.text.length;
      const start = from === 0 ? 0 : Math.max(0, from - 1) / length;
      const end = to === length ? 1 : Math.min(length, to + 1) / length;
      const box = runBox(text, run.transform, run.width, run.height, start, end, reasonOf(terms, match));
      if (box) boxes.push(box);
    }
  }
  return boxes;
}

/** The part `start`..`end` (shares of its advance) of a run, from its descenders to its ascenders, on the page as shown. */
function runBox(text: PdfPageText, transform: number[], width: number, height: number, start: number, end: number, reason: RedactionReason): PageBox | undefined {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = transform;
  const along = Math.hypot(a, b) || 1;
  const up = Math.hypot(c, d) || 1;
  const size = height > 0 ? height : up;
  const [ux, uy, vx, vy] = [a / along, b / along, c / up, d / up];
  const [pa = 1, pb = 0, pc = 0, pd = 1, pe = 0, pf = 0] = text.pageTransform;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const share of [start, end]) {
    for (const rise of [-0.3 * size, 1.05 * size]) {
      const x = e + ux * width * share + vx * rise;
      const y = f + uy * width * share + vy * rise;
      xs.push(pa * x + pc * y + pe);
      ys.push(pb * x + pd * y + pf);
    }
  }
  return boxOf(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys), textPaddingPt, text.widthPt, text.heightPt, reason);
}

/**
 * Boxes over every match of the terms in the page's text as PDFium reads it, from each
 * character's own box: exact where pdf.js's runs give only a share of a run. A match that runs
 * on to the next line gets a box on each line. The verification after export reads the file
 * with both engines, so the page is boxed wherever either finds a term.
 */
export function charBoxes(text: PdfiumPageText, terms: TermSet): PageBox[] {
  const string = text.chars.map((char) => String.fromCharCode(char.code)).join('');
  const boxes: PageBox[] = [];
  for (const match of findTermMatches(string, terms.texts)) {
    let line: { x0: number; y0: number; x1: number; y1: number } | undefined;
    const flush = () => {
      const box = line && boxOf(line.x0, line.y0, line.x1, line.y1, textPaddingPt, text.widthPt, text.heightPt, reasonOf(terms, match));
      if (box) boxes.push(box);
      line = undefined;
    };
    for (const { box } of text.chars.slice(match.start, match.end)) {
      if (!box) continue;
      const middle = (box.y0 + box.y1) / 2;
      if (line && (middle < line.y0 || middle > line.y1)) flush();
      line = line ? { x0: Math.min(line.x0, box.x0), y0: Math.min(line.y0, box.y0), x1: Math.max(line.x1, box.x1), y1: Math.max(line.y1, box.y1) } : { ...box };
    }
    flush();
  }
  return boxes;
}

/** The words of a recognised page, in reading order. */
function wordsOf(page: RecognizedPage): RecognizedWord[] {
  return page.lines.flatMap((line) => line.words.filter((word) => word.text.trim() !== ''));
}

function wordBox(page: RecognizedPage, word: RecognizedWord, reason: RedactionReason): PageBox | undefined {
  const { x0, y0, x1, y1 } = word.box;
  const pad = Math.max(2, (y1 - y0) * wordPadding);
  return boxOf(x0, y0, x1, y1, pad, page.width, page.height, reason);
}

/** Boxes over every OCR word a match of the terms touches (the whole word: OCR gives no letters' places), across lines too. */
export function recognizedBoxes(page: RecognizedPage, terms: TermSet): PageBox[] {
  const joined = join(wordsOf(page), (word) => word.text.trim(), ' ');
  return touched(joined, findTermMatches(joined.text, terms.texts)).flatMap(({ item, match }) => wordBox(page, item, reasonOf(terms, match)) ?? []);
}

/** Boxes over the whole rectangle of every annotation or form field one of whose texts holds a term. */
export function annotationBoxes(annotations: readonly PdfAnnotationText[], terms: TermSet): PageBox[] {
  const boxes: PageBox[] = [];
  for (const annotation of annotations) {
    const match = annotation.texts.map((text) => findTermMatches(text, terms.texts)[0]).find((found) => found !== undefined);
    if (!match) continue;
    const { x0, y0, x1, y1 } = annotation.box;
    const box = boxOf(x0, y0, x1, y1, 1, annotation.widthPt, annotation.heightPt, reasonOf(terms, match));
    if (box) boxes.push(box);
  }
  return boxes;
}

/**
 * Annotations whose drawn appearance may hold text no reader gives us (a stamp's "RECEIVED, I. Petrov",
 * a watermark): pdf.js reads a field's value, a free-text note's words and every /Contents, but not
 * what an appearance stream draws. On a page rendered again they would be drawn into the image
 * unseen by the terms, so they are boxed whole. Links and popups draw nothing of their own, a
 * note (Text) only its icon; ink (a signature), shapes and text markups draw lines and colour, not words.
 */
const annotationsReadOrWordless = new Set(['Link', 'Popup', 'Text', 'Widget', 'FreeText', 'Ink', 'Highlight', 'Underline', 'StrikeOut', 'Squiggly', 'Square', 'Circle', 'Line', 'Polygon', 'PolyLine']);

/** Boxes over every annotation that may draw words unread (see annotationsReadOrWordless), for a page that is rendered again anyway. */
export function unreadAnnotationBoxes(annotations: readonly PdfAnnotationText[]): PageBox[] {
  return annotations.flatMap((annotation) => {
    if (annotationsReadOrWordless.has(annotation.subtype)) return [];
    const { x0, y0, x1, y1 } = annotation.box;
    return boxOf(x0, y0, x1, y1, 1, annotation.widthPt, annotation.heightPt, 'other') ?? [];
  });
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The boxes with each group of overlapping boxes of one reason made one box around them: the
 * same name found by pdf.js and by PDFium (or by two terms) is one box, counted once.
 */
export function mergeOverlapping(boxes: readonly PageBox[]): PageBox[] {
  const merged: PageBox[] = [];
  for (const box of boxes) {
    let current = { ...box };
    for (let index = merged.length - 1; index >= 0; index -= 1) {
      const other = merged[index]!;
      if (other.reason !== current.reason || !overlaps(other, current)) continue;
      const x = Math.min(other.x, current.x);
      const y = Math.min(other.y, current.y);
      current = { x, y, width: Math.max(other.x + other.width, current.x + current.width) - x, height: Math.max(other.y + other.height, current.y + current.height) - y, reason: current.reason };
      merged.splice(index, 1);
      // The grown box may now overlap one already passed over.
      index = merged.length;
    }
    merged.push(current);
  }
  return merged;
}

/**
 * A PDF page's own text as PDFium reads it, as words with boxes and lines, in the shape OCR's
 * answer has (its "pixels" are points of the page as shown): what lets a redacted page, drawn
 * again as an image, keep its words outside the boxes searchable like a scan's.
 */
export function pdfiumWords(text: PdfiumPageText, page: number): RecognizedPage {
  const lines: RecognizedPage['lines'] = [];
  let line: RecognizedPage['lines'][number] | undefined;
  let word: RecognizedWord | undefined;
  const endWord = () => {
    if (word) {
      line ??= { box: { ...word.box }, words: [] };
      line.words.push(word);
      line.box = { x0: Math.min(line.box.x0, word.box.x0), y0: Math.min(line.box.y0, word.box.y0), x1: Math.max(line.box.x1, word.box.x1), y1: Math.max(line.box.y1, word.box.y1) };
    }
    word = undefined;
  };
  const endLine = () => {
    endWord();
    if (line) lines.push(line);
    line = undefined;
  };
  for (const { code, box } of text.chars) {
    const char = String.fromCharCode(code);
    if (!box || /\s/u.test(char)) {
      if (char === '\n' || char === '\r') endLine();
      else endWord();
      continue;
    }
    const middle = (box.y0 + box.y1) / 2;
    const current = word?.box ?? line?.box;
    if (current && (middle < current.y0 || middle > current.y1)) endLine();
    if (word) {
      word.text += char;
      word.box = { x0: Math.min(word.box.x0, box.x0), y0: Math.min(word.box.y0, box.y0), x1: Math.max(word.box.x1, box.x1), y1: Math.max(word.box.y1, box.y1) };
    } else {
      word = { text: char, box: { ...box }, confidence: 100 };
    }
  }
  endLine();
  const found = lines.map((entry) => entry.words.map((entry) => entry.text).join(' ')).join('\n');
  return { page, width: text.widthPt, height: text.heightPt, text: found, lines, confidence: 100, languages: [] };
}

/** The recognised page with only the words no box touches: the invisible text layer of a redacted scan. */
export function wordsOutsideBoxes(page: RecognizedPage, boxes: readonly PageBox[]): RecognizedPage {
  const outside = (word: RecognizedWord) => {
    const { x0, y0, x1, y1 } = word.box;
    const own = { x: x0 / page.width, y: y0 / page.height, width: (x1 - x0) / page.width, height: (y1 - y0) / page.height };
    // A word not wholly on the page is dropped too: a box for text off the page is only a sliver at its edge.
    const onPage = own.x >= 0 && own.y >= 0 && own.x + own.width <= 1 && own.y + own.height <= 1;
    return onPage && !boxes.some((box) => overlaps(own, box));
  };
  const lines = page.lines.map((line) => ({ ...line, words: line.words.filter(outside) })).filter((line) => line.words.length > 0);
  const text = lines.map((line) => line.words.map((word) => word.text).join(' ')).join('\n');
  return { ...page, lines, text };
}
