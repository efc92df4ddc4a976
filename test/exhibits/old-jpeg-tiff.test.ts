// TIFF pages in old-style JPEG (compression 6). No maintained tool writes them any more (libtiff
// refuses to), so the files are built here as old scanner software wrote them (TIFF 6.0 section
// 22): YCbCr pages whose JPEGInterchangeFormat tags point at a whole JPEG stream, which is also
// the page's one strip. The JPEG streams are real ones from sharp (libjpeg). Checked once outside
// the project, an independent decoder (UTIF, utif2 4.1.0) reads these files, both byte orders, as
// the same pictures and orientations, and tiffinfo lists them as old-style JPEG; sharp's own
// libtiff refuses them, which is why the module reads them itself.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawUpright, embedFrame } from '../../src/core/dossier/exhibit-images.js';
import { ImageDecodeError, imageFrames, imagePageCount, type ImageFrame } from '../../src/core/exhibits/image-decoding.js';
import { inspectExhibit } from '../../src/core/exhibits/inspect.js';
import { tempDir } from '../support/temp-dir.js';

interface OldJpegPageSpec {
  jpeg: Buffer;
  width: number;
  height: number;
  orientation?: number;
  /** Leave out the JPEGInterchangeFormat tags, as files that split tables and scan data do. */
  withoutInterchangeFormat?: boolean;
}

/** A TIFF of old-style JPEG pages, each its JPEG stream followed by its directory. */
function oldJpegTiff(pages: OldJpegPageSpec[], little = true): Buffer {
  const parts: Buffer[] = [];
  let offset = 8;
  const header = Buffer.alloc(8);
  header.write(little ? 'II' : 'MM', 0, 'latin1');
  const u16 = (buffer: Buffer, at: number, value: number) => (little ? buffer.writeUInt16LE(value, at) : buffer.writeUInt16BE(value, at));
  const u32 = (buffer: Buffer, at: number, value: number) => (little ? buffer.writeUInt32LE(value, at) : buffer.writeUInt32BE(value, at));
  u16(header, 2, 42);
  parts.push(header);
  let previousNext: { buffer: Buffer; at: number } = { buffer: header, at: 4 };
  for (const page of pages) {
    const jpegAt = offset;
    const padded = page.jpeg.length % 2 ? Buffer.concat([page.jpeg, Buffer.alloc(1)]) : page.jpeg;
    parts.push(padded);
    offset += padded.length;
    // [tag, type, value]; type 3 SHORT, 4 LONG. BitsPerSample's three values follow the directory.
    const entries: [number, number, number][] = [
      [256, 4, page.width],
      [257, 4, page.height],
      [258, 3, -1],
      [259, 3, 6],
      [262, 3, 6],
      [273, 4, jpegAt],
      ...(page.orientation ? [[274, 3, page.orientation] as [number, number, number]] : []),
      [277, 3, 3],
      [278, 4, page.height],
      [279, 4, page.jpeg.length],
      [284, 3, 1],
      ...(page.withoutInterchangeFormat
        ? []
        : ([
            [513, 4, jpegAt],
            [514, 4, page.jpeg.length],
          ] as [number, number, number][])),
      [530, 3, -2],
    ];
    const directory = Buffer.alloc(2 + 12 * entries.length + 4 + 6);
    const bitsAt = offset + 2 + 12 * entries.length + 4;
    u16(directory, 0, entries.length);
    entries.forEach(([tag, type, value], index) => {
      const at = 2 + 12 * index;
      u16(directory, at, tag);
      u16(directory, at + 2, type);
      if (value === -1) {
        u32(directory, at + 4, 3);
        u32(directory, at + 8, bitsAt);
      } else if (value === -2) {
        u32(directory, at + 4, 2); // YCbCrSubSampling 2, 2: two SHORTs fit in the entry
        u16(directory, at + 8, 2);
        u16(directory, at + 10, 2);
      } else {
        u32(directory, at + 4, 1);
        if (type === 3) u16(directory, at + 8, value);
        else u32(directory, at + 8, value);
      }
    });
    for (let sample = 0; sample < 3; sample++) u16(directory, 2 + 12 * entries.length + 4 + 2 * sample, 8);
    u32(previousNext.buffer, previousNext.at, offset);
    previousNext = { buffer: directory, at: 2 + 12 * entries.length };
    parts.push(directory);
    offset += directory.length;
  }
  return Buffer.concat(parts);
}

/** A 4:2:0 JPEG of one colour with a dark block in its top-left corner, as a scanner's would be. */
function scanJpeg(colour: string, width = 96, height = 64): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .composite([{ input: { create: { width: width / 4, height: height / 4, channels: 3, background: '#101010' } }, left: 0, top: 0 }])
    .jpeg({ quality: 90, chromaSubsampling: '4:2:0' })
    .toBuffer();
}

async function allFrames(bytes: Uint8Array): Promise<ImageFrame[]> {
  const frames: ImageFrame[] = [];
  for await (const frame of imageFrames(bytes, 'image/tiff')) frames.push(frame);
  return frames;
}

async function colourAt(png: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}

describe('old-style JPEG TIFF pages', () => {
  it.each([
    ['little-endian', true],
    ['big-endian', false],
  ])('places each page of a %s file as its own JPEG stream, untouched, which sharp alone cannot read', async (_order, little) => {
    const dir = await tempDir();
    const red = await scanJpeg('#c03020');
    const blue = await scanJpeg('#2040c0');
    const tiff = oldJpegTiff(
      [
        { jpeg: red, width: 96, height: 64 },
        { jpeg: blue, width: 96, height: 64, orientation: 6 },
      ],
      little,
    );
    await expect(sharp(tiff).raw().toBuffer()).rejects.toThrow(/Old-style JPEG compression support is not configured/);

    expect(await imagePageCount(tiff, 'image/tiff')).toBe(2);
    const frames = await allFrames(tiff);
    expect(frames.map(({ format, width, height, orientation }) => ({ format, width, height, orientation }))).toEqual([
      { format: 'jpeg', width: 96, height: 64, orientation: 1 },
      { format: 'jpeg', width: 96, height: 64, orientation: 6 },
    ]);
    expect(Buffer.from(frames[0]!.bytes).equals(red)).toBe(true);
    expect(Buffer.from(frames[1]!.bytes).equals(blue)).toBe(true);
    expect(await inspectExhibit(tiff, 'image/tiff')).toEqual({ kind: 'image', pageCount: 2 });

    // Placed as the exporter places them, and read back with poppler.
    const doc = await PDFDocument.create();
    for (const frame of frames) drawUpright(doc.addPage([200, 200]), await embedFrame(doc, frame), frame, { x: 10, y: 10, width: 180, height: 180 });
    const pdf = path.join(dir, 'placed.pdf');
    await writeFile(pdf, await doc.save());
    execFileSync('pdfimages', ['-j', pdf, path.join(dir, 'image')]);
    const extracted = (await readdir(dir)).filter((name) => name.startsWith('image-')).sort();
    expect(await Promise.all(extracted.map((name) => readFile(path.join(dir, name))))).toEqual([red, blue]);
    // Page 1 landscape, its dark block top-left; page 2 turned by its orientation (6: 90° clockwise), so the block is top-right.
    execFileSync('pdftoppm', ['-r', '72', '-png', pdf, path.join(dir, 'page')]);
    const [first, second] = (await readdir(dir)).filter((name) => name.startsWith('page-')).sort().map((name) => path.join(dir, name));
    const near = (actual: number[], expected: number[]) => actual.every((value, index) => Math.abs(value - expected[index]!) <= 12);
    expect(near(await colourAt(first!, 100, 100), [0xc0, 0x30, 0x20]), 'page 1 is red').toBe(true);
    expect(near(await colourAt(first!, 20, 55), [0x10, 0x10, 0x10]), 'dark block top-left').toBe(true);
    expect(near(await colourAt(second!, 100, 100), [0x20, 0x40, 0xc0]), 'page 2 is blue').toBe(true);
    expect(near(await colourAt(second!, 145, 30), [0x10, 0x10, 0x10]), 'turned: dark block top-right').toBe(true);
    expect(near(await colourAt(second!, 55, 30), [0x20, 0x40, 0xc0]), 'and not top-left').toBe(true);
  });

  it('refuses, as unreadable, a page without a whole JPEG stream and a page whose stream is cut short', async () => {
    const jpeg = await scanJpeg('#c03020');
    const split = oldJpegTiff([{ jpeg, width: 96, height: 64, withoutInterchangeFormat: true }]);
    const cut = oldJpegTiff([{ jpeg: jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), width: 96, height: 64 }]);
    const splitError = await allFrames(split).catch((error: unknown) => error);
    expect(splitError).toBeInstanceOf(ImageDecodeError);
    expect((splitError as ImageDecodeError).reason).toMatch(/old-style JPEG without a whole JPEG stream/);
    expect(await inspectExhibit(split, 'image/tiff')).toMatchObject({ kind: 'not_reproduced', reason: 'image_unreadable' });
    expect(await inspectExhibit(cut, 'image/tiff')).toMatchObject({ kind: 'not_reproduced', reason: 'file_cut_short', detail: expect.stringMatching(/ends early/) });
  });
});
