// The invisible text layer over scanned exhibit pages, read back by poppler: a real vault holds a
// photographed page (PNG), a scanned PDF and a scanned PDF saved turned (/Rotate 90), each with
// the recognised text a perfect OCR would store for it. In the first tests the rows are computed
// from words typeset at known places (test/support/scanned-words.ts), not recognised by the OCR
// engine, so where each word must land is known exactly; the last one stores what the real
// engine recognises, in the exhibit reader, as the background reading does.
// pdftotext must find the words on the exhibit's page, in reading order, at the places they are
// seen; pdftoppm must draw the page exactly as the export without stored text draws it.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { readEvidenceTextInReader } from '../../src/core/isolation/reader-calls.js';
import { sharedNodeReader } from '../../src/core/isolation/shared-reader.js';
import { saveEvidenceText } from '../../src/core/records/evidence-text.js';
import { getEvidence } from '../../src/core/records/evidence.js';
import { saveInspection } from '../../src/core/records/inspections.js';
import { scannedPdf, scannedWords, type ScannedWords } from '../support/scanned-words.js';
import { writeCaseFile } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const WORDS = [
  ['Постановление', 'о', 'розыске'],
  ['Токарев', 'Иван', 'Петрович,', 'ст.', '207.3'],
  ['Садықова', 'Әйгерім', 'Wanted', 'notice'],
];

/** The page's text as pdftotext reads it, lines with single spaces. */
function pageText(file: string, page: number, layout = false): string {
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return text
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '')
    .join('\n');
}

/** Each word poppler finds on the page with its box, in points from the top left of the page as shown. */
function wordBoxes(file: string, page: number): { word: string; x: number; y: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
    word: match[5]!,
    x: (Number(match[1]) + Number(match[3])) / 2,
    y: (Number(match[2]) + Number(match[4])) / 2,
  }));
}

async function renderedPixels(file: string, page: number): Promise<Buffer> {
  const png = execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(page), '-l', String(page), file]);
  return sharp(png).raw().toBuffer();
}

/** Every line's words in order, each line after the one before. */
function expectLinesInOrder(text: string, lines: string[]): void {
  let from = 0;
  for (const line of lines) {
    const at = text.indexOf(line, from);
    expect(at, `"${line}" after position ${from} in:\n${text}`).toBeGreaterThanOrEqual(from);
    from = at + line.length;
  }
}

describe('the invisible text layer of scanned exhibit pages', () => {
  it('lets pdftotext read the recognised words on their page, in order and where they are seen, and changes nothing a reader sees', async () => {
    const dir = await tempDir();
    const { vault } = await newVault();
    const portrait = await scannedWords(WORDS, { width: 1240, height: 1754, size: 40, top: 240, left: 150 });
    const landscape = await scannedWords(WORDS, { width: 1754, height: 1240, size: 40, top: 300, left: 420 });
    await writeFile(path.join(dir, 'photo.png'), portrait.png);
    await writeFile(path.join(dir, 'scan.pdf'), await scannedPdf(portrait, 150));
    await writeFile(path.join(dir, 'turned.pdf'), await scannedPdf(landscape, 150, true));
    const caseFile = await writeCaseFile(dir, {
      client: { fullName: 'Ivan Tokarev', fullNameNative: 'Иван Токарев' },
      case: { title: 'Tokarev: extradition', forum: 'un_cat', reference: 'OCR-1' },
      evidence: [
        { key: 'photo', file: 'photo.png', title: 'Wanted notice, photographed', kind: 'wanted_notice', language: 'ru' },
        { key: 'scan', file: 'scan.pdf', title: 'Wanted notice, scanned', kind: 'wanted_notice', language: 'ru' },
        { key: 'turned', file: 'turned.pdf', title: 'Wanted notice, scanned sideways', kind: 'wanted_notice', language: 'ru' },
      ],
    });
    const report = await importCase(vault, caseFile);
    const scans: [string, ScannedWords][] = report.imported.map((item, index) => [item.evidenceId, index === 2 ? landscape : portrait]);

    const plain = path.join(dir, 'plain.pdf');
    await exportDossier(vault, report.caseId, plain, { today: '2026-12-02', language: 'en' });
    vault.transaction((db) => {
      for (const [evidenceId, scan] of scans) saveEvidenceText(db, getEvidence(db, evidenceId).blobId, [{ source: 'ocr', page: scan.page }], 1);
    });
    const layered = path.join(dir, 'layered.pdf');
    const result = await exportDossier(vault, report.caseId, layered, { today: '2026-12-02', language: 'en' });
    expect(result.exhibits.map((exhibit) => exhibit.pages)).toEqual([2, 2, 2]);

    for (const [index, exhibit] of result.exhibits.entries()) {
      const page = exhibit.firstPage + 1;
      const scan = scans[index]![1];
      // The words are on the exhibit's page, line after line, word after word, with pdftotext's
      // reading order and with -layout; nowhere before the layer was there.
      expectLinesInOrder(pageText(layered, page), scan.lines);
      expectLinesInOrder(pageText(layered, page, true), scan.lines);
      expect(pageText(plain, page)).not.toContain('Токарев');
      expect(pageText(layered, page - 1)).not.toContain('Токарев');

      // The separator says where the text came from.
      expect(pageText(layered, exhibit.firstPage)).toContain('was recognised automatically (OCR) and may contain errors');
      expect(pageText(plain, exhibit.firstPage)).not.toContain('recognised automatically');

      // Invisible: the page draws exactly as without the layer.
      expect((await renderedPixels(layered, page)).equals(await renderedPixels(plain, page))).toBe(true);
    }

    // The scanned PDFs' words lie where the picture shows them: a word's centre as poppler
    // finds it on the page as shown (points, from the top left) is where its box puts it, the
    // page turned by /Rotate or not.
    for (const index of [1, 2]) {
      const scan = scans[index]![1];
      const found = wordBoxes(layered, result.exhibits[index]!.firstPage + 1);
      for (const line of scan.page.lines) {
        for (const word of line.words) {
          const seen = found.find((box) => box.word === word.text);
          expect(seen, word.text).toBeDefined();
          const expected = { x: (((word.box.x0 + word.box.x1) / 2) * 72) / 150, y: (((word.box.y0 + word.box.y1) / 2) * 72) / 150 };
          expect(Math.abs(seen!.x - expected.x), `${word.text} across`).toBeLessThan(4);
          expect(Math.abs(seen!.y - expected.y), `${word.text} down`).toBeLessThan(6);
        }
      }
    }
  });

  it('lays the text over a scanned page drawn as an image of the page, whose separator then does not say its text cannot be selected', async () => {
    const dir = await tempDir();
    const { vault } = await newVault();
    const scan = await scannedWords(WORDS, { width: 1240, height: 1754, size: 40, top: 240, left: 150 });
    await writeFile(path.join(dir, 'scan.pdf'), await scannedPdf(scan, 150));
    const caseFile = await writeCaseFile(dir, {
      client: { fullName: 'Ivan Tokarev' },
      case: { title: 'Tokarev', forum: 'un_cat', reference: 'OCR-4' },
      evidence: [{ key: 'scan', file: 'scan.pdf', title: 'Wanted notice, scanned', kind: 'wanted_notice' }],
    });
    const report = await importCase(vault, caseFile);
    const { blobId } = vault.transaction((db) => getEvidence(db, report.imported[0]!.evidenceId));
    // As if its drawing data did not decode: "Damaged pages as images" draws it with PDFium.
    vault.transaction((db) => saveInspection(db, blobId, { kind: 'pages', pageCount: 1, undrawablePages: [1] }));
    const options = { today: '2026-12-02', language: 'en', undrawablePagesAsImages: true } as const;
    const plain = path.join(dir, 'plain.pdf');
    const before = await exportDossier(vault, report.caseId, plain, options);
    expect(pageText(plain, before.exhibits[0]!.firstPage).replace(/\n/g, ' ')).toContain('reproduced as images of the page');
    vault.transaction((db) => saveEvidenceText(db, blobId, [{ source: 'ocr', page: scan.page }], 1));
    const layered = path.join(dir, 'layered.pdf');
    const result = await exportDossier(vault, report.caseId, layered, options);
    const page = result.exhibits[0]!.firstPage + 1;
    expectLinesInOrder(pageText(layered, page), scan.lines);
    const separator = pageText(layered, result.exhibits[0]!.firstPage).replace(/\n/g, ' ');
    expect(separator).toContain('was recognised automatically (OCR)');
    expect(separator).not.toContain('cannot be selected');
    const found = wordBoxes(layered, page);
    const word = scan.page.lines[1]!.words[0]!;
    const seen = found.find((box) => box.word === word.text)!;
    expect(Math.abs(seen.x - (((word.box.x0 + word.box.x1) / 2) * 72) / 150)).toBeLessThan(4);
    expect(Math.abs(seen.y - (((word.box.y0 + word.box.y1) / 2) * 72) / 150)).toBeLessThan(6);
    expect((await renderedPixels(layered, page)).equals(await renderedPixels(plain, page))).toBe(true);
  });

  it('lays the text over a phone photo stored sideways, which the dossier and OCR both turn upright by its EXIF orientation', async () => {
    const dir = await tempDir();
    const { vault } = await newVault();
    const scan = await scannedWords(WORDS, { width: 1240, height: 900, size: 40, top: 160, left: 120 });
    // Stored turned a quarter anticlockwise, with orientation 6 saying to turn it clockwise to show it.
    await writeFile(path.join(dir, 'photo.jpg'), await sharp(scan.png).rotate(270).withMetadata({ orientation: 6 }).jpeg({ quality: 92 }).toBuffer());
    const caseFile = await writeCaseFile(dir, {
      client: { fullName: 'Ivan Tokarev' },
      case: { title: 'Tokarev', forum: 'un_cat', reference: 'OCR-5' },
      evidence: [{ key: 'photo', file: 'photo.jpg', title: 'Wanted notice, photographed', kind: 'wanted_notice' }],
    });
    const report = await importCase(vault, caseFile);
    const { blobId } = vault.transaction((db) => getEvidence(db, report.imported[0]!.evidenceId));
    vault.transaction((db) => saveEvidenceText(db, blobId, [{ source: 'ocr', page: scan.page }], 1));
    const out = path.join(dir, 'dossier.pdf');
    const result = await exportDossier(vault, report.caseId, out, { today: '2026-12-02', language: 'en' });
    const page = result.exhibits[0]!.firstPage + 1;
    expectLinesInOrder(pageText(out, page), scan.lines);
    // Upright: the first line's words lie left to right above the second line's.
    const found = wordBoxes(out, page);
    const [first, second, third] = ['Постановление', 'розыске', 'Токарев'].map((text) => found.find((box) => box.word === text)!);
    expect(first!.x).toBeLessThan(second!.x);
    expect(Math.abs(first!.y - second!.y)).toBeLessThan(2);
    expect(third!.y).toBeGreaterThan(first!.y + 10);
  });

  it('words the separator in the dossier language', async () => {
    const dir = await tempDir();
    const { vault } = await newVault();
    const scan = await scannedWords([WORDS[1]!], { width: 800, height: 600, size: 40, top: 200, left: 100 });
    await writeFile(path.join(dir, 'photo.png'), scan.png);
    const caseFile = await writeCaseFile(dir, {
      client: { fullName: 'Ivan Tokarev' },
      case: { title: 'Tokarev', forum: 'un_cat', reference: 'OCR-2' },
      evidence: [{ key: 'photo', file: 'photo.png', title: 'Ориентировка', kind: 'wanted_notice' }],
    });
    const report = await importCase(vault, caseFile);
    vault.transaction((db) => saveEvidenceText(db, getEvidence(db, report.imported[0]!.evidenceId).blobId, [{ source: 'ocr', page: scan.page }], 1));
    const expected = { ru: 'распознан автоматически (OCR) и может содержать ошибки', fr: 'a été reconnu automatiquement (OCR) et peut contenir des erreurs' } as const;
    for (const language of ['ru', 'fr'] as const) {
      const out = path.join(dir, `dossier-${language}.pdf`);
      const result = await exportDossier(vault, report.caseId, out, { today: '2026-12-02', language });
      const separator = pageText(out, result.exhibits[0]!.firstPage).replace(/\n/g, ' ');
      expect(separator).toContain(expected[language]);
      expect(pageText(out, result.exhibits[0]!.firstPage + 1)).toContain(scan.lines[0]);
    }
  });

  it('carries what the real OCR engine recognised on a scanned order, found by pdftotext on its page', async () => {
    const dir = await tempDir();
    const { vault } = await newVault();
    const scan = await scannedWords([['Постановление', 'о', 'розыске'], ['Токарев', 'Иван', 'Петрович'], ['статья', '207.3']], { width: 1240, height: 1754, size: 48, top: 240, left: 150 });
    await writeFile(path.join(dir, 'order.pdf'), await scannedPdf(scan, 150));
    const caseFile = await writeCaseFile(dir, {
      client: { fullName: 'Ivan Tokarev' },
      case: { title: 'Tokarev', forum: 'un_cat', reference: 'OCR-3', languages: ['ru'] },
      evidence: [{ key: 'order', file: 'order.pdf', title: 'Постановление о розыске', kind: 'wanted_notice', language: 'ru' }],
    });
    const report = await importCase(vault, caseFile);
    const item = vault.transaction((db) => getEvidence(db, report.imported[0]!.evidenceId));
    const read = await readEvidenceTextInReader(sharedNodeReader(), { bytes: await vault.blobs.readAll(item.blobId), mediaType: item.mediaType, languages: ['rus', 'eng'] });
    expect(read.pages.map((page) => page.source)).toEqual(['ocr']);
    const plain = path.join(dir, 'plain.pdf');
    await exportDossier(vault, report.caseId, plain, { today: '2026-12-02', language: 'ru' });
    vault.transaction((db) => saveEvidenceText(db, item.blobId, read.pages, 1));
    const layered = path.join(dir, 'layered.pdf');
    const result = await exportDossier(vault, report.caseId, layered, { today: '2026-12-02', language: 'ru' });
    const page = result.exhibits[0]!.firstPage + 1;
    const text = pageText(layered, page);
    expect(text).toContain('Токарев');
    expectLinesInOrder(text, ['розыске', 'Токарев', '207.3']);
    expect(pageText(plain, page)).not.toContain('Токарев');
    expect((await renderedPixels(layered, page)).equals(await renderedPixels(plain, page))).toBe(true);
  });
});
