// A dossier over a forum's size limit, written in parts and read back by independent tools:
// qpdf and pdfinfo accept every part, pdftotext finds the printed page numbers running on from
// part to part, pdf.js reads page labels equal to them, and each file is under the limit. The
// large input is made at test time from noise photos (they compress badly, so they make size
// cheaply), never checked in.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { DossierError } from '../../src/shared/errors.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { flatText, readPdf } from '../support/pdf-reader.js';
import { sampleCase, writeCaseFile } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';
import { noisePhoto } from '../support/noise-photo.js';

const limit = 25_000_000;

/** A PDF of noise scans, one photo a page. */
async function noiseScanPdf(file: string, photos: string[]): Promise<void> {
  const doc = await PDFDocument.create();
  for (const photo of photos) {
    const image = await doc.embedJpg(await readFile(photo));
    const page = doc.addPage([595, 842]);
    page.drawImage(image, { x: 20, y: 20, width: 555, height: 802 });
  }
  await writeFile(file, await doc.save());
}

function printedNumbers(file: string, pageCount: number): string[] {
  // pdftotext, page by page: the footer's "n / total".
  return Array.from({ length: pageCount }, (_, index) => {
    const text = execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), '-layout', file, '-'], { encoding: 'utf8' });
    return /(\d+) \/ \d+/.exec(text)?.[1] ?? /(P\d+-\d+)/.exec(text)?.[1] ?? '';
  });
}

async function pageLabels(file: string): Promise<string[] | null> {
  const doc = await getDocument({ data: new Uint8Array(await readFile(file)), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    return await doc.getPageLabels();
  } finally {
    await doc.destroy();
  }
}

async function caseWith(dir: string, evidence: { key: string; file: string; title: string; kind: string }[]) {
  const { vault } = await newVault();
  const json = await writeCaseFile(dir, { ...sampleCase, events: [], evidence });
  const report = await importCase(vault, json);
  return { vault, caseId: report.caseId };
}

describe('a dossier over its size limit, in parts', () => {
  it('writes parts under 25 MB with page numbers running on, matching page labels, each accepted by qpdf and pdfinfo', { timeout: 600_000 }, async () => {
    const dir = await tempDir();
    const evidence: { key: string; file: string; title: string; kind: string }[] = [];
    // Five photos of about 6 MB, and one 30 MB scan of seven pages: larger than a part alone.
    for (let index = 0; index < 5; index += 1) {
      const file = `photo-${index + 1}.jpg`;
      await noisePhoto(path.join(dir, file), index + 1, 3000, 3600);
      evidence.push({ key: `photo${index + 1}`, file, title: `Photo ${index + 1} of the detention`, kind: 'photo' });
    }
    const scans: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      scans.push(path.join(dir, `scan-${index + 1}.jpg`));
      await noisePhoto(scans[index]!, 100 + index, 2500, 3200);
    }
    await noiseScanPdf(path.join(dir, 'court-file.pdf'), scans);
    evidence.push({ key: 'file', file: 'court-file.pdf', title: 'The whole court file', kind: 'court_document' });
    const { vault, caseId } = await caseWith(dir, evidence);
    const inputBytes = (await Promise.all(evidence.map(async (item) => (await stat(path.join(dir, item.file))).size))).reduce((a, b) => a + b, 0);
    expect(inputBytes).toBeGreaterThan(55_000_000);
    const scanBytes = (await stat(path.join(dir, 'court-file.pdf'))).size;
    expect(scanBytes).toBeGreaterThan(limit);

    const out = path.join(dir, 'out', 'Sadykova.pdf');
    await import('node:fs/promises').then(({ mkdir }) => mkdir(path.dirname(out)));
    const result = await exportDossier(vault, caseId, out, { today: '2026-11-21', maxPartBytes: limit, shrinkPhotos: false });

    const parts = result.parts!;
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.map((part) => path.basename(part.file))).toEqual(parts.map((_, index) => `Sadykova_Part${index + 1}.pdf`));
    // The folder holds the parts and nothing else: no temporary file, no file under the target's own name.
    expect((await readdir(path.dirname(out))).sort()).toEqual(parts.map((part) => path.basename(part.file)).sort());
    expect(result.file).toBe(parts[0]!.file);

    let expectedFirst = 1;
    for (const [index, part] of parts.entries()) {
      const size = (await stat(part.file)).size;
      expect(size).toBe(part.bytes);
      expect(size).toBeLessThan(limit);
      execFileSync('qpdf', ['--check', part.file], { encoding: 'utf8' });
      const info = execFileSync('pdfinfo', [part.file], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(part.pages);

      // The printed numbers run on from the last part; the part's own pages (cover, index) come first.
      const printed = printedNumbers(part.file, part.pages);
      const own = printed.filter((label) => label.startsWith(`P${index + 1}-`));
      const numbered = printed.slice(own.length).map(Number);
      expect(own.length).toBeGreaterThan(0);
      expect(numbered[0]).toBe(expectedFirst);
      expect(numbered).toEqual(numbered.map((_, at) => expectedFirst + at));
      expect(part.firstPage).toBe(expectedFirst);
      expect(part.lastPage).toBe(numbered[numbered.length - 1]);
      expectedFirst = part.lastPage + 1;

      // "Go to page 312" lands on the page stamped 312.
      expect(await pageLabels(part.file)).toEqual(printed);

      const pdf = await readPdf(part.file);
      expect(flatText(pdf.pages[0]!.text)).toContain(`Part ${index + 1} of ${parts.length}`);
      expect(flatText(pdf.pages[0]!.text)).toContain(`Pages ${part.firstPage}–${part.lastPage} of the dossier`);
      if (index > 0) expect(flatText(pdf.pages[1]!.text)).toContain('Contents');
    }
    expect(expectedFirst - 1).toBe(result.pages);

    // The scan larger than a part is split between its pages, and its separator says so.
    const split = parts.filter((part) => part.firstPage <= result.exhibits[5]!.firstPage + 7 && part.lastPage >= result.exhibits[5]!.firstPage);
    expect(split.length).toBeGreaterThanOrEqual(2);
    const withSeparator = await readPdf(split[0]!.file);
    expect(withSeparator.pages.some((page) => flatText(page.text).includes("larger than the filing's limit of 25 MB"))).toBe(true);

    // The first part's index links into the part that holds each exhibit.
    const first = (await readFile(parts[0]!.file)).toString('latin1');
    expect(first).toContain('/GoToR');
    expect(first).toContain(`(Sadykova_Part${parts.length}.pdf)`);
  });

  it('places photos at 300 dpi when asked, smaller, and the manifest keeps each original’s SHA-256', { timeout: 300_000 }, async () => {
    const dir = await tempDir();
    const evidence = [];
    for (let index = 0; index < 3; index += 1) {
      const file = `scan-${index + 1}.jpg`;
      await noisePhoto(path.join(dir, file), 7 + index, 4000, 3000);
      evidence.push({ key: `scan${index + 1}`, file, title: `Phone scan ${index + 1}`, kind: 'photo' });
    }
    const { vault, caseId } = await caseWith(dir, evidence);
    const full = await exportDossier(vault, caseId, path.join(dir, 'full.pdf'), { today: '2026-11-21', shrinkPhotos: false });
    const reduced = await exportDossier(vault, caseId, path.join(dir, 'reduced.pdf'), { today: '2026-11-21', shrinkPhotos: true });
    expect(reduced.pages).toBe(full.pages);
    expect(reduced.bytes).toBeLessThan(full.bytes * 0.75);
    execFileSync('qpdf', ['--check', path.join(dir, 'reduced.pdf')]);

    const pdf = await readPdf(path.join(dir, 'reduced.pdf'));
    const text = flatText(pdf.pages.map((page) => page.text).join('\n'));
    expect(text).toContain('Reduced for the filing: the photo is placed at 300 dpi');
    for (const [index, item] of evidence.entries()) {
      const sha256 = createHash('sha256').update(await readFile(path.join(dir, item.file))).digest('hex');
      expect(reduced.exhibits[index]!.sha256).toBe(sha256);
      // The manifest prints the original's fingerprint, whatever was placed.
      expect(text.replace(/\s/g, '')).toContain(sha256.slice(0, 32));
    }
    // Still the photo: as tall as the page allows, at 300 dpi of its printed size.
    const images = execFileSync('pdfimages', ['-list', path.join(dir, 'reduced.pdf')], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.includes('image'));
    expect(images.length).toBe(3);
    for (const line of images) {
      const [, , , width, height] = line.trim().split(/\s+/);
      expect(Number(width)).toBeLessThan(4000);
      expect(Number(width)).toBeGreaterThan(2000);
      expect(Number(height)).toBeGreaterThan(1500);
    }
  });

  it('leaves nothing when cancelled, and writes one ordinary file under the limit', { timeout: 300_000 }, async () => {
    const dir = await tempDir();
    const evidence = [];
    for (let index = 0; index < 4; index += 1) {
      const file = `photo-${index + 1}.jpg`;
      await noisePhoto(path.join(dir, file), 40 + index, 1600, 1200);
      evidence.push({ key: `photo${index + 1}`, file, title: `Photo ${index + 1}`, kind: 'photo' });
    }
    const { vault, caseId } = await caseWith(dir, evidence);
    const { mkdir } = await import('node:fs/promises');
    const folder = path.join(dir, 'out');
    await mkdir(folder);

    // Cancelled while the third photo is added: parts one and two had begun.
    const controller = new AbortController();
    const cancelled = exportDossier(vault, caseId, path.join(folder, 'D.pdf'), {
      today: '2026-11-21',
      maxPartBytes: 2_200_000,
      shrinkPhotos: false,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === 'exhibits' && progress.done === 2) controller.abort();
      },
    });
    await expect(cancelled).rejects.toSatisfy((error: unknown) => error instanceof DossierError && error.code === 'CANCELLED');
    expect(await readdir(folder)).toEqual([]);

    // One file, then in parts (the one file replaced, as the user chose to), then again under a
    // limit it fits in: one file under the target's name, the old parts gone.
    await exportDossier(vault, caseId, path.join(folder, 'D.pdf'), { today: '2026-11-21', shrinkPhotos: false });
    const parted = await exportDossier(vault, caseId, path.join(folder, 'D.pdf'), { today: '2026-11-21', maxPartBytes: 2_200_000, shrinkPhotos: false });
    expect(parted.parts!.length).toBeGreaterThanOrEqual(2);
    expect((await readdir(folder)).sort()).toEqual(parted.parts!.map((part) => path.basename(part.file)).sort());
    const whole = await exportDossier(vault, caseId, path.join(folder, 'D.pdf'), { today: '2026-11-21', maxPartBytes: 100_000_000, shrinkPhotos: false });
    expect(whole.parts).toBeUndefined();
    expect(whole.file).toBe(path.join(folder, 'D.pdf'));
    expect(await readdir(folder)).toEqual(['D.pdf']);
    expect(await pageLabels(whole.file)).toEqual(printedNumbers(whole.file, whole.pages));
    execFileSync('qpdf', ['--check', whole.file]);
  });

  it('keeps each part within a page limit, numbers running on', { timeout: 300_000 }, async () => {
    const dir = await tempDir();
    const evidence = [];
    for (let index = 0; index < 6; index += 1) {
      const file = `photo-${index + 1}.jpg`;
      await noisePhoto(path.join(dir, file), 60 + index, 400, 300);
      evidence.push({ key: `photo${index + 1}`, file, title: `Photo ${index + 1}`, kind: 'photo' });
    }
    const { vault, caseId } = await caseWith(dir, evidence);
    const result = await exportDossier(vault, caseId, path.join(dir, 'P.pdf'), { today: '2026-11-21', maxPartPages: 9 });
    const parts = result.parts!;
    expect(parts.length).toBeGreaterThanOrEqual(2);
    let next = 1;
    for (const part of parts) {
      const info = execFileSync('pdfinfo', [part.file], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBe(part.pages);
      expect(pages).toBeLessThanOrEqual(9);
      expect(part.firstPage).toBe(next);
      next = part.lastPage + 1;
      const labels = (await pageLabels(part.file))!;
      expect(labels.at(-1)).toBe(String(part.lastPage));
      execFileSync('qpdf', ['--check', part.file]);
    }
    expect(next - 1).toBe(result.pages);
  });
});
