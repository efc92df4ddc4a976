// The invisible text over a scanned page: the words OCR recognised on it, drawn in text render
// mode 3 (neither filled nor stroked) each over its own box, line by line in reading order, so a
// viewer's search and copy find them where they are seen and `pdftotext` extracts them in order,
// while the page looks exactly as before. Boxes are in the pixels of the image OCR read (origin
// top left); where that image lies on the dossier's page is given as a matrix (`placement`).
import type { PDFPage } from '@cantoo/pdf-lib';
import type { RecognizedLine, RecognizedPage } from '../../shared/recognized-text.js';
import { fontKeyOn, pdfNumber, pushOperatorText } from './content-operators.js';
import type { DossierFonts } from './fonts.js';

/** An affine map [a b c d e f] of PDF's kind: (x, y) → (a·x + c·y + e, b·x + d·y + f). */
export type Matrix = readonly [number, number, number, number, number, number];

/** `outer` after `inner`. */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

function apply([a, b, c, d, e, f]: Matrix, x: number, y: number): { x: number; y: number } {
  return { x: a * x + c * y + e, y: b * x + d * y + f };
}

/** The pixels of an image `pixels` wide and high, onto the upright rectangle where it is drawn (y grows upwards there). */
export function placementInBox(pixels: { width: number; height: number }, box: { x: number; y: number; width: number; height: number }): Matrix {
  return [box.width / pixels.width, 0, 0, -box.height / pixels.height, box.x, box.y + box.height];
}

/**
 * The pixels of a page rendered as shown (its /Rotate applied, its crop box only) onto the
 * page's own user space: the same turns as the footer's (exhibit-pages.ts drawFooter).
 */
export function placementOnShownPage(
  pixels: { width: number; height: number },
  crop: { x: number; y: number; width: number; height: number },
  rotation: number,
): Matrix {
  const turned = rotation % 180 !== 0;
  const shown = turned ? { width: crop.height, height: crop.width } : { width: crop.width, height: crop.height };
  const toShown = placementInBox(pixels, { x: 0, y: 0, ...shown });
  const { x, y, width, height } = crop;
  const toUser: Record<number, Matrix> = {
    0: [1, 0, 0, 1, x, y],
    90: [0, 1, -1, 0, x + width, y],
    180: [-1, 0, 0, -1, x + width, y + height],
    270: [0, -1, 1, 0, x, y + height],
  };
  return compose(toUser[rotation] ?? toUser[0]!, toShown);
}

/** Font size and baseline of a line, as fractions of its box's height (which runs from the tallest letter to the lowest descender). */
const sizeOfLine = 0.85;
const baselineAboveBottom = 0.2;

/**
 * Draws the page's recognised words invisibly where `placement` puts its pixels. `place` is where
 * the fonts were recording uncovered characters before (the exhibit's name): OCR text is not the
 * lawyer's to retype, so a character no face has is not reported, and recording resumes after.
 */
export function drawTextLayer(page: PDFPage, fonts: DossierFonts, recognized: RecognizedPage, placement: Matrix, place: string | undefined): boolean {
  if (fonts.measureOnly) return false;
  fonts.atPlace(undefined);
  try {
    let operators = '';
    for (const line of recognized.lines) operators += lineOperators(page, fonts, line, placement);
    if (operators === '') return false;
    // Render mode is part of the graphics state: q/Q keeps it from the footer drawn after.
    pushOperatorText(page, `q\nBT\n3 Tr\n${operators}ET\nQ`);
    return true;
  } finally {
    fonts.atPlace(place);
  }
}

/** The words of one line, each stretched over its box, and a space stretched over each gap between them. */
function lineOperators(page: PDFPage, fonts: DossierFonts, line: RecognizedLine, placement: Matrix): string {
  const height = line.box.y1 - line.box.y0;
  if (!(height > 0)) return '';
  const size = height * sizeOfLine;
  const baseline = line.box.y1 - height * baselineAboveBottom;
  const words = line.words.filter((word) => word.text.trim() !== '' && word.box.x1 > word.box.x0);
  let operators = '';
  words.forEach((word, index) => {
    operators += stretched(page, fonts, word.text.trim(), word.box.x0, word.box.x1, baseline, size, placement);
    const next = words[index + 1];
    if (next && next.box.x0 > word.box.x1) operators += stretched(page, fonts, ' ', word.box.x1, next.box.x0, baseline, size, placement);
  });
  return operators;
}

/** `text` at font size 1, its text matrix making it `size` pixels tall and span x0..x1 on the baseline. */
function stretched(page: PDFPage, fonts: DossierFonts, text: string, x0: number, x1: number, baseline: number, size: number, placement: Matrix): string {
  const unitWidth = fonts.widthOf(text, 1);
  if (!(unitWidth > 0)) return '';
  const across = (x1 - x0) / unitWidth;
  const [a, b, c, d] = placement;
  const at = apply(placement, x0, baseline);
  // Along the line: the placement of one pixel to the right; up the glyphs: of one pixel up (y falls in pixels).
  const matrix = [a * across, b * across, -c * size, -d * size, at.x, at.y].map(pdfNumber).join(' ');
  let operators = `${matrix} Tm\n`;
  for (const run of fonts.runs(text)) operators += `${fontKeyOn(page, run.font)} 1 Tf\n${run.font.encodeText(run.text)} Tj\n`;
  return operators;
}
