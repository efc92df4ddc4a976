// JPEG 2000 evidence, reproduced as other images are. The fixtures in test/fixtures/jpeg2000 are
// real files from OpenJPEG's own encoder (Debian's libopenjp2-tools), each beside the PNG it was
// made from: `opj_compress -i rgb.png -o rgb.jp2` (lossless, the 5-3 wavelet; likewise grey,
// grey16, rgb16, rgba, and rgb.j2k, a bare codestream), and `opj_compress -i photo.png -o
// photo.jp2 -I -r 8` (lossy: the 9-7 wavelet at 8:1, from blurred noise), whose pixels are
// compared with OpenJPEG's own reading of it, `opj_decompress -i photo.jp2 -o photo.opj.png`.
// The exported PDF is read back with poppler.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import {
  assertImageDecodes,
  ImageDecodeError,
  imageFrames,
  imagePageCount,
  isPlaceableImage,
  type ImageFrame,
} from '../../src/core/exhibits/image-decoding.js';
import { readJpeg2000Header } from '../../src/core/exhibits/jpeg2000.js';
import { previewImage } from '../../src/core/isolation/tasks/preview-image.js';
import { fixturesDir, writeCaseFile } from '../support/sample-case.js';
import { importCaseChecked } from '../support/import-checked.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const jp2Dir = path.join(fixturesDir, 'jpeg2000');
/** Mean difference a level allowed for the lossy photo, re-encoded as JPEG (quality 90) once decoded. */
const PHOTO_MEAN_TOLERANCE = 3;
const fixture = (name: string) => readFile(path.join(jp2Dir, name));

/** 8-bit pixels of an image file or frame, with the channels asked for. */
async function pixels(input: Buffer | Uint8Array | string, channels: 1 | 3 | 4): Promise<Buffer> {
  const image = sharp(input);
  const shaped = channels === 1 ? image.toColourspace('b-w') : channels === 3 ? image.removeAlpha().toColourspace('srgb') : image.ensureAlpha().toColourspace('srgb');
  return shaped.raw({ depth: 'uchar' }).toBuffer();
}

/** The largest difference between two equally long pixel buffers, and the mean one. */
function difference(actual: Buffer, expected: Buffer): { max: number; mean: number } {
  expect(actual.length).toBe(expected.length);
  let [max, sum] = [0, 0];
  for (let index = 0; index < actual.length; index++) {
    const delta = Math.abs(actual[index]! - expected[index]!);
    max = Math.max(max, delta);
    sum += delta;
  }
  return { max, mean: sum / actual.length };
}

async function onlyFrame(bytes: Uint8Array, mediaType: string): Promise<ImageFrame> {
  const frames: ImageFrame[] = [];
  for await (const frame of imageFrames(bytes, mediaType)) frames.push(frame);
  expect(frames).toHaveLength(1);
  return frames[0]!;
}

async function decodeError(run: () => Promise<unknown>): Promise<ImageDecodeError> {
  const error = await run().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImageDecodeError);
  return error as ImageDecodeError;
}

/** A copy whose codestream size (SIZ) claims width × height; the data stays that of the small image. */
function claimingSize(jp2: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(jp2);
  const siz = copy.indexOf(Buffer.from([0xff, 0x4f, 0xff, 0x51])) + 2; // the SIZ marker, after SOC
  copy.writeUInt32BE(width, siz + 6); // Xsiz
  copy.writeUInt32BE(height, siz + 10); // Ysiz
  copy.writeUInt32BE(width, siz + 22); // XTsiz: one tile over the whole image
  copy.writeUInt32BE(height, siz + 26); // YTsiz
  return copy;
}

/** A JP2 file whose file-type box names JPX, the extended format, as Kakadu and Photoshop write it. */
function asJpx(jp2: Buffer): Buffer {
  const copy = Buffer.from(jp2);
  const ftyp = copy.indexOf('ftyp', 0, 'latin1');
  copy.write('jpx ', ftyp + 4, 'latin1');
  return copy;
}

// Nothing may reach the network: the decoder's WebAssembly comes from its package's folder.
const fetchCalls: unknown[] = [];
const realFetch = globalThis.fetch;
beforeAll(() => {
  globalThis.fetch = (...args: Parameters<typeof fetch>) => {
    fetchCalls.push(args[0]);
    return Promise.reject(new Error('fetch is not allowed in the exhibit reader'));
  };
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

describe('JPEG 2000 evidence', () => {
  it('is recognised from its content (JP2, JPX, a bare codestream) and placed; JPM pages and MJ2 motion are not', async () => {
    const rgb = await fixture('rgb.jp2');
    expect(await fileTypeFromBuffer(rgb)).toMatchObject({ mime: 'image/jp2' });
    expect(await fileTypeFromBuffer(asJpx(rgb))).toMatchObject({ mime: 'image/jpx' });
    expect(await fileTypeFromBuffer(await fixture('rgb.j2k'))).toMatchObject({ mime: 'image/j2c' });
    for (const type of ['image/jp2', 'image/jpx', 'image/j2c']) expect(isPlaceableImage(type), type).toBe(true);
    for (const type of ['image/jpm', 'image/mj2']) expect(isPlaceableImage(type), type).toBe(false);
  });

  it('reads size, components, depth and wavelet from the header alone', async () => {
    const headers = await Promise.all(['rgb.jp2', 'grey.jp2', 'grey16.jp2', 'rgb16.jp2', 'rgba.jp2', 'photo.jp2', 'rgb.j2k'].map(async (name) => readJpeg2000Header(await fixture(name))));
    expect(headers).toEqual([
      { width: 120, height: 80, components: 3, bitDepth: 8, lossy: false },
      { width: 120, height: 80, components: 1, bitDepth: 8, lossy: false },
      { width: 120, height: 80, components: 1, bitDepth: 16, lossy: false },
      { width: 120, height: 80, components: 3, bitDepth: 16, lossy: false },
      { width: 120, height: 80, components: 4, bitDepth: 8, lossy: false },
      { width: 160, height: 120, components: 3, bitDepth: 8, lossy: true },
      { width: 120, height: 80, components: 3, bitDepth: 8, lossy: false },
    ]);
  });

  it.each([
    ['rgb.jp2', 'image/jp2', 'rgb.png', 3],
    ['rgb.jp2 as JPX', 'image/jpx', 'rgb.png', 3],
    ['rgb.j2k', 'image/j2c', 'rgb.png', 3],
    ['grey.jp2', 'image/jp2', 'grey.png', 1],
    ['rgba.jp2', 'image/jp2', 'rgba.png', 4],
  ] as const)('decodes a lossless %s to a PNG with exactly the source pixels', async (name, mediaType, source, channels) => {
    const jp2 = name.endsWith('as JPX') ? asJpx(await fixture('rgb.jp2')) : await fixture(name);
    expect(await imagePageCount(jp2, mediaType)).toBe(1);
    await assertImageDecodes(jp2, mediaType);
    const frame = await onlyFrame(jp2, mediaType);
    expect(frame).toMatchObject({ format: 'png', width: 120, height: 80, orientation: 1 });
    expect(await sharp(frame.bytes).metadata()).toMatchObject({ channels, hasAlpha: channels === 4 });
    expect(difference(await pixels(frame.bytes, channels), await pixels(path.join(jp2Dir, source), channels)).max).toBe(0);
  });

  it.each([
    ['grey16.jp2', 'grey16.png', 1],
    ['rgb16.jp2', 'rgb16.png', 3],
  ] as const)('scales a 16-bit %s to 8 bits, within one step of the source', async (name, source, channels) => {
    const frame = await onlyFrame(await fixture(name), 'image/jp2');
    expect(frame).toMatchObject({ format: 'png', width: 120, height: 80 });
    expect(difference(await pixels(frame.bytes, channels), await pixels(path.join(jp2Dir, source), channels)).max).toBeLessThanOrEqual(1);
  });

  it('makes a lossy (9-7 wavelet) JP2 a JPEG close to what OpenJPEG decodes', async () => {
    const frame = await onlyFrame(await fixture('photo.jp2'), 'image/jp2');
    expect(frame).toMatchObject({ format: 'jpeg', width: 160, height: 120, orientation: 1 });
    const { mean } = difference(await pixels(frame.bytes, 3), await pixels(path.join(jp2Dir, 'photo.opj.png'), 3));
    expect(mean).toBeLessThan(PHOTO_MEAN_TOLERANCE);
  });

  it('refuses a JP2 cut short anywhere as cut short, rather than place part of a picture', async () => {
    const jp2 = await fixture('photo.jp2');
    for (const keep of [0.1, 0.5, 0.9, 0.99]) {
      const cut = jp2.subarray(0, Math.floor(jp2.length * keep));
      const error = await decodeError(() => assertImageDecodes(cut, 'image/jp2'));
      expect(error.code, `cut at ${keep}`).toBe('file_cut_short');
      expect(error.reason).toMatch(/^the image data is damaged: the file ends early \(/);
      expect((await decodeError(() => onlyFrame(cut, 'image/jp2'))).code).toBe('file_cut_short');
    }
    // A file cut inside its header says so.
    expect((await decodeError(() => imagePageCount(jp2.subarray(0, 60), 'image/jp2'))).reason).toMatch(/header|ends early/);
  });

  it('refuses a JP2 claiming more than 100 megapixels from its header, before decoding it', async () => {
    const rgb = await fixture('rgb.jp2');
    const huge = claimingSize(rgb, 10_001, 10_000);
    // The header is all that is read: the codestream cannot hold such a picture, so decoding would fail otherwise.
    for (const run of [() => imagePageCount(huge, 'image/jp2'), () => assertImageDecodes(huge, 'image/jp2'), () => onlyFrame(huge, 'image/jp2')]) {
      const error = await decodeError(run);
      expect(error.code).toBe('image_too_large');
      expect(error.reason).toBe('the image is too large to place: 10001 × 10000 pixels (at most 100 megapixels)');
    }
    // Just within the limit, the same lie is found by decoding.
    expect((await decodeError(() => assertImageDecodes(claimingSize(rgb, 10_000, 10_000), 'image/jp2'))).code).toBe('image_unreadable');
  });

  it('previews as the exporter reads it: the picture, or why there is none', async () => {
    const rgb = await fixture('rgb.jp2');
    const preview = await previewImage({ bytes: rgb, mediaType: 'image/jp2', maxPixels: 60 });
    expect(preview.kind).toBe('image');
    if (preview.kind === 'image') expect(await sharp(preview.bytes).metadata()).toMatchObject({ format: 'png', width: 60, height: 40 });
    const cut = await previewImage({ bytes: rgb.subarray(0, rgb.length / 2), mediaType: 'image/jp2', maxPixels: 60 });
    expect(cut).toMatchObject({ kind: 'none', reason: expect.stringMatching(/^This image cannot be shown: the image data is damaged: /) });
  });

  it('has fetched nothing', () => {
    expect(fetchCalls).toEqual([]);
  });
});

describe('JPEG 2000 in a dossier', () => {
  it('imports JP2 files as images, places their pixels, and shows a cut or oversized one by its separator with its reason', async () => {
    const dir = await tempDir();
    const rgb = await fixture('rgb.jp2');
    await writeFile(path.join(dir, 'scan.jp2'), rgb);
    await writeFile(path.join(dir, 'grey16.jp2'), await fixture('grey16.jp2'));
    await writeFile(path.join(dir, 'photo.jp2'), await fixture('photo.jp2'));
    await writeFile(path.join(dir, 'cut.jp2'), rgb.subarray(0, Math.floor(rgb.length / 2)));
    await writeFile(path.join(dir, 'huge.jp2'), claimingSize(rgb, 20_000, 20_000));
    const evidence = ['scan', 'grey16', 'photo', 'cut', 'huge'].map((key) => ({ key, file: `${key}.jp2`, title: `Exhibit ${key}`, kind: 'other' }));
    const caseFile = await writeCaseFile(dir, { client: { fullName: 'Jpeg Twothousand' }, case: { title: 'JPEG 2000', forum: 'un_cat', reference: 'J2K-1' }, evidence });
    const { vault } = await newVault();
    try {
      const report = await importCaseChecked(vault, caseFile);
      expect(report.refused).toEqual([]);
      const inspectionOf = (key: string) => {
        const { evidenceId } = report.imported.find((entry) => entry.key === key)!;
        return vault.db
          .prepare('SELECT i.kind, i.page_count AS pages, i.reason FROM inspections i JOIN evidence e ON e.blob_id = i.blob_id WHERE e.id = ?')
          .get(evidenceId);
      };
      expect(['scan', 'grey16', 'photo', 'cut', 'huge'].map(inspectionOf)).toEqual([
        { kind: 'image', pages: 1, reason: null },
        { kind: 'image', pages: 1, reason: null },
        { kind: 'image', pages: 1, reason: null },
        { kind: 'not_reproduced', pages: null, reason: 'file_cut_short' },
        { kind: 'not_reproduced', pages: null, reason: 'image_too_large' },
      ]);

      const out = path.join(dir, 'dossier.pdf');
      const result = await exportDossier(vault, report.caseId, out, { today: '2026-11-21' });
      expect(result.exhibits.map(({ title, rendered }) => [title, rendered])).toEqual([
        ['Exhibit scan', true],
        ['Exhibit grey16', true],
        ['Exhibit photo', true],
        ['Exhibit cut', false],
        ['Exhibit huge', false],
      ]);

      // The placed images, as poppler reads them out of the PDF: the lossless ones pixel for pixel.
      const imagesDir = path.join(dir, 'images');
      execFileSync('mkdir', [imagesDir]);
      execFileSync('pdfimages', ['-png', out, path.join(imagesDir, 'image')]);
      const extracted = await Promise.all((await readdir(imagesDir)).sort().map((name) => readFile(path.join(imagesDir, name))));
      const bySize = async (width: number, height: number) => {
        const found: Buffer[] = [];
        for (const image of extracted) {
          const { width: w, height: h } = await sharp(image).metadata();
          if (w === width && h === height) found.push(image);
        }
        return found;
      };
      const [scan, grey] = await bySize(120, 80);
      expect(difference(await pixels(scan!, 3), await pixels(path.join(jp2Dir, 'rgb.png'), 3)).max).toBe(0);
      expect(difference(await pixels(grey!, 1), await pixels(path.join(jp2Dir, 'grey16.png'), 1)).max).toBeLessThanOrEqual(1);
      const [photo] = await bySize(160, 120);
      expect(difference(await pixels(photo!, 3), await pixels(path.join(jp2Dir, 'photo.opj.png'), 3)).mean).toBeLessThan(PHOTO_MEAN_TOLERANCE);
    } finally {
      vault.close();
    }
  });
});
