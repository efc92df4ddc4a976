// A PDF exhibit's pages in the dossier, by the best way that works for each page: copied as
// vectors from the file as pdf-lib reads it; else from a copy PDFium repaired (and decrypted,
// with the user's password); else rendered as an image of the page by PDFium, or by pdf.js
// where PDFium cannot open the file; else a notice.
// Readers show most damaged files, so a lawyer expects the dossier to; the separator says how
// each page was reproduced, and the stored original is never changed.
import type { PDFDocument, PDFPage, PDFRef } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import type { RecognizedPage } from '../../shared/recognized-text.js';
import { loadPdfForCopying } from '../exhibits/pdf-reading.js';
import { maxPageTextChars } from '../exhibits/ocr/pdf-text.js';
import { PdfiumDocument, type RenderedPage } from '../exhibits/pdfium.js';
import { PdfjsDocument } from '../exhibits/pdfjs-pages.js';
import { createSheet, isTooSmallToPad, isTooSmallToPadSize, noticePage, padAndStamp, placeOnSheet, shownRotation, stampSheet, type FooterText } from './exhibit-pages.js';
import type { DossierFonts } from './fonts.js';
import { attachPage, createPage } from './page-flow.js';
import { copyPagesLinked } from './page-copying.js';
import { drawTextLayer, placementInBox, placementOnShownPage, type Matrix } from './text-layer.js';
import { cleanCopiedPage, type ExhibitRedactor } from './redaction/redact-pages.js';

/** How a PDF exhibit's pages were reproduced, for its separator and the export's warnings. */
export interface PdfReproduction {
  /** The pages were copied from a copy PDFium wrote, not from the file itself. */
  repaired: boolean;
  /** That copy was opened with the password the user gave. */
  decrypted: boolean;
  /** Exhibit page numbers (1-based) drawn as images of the page. */
  imagePages: number[];
  /** Exhibit page numbers (1-based) that could not be reproduced at all (a notice stands in). */
  missingPages: number[];
  /** Exhibit page numbers (1-based) that carry the invisible text OCR recognised on them. */
  recognisedPages?: number[] | undefined;
}

export interface PdfPagesInput {
  bytes: Uint8Array;
  /** Pages the plan gave the exhibit: exactly this many are produced. */
  count: number;
  password?: string | undefined;
  /** Exhibit page numbers (1-based) to draw as images even if they copy: their drawing data does not decode. */
  asImages?: readonly number[] | undefined;
  fontsDir: string;
  footer: (offset: number) => FooterText;
  notice: string;
  signal?: AbortSignal | undefined;
  /** Called after each page, to say the work goes on. */
  onPage?: (() => void) | undefined;
  /** What OCR recognised on the file's scanned pages, by page number (1-based): laid over them invisibly. */
  recognized?: ReadonlyMap<number, RecognizedPage> | undefined;
  /** The exhibit's name, where the fonts record characters they lack (see drawTextLayer). */
  place?: string | undefined;
  /** In a redacted export: a page with boxes is rendered and painted, never copied; the others are copied cleaned (redaction/redact-pages.ts). */
  redactor?: ExhibitRedactor | undefined;
}

/** Lays a page's recognised text over it, given where the pixels OCR read lie on the page. */
type TextOverlay = (page: PDFPage, placement: (pixels: { width: number; height: number }) => Matrix) => void;

/** Resolution a page is rendered at when it cannot be copied: legible for print and for OCR. */
export const renderDpi = 200;
/** Most pixels a rendered page may have (A3 at 200 dpi is 7.8 MP); a poster-sized page is rendered smaller. */
const maxRenderedPixels = 40_000_000;
const JPEG_OPTIONS = { quality: 90, chromaSubsampling: '4:4:4' } as const;

/** A source of copies: pdf-lib's reading of some bytes and its pages, once read. */
interface CopySource {
  doc: PDFDocument;
  pages: PDFPage[];
}

async function readSource(bytes: Uint8Array, fontsDir: string): Promise<CopySource | undefined> {
  try {
    const doc = await loadPdfForCopying(bytes, fontsDir);
    return { doc, pages: doc.getPages() };
  } catch {
    return undefined;
  }
}

export async function reproducePdfPages(doc: PDFDocument, fonts: DossierFonts, input: PdfPagesInput): Promise<{ refs: PDFRef[]; reproduction: PdfReproduction }> {
  const { bytes, count, password, fontsDir, footer, signal } = input;
  const drawnAsImages = new Set(input.asImages);
  const reproduction: PdfReproduction = { repaired: false, decrypted: false, imagePages: [], missingPages: [], recognisedPages: [] };
  let engine: Promise<PdfiumDocument | undefined> | undefined;
  const openEngine = () =>
    (engine ??= PdfiumDocument.open(bytes, password).then(
      (opened) => (typeof opened === 'string' ? undefined : opened),
      () => undefined,
    ));
  let lastEngine: Promise<PdfjsDocument | undefined> | undefined;
  const render = async (index: number): Promise<RenderedPage | undefined> => {
    const pdfium = await openEngine();
    const rendered = pdfium && index < pdfium.pageCount ? attempt(() => pdfium.renderPage(index, renderDpi, maxRenderedPixels)) : undefined;
    if (rendered) return rendered;
    lastEngine ??= PdfjsDocument.open(bytes, password);
    const pdfjs = await lastEngine;
    return pdfjs && index < pdfjs.pageCount ? pdfjs.renderPage(index, renderDpi, maxRenderedPixels) : undefined;
  };
  try {
    // A file that needs the user's password is read only through PDFium's decrypted copy.
    let source = password ? undefined : await readSource(bytes, fontsDir);
    // A page with boxes is never copied, not even to be dropped later.
    const redacted = (index: number) => input.redactor?.boxesOf(index + 1) !== undefined;
    let copies = source ? await copyAll(doc, source, count, redacted) : undefined;
    if (!copies) {
      const pdfium = await openEngine();
      const repaired = pdfium ? attempt(() => pdfium.repairedCopy()) : undefined;
      const repairedSource = repaired ? await readSource(repaired, fontsDir) : undefined;
      const repairedCopies = repairedSource ? await copyAll(doc, repairedSource, count, redacted) : undefined;
      if (repairedSource && (repairedCopies || !source)) {
        source = repairedSource;
        copies = repairedCopies;
        reproduction.repaired = !password;
        reproduction.decrypted = Boolean(password);
      }
    }
    const refs: PDFRef[] = [];
    for (let index = 0; index < count; index++) {
      signal?.throwIfAborted();
      if (index > 0) input.onPage?.();
      const boxes = input.redactor?.boxesOf(index + 1);
      const recognized = input.redactor ? input.redactor.recognizedOutside(input.recognized?.get(index + 1), index + 1) : input.recognized?.get(index + 1);
      // A redacted page with text of its own (not a scan) keeps its words outside the boxes, invisibly over its image.
      const ownWords = boxes && !recognized ? redactedPageWords(input.redactor!, await openEngine(), index) : undefined;
      const overlay: TextOverlay | undefined =
        (recognized &&
          ((page, placement) => {
            if (drawTextLayer(page, fonts, recognized, placement(recognized), input.place)) reproduction.recognisedPages!.push(index + 1);
          })) ||
        (ownWords && ((page, placement) => void drawTextLayer(page, fonts, ownWords, placement(ownWords), input.place)));
      const copied = drawnAsImages.has(index + 1) || boxes ? undefined : await copiedPage(doc, fonts, source, copies, index, footer(index), overlay);
      if (copied) {
        if (input.redactor) cleanCopiedPage(copied);
        refs.push(copied.ref);
        continue;
      }
      const redaction = boxes && input.redactor ? { redactor: input.redactor, page: index + 1 } : undefined;
      const rendered = await renderedPage(doc, fonts, await render(index), footer(index), overlay, redaction);
      if (rendered) {
        // A redacted page is an image by choice, not for damage: its separator says so in its own words.
        if (!redaction) reproduction.imagePages.push(index + 1);
        refs.push(rendered.ref);
        continue;
      }
      reproduction.missingPages.push(index + 1);
      refs.push(noticePage(doc, fonts, input.notice, footer(index)).ref);
    }
    return { refs, reproduction };
  } finally {
    (await engine)?.close();
    await (await lastEngine)?.close();
  }
}

/** The words of a redacted page's own text outside its boxes, as PDFium reads them; undefined when it cannot. */
function redactedPageWords(redactor: ExhibitRedactor, pdfium: PdfiumDocument | undefined, index: number): RecognizedPage | undefined {
  const text = pdfium && index < pdfium.pageCount ? attempt(() => pdfium.pageText(index, maxPageTextChars)) : undefined;
  return redactor.ownWordsOutside(text, index + 1);
}

/** What PDFium gives, or undefined when it fails on this file (the next way is tried). */
function attempt<T>(work: () => T | undefined): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}

/**
 * Copies the first `count` pages in one go, so links between them stay links, each page too
 * small to pad left for placeOnSheet. Undefined when the copy fails (a broken page tree, an
 * object pdf-lib cannot follow): the pages are then tried one by one.
 */
async function copyAll(doc: PDFDocument, source: CopySource, count: number, omit: (index: number) => boolean): Promise<Map<number, PDFPage> | undefined> {
  try {
    const pages = source.pages.slice(0, count);
    const padded = pages.flatMap((page, index) => (isTooSmallToPad(page) || omit(index) ? [] : [index]));
    const copies = await copyPagesLinked(doc, source.doc, padded);
    return new Map(padded.map((index, at) => [index, copies[at]!]));
  } catch {
    return undefined;
  }
}

/** The page copied as vectors (from the copy made in one go, else on its own), stamped; undefined when it cannot be. */
async function copiedPage(
  doc: PDFDocument,
  fonts: DossierFonts,
  source: CopySource | undefined,
  copies: Map<number, PDFPage> | undefined,
  index: number,
  footer: FooterText,
  overlay: TextOverlay | undefined,
): Promise<PDFPage | undefined> {
  const sourcePage = source?.pages[index];
  if (!source || !sourcePage) return undefined;
  try {
    // A page too small to pad is rare among scans; it is placed without a text layer.
    if (isTooSmallToPad(sourcePage)) return await placeOnSheet(doc, sourcePage, fonts, footer);
    const copy = copies?.get(index) ?? (copies ? undefined : (await copyPagesLinked(doc, source.doc, [index]))[0]);
    if (!copy) return undefined;
    const page = attachPage(doc, copy);
    // The page as OCR saw it rendered: its crop box before the footer band, turned as shown.
    const crop = page.getCropBox();
    overlay?.(page, (pixels) => placementOnShownPage(pixels, crop, shownRotation(page)));
    padAndStamp(page, fonts, footer);
    return page;
  } catch {
    copies?.delete(index);
    return undefined;
  }
}

/** The page as an engine drew it, on a page of its own size (or on A4 when too small to pad), stamped. */
async function renderedPage(
  doc: PDFDocument,
  fonts: DossierFonts,
  rendered: RenderedPage | undefined,
  footer: FooterText,
  overlay: TextOverlay | undefined,
  redaction?: { redactor: ExhibitRedactor; page: number },
): Promise<PDFPage | undefined> {
  if (!rendered) return undefined;
  const { rgb, width, height, widthPt, heightPt } = rendered;
  const jpeg = redaction
    ? await redaction.redactor.paintRendered(rendered, redaction.redactor.boxesOf(redaction.page) ?? [])
    : await sharp(rgb, { raw: { width, height, channels: 3 } }).jpeg(JPEG_OPTIONS).toBuffer();
  const image = await doc.embedJpg(jpeg);
  await image.embed();
  if (isTooSmallToPadSize({ width: widthPt, height: heightPt })) {
    const { page: sheet, box } = createSheet(doc, { width: widthPt, height: heightPt });
    const scale = Math.min(box.width / widthPt, box.height / heightPt);
    const placed = { x: box.x + (box.width - widthPt * scale) / 2, y: box.y + (box.height - heightPt * scale) / 2, width: widthPt * scale, height: heightPt * scale };
    sheet.drawImage(image, placed);
    overlay?.(sheet, (pixels) => placementInBox(pixels, placed));
    stampSheet(sheet, fonts, footer);
    redaction?.redactor.finishPage(fonts, redaction.page, { page: sheet, placed });
    return sheet;
  }
  const page = createPage(doc, [widthPt, heightPt]);
  page.drawImage(image, { x: 0, y: 0, width: widthPt, height: heightPt });
  overlay?.(page, (pixels) => placementInBox(pixels, { x: 0, y: 0, width: widthPt, height: heightPt }));
  padAndStamp(page, fonts, footer);
  redaction?.redactor.finishPage(fonts, redaction.page, { page, placed: { x: 0, y: 0, width: widthPt, height: heightPt } });
  return page;
}
