// pdf.js (Mozilla's PDF reader, the one Firefox shows PDFs with) as the last engine for a PDF
// that neither pdf-lib nor PDFium opens: it reads some files with a damaged object stream or no
// header at all that poppler also shows. It only renders, onto @napi-rs/canvas (the canvas
// pdf.js uses in Node). It may not evaluate code the file carries, and its fonts and colour
// maps come from its own package, never from the network. This parses hostile bytes, so it is
// loaded only in the exhibit reader process.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { renderScale, type RenderedPage } from './pdfium.js';

/** pdf.js's own data folders, as paths ending in a separator (it appends file names). */
function packageFolder(folder: string): string {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return path.join(root, folder) + path.sep;
}

interface NodeCanvasContext {
  getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray };
}

/** A run of text as pdf.js reads it: its matrix in the page's space, its advance and font height. */
export interface PdfTextRun {
  text: string;
  transform: number[];
  width: number;
  height: number;
  /** pdf.js found a line's end after it. */
  endsLine: boolean;
}

export interface PdfPageText {
  runs: PdfTextRun[];
  /** From the page's space to the viewer's (points, origin top left). */
  pageTransform: number[];
  widthPt: number;
  heightPt: number;
}

/** A PDF as pdf.js reads it; undefined when pdf.js cannot open it either. */
export class PdfjsDocument {
  private constructor(private readonly document: PDFDocumentProxy) {}

  static async open(bytes: Uint8Array, password?: string): Promise<PdfjsDocument | undefined> {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({
      // pdf.js takes the buffer over (and refuses a Buffer); a copy keeps the caller's bytes usable.
      data: new Uint8Array(bytes),
      ...(password ? { password } : {}),
      isEvalSupported: false,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: 0,
      useSystemFonts: false,
      standardFontDataUrl: packageFolder('standard_fonts'),
      cMapUrl: packageFolder('cmaps'),
      cMapPacked: true,
      wasmUrl: packageFolder('wasm'),
    });
    try {
      return new PdfjsDocument(await task.promise);
    } catch {
      await task.destroy();
      return undefined;
    }
  }

  get pageCount(): number {
    return this.document.numPages;
  }

  /** Renders page `index` (from 0) as a viewer shows it, on white, like PdfiumDocument.renderPage. */
  async renderPage(index: number, dpi: number, maxPixels: number): Promise<RenderedPage | undefined> {
    try {
      const page = await this.document.getPage(index + 1);
      const natural = page.getViewport({ scale: 1 });
      const widthPt = natural.width;
      const heightPt = natural.height;
      if (!(widthPt > 0 && heightPt > 0)) return undefined;
      const viewport = page.getViewport({ scale: renderScale(widthPt, heightPt, dpi, maxPixels) });
      const width = Math.max(1, Math.floor(viewport.width));
      const height = Math.max(1, Math.floor(viewport.height));
      // pdf.js's Node canvas factory (its type is not exported): @napi-rs/canvas underneath.
      const factory = this.document.canvasFactory as { create(width: number, height: number): { canvas: never; context: NodeCanvasContext } };
      const { canvas, context } = factory.create(width, height);
      await page.render({ canvas, canvasContext: context as never, viewport, background: 'white' }).promise;
      const rgba = context.getImageData(0, 0, width, height).data;
      const rgb = Buffer.allocUnsafe(width * height * 3);
      for (let from = 0, to = 0; from < rgba.length; from += 4, to += 3) {
        rgb[to] = rgba[from]!;
        rgb[to + 1] = rgba[from + 1]!;
        rgb[to + 2] = rgba[from + 2]!;
      }
      page.cleanup();
      return { rgb, width, height, widthPt, heightPt };
    } catch {
      return undefined;
    }
  }

  /**
   * The text runs page `index` (from 0) carries, as pdf.js reads them, with the matrix that puts
   * them on the page as a viewer shows it (points, origin top left, its /Rotate applied);
   * undefined when the page cannot be read.
   */
  async pageText(index: number): Promise<PdfPageText | undefined> {
    try {
      const page = await this.document.getPage(index + 1);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ disableNormalization: false });
      const runs: PdfTextRun[] = [];
      for (const item of content.items) {
        if ('str' in item) runs.push({ text: item.str, transform: item.transform as number[], width: item.width, height: item.height, endsLine: item.hasEOL });
      }
      page.cleanup();
      return { runs, pageTransform: viewport.transform, widthPt: viewport.width, heightPt: viewport.height };
    } catch {
      return undefined;
    }
  }

  /**
   * The annotations of page `index` (from 0): where each lies on the page as a viewer shows it
   * (points, origin top left) and every text pdf.js reads in it (contents, author, a field's
   * value and options, the text of its appearance); undefined when the page cannot be read.
   */
  async pageAnnotations(index: number): Promise<PdfAnnotationText[] | undefined> {
    try {
      const page = await this.document.getPage(index + 1);
      const viewport = page.getViewport({ scale: 1 });
      const annotations = (await page.getAnnotations({ intent: 'display' })) as Record<string, unknown>[];
      page.cleanup();
      return annotations.flatMap((annotation) => {
        const rect = annotation.rect;
        if (!Array.isArray(rect) || rect.length !== 4 || !rect.every((value) => typeof value === 'number' && Number.isFinite(value))) return [];
        const [x0, y0, x1, y1] = rect as number[];
        const corners = [viewport.convertToViewportPoint(x0!, y0!), viewport.convertToViewportPoint(x1!, y1!)] as number[][];
        const xs = corners.map((point) => point[0]!);
        const ys = corners.map((point) => point[1]!);
        const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
        const texts: string[] = [];
        collectStrings(annotation, texts, 0);
        return [{ subtype: typeof annotation.subtype === 'string' ? annotation.subtype : '', box, texts, widthPt: viewport.width, heightPt: viewport.height }];
      });
    } catch {
      return undefined;
    }
  }

  async close(): Promise<void> {
    await this.document.destroy();
  }
}

/** An annotation as pdf.js reads it: its box on the page as shown and the texts it holds. */
export interface PdfAnnotationText {
  subtype: string;
  box: { x0: number; y0: number; x1: number; y1: number };
  texts: string[];
  widthPt: number;
  heightPt: number;
}

/** Every string in an annotation's data, a few levels deep (a field's options, rich text's parts): any of them may print. */
function collectStrings(value: unknown, into: string[], depth: number): void {
  if (depth > 5 || into.length > 2000) return;
  if (typeof value === 'string') {
    if (value.trim() !== '') into.push(value);
  } else if (Array.isArray(value)) {
    for (const element of value) collectStrings(element, into, depth + 1);
  } else if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const element of Object.values(value)) collectStrings(element, into, depth + 1);
  }
}
