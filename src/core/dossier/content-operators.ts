// Writing text and rules into a page's content stream as the very operators pdf-lib's drawText
// and drawLine write, byte for byte, without their cost: pdf-lib makes an object for every
// operator and number (some forty for one word), checks every option again on every call, and
// adds a new entry to the page's font resources for every word. A dossier draws tens of
// thousands of words and rules, so this was most of the time spent composing it.
import { PDFOperator, numberToString, setFillingColor, setStrokingColor, type Color, type PDFFont, type PDFName, type PDFOperatorNames, type PDFPage, type PDFPageLeaf } from '@cantoo/pdf-lib';

/** A number as pdf-lib writes it: as JavaScript prints it, but never in exponent notation. */
export function pdfNumber(value: number): string {
  const text = String(value);
  return text.includes('e') ? numberToString(value) : text;
}

/**
 * Appends operators, given as the text of a content stream, to the page's content stream.
 * PDFOperator writes its name verbatim, so the name may hold a whole run of operators.
 */
export function pushOperatorText(page: PDFPage, operators: string): void {
  page.pushOperators(PDFOperator.of(operators as PDFOperatorNames));
}

/** The value kept for `key`, made by `make` on the first call: each operator text is built once per process. */
function remembered<K, V>(cache: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** The operator that sets the fill colour, as pdf-lib writes it. */
export function fillColorOperator(color: Color): string {
  return remembered(fillOperators, color, () => setFillingColor(color).toString());
}
const fillOperators = new WeakMap<Color, string>();

function strokeColorOperator(color: Color): string {
  return remembered(strokeOperators, color, () => setStrokingColor(color).toString());
}
const strokeOperators = new WeakMap<Color, string>();

/** The first four numbers of the text matrix (Tm) for text turned by `angle` radians, as pdf-lib writes them. */
export function textMatrixOf(angle: number): string {
  // pdf-lib's rotateAndSkewTextRadiansAndTranslate with no skew (tan 0 = 0).
  return remembered(textMatrices, angle, () =>
    [Math.cos(angle), Math.sin(angle) + Math.tan(0), -Math.sin(angle) + Math.tan(0), Math.cos(angle)].map(pdfNumber).join(' '),
  );
}
const textMatrices = new Map<number, string>();

/** Each page's resource name for each font: one entry per font, made on the font's first use on the page. */
export function fontKeyOn(page: PDFPage, font: PDFFont): PDFName {
  const keys = remembered(fontKeys, page.node, () => new Map<PDFFont, PDFName>());
  return remembered(keys, font, () => page.node.newFontDictionary(font.name, font.ref));
}
const fontKeys = new WeakMap<PDFPageLeaf, Map<PDFFont, PDFName>>();

/** A straight line: what page.drawLine writes for a solid line of this thickness and colour. */
export function strokeLine(page: PDFPage, start: { x: number; y: number }, end: { x: number; y: number }, thickness: number, color: Color): void {
  const from = `${pdfNumber(start.x)} ${pdfNumber(start.y)} m`;
  pushOperatorText(page, `q\n${strokeColorOperator(color)}\n${pdfNumber(thickness)} w\n[] 0 d\n${from}\n${from}\n${pdfNumber(end.x)} ${pdfNumber(end.y)} l\nS\nQ`);
}
