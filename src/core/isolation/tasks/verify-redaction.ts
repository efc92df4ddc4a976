// The verification of a redacted dossier after it is written and before it is renamed into place
// (core side: dossier/redaction/verify-redacted-dossier.ts). The written file's bytes come from
// the core in chunks ('dossierBytes') into one array; then every term and withheld value is
// looked for, with the one matching rule (findTermMatches), by four independent checks:
//   - 'streams': every object of the file, its strings and its decompressed streams (metadata,
//     outlines, names, annotations, form fields, content streams), pdf-object-scan.ts;
//   - 'pdfjs': each page's text as pdf.js extracts it;
//   - 'pdfium': each page's text as PDFium extracts it;
//   - 'ocr': each redacted box rendered by PDFium at 300 dpi and read by Tesseract (a box that
//     lets its text show through, or text drawn over it).
// It answers what it found; the core fails the export on any of it. A check that cannot open the
// file answers a leak without a term (text ''): what could not be read was not verified.
import sharp from 'sharp';
import { findTermMatches, foldTerm } from '../../../shared/redaction.js';
import { scanPdfObjects, type PageObjects } from '../../dossier/redaction/pdf-object-scan.js';
import type { RedactionLeak } from '../../dossier/redaction/dossier-redaction.js';
import { defaultOcrLanguages } from '../../exhibits/ocr/evidence-text.js';
import { OcrEngine } from '../../exhibits/ocr/ocr-engine.js';
import { maxPageTextChars } from '../../exhibits/ocr/pdf-text.js';
import { defaultTessdataDir, installedLanguages } from '../../exhibits/ocr/tessdata.js';
import { PdfiumDocument } from '../../exhibits/pdfium.js';
import { PdfjsDocument } from '../../exhibits/pdfjs-pages.js';
import type { TaskIO } from '../task-types.js';

/** A box in a page's own coordinates: PDF points, origin bottom left (RedactedPage.rects). */
export interface VerifiedRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface VerifyRedactionInput {
  /** The written file's size: the task asks for its bytes ('dossierBytes', { offset, length }) in chunks. */
  size: number;
  /** The profile's terms and the withheld fields' values, all searched alike. */
  terms: string[];
  /** The redacted boxes, by 1-based page of this file. */
  boxes: { page: number; rects: VerifiedRect[] }[];
  /** Tesseract codes for the OCR of the boxes (those without a model are left out; none left → rus, kaz, eng). */
  languages: string[];
}

export interface VerifyRedactionAnswer {
  leaks: RedactionLeak[];
  /** Pages of the file as PDFium counts them. */
  pages: number;
}

/** What the task sends while it works: its progress (which keeps the reader's deadline alive). */
export interface VerifyRedactionProgress {
  type: 'verifying';
  done: number;
  total: number;
}

/** Bytes asked for in one request: large enough to be quick, small enough to be one message. */
export const verifyChunkBytes = 8 * 1024 * 1024;
/** Boxes are read at the resolution Tesseract's models were trained for. */
const ocrDpi = 300;
/** Points added round each box before it is read: a word the box covers only in part shows there. */
const boxMarginPt = 6;
/** Characters searched at once, and how far two pieces overlap (a term spanning the cut is found in the next). */
const searchPiece = 256 * 1024;
const searchOverlap = 2048;
/** Most leaks answered: the first ones name the pages well enough, and the answer stays small. */
const maxLeaks = 500;

export async function verifyRedaction(input: unknown, io: TaskIO): Promise<VerifyRedactionAnswer> {
  const { size, terms, boxes, languages } = input as VerifyRedactionInput;
  const leaks = new Leaks();
  const bytes = await fileBytes(size, io);
  const beat = () => io.send({ type: 'working' });
  let done = 0;
  let total = 1;
  const step = () => io.send({ type: 'verifying', done: (done += 1), total } satisfies VerifyRedactionProgress);

  // Strings and streams first, while the bytes are the task's own; a stream's page is known once the page tree is read.
  const inObjects: { objectNumber: number | undefined; term: string }[] = [];
  const objects = scanPdfObjects(bytes, ({ text, objectNumber }) => {
    for (const term of termsIn(text, terms)) inObjects.push({ objectNumber, term });
  }, beat);
  for (const { objectNumber, term } of inObjects) leaks.add({ page: pageOf(objects, objectNumber), foundBy: 'streams', text: term });
  step();

  // pdf.js before PDFium: pdf.js reads a copy of the bytes, freed once it closes, while PDFium's
  // copy lives in its WebAssembly memory, which never shrinks: one extra copy at a time.
  const pdfjs = await PdfjsDocument.open(bytes);
  if (!pdfjs) {
    // A verification that cannot read the file it checks cannot pass it: a leak without a term.
    leaks.add({ page: undefined, foundBy: 'pdfjs', text: '' });
  } else {
    try {
      total = 1 + pdfjs.pageCount * 2 + boxes.length;
      for (let index = 0; index < pdfjs.pageCount; index++) {
        const text = await pdfjs.pageText(index);
        if (text) {
          // Runs joined as they touch and with a space between: a term cut across runs, or spread over runs by spacing, is found either way.
          const lines = text.runs.map((run) => run.text + (run.endsLine ? '\n' : ''));
          for (const joined of [lines.join(''), lines.join(' ')]) for (const term of termsIn(joined, terms)) leaks.add({ page: index + 1, foundBy: 'pdfjs', text: term });
        }
        step();
      }
    } finally {
      await pdfjs.close();
    }
  }

  const pdfium = await PdfiumDocument.open(bytes).catch(() => 'damaged' as const);
  let pages = 0;
  if (typeof pdfium === 'string') {
    leaks.add({ page: undefined, foundBy: 'pdfium', text: '' });
  } else {
    try {
      pages = pdfium.pageCount;
      const boxed = boxes.filter((entry) => entry.page >= 1 && entry.page <= pages && entry.rects.length > 0);
      total = done + pages + boxed.length;
      for (let index = 0; index < pages; index++) {
        const text = pdfium.pageText(index, maxPageTextChars);
        if (text) for (const term of termsIn(text.chars.map((char) => (char.code > 0 && char.code <= 0x10ffff ? String.fromCodePoint(char.code) : ' ')).join(''), terms)) leaks.add({ page: index + 1, foundBy: 'pdfium', text: term });
        step();
      }
      await readBoxes(pdfium, boxed, terms, languages, leaks, step, beat);
    } finally {
      pdfium.close();
    }
  }
  return { leaks: leaks.list, pages };
}

/** The 1-based page an object belongs to (the page, its contents or an annotation), if any. */
function pageOf(objects: PageObjects, objectNumber: number | undefined): number | undefined {
  if (objectNumber === undefined) return undefined;
  const index = objects.pages.findIndex((set) => set.has(objectNumber));
  return index === -1 ? undefined : index + 1;
}

/** The written file in one array, asked for in chunks. */
async function fileBytes(size: number, io: TaskIO): Promise<Uint8Array> {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; ) {
    const length = Math.min(verifyChunkBytes, size - offset);
    const chunk = await io.request('dossierBytes', { offset, length });
    if (!(chunk instanceof Uint8Array) || chunk.length === 0 || chunk.length > length) throw new TypeError('The core answered a request for the dossier\'s bytes with something else.');
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** The terms found in `text`, each once; a long text is searched in overlapping pieces. */
function termsIn(text: string, terms: readonly string[]): Set<string> {
  const found = new Set<string>();
  if (terms.length === 0) return found;
  const folded = terms.map(foldTerm);
  for (let from = 0; from < text.length; from += searchPiece) {
    const piece = text.slice(from, from + searchPiece + searchOverlap);
    if (!mayHoldTerm(piece, folded)) continue;
    for (const match of findTermMatches(piece, terms)) found.add(match.term);
  }
  return found;
}

const asciiOnly = /^[\u0000-\u007f]*$/u;

/**
 * False only when `text` surely holds none of the folded terms: for text all in ASCII (most of a
 * PDF's operators and names), the matching rule's folding comes to lower case with each run of
 * spaces as one, which is quick; any other text goes to the rule itself (findTermMatches folds
 * it character by character, some 0.5 µs each).
 */
function mayHoldTerm(text: string, folded: readonly string[]): boolean {
  if (!asciiOnly.test(text)) return true;
  const simple = text.toLowerCase().replace(/\s+/gu, ' ');
  return folded.some((term) => simple.includes(term));
}

/**
 * Each redacted box rendered with a margin and read by OCR: the box must read as nothing a
 * profile removes. One engine serves every box and is stopped at the end.
 */
async function readBoxes(
  pdfium: PdfiumDocument,
  boxed: VerifyRedactionInput['boxes'],
  terms: readonly string[],
  asked: string[],
  leaks: Leaks,
  step: () => void,
  beat: () => void,
): Promise<void> {
  if (boxed.length === 0) return;
  const tessdataDir = defaultTessdataDir();
  const installed = installedLanguages(asked, tessdataDir);
  const languages = installed.length > 0 ? installed : installedLanguages(defaultOcrLanguages, tessdataDir);
  const engine = await OcrEngine.start({ languages, tessdataDir, onWorking: beat });
  try {
    for (const { page, rects } of boxed) {
      // Large pages are drawn smaller rather than not at all; the boxes scale with them.
      const rendered = pdfium.renderPage(page - 1, ocrDpi, 40_000_000);
      if (!rendered) {
        leaks.add({ page, foundBy: 'ocr', text: '' });
        step();
        continue;
      }
      const scale = rendered.width / rendered.widthPt;
      for (const rect of rects) {
        const left = Math.max(0, Math.floor((rect.x - boxMarginPt) * scale));
        const top = Math.max(0, Math.floor((rendered.heightPt - rect.y - rect.height - boxMarginPt) * scale));
        const right = Math.min(rendered.width, Math.ceil((rect.x + rect.width + boxMarginPt) * scale));
        const bottom = Math.min(rendered.height, Math.ceil((rendered.heightPt - rect.y + boxMarginPt) * scale));
        if (right - left < 4 || bottom - top < 4) continue;
        const { data, info } = await sharp(rendered.rgb, { raw: { width: rendered.width, height: rendered.height, channels: 3 } })
          .extract({ left, top, width: right - left, height: bottom - top })
          .greyscale()
          .png({ compressionLevel: 1 })
          .toBuffer({ resolveWithObject: true });
        const read = await engine.recognize({ png: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, dpi: ocrDpi * Math.min(1, scale / (ocrDpi / 72)) }, page);
        for (const term of termsIn(read.text, terms)) leaks.add({ page, foundBy: 'ocr', text: term });
        beat();
      }
      step();
    }
  } finally {
    await engine.stop().catch(() => undefined);
  }
}

/** The leaks found, each (page, check, term) once, at most maxLeaks. */
class Leaks {
  readonly list: RedactionLeak[] = [];
  private readonly seen = new Set<string>();

  add(leak: RedactionLeak): void {
    const key = `${leak.page ?? ''}\u0000${leak.foundBy}\u0000${leak.text}`;
    if (this.seen.has(key) || this.list.length >= maxLeaks) return;
    this.seen.add(key);
    this.list.push(leak);
  }
}
