// Files drawn from a seeded random stream, made for volume rather than for reading: typed pages of
// filler text, scanned pages, phone photos, messenger screenshots and incompressible bytes, each
// with a realistic size and structure. The bytes depend only on the seed and the stream's label,
// never on what was generated before, so files can be written in any order and on any run.
// The benchmark's practice is made of these bytes: a change that alters them must bump
// GENERATOR_VERSION in test/bench/generate-practice.ts, so that no stale practice is measured.
import { open } from 'node:fs/promises';
import { PageSizes, type PDFFont } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { newFixedPdf, type PdfMetadata } from './pdf-document.js';
import { keystream, Random } from './random.js';

const a4 = PageSizes.A4;

/** A scanned A4 page at 150 dpi as a greyscale JPEG: paper grain, lines of dark word-shaped marks, a round stamp, a slight skew. */
export async function scanPage(seed: number, index: number): Promise<Buffer> {
  const [width, height] = [1240, 1754];
  const noise = keystream(seed, `scan-${index}`)(width * height);
  const random = Random.for(seed, `scan-layout-${index}`);
  const pixels = Buffer.alloc(width * height);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = 226 + (noise[i]! & 15);
  const fill = (x0: number, y0: number, w: number, h: number, ink: number) => {
    for (let y = y0; y < Math.min(height, y0 + h); y += 1) {
      for (let x = x0; x < Math.min(width, x0 + w); x += 1) pixels[y * width + x] = ink + (noise[y * width + x]! & 31);
    }
  };
  for (let y = 150; y < height - 180; y += random.int(30, 38)) {
    if (random.chance(0.12)) continue; // a paragraph break
    const lineEnd = random.chance(0.15) ? random.int(300, 900) : width - 130;
    for (let x = 130 + (random.chance(0.2) ? 60 : 0); x < lineEnd; ) {
      const word = random.int(18, 110);
      fill(x, y, Math.min(word, lineEnd - x), 15, 30);
      x += word + random.int(10, 16);
    }
  }
  // The stamp: a ring of ink in the lower right.
  const [cx, cy, r] = [width - 330, height - 300, 95];
  for (let y = cy - r - 6; y < cy + r + 6; y += 1) {
    for (let x = cx - r - 6; x < cx + r + 6; x += 1) {
      const d = Math.hypot(x - cx, y - cy);
      if (Math.abs(d - r) < 5 || Math.abs(d - r * 0.7) < 2) pixels[y * width + x] = 70 + (noise[y * width + x]! & 63);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 1 } })
    .blur(0.7)
    .rotate((random.next() - 0.5) * 1.6, { background: { r: 235, g: 235, b: 235 } })
    .jpeg({ quality: 72 })
    .toBuffer();
}

export interface PagedPdfSpec {
  pages: number;
  /** Which pages are scans: none, all, or some after the first (each with a chance of 0.4). */
  scanned: 'none' | 'all' | 'some';
  metadata: PdfMetadata;
}

export interface PagedPdfAssets {
  /** The font typed pages are set in, embedded as a subset. */
  font: Uint8Array;
  /** JPEG scans (from scanPage) that scanned pages draw from. */
  scans: readonly Buffer[];
}

/**
 * A PDF of A4 pages, typed or scanned. A typed page holds the title (first page only), `lines(count)`
 * of text at 10 pt and its number; a scanned page is one full-page JPEG, as a scanner writes it.
 * `lines` is called with `random`'s stream in between, so it may draw from the same stream.
 */
export async function pagedPdf(
  spec: PagedPdfSpec,
  random: Random,
  assets: PagedPdfAssets,
  lines: (count: number) => string[],
): Promise<{ bytes: Uint8Array; scannedPages: number }> {
  const doc = await newFixedPdf(spec.metadata);
  let font: PDFFont | undefined;
  let scannedPages = 0;
  for (let index = 0; index < spec.pages; index += 1) {
    const page = doc.addPage(a4);
    const scanned = spec.scanned === 'all' || (spec.scanned === 'some' && index > 0 && random.chance(0.4));
    if (scanned) {
      // One image per page, as a scanner writes it, even when the pool repeats a picture.
      const image = await doc.embedJpg(random.pick(assets.scans));
      page.drawImage(image, { x: 0, y: 0, width: a4[0], height: a4[1] });
      scannedPages += 1;
      continue;
    }
    if (!font) {
      doc.registerFontkit(fontkit);
      font = await doc.embedFont(assets.font, { subset: true });
    }
    let top = a4[1] - 72;
    if (index === 0) {
      page.drawText(spec.metadata.title, { x: 62, y: top, size: 13, font });
      top -= 30;
    }
    page.drawText(lines(Math.floor((top - 70) / 14.5)).join('\n'), { x: 62, y: top, size: 10, lineHeight: 14.5, font });
    page.drawText(`${index + 1} / ${spec.pages}`, { x: a4[0] / 2 - 12, y: 36, size: 9, font });
  }
  return { bytes: await doc.save(), scannedPages };
}

/** A phone photo as a JPEG: a smooth random colour field (the scene) under a fine grain (the sensor), about 0.25 bytes a pixel. */
export async function phonePhoto(width: number, height: number, seed: number, label: string): Promise<Buffer> {
  const bytes = keystream(seed, label);
  // One random colour per 48 px square, enlarged smoothly: blotches of light and colour, not confetti.
  const [smallWidth, smallHeight] = [Math.ceil(width / 48), Math.ceil(height / 48)];
  const scene = sharp(bytes(smallWidth * smallHeight * 3), { raw: { width: smallWidth, height: smallHeight, channels: 3 } });
  const tile = 256;
  const grain = Buffer.from(bytes(tile * tile * 3).map((value) => 108 + (value % 40)));
  const grainPng = await sharp(grain, { raw: { width: tile, height: tile, channels: 3 } }).png().toBuffer();
  return scene
    .resize(width, height, { kernel: 'cubic' })
    .composite([{ input: grainPng, tile: true, blend: 'overlay' }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A messenger screenshot as a PNG: a header bar and chat bubbles holding lines of grey "text". */
export async function messengerScreenshot(random: Random): Promise<Buffer> {
  const [width, height] = [1080, 2340];
  const pixels = Buffer.alloc(width * height * 3, 0xf2);
  const fill = (x0: number, y0: number, w: number, h: number, [r, g, b]: readonly [number, number, number]) => {
    for (let y = y0; y < Math.min(height, y0 + h); y += 1) {
      for (let x = x0; x < Math.min(width, x0 + w); x += 1) {
        const at = (y * width + x) * 3;
        pixels[at] = r;
        pixels[at + 1] = g;
        pixels[at + 2] = b;
      }
    }
  };
  fill(0, 0, width, 200, [0x2a, 0x7f, 0xba]);
  for (let y = 260; y < height - 200; ) {
    const mine = random.chance(0.4);
    const lines = random.int(1, 5);
    const bubbleWidth = random.int(380, 820);
    const x = mine ? width - 40 - bubbleWidth : 40;
    fill(x, y, bubbleWidth, 40 + lines * 46, mine ? [0xdc, 0xf8, 0xc6] : [0xff, 0xff, 0xff]);
    for (let line = 0; line < lines; line += 1) fill(x + 28, y + 28 + line * 46, random.int(140, bubbleWidth - 56), 22, [0x55, 0x55, 0x5a]);
    y += 40 + lines * 46 + random.int(24, 60);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

/** Streams pseudo-random bytes to `file`, 8 MiB at a time: never the whole file in memory. */
export async function writeRandomBytes(file: string, bytes: number, seed: number, label: string): Promise<void> {
  const next = keystream(seed, label);
  const handle = await open(file, 'w');
  try {
    for (let written = 0; written < bytes; ) {
      const chunk = next(Math.min(8 * 1024 * 1024, bytes - written));
      await handle.write(chunk);
      written += chunk.length;
    }
  } finally {
    await handle.close();
  }
}
