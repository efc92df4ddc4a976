// Evidence images in the exported PDF: each test builds real image files with sharp (or
// ImageMagick where only it can), places them with the module, renders the PDF with poppler
// and reads the rendered pixels, so "upright" means what a reader of the dossier sees.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { fileTypeFromBuffer } from 'file-type';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawUpright, embedFrame } from '../../src/core/dossier/exhibit-images.js';
import {
  assertImageDecodes,
  ImageDecodeError,
  imageFrames,
  imagePageCount,
  isPlaceableImage,
  isWholeBaselineJpeg,
  uprightSize,
  type ImageFrame,
} from '../../src/core/exhibits/image-decoding.js';
import { corpusDir, corpusExists, listCorpusFiles, repoRoot } from '../support/corpus.js';
import { tempDir } from '../support/temp-dir.js';

const artifactsDir = path.join(repoRoot, 'test-artifacts', 'dossier');

/** ImageMagick's real convert (not the PNG-only stand-in some machines have) with a HEIC writer. */
const imageMagickFormats = spawnSync('convert', ['-list', 'format'], { encoding: 'utf8' });
const hasImageMagick = imageMagickFormats.status === 0;
const canWriteHeic = hasImageMagick && /^\s*HEIC\*?\s+HEIC\s+rw/m.test(imageMagickFormats.stdout);

const PAGE_SIZE = 200;
const BOX = { x: 10, y: 10, width: 180, height: 180 };

// ---------------------------------------------------------------------------------------------
// Fixtures

/** An upright 120×80 picture: light grey, a red block top-left and a blue block top-right. */
function uprightMarkers(width = 120, height = 80): Sharp {
  const block = (colour: string) => ({ create: { width: width / 4, height: height / 4, channels: 3 as const, background: colour } });
  return sharp({ create: { width, height, channels: 3, background: '#d0d0d0' } }).composite([
    { input: block('#ff0000'), left: 0, top: 0 },
    { input: block('#0000ff'), left: (width * 3) / 4, top: 0 },
  ]);
}

/**
 * Stored pixels which, shown per EXIF orientation n, give the upright picture: the inverse of
 * each orientation. sharp mirrors before it rotates, whatever the call order.
 */
const STORED_FROM_UPRIGHT: Record<number, (image: Sharp) => Sharp> = {
  1: (image) => image,
  2: (image) => image.flop(),
  3: (image) => image.rotate(180),
  4: (image) => image.flip(),
  5: (image) => image.flop().rotate(270),
  6: (image) => image.rotate(270),
  7: (image) => image.flop().rotate(90),
  8: (image) => image.rotate(90),
};

async function storedPixels(orientation: number): Promise<Sharp> {
  return STORED_FROM_UPRIGHT[orientation]!(sharp(await uprightMarkers().png().toBuffer()));
}

async function orientedJpeg(orientation: number): Promise<Buffer> {
  return (await storedPixels(orientation)).withMetadata({ orientation }).jpeg({ quality: 95 }).toBuffer();
}

async function orientedPng(orientation: number): Promise<Buffer> {
  return (await storedPixels(orientation)).withMetadata({ orientation }).png().toBuffer();
}

/** Stands in for a photograph: Gaussian noise compresses as badly as camera detail does. */
function noisePhoto(width: number, height: number, sigma: number): Sharp {
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma } } });
}

async function mediaTypeOf(bytes: Uint8Array): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) throw new Error('file-type did not recognise the fixture');
  return detected.mime;
}

/** A two-frame APNG (red, then blue) assembled by hand: sharp cannot write animated PNG. */
async function animatedPng(): Promise<Buffer> {
  const { crc32 } = await import('node:zlib');
  const frame = async (colour: string) => sharp({ create: { width: 40, height: 30, channels: 3, background: colour } }).png().toBuffer();
  const chunks = (png: Buffer) => {
    const found: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      found.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
      at += 12 + length;
    }
    return found;
  };
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const u32 = (...values: number[]) => Buffer.concat(values.map((v) => Buffer.from([v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255])));
  const frameControl = (sequence: number) => Buffer.concat([u32(sequence, 40, 30, 0, 0), Buffer.from([0, 1, 0, 10, 0, 0])]);
  const red = chunks(await frame('#ff0000'));
  const blue = chunks(await frame('#0000ff'));
  const ihdr = red.find((c) => c.type === 'IHDR')!.data;
  const redData = Buffer.concat(red.filter((c) => c.type === 'IDAT').map((c) => c.data));
  const blueData = Buffer.concat(blue.filter((c) => c.type === 'IDAT').map((c) => c.data));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('acTL', u32(2, 0)),
    chunk('fcTL', frameControl(0)),
    chunk('IDAT', redData),
    chunk('fcTL', frameControl(1)),
    chunk('fdAT', Buffer.concat([u32(2), blueData])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Removes a JPEG's APP14 "Adobe" segment, leaving a CMYK JPEG of the kind without that convention. */
function withoutAdobeSegment(jpeg: Buffer): Buffer {
  for (let at = 2; at + 4 <= jpeg.length && jpeg[at] === 0xff; ) {
    const length = jpeg.readUInt16BE(at + 2);
    if (jpeg[at + 1] === 0xee) return Buffer.concat([jpeg.subarray(0, at), jpeg.subarray(at + 2 + length)]);
    at += 2 + length;
  }
  throw new Error('no Adobe segment to remove');
}

// ---------------------------------------------------------------------------------------------
// Placing and rendering

interface Placed {
  pdfFile: string;
  pdfBytes: Uint8Array;
  frames: ImageFrame[];
}

/** Places every frame of an image on its own page, the way the export writer does. */
async function placeImage(dir: string, bytes: Uint8Array, mediaType: string, box = BOX): Promise<Placed> {
  const doc = await PDFDocument.create();
  const frames: ImageFrame[] = [];
  for await (const frame of imageFrames(bytes, mediaType)) {
    const page = doc.addPage([PAGE_SIZE, PAGE_SIZE]);
    drawUpright(page, await embedFrame(doc, frame), frame, box);
    frames.push(frame);
  }
  const pdfBytes = await doc.save();
  const pdfFile = path.join(dir, `placed-${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(pdfFile, pdfBytes);
  return { pdfFile, pdfBytes, frames };
}

/** Renders one page with poppler and returns the PNG file. */
function renderPage(pdfFile: string, page = 1, dpi = 36): string {
  const prefix = `${pdfFile}-p${page}-${dpi}`;
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', pdfFile, prefix]);
  return `${prefix}.png`;
}

interface Point {
  x: number;
  y: number;
}

interface RenderedMarkers {
  red: Point | undefined;
  blue: Point | undefined;
  /** Bounding box of everything that is not white paper: the drawn image. */
  content: { left: number; top: number; width: number; height: number };
}

async function readMarkers(input: string | Buffer): Promise<RenderedMarkers> {
  const { data, info } = await sharp(input).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const sums = { red: { x: 0, y: 0, n: 0 }, blue: { x: 0, y: 0, n: 0 } };
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const at = (y * info.width + x) * info.channels;
      const [r, g, b] = [data[at]!, data[at + 1]!, data[at + 2]!];
      if (Math.min(r, g, b) < 240) [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      const colour = r > 170 && g < 100 && b < 100 ? sums.red : b > 170 && r < 100 && g < 100 ? sums.blue : undefined;
      if (colour) Object.assign(colour, { x: colour.x + x, y: colour.y + y, n: colour.n + 1 });
    }
  }
  const centre = (s: { x: number; y: number; n: number }) => (s.n ? { x: s.x / s.n, y: s.y / s.n } : undefined);
  return { red: centre(sums.red), blue: centre(sums.blue), content: { left, top, width: right - left + 1, height: bottom - top + 1 } };
}

/** Red in the top-left and blue in the top-right quarter of a landscape picture. */
function expectUpright({ red, blue, content }: RenderedMarkers): void {
  const middle = { x: content.left + content.width / 2, y: content.top + content.height / 2 };
  expect(red, 'red marker').toBeDefined();
  expect(blue, 'blue marker').toBeDefined();
  expect(red!.x).toBeLessThan(middle.x);
  expect(red!.y).toBeLessThan(middle.y);
  expect(blue!.x).toBeGreaterThan(middle.x);
  expect(blue!.y).toBeLessThan(middle.y);
  expect(content.width / content.height).toBeCloseTo(1.5, 0);
}

async function colourAtCentre(png: string | Buffer): Promise<[number, number, number]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}

/** Each number within tolerance of its expected value: edges are anti-aliased, colours rounded. */
function expectNear<T extends Record<string, number> | number[]>(actual: T, expected: T, tolerance = 1): void {
  for (const [key, value] of Object.entries(expected)) {
    expect(Math.abs((actual as Record<string, number>)[key]! - value), `${key}: ${JSON.stringify(actual)}`).toBeLessThanOrEqual(tolerance);
  }
}

function pdfPageCount(pdfFile: string): number {
  const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

async function decodeError(run: () => Promise<unknown>): Promise<ImageDecodeError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageDecodeError);
  return error as ImageDecodeError;
}

async function firstFrame(bytes: Uint8Array, mediaType: string): Promise<ImageFrame> {
  for await (const frame of imageFrames(bytes, mediaType)) return frame;
  throw new Error('no frame');
}

// ---------------------------------------------------------------------------------------------

/** The upright marker picture as a real HEVC HEIC, written by ImageMagick (sharp cannot). */
async function uprightHeic(dir: string): Promise<Buffer> {
  const source = path.join(dir, 'upright.png');
  const file = path.join(dir, 'photo.heic');
  await uprightMarkers().png().toFile(source);
  execFileSync('convert', [source, file]);
  return readFile(file);
}

describe('which images can be placed', () => {
  it('takes what sharp or libheif decode and refuses BMP, which the prebuilt libvips cannot read', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/apng', 'image/tiff', 'image/webp', 'image/gif', 'image/avif', 'image/heic', 'image/heif']) {
      expect(isPlaceableImage(type), type).toBe(true);
    }
    for (const type of ['image/bmp', 'image/jxl', 'image/x-adobe-dng', 'image/heic-sequence', 'application/pdf']) {
      expect(isPlaceableImage(type), type).toBe(false);
    }
  });

  it('swaps width and height for the turned orientations only', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((orientation) => uprightSize({ width: 4, height: 3, orientation }).width)).toEqual([4, 4, 4, 4, 3, 3, 3, 3]);
  });
});

describe('EXIF orientation', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('draws a JPEG with orientation %i upright, keeping its bytes', async (orientation) => {
    const dir = await tempDir();
    const jpeg = await orientedJpeg(orientation);
    // The fixture itself is right: sharp's own auto-orientation shows it upright.
    expectUpright(await readMarkers(await sharp(jpeg).autoOrient().png().toBuffer()));

    const { pdfFile, frames } = await placeImage(dir, jpeg, 'image/jpeg');
    expect(frames[0]).toMatchObject({ format: 'jpeg', orientation });
    expect(Buffer.from(frames[0]!.bytes).equals(jpeg)).toBe(true);
    const rendered = renderPage(pdfFile);
    expectUpright(await readMarkers(rendered));
    if (orientation === 6) {
      await mkdir(artifactsDir, { recursive: true });
      await writeFile(path.join(artifactsDir, 'image-orientation-6.png'), await readFile(rendered));
    }
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('draws a PNG with eXIf orientation %i upright, as browsers do', async (orientation) => {
    const dir = await tempDir();
    const png = await orientedPng(orientation);
    const { pdfFile, frames } = await placeImage(dir, png, 'image/png');
    expect(frames[0]).toMatchObject({ format: 'png', orientation });
    expectUpright(await readMarkers(renderPage(pdfFile)));
  });

  it.each([
    ['TIFF', (image: Sharp) => image.tiff()],
    ['WebP', (image: Sharp) => image.webp({ lossless: true })],
    ['AVIF', (image: Sharp) => image.avif()],
  ])('turns a %s with orientation 6 upright in its pixels', async (_name, encodeAs) => {
    const dir = await tempDir();
    const bytes = await encodeAs((await storedPixels(6)).withMetadata({ orientation: 6 })).toBuffer();
    const { pdfFile, frames } = await placeImage(dir, bytes, await mediaTypeOf(bytes));
    expect(frames[0]).toMatchObject({ orientation: 1, width: 120, height: 80 });
    expectUpright(await readMarkers(renderPage(pdfFile)));
  });
});

describe('fitting into the box', () => {
  it('enlarges a small image to at most twice its size, and shrinks a large one to the box, centred', async () => {
    const dir = await tempDir();
    const small = await uprightMarkers(40, 24).png().toBuffer();
    const large = await uprightMarkers(1200, 800).png().toBuffer();
    const smallPlaced = await readMarkers(renderPage((await placeImage(dir, small, 'image/png')).pdfFile, 1, 72));
    const largePlaced = await readMarkers(renderPage((await placeImage(dir, large, 'image/png')).pdfFile, 1, 72));
    expectNear(smallPlaced.content, { width: 80, height: 48, left: 60, top: 76 });
    expectNear(largePlaced.content, { width: 180, height: 120, left: 10, top: 40 });
  });
});

describe('multi-page TIFF', () => {
  it('yields each page of a fax-style bilevel TIFF losslessly, one PDF page each', async () => {
    const dir = await tempDir();
    // Three A4 pages at 100 dpi, each with a black bar at a different height.
    const pages = await Promise.all(
      [0, 1, 2].map((index) =>
        sharp({ create: { width: 827, height: 1169, channels: 3, background: '#ffffff' } })
          .composite([{ input: { create: { width: 600, height: 80, channels: 3, background: '#000000' } }, left: 100, top: 200 + 300 * index }])
          .removeAlpha()
          .png()
          .toBuffer(),
      ),
    );
    const tiff = await sharp(pages, { join: { animated: true } }).toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1 }).toBuffer();
    expect(await mediaTypeOf(tiff)).toBe('image/tiff');
    expect(await imagePageCount(tiff, 'image/tiff')).toBe(3);

    const { pdfFile, frames } = await placeImage(dir, tiff, 'image/tiff');
    expect(frames.map(({ format, width, height, orientation }) => ({ format, width, height, orientation }))).toEqual(
      Array(3).fill({ format: 'png', width: 827, height: 1169, orientation: 1 }),
    );
    expect(pdfPageCount(pdfFile)).toBe(3);
    const greyPixels = (input: Uint8Array, page?: number) => sharp(input, { page }).greyscale().raw().toBuffer();
    for (const [index, frame] of frames.entries()) {
      expect((await greyPixels(frame.bytes)).equals(await greyPixels(tiff, index)), `page ${index + 1} is lossless`).toBe(true);
      const { data, info } = await sharp(renderPage(pdfFile, index + 1, 72)).greyscale().raw().toBuffer({ resolveWithObject: true });
      // The page image fills the box's height (10 to 190 pt from the top); bar n's middle is
      // 240 + 300·n of 1169 rows down it.
      const barShade = (bar: number) => data[Math.round(10 + (180 * (240 + 300 * bar)) / 1169) * info.width + 100]!;
      expect([0, 1, 2].map((bar) => barShade(bar) < 60), `page ${index + 1}`).toEqual([0, 1, 2].map((bar) => bar === index));
    }
  });

  it.skipIf(!hasImageMagick)(
    `yields pages of different sizes at their own size${hasImageMagick ? '' : ' (skipped: ImageMagick convert is not installed)'}`,
    async () => {
      const dir = await tempDir();
      const file = path.join(dir, 'mixed.tiff');
      execFileSync('convert', ['-size', '300x200', 'xc:red', '-size', '100x400', 'xc:blue', '-size', '50x50', 'xc:green', file]);
      const tiff = await readFile(file);
      expect(await imagePageCount(tiff, 'image/tiff')).toBe(3);
      const { pdfFile, frames } = await placeImage(dir, tiff, 'image/tiff');
      expect(frames.map(({ width, height }) => [width, height])).toEqual([
        [300, 200],
        [100, 400],
        [50, 50],
      ]);
      expect(pdfPageCount(pdfFile)).toBe(3);
      expectNear(await colourAtCentre(renderPage(pdfFile, 2)), [0, 0, 255]);
    },
  );
});

describe('formats the PDF cannot carry are converted', () => {
  it('keeps a lossless WebP lossless (PNG) and re-encodes a lossy one as JPEG', async () => {
    const dir = await tempDir();
    const lossless = await uprightMarkers().webp({ lossless: true }).toBuffer();
    const lossy = await uprightMarkers().webp({ quality: 80 }).toBuffer();
    for (const [bytes, format] of [
      [lossless, 'png'],
      [lossy, 'jpeg'],
    ] as const) {
      expect(await mediaTypeOf(bytes)).toBe('image/webp');
      const { pdfFile, frames } = await placeImage(dir, bytes, 'image/webp');
      expect(frames[0]!.format).toBe(format);
      expectUpright(await readMarkers(renderPage(pdfFile)));
    }
  });

  it('places the first frame of an animated GIF, and of an animated PNG', async () => {
    const dir = await tempDir();
    const frames = await Promise.all(['#ff0000', '#0000ff'].map((c) => sharp({ create: { width: 40, height: 30, channels: 3, background: c } }).png().toBuffer()));
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    const apng = await animatedPng();
    expect(await mediaTypeOf(gif)).toBe('image/gif');
    expect(await mediaTypeOf(apng)).toBe('image/apng');
    // pdf-lib refuses an APNG outright, which is why the module converts it.
    await expect((await PDFDocument.create()).embedPng(apng)).rejects.toThrow(/Animated/);
    for (const [bytes, mediaType] of [
      [gif, 'image/gif'],
      [apng, 'image/apng'],
    ] as const) {
      expect(await imagePageCount(bytes, mediaType)).toBe(1);
      const placed = await placeImage(dir, bytes, mediaType);
      expect(placed.frames).toHaveLength(1);
      expect(placed.frames[0]!.format).toBe('png');
      const [r, g, b] = await colourAtCentre(renderPage(placed.pdfFile));
      expect(r).toBeGreaterThan(200);
      expect(Math.max(g, b)).toBeLessThan(60);
    }
  });

  it('decodes AVIF to JPEG', async () => {
    const dir = await tempDir();
    const avif = await uprightMarkers().avif().toBuffer();
    expect(await mediaTypeOf(avif)).toBe('image/avif');
    const { pdfFile, frames } = await placeImage(dir, avif, 'image/avif');
    expect(frames[0]).toMatchObject({ format: 'jpeg', orientation: 1 });
    expectUpright(await readMarkers(renderPage(pdfFile)));
  });

  it.skipIf(!canWriteHeic)(
    `decodes an HEVC HEIC, which sharp cannot, with libheif${canWriteHeic ? '' : ' (skipped: no ImageMagick with a HEIC writer to make one)'}`,
    async () => {
      const dir = await tempDir();
      const heic = await uprightHeic(dir);
      expect(await mediaTypeOf(heic)).toBe('image/heic');
      expect((await sharp(heic).metadata()).compression).toBe('hevc');
      const { pdfFile, frames } = await placeImage(dir, heic, 'image/heic');
      expect(frames[0]).toMatchObject({ format: 'jpeg', width: 120, height: 80, orientation: 1 });
      expectUpright(await readMarkers(renderPage(pdfFile)));
    },
  );

  it('keeps a large lossless scan of a photograph as JPEG, and a document scan as PNG', async () => {
    const photo = await noisePhoto(1600, 1200, 50)
      .tiff({ compression: 'lzw' })
      .toBuffer();
    const documentScan = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#ffffff' } })
      .composite([{ input: { create: { width: 1200, height: 40, channels: 3, background: '#202020' } }, left: 200, top: 300 }])
      .tiff({ compression: 'lzw' })
      .toBuffer();
    expect((await firstFrame(photo, 'image/tiff')).format).toBe('jpeg');
    expect((await firstFrame(documentScan, 'image/tiff')).format).toBe('png');
  });
});

describe('CMYK JPEG', () => {
  /** Kept byte for byte, and pdf-lib's ink inversion suits it: pure red renders red. */
  async function expectKeptAndRed(jpeg: Buffer): Promise<void> {
    const dir = await tempDir();
    expect((await sharp(jpeg).metadata()).space).toBe('cmyk');
    const { pdfFile, frames } = await placeImage(dir, jpeg, 'image/jpeg');
    expect(Buffer.from(frames[0]!.bytes).equals(jpeg)).toBe(true);
    const [r, g, b] = await colourAtCentre(renderPage(pdfFile));
    expect(r).toBeGreaterThan(200);
    expect(Math.max(g, b)).toBeLessThan(60);
  }

  it('keeps an Adobe CMYK JPEG made by sharp (libjpeg) as it is, and red stays red', async () => {
    await expectKeptAndRed(await sharp({ create: { width: 60, height: 40, channels: 3, background: '#ff0000' } }).toColourspace('cmyk').jpeg().toBuffer());
  });

  it.skipIf(!hasImageMagick)(
    `keeps an Adobe CMYK JPEG made by ImageMagick as it is, and red stays red${hasImageMagick ? '' : ' (skipped: ImageMagick convert is not installed)'}`,
    async () => {
      const file = path.join(await tempDir(), 'cmyk.jpg');
      execFileSync('convert', ['-size', '60x40', 'xc:red', '-colorspace', 'CMYK', file]);
      await expectKeptAndRed(await readFile(file));
    },
  );

  it('converts a CMYK JPEG without the Adobe segment, whose inks pdf-lib would invert', async () => {
    const dir = await tempDir();
    const adobe = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#ff0000' } }).toColourspace('cmyk').jpeg().toBuffer();
    const plain = withoutAdobeSegment(adobe);
    const expected = await colourAtCentre(await sharp(plain).toColourspace('srgb').png().toBuffer());
    const { pdfFile, frames } = await placeImage(dir, plain, 'image/jpeg');
    expect(frames[0]).toMatchObject({ format: 'jpeg', orientation: 1 });
    expect(Buffer.from(frames[0]!.bytes).equals(plain)).toBe(false);
    expectNear(await colourAtCentre(renderPage(pdfFile)), expected, 12);
  });
});

describe('damaged images', () => {
  it('checks a baseline JPEG by its structure and finds what decoding finds: cut anywhere or with bytes changed, it is refused exactly when decoding refuses it', async () => {
    const outcome = (run: () => Promise<unknown>) =>
      run().then(
        () => 'decodes',
        (error: unknown) => (error instanceof ImageDecodeError ? error.reason : `not a decode error: ${String(error)}`),
      );
    const baseline = await noisePhoto(160, 120, 30).jpeg().toBuffer();
    expect(isWholeBaselineJpeg(baseline)).toBe(true);
    // Progressive files are decoded, as are baseline ones whose structure is not whole.
    expect(isWholeBaselineJpeg(await noisePhoto(160, 120, 30).jpeg({ progressive: true }).toBuffer())).toBe(false);
    const variants: Buffer[] = [];
    for (let cut = 2; cut < baseline.length; cut += 61) {
      expect(isWholeBaselineJpeg(baseline.subarray(0, cut)), `cut at ${cut}`).toBe(false);
      variants.push(baseline.subarray(0, cut));
    }
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let index = 0; index < 200; index++) {
      const changed = Buffer.from(baseline);
      // Half the changes hit the headers and tables, half anywhere.
      const span = index % 2 === 0 ? 700 : changed.length;
      for (let byte = 0; byte < 3; byte++) changed[Math.floor(next() * span)] = Math.floor(next() * 256);
      variants.push(changed);
    }
    let refused = 0;
    for (const [index, bytes] of variants.entries()) {
      const decoding = await outcome(() => firstFrame(bytes, 'image/jpeg'));
      if (decoding !== 'decodes') refused++;
      expect(await outcome(() => assertImageDecodes(bytes, 'image/jpeg')), `variant ${index}`).toBe(decoding);
    }
    expect(refused).toBeGreaterThan(variants.length / 4);
  });

  it('refuses a truncated JPEG rather than showing half a picture', async () => {
    const jpeg = await noisePhoto(800, 600, 30).jpeg().toBuffer();
    const error = await decodeError(() => firstFrame(jpeg.subarray(0, jpeg.length / 2), 'image/jpeg'));
    expect(error.reason).toMatch(/^the image data is damaged: the file ends early/);
  });

  it('refuses random bytes said to be a PNG, from the page count on', async () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    const error = await decodeError(() => imagePageCount(noise, 'image/png'));
    expect(error.reason).toBe('the image data is damaged: it is not a readable PNG image');
    await decodeError(() => firstFrame(noise, 'image/png'));
  });

  it('refuses a PNG whose compressed data is corrupted, and a JPEG that is really a PNG', async () => {
    const png = Buffer.from(await uprightMarkers(400, 300).png().toBuffer());
    const middle = Math.floor(png.length / 2);
    png.fill(0x55, middle, middle + 64);
    expect((await decodeError(() => firstFrame(png, 'image/png'))).reason).toMatch(/^the image data is damaged: /);
    const pngAsJpeg = await uprightMarkers().png().toBuffer();
    const error = await decodeError(() => firstFrame(pngAsJpeg, 'image/jpeg'));
    expect(error.reason).toBe('the image data is damaged: it is not a readable JPEG image');
  });

  it('refuses a TIFF cut short on the page where the data ends', async () => {
    const pages = await Promise.all([0, 1].map(() => uprightMarkers(400, 300).png().toBuffer()));
    const tiff = await sharp(pages, { join: { animated: true } }).tiff().toBuffer();
    const cut = tiff.subarray(0, Math.floor(tiff.length * 0.3));
    const error = await decodeError(async () => {
      for await (const frame of imageFrames(cut, 'image/tiff')) void frame;
    });
    expect(error.reason).toMatch(/^the image data is damaged: /);
  });

  it.skipIf(!canWriteHeic)(`refuses a damaged HEIC saying it is HEIC${canWriteHeic ? '' : ' (skipped: no ImageMagick with a HEIC writer)'}`, async () => {
    const heic = await uprightHeic(await tempDir());
    const error = await decodeError(() => firstFrame(heic.subarray(0, heic.length - 200), 'image/heic'));
    expect(error.reason).toMatch(/^HEIC image could not be decoded: /);
  });
});

describe('large photos', () => {
  // How fast is the benchmark's to say (npm run bench), not a test's under a loaded machine.
  it('embeds a 12-megapixel JPEG byte for byte', async () => {
    const dir = await tempDir();
    const jpeg = await noisePhoto(4000, 3000, 25)
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 90 })
      .toBuffer();
    const { pdfBytes, frames } = await placeImage(dir, jpeg, 'image/jpeg');
    expect(frames[0]).toMatchObject({ format: 'jpeg', width: 4000, height: 3000, orientation: 6 });
    expect(Buffer.from(frames[0]!.bytes).equals(jpeg)).toBe(true);
    expect(Buffer.from(pdfBytes).indexOf(jpeg)).toBeGreaterThan(0);
  });
});

describe.skipIf(!corpusExists)(`corpus images${corpusExists ? '' : ` (skipped: no corpus at ${corpusDir})`}`, () => {
  const images = listCorpusFiles().filter((file) => /\.(jpe?g|png|tiff?)$/i.test(file));

  it('places every JPEG, PNG and TIFF of the corpus', async () => {
    const dir = await tempDir();
    expect(images.length).toBeGreaterThan(0);
    for (const file of images) {
      const bytes = await readFile(path.join(corpusDir, file));
      const mediaType = await mediaTypeOf(bytes);
      expect(isPlaceableImage(mediaType), file).toBe(true);
      const { pdfFile, frames } = await placeImage(dir, bytes, mediaType);
      expect(frames.length, file).toBe(await imagePageCount(bytes, mediaType));
      expect(pdfPageCount(pdfFile), file).toBe(frames.length);
      const { content } = await readMarkers(renderPage(pdfFile));
      expect(content.width, `${file} renders something`).toBeGreaterThan(0);
    }
  });
});
