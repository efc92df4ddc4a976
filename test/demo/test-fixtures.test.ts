// The files in test/fixtures are written by the fake-document generator (test/support/test-fixtures.ts),
// not drawn by hand: this proves the committed copies are still what it writes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/sample-case.js';
import { orderPdf, picketPng } from '../support/test-fixtures.js';

async function pixels(png: Uint8Array) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels, data: data.toString('base64') };
}

describe('test fixtures', () => {
  it('order.pdf is the generator’s two-page order, byte for byte', async () => {
    const committed = await readFile(path.join(fixturesDir, 'order.pdf'));
    expect(Buffer.from(await orderPdf()).equals(committed), 'run: node --import tsx test/support/test-fixtures.ts').toBe(true);
  });

  it('picket.png is the generator’s picket sign, pixel for pixel', async () => {
    // Pixels, not bytes: another version of libvips may compress the same picture differently.
    const committed = await readFile(path.join(fixturesDir, 'picket.png'));
    expect(await pixels(committed)).toEqual(await pixels(await picketPng()));
    expect((await sharp(committed).metadata()).isPalette).toBe(true);
  });
});
