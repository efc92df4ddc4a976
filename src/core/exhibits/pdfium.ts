// PDFium, the engine of Chrome's PDF viewer, compiled to WebAssembly (@embedpdf/pdfium, MIT;
// PDFium BSD-3): it opens damaged PDFs that pdf-lib refuses (a broken cross-reference table,
// stray bytes, a wrong page tree), and PDFs that need a password. Dossier uses it to write a
// repaired, decrypted copy that pdf-lib can then copy as vectors, and to render a page that
// still cannot be copied. Its module is loaded from the package's own file, never fetched. This
// parses hostile bytes, so it is loaded only in the exhibit reader process.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { init, type WrappedPdfiumModule } from '@embedpdf/pdfium';

let loading: Promise<WrappedPdfiumModule> | undefined;

/** The module's memory as bytes; looked up at each use, since the memory is replaced as it grows. */
function heapOf(module: WrappedPdfiumModule): Uint8Array {
  return (module.pdfium as unknown as { HEAPU8: Uint8Array }).HEAPU8;
}

/** The module, loaded once per reader process from the package's .wasm file. */
function pdfium(): Promise<WrappedPdfiumModule> {
  loading ??= (async () => {
    const wasmPath = createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm');
    // Given the binary, the module never looks for it elsewhere (its default is a CDN address).
    const module = await init({ wasmBinary: (await readFile(wasmPath)).buffer as ArrayBuffer });
    module.PDFiumExt_Init();
    return module;
  })();
  return loading;
}

/** A page rendered as RGB pixels, with the page's size in points as a viewer shows it. */
export interface RenderedPage {
  rgb: Buffer;
  width: number;
  height: number;
  widthPt: number;
  heightPt: number;
}

/**
 * The scale from points to pixels a page is rendered at: `dpi`, but for a page so large that it
 * would exceed `maxPixels`, which is rendered smaller. Both engines render by it.
 */
export function renderScale(widthPt: number, heightPt: number, dpi: number, maxPixels: number): number {
  return Math.min(dpi / 72, Math.sqrt(maxPixels / (widthPt * heightPt)));
}

/** Runs PDFium; a module that trapped (out of its memory, an abort) is unusable, so the next file gets a new one. */
function forgetOnTrap<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    loading = undefined;
    throw error;
  }
}

/** A character of a page's text: its code point, and its box (points, origin top left) unless PDFium inferred it. */
export interface PdfiumTextChar {
  code: number;
  box?: { x0: number; y0: number; x1: number; y1: number };
}

export interface PdfiumPageText {
  chars: PdfiumTextChar[];
  widthPt: number;
  heightPt: number;
}

/** Why PDFium could not open a file (FPDF_GetLastError: 4 is a missing or wrong password). */
export type PdfiumRefusal = 'needs_password' | 'wrong_password' | 'damaged';

const FPDF_ERR_PASSWORD = 4;
/** Draw annotations' appearances, as printed (FPDF_ANNOT | FPDF_PRINTING). */
const RENDER_FLAGS = 0x01 | 0x800;
const WHITE = 0xffffffff;

/** A PDF opened by PDFium: its bytes live in the module's memory until close(). */
export class PdfiumDocument {
  private constructor(
    private readonly module: WrappedPdfiumModule,
    private readonly doc: number,
    private readonly bytesPointer: number,
  ) {}

  /** Opens the bytes, with the user's password when one is given; a refusal says why it did not open. */
  static async open(bytes: Uint8Array, password?: string): Promise<PdfiumDocument | PdfiumRefusal> {
    const module = await pdfium();
    return forgetOnTrap(() => PdfiumDocument.openWith(module, bytes, password));
  }

  private static openWith(module: WrappedPdfiumModule, bytes: Uint8Array, password: string | undefined): PdfiumDocument | PdfiumRefusal {
    const { wasmExports } = module.pdfium;
    const pointer = wasmExports.malloc(Math.max(1, bytes.length));
    if (!pointer) return 'damaged';
    heapOf(module).set(bytes, pointer);
    const doc = module.FPDF_LoadMemDocument(pointer, bytes.length, password ?? '');
    if (!doc) {
      const error = module.FPDF_GetLastError();
      wasmExports.free(pointer);
      if (error === FPDF_ERR_PASSWORD) return password ? 'wrong_password' : 'needs_password';
      return 'damaged';
    }
    return new PdfiumDocument(module, doc, pointer);
  }

  get pageCount(): number {
    return Math.max(0, this.module.FPDF_GetPageCount(this.doc));
  }

  /**
   * A copy written afresh by PDFium, without encryption: the objects it could read, in a sound
   * structure. pdf-lib reads such a copy where it refused the original.
   */
  repairedCopy(): Uint8Array | undefined {
    return forgetOnTrap(() => this.writeCopy());
  }

  private writeCopy(): Uint8Array | undefined {
    const module = this.module;
    module.EPDF_RemoveEncryption(this.doc);
    const writer = module.PDFiumExt_OpenFileWriter();
    try {
      if (!module.PDFiumExt_SaveAsCopy(this.doc, writer)) return undefined;
      const size = module.PDFiumExt_GetFileWriterSize(writer);
      if (size <= 0) return undefined;
      const buffer = module.pdfium.wasmExports.malloc(size);
      try {
        module.PDFiumExt_GetFileWriterData(writer, buffer, size);
        return heapOf(module).slice(buffer, buffer + size);
      } finally {
        module.pdfium.wasmExports.free(buffer);
      }
    } finally {
      module.PDFiumExt_CloseFileWriter(writer);
    }
  }

  /**
   * Renders one page as a viewer shows it (its /Rotate applied), on white, at `dpi` but for a
   * page so large that it would exceed `maxPixels`, which is rendered smaller. Returns RGB
   * pixels with the page's size in points; undefined when PDFium cannot load the page.
   */
  renderPage(index: number, dpi: number, maxPixels: number): RenderedPage | undefined {
    return forgetOnTrap(() => this.draw(index, dpi, maxPixels));
  }

  private draw(index: number, dpi: number, maxPixels: number): RenderedPage | undefined {
    const module = this.module;
    const page = module.FPDF_LoadPage(this.doc, index);
    if (!page) return undefined;
    try {
      const widthPt = module.FPDF_GetPageWidthF(page);
      const heightPt = module.FPDF_GetPageHeightF(page);
      if (!(widthPt > 0 && heightPt > 0)) return undefined;
      const scale = renderScale(widthPt, heightPt, dpi, maxPixels);
      const width = Math.max(1, Math.round(widthPt * scale));
      const height = Math.max(1, Math.round(heightPt * scale));
      const bitmap = module.FPDFBitmap_Create(width, height, 0);
      if (!bitmap) return undefined;
      try {
        module.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, WHITE);
        module.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, RENDER_FLAGS);
        const stride = module.FPDFBitmap_GetStride(bitmap);
        const start = module.FPDFBitmap_GetBuffer(bitmap);
        const heap = heapOf(module);
        const rgb = Buffer.allocUnsafe(width * height * 3);
        // PDFium draws BGRx rows; a PDF image wants RGB.
        for (let y = 0; y < height; y++) {
          let from = start + y * stride;
          let to = y * width * 3;
          for (let x = 0; x < width; x++, from += 4, to += 3) {
            rgb[to] = heap[from + 2]!;
            rgb[to + 1] = heap[from + 1]!;
            rgb[to + 2] = heap[from]!;
          }
        }
        return { rgb, width, height, widthPt, heightPt };
      } finally {
        module.FPDFBitmap_Destroy(bitmap);
      }
    } finally {
      module.FPDF_ClosePage(page);
    }
  }

  /**
   * The text of page `index` as PDFium reads it, character by character, each with its box in
   * points as a viewer shows the page (origin top left, /Rotate applied); the spaces and line
   * breaks PDFium infers between runs come without a box. At most `maxChars` characters;
   * undefined when PDFium cannot load the page.
   */
  pageText(index: number, maxChars: number): PdfiumPageText | undefined {
    return forgetOnTrap(() => this.readText(index, maxChars));
  }

  private readText(index: number, maxChars: number): PdfiumPageText | undefined {
    const module = this.module;
    const page = module.FPDF_LoadPage(this.doc, index);
    if (!page) return undefined;
    const { malloc, free } = module.pdfium.wasmExports;
    const doubles = malloc(32);
    const ints = malloc(8);
    const text = module.FPDFText_LoadPage(page);
    try {
      const widthPt = module.FPDF_GetPageWidthF(page);
      const heightPt = module.FPDF_GetPageHeightF(page);
      if (!text || !doubles || !ints || !(widthPt > 0 && heightPt > 0)) return undefined;
      // PDFium maps page space to a viewer's in whole device units: tenths of a point here.
      const [deviceWidth, deviceHeight] = [Math.round(widthPt * 10), Math.round(heightPt * 10)];
      const toViewer = (x: number, y: number): [number, number] => {
        module.FPDF_PageToDevice(page, 0, 0, deviceWidth, deviceHeight, 0, x, y, ints, ints + 4);
        const view = new DataView(heapOf(module).buffer);
        return [view.getInt32(ints, true) / 10, view.getInt32(ints + 4, true) / 10];
      };
      const chars: PdfiumTextChar[] = [];
      const count = Math.min(maxChars, Math.max(0, module.FPDFText_CountChars(text)));
      for (let at = 0; at < count; at++) {
        const code = module.FPDFText_GetUnicode(text, at);
        if (module.FPDFText_IsGenerated(text, at) === 1 || !module.FPDFText_GetCharBox(text, at, doubles, doubles + 8, doubles + 16, doubles + 24)) {
          chars.push({ code });
          continue;
        }
        const view = new DataView(heapOf(module).buffer);
        const [left, right, bottom, top] = [0, 8, 16, 24].map((offset) => view.getFloat64(doubles + offset, true)) as [number, number, number, number];
        const [xa, ya] = toViewer(left, top);
        const [xb, yb] = toViewer(right, bottom);
        chars.push({ code, box: { x0: Math.min(xa, xb), y0: Math.min(ya, yb), x1: Math.max(xa, xb), y1: Math.max(ya, yb) } });
      }
      return { chars, widthPt, heightPt };
    } finally {
      if (text) module.FPDFText_ClosePage(text);
      free(doubles);
      free(ints);
      module.FPDF_ClosePage(page);
    }
  }

  close(): void {
    this.module.FPDF_CloseDocument(this.doc);
    this.module.pdfium.wasmExports.free(this.bytesPointer);
  }
}
