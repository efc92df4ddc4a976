// Pages of known text for the OCR tests and benchmark: typeset in the app's own Noto Sans (a PDF
// with a text layer), rendered at 300 dpi by PDFium as a scanner would see them, optionally made
// noisy as a real scan is (grain, a slight tilt, JPEG artefacts), and put back into a PDF as
// pictures only (a scanned PDF, without a text layer).
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { PageSizes, PDFDocument, rgb } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { defaultFontsDir } from '../../src/core/dossier/fonts.js';
import { PdfiumDocument } from '../../src/core/exhibits/pdfium.js';

const margin = 72;

export interface TypesetPdf {
  bytes: Uint8Array;
  /** The lines drawn on each page, as drawn. */
  pageLines: string[][];
}

/** Each entry of `pages` is one A4 page of paragraphs, wrapped to the margins in Noto Sans at `size` points. */
export async function typesetPdf(pages: string[][], size = 12): Promise<TypesetPdf> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(await readFile(path.join(defaultFontsDir(), 'NotoSans-Regular.ttf')), { subset: true });
  const [width, height] = PageSizes.A4;
  const pageLines: string[][] = [];
  for (const paragraphs of pages) {
    const page = pdf.addPage([width, height]);
    const drawn: string[] = [];
    let y = height - margin;
    for (const paragraph of paragraphs) {
      let line = '';
      const flush = () => {
        if (!line) return;
        y -= size * 1.5;
        page.drawText(line, { x: margin, y, size, font, color: rgb(0.05, 0.05, 0.05) });
        drawn.push(line);
        line = '';
      };
      for (const word of paragraph.split(/\s+/)) {
        const next = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(next, size) > width - 2 * margin) {
          flush();
          line = word;
        } else {
          line = next;
        }
      }
      flush();
      y -= size * 0.6;
    }
    pageLines.push(drawn);
  }
  return { bytes: await pdf.save({ useObjectStreams: false }), pageLines };
}

export interface Scan {
  /** A JPEG (noisy) or PNG (clean) of the page. */
  bytes: Buffer;
  mediaType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

export interface ScanOptions {
  dpi?: number;
  /** Grain, a tilt of `tiltDegrees` and JPEG at quality 60; a clean PNG otherwise. */
  noisy?: boolean;
  tiltDegrees?: number;
  /** Seeds the grain, so a set is the same on every run. */
  seed?: number;
}

/** Page `index` of `pdf` as a scanner at `dpi` would give it, in grey. */
export async function scanPage(pdf: Uint8Array, index: number, options: ScanOptions = {}): Promise<Scan> {
  const { dpi = 300, noisy = false, tiltDegrees = 1, seed = 1 } = options;
  const opened = await PdfiumDocument.open(pdf);
  if (typeof opened === 'string') throw new Error(`PDFium refused the typeset page: ${opened}`);
  let rendered;
  try {
    rendered = opened.renderPage(index, dpi, 100_000_000);
  } finally {
    opened.close();
  }
  if (!rendered) throw new Error('PDFium could not render the typeset page');
  const grey = sharp(rendered.rgb, { raw: { width: rendered.width, height: rendered.height, channels: 3 } }).greyscale();
  if (!noisy) {
    const png = await grey.png({ compressionLevel: 3 }).toBuffer();
    return { bytes: png, mediaType: 'image/png', width: rendered.width, height: rendered.height };
  }
  const tilted = await grey.rotate(tiltDegrees, { background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
  const pixels = tilted.data;
  const random = seeded(seed);
  for (let at = 0; at < pixels.length; at++) {
    // Grain (about ±12 levels) and the odd speck of dust.
    const grain = (random() + random() + random() - 1.5) * 16;
    const speck = random() < 0.0008 ? -160 : 0;
    pixels[at] = Math.max(0, Math.min(255, pixels[at]! + grain + speck));
  }
  const { width, height } = tilted.info;
  const jpeg = await sharp(pixels, { raw: { width, height, channels: 1 } }).jpeg({ quality: 60 }).toBuffer();
  return { bytes: jpeg, mediaType: 'image/jpeg', width, height };
}

/** A PDF of scanned pages: each picture fills an A4 page, and the file has no text at all. */
export async function scannedPdf(scans: Scan[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const [width, height] = PageSizes.A4;
  for (const scan of scans) {
    const image = scan.mediaType === 'image/jpeg' ? await pdf.embedJpg(scan.bytes) : await pdf.embedPng(scan.bytes);
    pdf.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  }
  return pdf.save({ useObjectStreams: false });
}

/** A small deterministic generator (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
