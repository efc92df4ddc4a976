// Tesseract compiled to WebAssembly (tesseract.js, Apache-2.0), run offline: its worker thread,
// its WebAssembly core and the language models are all read from local files, never fetched
// (tesseract.js's defaults would take the models from a CDN and cache them on disk; here the
// models come from resources/tessdata and nothing is written). One engine serves every page of
// one file and is stopped at the end. This parses hostile pixels, so it runs only in the exhibit
// reader process.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Tesseract from 'tesseract.js';
import type { PixelBox, RecognizedLine, RecognizedPage, RecognizedWord } from '../../../shared/recognized-text.js';
import type { OcrImage } from './ocr-image.js';

/** Tesseract's engine mode 1, LSTM only: the shipped models hold no data for the legacy engine. */
const LSTM_ONLY = 1;

// Not named `require`: the bundle of the reader declares its own (electron-vite's ESM shim).
const resolveFromHere = createRequire(import.meta.url);

/**
 * A file inside a package, as a plain file: in a packaged app node_modules sits in app.asar, and
 * a worker thread is started from the copy electron-builder.yml unpacks beside it.
 */
function packageFile(specifier: string): string {
  const file = resolveFromHere.resolve(specifier);
  const unpacked = file.replace(/\.asar(?=[\\/])/, '.asar.unpacked');
  return unpacked !== file && existsSync(unpacked) ? unpacked : file;
}

export interface OcrEngineOptions {
  /** Tesseract codes, the first the main one (e.g. ['rus', 'kaz', 'eng']); each must be in `tessdataDir`. */
  languages: string[];
  tessdataDir: string;
  /** Called now and then while a page is recognised (a large page takes a while). */
  onWorking?: () => void;
}

export class OcrEngine {
  private constructor(
    private readonly worker: Tesseract.Worker,
    readonly languages: string[],
  ) {}

  static async start({ languages, tessdataDir, onWorking }: OcrEngineOptions): Promise<OcrEngine> {
    const worker = await Tesseract.createWorker(languages, LSTM_ONLY, {
      workerPath: packageFile('tesseract.js/src/worker-script/node/index.js'),
      // Under Node the worker loads its core with require() from tesseract.js-core; named anyway,
      // so that no default (a CDN address) is ever in play.
      corePath: path.dirname(packageFile('tesseract.js-core/package.json')),
      langPath: tessdataDir,
      gzip: false,
      // Read the models where they are; never copy them to a cache folder.
      cacheMethod: 'none',
      workerBlobURL: false,
      logger: () => onWorking?.(),
      // A worker's failure is answered by the call that was waiting; it must not throw elsewhere.
      errorHandler: () => undefined,
    });
    return new OcrEngine(worker, languages);
  }

  /** The words of one page image, in Tesseract's reading order, as page `page` of the evidence item. */
  async recognize(image: OcrImage, page: number): Promise<RecognizedPage> {
    // Tesseract parameters pass through the options (its typings name only tesseract.js's own).
    // A photo's own density is seldom true (72, or none); 300 dpi is what a page photographed whole comes to.
    const options = { user_defined_dpi: String(Math.round(image.dpi ?? 300)) } as Partial<Tesseract.RecognizeOptions>;
    const { data } = await this.worker.recognize(Buffer.from(image.png.buffer, image.png.byteOffset, image.png.byteLength), options, { text: false, blocks: true });
    const lines: RecognizedLine[] = [];
    for (const block of data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          const words = line.words.map(wordOf).filter((word): word is RecognizedWord => word !== undefined);
          if (words.length > 0) lines.push({ box: boxOf(line.bbox), words });
        }
      }
    }
    const words = lines.flatMap((line) => line.words);
    const confidence = words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
    return {
      page,
      width: image.width,
      height: image.height,
      text: lines.map((line) => line.words.map((word) => word.text).join(' ')).join('\n'),
      lines,
      confidence: Math.round(confidence * 10) / 10,
      languages: this.languages,
    };
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

function wordOf(word: Tesseract.Word): RecognizedWord | undefined {
  const text = word.text.trim();
  if (text === '') return undefined;
  return { text, box: boxOf(word.bbox), confidence: Math.max(0, Math.min(100, Math.round(word.confidence * 10) / 10)) };
}

function boxOf({ x0, y0, x1, y1 }: Tesseract.Bbox): PixelBox {
  return { x0, y0, x1, y1 };
}
