// Reads a PDF back with an independent parser (pdf.js, the engine of Firefox's viewer), so tests
// check what a recipient's viewer sees: pages, text, bookmarks and where every link lands.
import { readFile } from 'node:fs/promises';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ReadPage {
  /** Text of the page, items joined by spaces, lines by newlines. */
  text: string;
  /** Size as shown (after /Rotate). */
  width: number;
  height: number;
  rotation: number;
  /** Link annotations and the page index (0-based) each one jumps to. */
  links: { target: number; rect: number[] }[];
}

export interface OutlineEntry {
  title: string;
  target: number;
  children: OutlineEntry[];
}

export interface ReadPdf {
  pageCount: number;
  pages: ReadPage[];
  outline: OutlineEntry[];
  info: Record<string, unknown>;
}

async function resolveDest(doc: PDFDocumentProxy, dest: unknown): Promise<number> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
  if (!explicit || explicit.length === 0) return -1;
  return doc.getPageIndex(explicit[0] as Parameters<PDFDocumentProxy['getPageIndex']>[0]);
}

export async function readPdf(file: string): Promise<ReadPdf> {
  const data = new Uint8Array(await readFile(file));
  const doc = await getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: ReadPage[] = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : ' ');
      }
      const links: ReadPage['links'] = [];
      for (const annotation of await page.getAnnotations()) {
        if (annotation.subtype === 'Link' && annotation.dest) {
          links.push({ target: await resolveDest(doc, annotation.dest), rect: annotation.rect });
        }
      }
      pages.push({ text, width: viewport.width, height: viewport.height, rotation: page.rotate, links });
      page.cleanup();
    }
    const walk = async (items: Awaited<ReturnType<PDFDocumentProxy['getOutline']>>): Promise<OutlineEntry[]> =>
      Promise.all((items ?? []).map(async (item) => ({ title: item.title, target: await resolveDest(doc, item.dest), children: await walk(item.items) })));
    const outline = await walk(await doc.getOutline());
    const metadata = await doc.getMetadata();
    return { pageCount: doc.numPages, pages, outline, info: metadata.info as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}

/** Text with whitespace collapsed, for searching across line breaks. */
export function flatText(text: string): string {
  return text.replace(/\s+/g, ' ');
}
