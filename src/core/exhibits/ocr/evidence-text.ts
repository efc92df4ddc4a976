// The text of an evidence item, page by page, read in the exhibit reader: a PDF page's own text
// layer where it has one; a scanned PDF page (under minTextLayerChars characters of text) rendered
// at 300 dpi and recognised; each page of an image recognised; a text file's text as one page.
// One OCR engine serves every page of the file, started at the first page that needs it and
// stopped at the end, or as soon as the signal aborts.
import { DossierError } from '../../../shared/errors.js';
import type { RecognizedLine, RecognizedPage } from '../../../shared/recognized-text.js';
import { maxTextPages, type EvidenceText, type EvidenceTextPage } from '../../isolation/task-types.js';
import { ImageDecodeError, imageFrames, imagePageCount } from '../image-decoding.js';
import { PdfiumDocument, type RenderedPage } from '../pdfium.js';
import { PdfjsDocument } from '../pdfjs-pages.js';
import { exhibitText } from '../text-reading.js';
import { isPlaceableImage } from '../treatment.js';
import { OcrEngine } from './ocr-engine.js';
import { imageFrameForOcr, maxOcrPixels, renderedPageForOcr, type OcrImage } from './ocr-image.js';
import { maxPageTextChars, minTextLayerChars, pdfiumTextChars, pdfiumTextPage, pdfTextPage, textLayerChars } from './pdf-text.js';
import { defaultTessdataDir, installedLanguages } from './tessdata.js';

/** Scans are recognised best at 300 dpi, the resolution Tesseract's models were trained for. */
export const ocrDpi = 300;

/** The languages asked for when an evidence item and its case name none. */
export const defaultOcrLanguages = ['rus', 'kaz', 'eng'];

/** Longest text read from a text file (characters): its page is one message. */
const maxPlainTextChars = 1_000_000;

export interface ReadTextOptions {
  languages: string[];
  password?: string | undefined;
  signal?: AbortSignal | undefined;
  /** resources/tessdata by default. */
  tessdataDir?: string | undefined;
  /** After each page; and, while a large page is recognised, now and then with the same count. */
  onProgress?: (pagesDone: number, pagesTotal: number) => void;
}

export async function readEvidenceText(bytes: Uint8Array, mediaType: string, options: ReadTextOptions): Promise<EvidenceText> {
  const reading = new TextReading(options);
  try {
    if (mediaType === 'application/pdf') return await readPdf(bytes, options.password, reading);
    if (isPlaceableImage(mediaType)) return await readImage(bytes, mediaType, reading);
    if (mediaType.startsWith('text/')) return readPlainText(bytes, reading);
    return { pages: [], pageCount: 0 };
  } finally {
    await reading.stop();
  }
}

/** One file's reading: its progress, and the OCR engine its pages share. */
class TextReading {
  private engine: Promise<OcrEngine> | undefined;
  private done = 0;
  private total = 0;
  readonly languages: string[];
  private readonly tessdataDir: string;

  constructor(private readonly options: ReadTextOptions) {
    this.tessdataDir = options.tessdataDir ?? defaultTessdataDir();
    const asked = installedLanguages(options.languages, this.tessdataDir);
    // A language without its model is left out; with none left, the defaults are better than nothing.
    this.languages = asked.length > 0 ? asked : installedLanguages(defaultOcrLanguages, this.tessdataDir);
  }

  get signal(): AbortSignal | undefined {
    return this.options.signal;
  }

  begin(total: number): void {
    this.total = total;
  }

  pageDone(): void {
    this.done += 1;
    this.options.onProgress?.(this.done, this.total);
  }

  async recognize(image: OcrImage, page: number): Promise<RecognizedPage> {
    this.signal?.throwIfAborted();
    if (this.languages.length === 0) throw new DossierError('INTERNAL', 'No OCR language data was found in resources/tessdata.');
    this.engine ??= OcrEngine.start({
      languages: this.languages,
      tessdataDir: this.tessdataDir,
      onWorking: throttled(() => this.options.onProgress?.(this.done, this.total), 5_000),
    });
    const engine = await abortable(this.engine, this.signal);
    return abortable(engine.recognize(image, page), this.signal);
  }

  async stop(): Promise<void> {
    const engine = this.engine;
    this.engine = undefined;
    if (engine) await engine.then((running) => running.stop()).catch(() => undefined);
  }
}

async function readImage(bytes: Uint8Array, mediaType: string, reading: TextReading): Promise<EvidenceText> {
  const pages: EvidenceTextPage[] = [];
  try {
    const pageCount = await imagePageCount(bytes, mediaType);
    reading.begin(Math.min(pageCount, maxTextPages));
    let page = 0;
    for await (const frame of imageFrames(bytes, mediaType)) {
      page += 1;
      if (page > maxTextPages) break;
      pages.push({ source: 'ocr', page: await reading.recognize(await imageFrameForOcr(frame), page) });
      reading.pageDone();
    }
    return { pages, pageCount };
  } catch (error) {
    if (error instanceof ImageDecodeError) throw new DossierError('FILE_REFUSED', `The image cannot be read: ${error.reason}.`);
    throw error;
  }
}

/**
 * A PDF's pages through PDFium, which reads text and draws pages as the exporter does, loaded in
 * the reader already; through pdf.js only when PDFium cannot open the file (pdf.js alone costs
 * the reader some 250 MB).
 */
async function readPdf(bytes: Uint8Array, password: string | undefined, reading: TextReading): Promise<EvidenceText> {
  const opened = await PdfiumDocument.open(bytes, password).catch(() => 'damaged' as const);
  if (opened === 'needs_password' || opened === 'wrong_password') throw passwordRefusal(opened);
  if (opened !== 'damaged') {
    try {
      return await readPages(opened.pageCount, reading, {
        text: (index) => {
          const text = opened.pageText(index, maxPageTextChars);
          return text && pdfiumTextChars(text) >= minTextLayerChars ? pdfiumTextPage(text, index + 1, reading.languages) : undefined;
        },
        render: (index) => opened.renderPage(index, ocrDpi, maxOcrPixels),
      });
    } finally {
      opened.close();
    }
  }
  const pdfjs = await PdfjsDocument.open(bytes, password);
  if (!pdfjs) throw new DossierError('FILE_REFUSED', 'The PDF is damaged beyond reading: none of the PDF engines could open it.');
  try {
    return await readPages(pdfjs.pageCount, reading, {
      text: async (index) => {
        const text = await pdfjs.pageText(index);
        return text && textLayerChars(text) >= minTextLayerChars ? pdfTextPage(text, index + 1, reading.languages) : undefined;
      },
      render: (index) => pdfjs.renderPage(index, ocrDpi, maxOcrPixels),
    });
  } finally {
    await pdfjs.close();
  }
}

interface PdfEngine {
  /** The page's own text, when it has enough to be more than a scan's page number. */
  text(index: number): Promise<RecognizedPage | undefined> | RecognizedPage | undefined;
  render(index: number): Promise<RenderedPage | undefined> | RenderedPage | undefined;
}

/**
 * Each page's own text, or else its picture recognised; a page the engine can neither read nor
 * draw is left out (a trap in PDFium's WebAssembly costs the pages it happens on only).
 */
async function readPages(pageCount: number, reading: TextReading, engine: PdfEngine): Promise<EvidenceText> {
  const pages: EvidenceTextPage[] = [];
  reading.begin(Math.min(pageCount, maxTextPages));
  for (let index = 0; index < Math.min(pageCount, maxTextPages); index++) {
    reading.signal?.throwIfAborted();
    const text = await Promise.resolve()
      .then(() => engine.text(index))
      .catch(() => undefined);
    if (text) {
      pages.push({ source: 'pdf_text', page: text });
    } else {
      const rendered = await Promise.resolve()
        .then(() => engine.render(index))
        .catch(() => undefined);
      if (rendered) pages.push({ source: 'ocr', page: await reading.recognize(await renderedPageForOcr(rendered, ocrDpi * renderedScale(rendered)), index + 1) });
    }
    reading.pageDone();
  }
  return { pages, pageCount };
}

/** 1 for a page rendered at ocrDpi; less for a page so large that it was drawn smaller. */
function renderedScale(page: RenderedPage): number {
  return Math.min(1, page.width / ((page.widthPt * ocrDpi) / 72));
}

function passwordRefusal(refusal: 'needs_password' | 'wrong_password'): DossierError {
  return refusal === 'wrong_password'
    ? new DossierError('WRONG_PASSWORD', 'The password given for this PDF does not open it.')
    : new DossierError('FILE_REFUSED', 'This PDF needs a password to open; its text cannot be read without it.');
}

function readPlainText(bytes: Uint8Array, reading: TextReading): EvidenceText {
  reading.begin(1);
  const text = exhibitText(bytes).slice(0, maxPlainTextChars);
  const none = { x0: 0, y0: 0, x1: 0, y1: 0 };
  const lines: RecognizedLine[] = text.split('\n').map((line) => ({
    box: none,
    words: (line.match(/\S+/gu) ?? []).map((word) => ({ text: word, box: none, confidence: 100 })),
  }));
  const page: RecognizedPage = { page: 1, width: 1, height: 1, text, lines, confidence: 100, languages: reading.languages };
  reading.pageDone();
  return { pages: [{ source: 'plain_text', page }], pageCount: 1 };
}

/** The promise, or a rejection as soon as the signal aborts (the engine is then stopped by its owner). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function throttled(action: () => void, everyMs: number): () => void {
  let last = 0;
  return () => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    action();
  };
}
