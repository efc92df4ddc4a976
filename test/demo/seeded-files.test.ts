// The benchmark compares figures across runs on the practice one seed writes, so the seeded files
// must be the same bytes for the same seed and label, whatever else ran before, and must be what
// they claim: read back with poppler and sharp, not with the library that wrote them.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { notoSansFile } from '../../src/demo/fake-documents/fonts.js';
import { Random } from '../../src/demo/fake-documents/random.js';
import { messengerScreenshot, pagedPdf, phonePhoto, scanPage } from '../../src/demo/fake-documents/seeded-files.js';
import { tempDir } from '../support/temp-dir.js';

const metadata = { title: 'Постановление о выдаче', producer: 'seeded-files test', date: new Date('2025-01-15T09:00:00Z') };

async function mixedPdf(seed: number, label: string, scans: Buffer[]): Promise<{ bytes: Uint8Array; scannedPages: number }> {
  const random = Random.for(seed, label);
  const font = await readFile(notoSansFile('regular'));
  return pagedPdf({ pages: 6, scanned: 'some', metadata }, random, { font, scans }, (count) =>
    Array.from({ length: count }, () => `Строка ${random.int(1, 999)} · line ${random.int(1, 999)}`),
  );
}

describe('seeded fake files', () => {
  it('writes the same bytes for the same seed and label, in any order, and other bytes for another label', async () => {
    const scans = [await scanPage(1, 0), await scanPage(1, 1)];
    const screenshotB = await messengerScreenshot(Random.for(1, 'b'));
    const screenshotA = await messengerScreenshot(Random.for(1, 'a'));
    expect((await messengerScreenshot(Random.for(1, 'a'))).equals(screenshotA)).toBe(true);
    expect(screenshotA.equals(screenshotB)).toBe(false);
    expect((await scanPage(1, 0)).equals(scans[0]!)).toBe(true);
    expect((await phonePhoto(640, 480, 1, 'photo')).equals(await phonePhoto(640, 480, 1, 'photo'))).toBe(true);
    const first = await mixedPdf(1, 'pdf', scans);
    const again = await mixedPdf(1, 'pdf', scans);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(Buffer.from((await mixedPdf(2, 'pdf', scans)).bytes).equals(Buffer.from(first.bytes))).toBe(false);
  });

  it('writes a PDF whose scanned pages are full-page images and whose typed pages carry text in Noto Sans', async () => {
    const scans = [await scanPage(3, 0)];
    const { bytes, scannedPages } = await mixedPdf(3, 'mixed', scans);
    const file = path.join(await tempDir('dossier-seeded-'), 'mixed.pdf');
    await writeFile(file, bytes);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Pages:\s+6$/m);
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toHaveLength(scannedPages);
    expect(scannedPages).toBeGreaterThan(0);
    expect(scannedPages).toBeLessThan(6);
    // A scan: one JPEG a little larger than A4 at 150 dpi (1240 × 1754), for the skew.
    for (const image of images) expect(image).toMatch(/\bimage\s+12\d\d\s+17\d\d\s+\w+\s+\d\s+8\s+jpeg\b/);
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    expect(firstPage).toContain('Постановление о выдаче');
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/NotoSans-Regular\S*\s+CID TrueType\s+Identity-H\s+yes\b/);
    const photo = await sharp(await phonePhoto(640, 480, 3, 'photo')).metadata();
    expect([photo.format, photo.width, photo.height]).toEqual(['jpeg', 640, 480]);
  });
});
