// The dossier's writer streams a document out object by object; these tests hold it to what the
// export's memory bound needs: a large image goes out in pieces of at most 1 MiB, each a buffer of
// its own (never a view into the image, which a structured clone would copy whole), and the file
// is still a sound PDF that carries the image's bytes unchanged.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PdfStreamWriter } from '../../src/core/dossier/pdf-stream-writer.js';
import { tempDir } from '../support/temp-dir.js';

const MiB = 1024 * 1024;

/** A JPEG of noise, incompressible: several MiB for a few megapixels. */
async function noisyJpeg(width: number, height: number): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

/** Writes a one-page document showing `jpeg` through the writer as the export does: header, a flush after the page, finish. */
async function writeWithImage(jpeg: Uint8Array): Promise<{ writes: Uint8Array[]; file: Buffer }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const writes: Uint8Array[] = [];
  const writer = new PdfStreamWriter(doc, { write: async (bytes) => writes.push(bytes) });
  await writer.writeHeader();
  writer.mark();
  const page = doc.addPage([300, 300]);
  const image = await doc.embedJpg(jpeg);
  page.drawImage(image, { x: 0, y: 0, width: 300, height: 300 });
  await image.embed();
  await writer.flushSinceMark();
  await writer.finish();
  return { writes, file: Buffer.concat(writes) };
}

describe('the dossier stream writer', () => {
  it('writes a large image in pieces of at most 1 MiB, each with a buffer of its own', async () => {
    const jpeg = await noisyJpeg(2000, 1500);
    expect(jpeg.length).toBeGreaterThan(2 * MiB);
    const { writes, file } = await writeWithImage(jpeg);
    expect(Math.max(...writes.map((bytes) => bytes.length))).toBeLessThanOrEqual(MiB);
    for (const bytes of writes) {
      // A view into a larger buffer would cross to the core's process whole under Electron.
      if (bytes.length >= 4096) expect(bytes.buffer.byteLength).toBe(bytes.length);
    }
    expect(file.length).toBeGreaterThan(jpeg.length);
  });

  it('writes a file qpdf finds sound, whose image holds the JPEG byte for byte', async () => {
    const jpeg = await noisyJpeg(1200, 900);
    const { file } = await writeWithImage(jpeg);
    const out = path.join(await tempDir(), 'written.pdf');
    await writeFile(out, file);
    expect(execFileSync('qpdf', ['--check', out], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors found');
    const read = await PDFDocument.load(file, { updateMetadata: false });
    const images = read.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images).toHaveLength(1);
    expect(Buffer.from(images[0]!.contents).equals(jpeg)).toBe(true);
  });
});
