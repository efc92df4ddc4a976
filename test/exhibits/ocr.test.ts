// Reading an evidence item's text in the exhibit reader, with real Tesseract (tesseract.js) and
// the shipped models: words on a 300 dpi scan in Russian, Kazakh and English are found where they
// are; a scanned PDF page is recognised while a typeset one gives its own text layer; a text file
// is one page; and nothing in the reader or its OCR thread ever reaches for the network.
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readEvidenceText } from '../../src/core/exhibits/ocr/evidence-text.js';
import { installedLanguages, defaultTessdataDir } from '../../src/core/exhibits/ocr/tessdata.js';
import { createExhibitReader, type ExhibitReader } from '../../src/core/isolation/exhibit-reader.js';
import { readEvidenceTextInReader, type EvidenceText } from '../../src/core/isolation/reader-calls.js';
import type { RecognizedWord } from '../../src/shared/recognized-text.js';
import { watchedLauncher } from '../support/reader-processes.js';
import { tempDir } from '../support/temp-dir.js';
import { scannedPdf, scanPage, typesetPdf } from '../support/text-pages.js';

const languages = ['rus', 'kaz', 'eng'];
const russian = 'Постановление о возбуждении уголовного дела по части 2 статьи 207.3 УК РФ в отношении Токарева Ивана Сергеевича.';
const kazakh = 'Қазақстан Республикасының әділет органдары ғылыми қорытынды берді, өтініш ұлттық үкімет һәм ішкі істер.';
const english = 'The applicant was detained at the airport on 12 March 2024 and refused asylum.';

function startReader(): ExhibitReader {
  const reader = createExhibitReader(watchedLauncher().launcher);
  onTestFinished(() => reader.stopAll());
  return reader;
}

function wordsOf(text: EvidenceText): RecognizedWord[] {
  return text.pages.flatMap(({ page }) => page.lines.flatMap((line) => line.words));
}

/** The first word that reads `text` once punctuation is set aside. */
function find(words: RecognizedWord[], text: string): RecognizedWord | undefined {
  return words.find((word) => word.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') === text);
}

describe('reading an evidence item\'s text', () => {
  it('finds Russian, Kazakh and English words on a 300 dpi scan, with boxes where they are, page by page', async () => {
    const typeset = await typesetPdf([[russian, kazakh, english]]);
    const scan = await scanPage(typeset.bytes, 0);
    const progress: [number, number][] = [];
    const text = await readEvidenceTextInReader(startReader(), { bytes: scan.bytes, mediaType: scan.mediaType, languages }, { onProgress: (done, total) => progress.push([done, total]) });

    expect(text.pageCount).toBe(1);
    expect(progress.at(-1)).toEqual([1, 1]);
    const [{ source, page }] = text.pages as [EvidenceText['pages'][number]];
    expect(source).toBe('ocr');
    expect(page).toMatchObject({ page: 1, width: scan.width, height: scan.height, languages });
    expect(page.confidence).toBeGreaterThan(70);
    const words = wordsOf(text);
    for (const expected of ['Постановление', 'возбуждении', '207.3', 'Токарева', 'Қазақстан', 'әділет', 'ғылыми', 'қорытынды', 'өтініш', 'ұлттық', 'үкімет', 'һәм', 'ішкі', 'applicant', 'airport', 'asylum']) {
      expect(find(words, expected), expected).toBeDefined();
    }
    // 12-point text at 300 dpi: letters some 35–50 pixels high, inside the page's 72-point margins.
    const title = find(words, 'Постановление')!;
    expect(title.box.x0).toBeGreaterThan(280);
    expect(title.box.x0).toBeLessThan(330);
    expect(title.box.y1 - title.box.y0).toBeGreaterThan(25);
    expect(title.box.y1 - title.box.y0).toBeLessThan(70);
    expect(title.box.x1 - title.box.x0).toBeGreaterThan(300);
    // Reading order: the Russian paragraph above the Kazakh one above the English one.
    expect(find(words, 'Токарева')!.box.y0).toBeLessThan(find(words, 'Қазақстан')!.box.y0);
    expect(find(words, 'Қазақстан')!.box.y0).toBeLessThan(find(words, 'applicant')!.box.y0);
    expect(page.text.indexOf('Постановление')).toBeLessThan(page.text.indexOf('applicant'));
  });

  it('recognises a scanned PDF\'s pages and takes a typeset PDF\'s own text layer, with boxes in points', async () => {
    const reader = startReader();
    const typeset = await typesetPdf([[russian], [english]]);
    const scanned = await scannedPdf([await scanPage(typeset.bytes, 0, { noisy: true, tiltDegrees: 0.8 }), await scanPage(typeset.bytes, 1)]);

    const fromLayer = await readEvidenceTextInReader(reader, { bytes: typeset.bytes, mediaType: 'application/pdf', languages });
    expect(fromLayer.pageCount).toBe(2);
    expect(fromLayer.pages.map(({ source, page }) => [source, page.page, page.width, page.height, page.confidence])).toEqual([
      ['pdf_text', 1, 595, 842, 100],
      ['pdf_text', 2, 595, 842, 100],
    ]);
    expect(fromLayer.pages[0]!.page.text).toBe(typeset.pageLines[0]!.join('\n'));
    const title = find(wordsOf(fromLayer), 'Постановление')!;
    // The first line's baseline is 18 points below the 72-point margin; its letters start at the margin.
    expect(Math.abs(title.box.x0 - 72)).toBeLessThan(2);
    expect(Math.abs(title.box.y1 - (72 + 18))).toBeLessThan(2);
    expect(title.box.y1 - title.box.y0).toBeGreaterThan(6);
    expect(title.box.x1 - title.box.x0).toBeGreaterThan(60);

    const progress: number[] = [];
    const fromScan = await readEvidenceTextInReader(reader, { bytes: scanned, mediaType: 'application/pdf', languages }, { onProgress: (done) => progress.push(done) });
    expect(fromScan.pageCount).toBe(2);
    // After each page (and, while a page is recognised, now and then with the count so far).
    expect([...new Set(progress)].filter((done) => done > 0)).toEqual([1, 2]);
    expect(fromScan.pages.map(({ source, page }) => [source, page.page])).toEqual([
      ['ocr', 1],
      ['ocr', 2],
    ]);
    // Rendered at 300 dpi: an A4 page is 2480 by 3508 pixels.
    expect(fromScan.pages[1]!.page).toMatchObject({ width: 2480, height: 3508 });
    expect(find(wordsOf({ pages: [fromScan.pages[0]!], pageCount: 1 }), 'Токарева')).toBeDefined();
    expect(find(wordsOf({ pages: [fromScan.pages[1]!], pageCount: 1 }), 'applicant')).toBeDefined();
  });

  it('reads a text file as one page of its own text, and a type without text as none', async () => {
    const reader = startReader();
    const bytes = new TextEncoder().encode(`${russian}\r\n${english}\n`);
    const text = await readEvidenceTextInReader(reader, { bytes, mediaType: 'text/plain', languages });
    expect(text.pageCount).toBe(1);
    expect(text.pages[0]).toMatchObject({ source: 'plain_text', page: { page: 1, width: 1, height: 1, text: `${russian}\n${english}\n`, confidence: 100 } });
    expect(find(wordsOf(text), '207.3')).toBeDefined();
    expect(await readEvidenceTextInReader(reader, { bytes: new Uint8Array(16), mediaType: 'audio/mpeg', languages })).toEqual({ pages: [], pageCount: 0 });
  });

  it('stops at the page under way when its signal aborts, and stops its OCR thread', async () => {
    const typeset = await typesetPdf([[english], [english], [english]]);
    const scanned = await scannedPdf(await Promise.all([0, 1, 2].map((index) => scanPage(typeset.bytes, index))));
    const threadsBefore = (await readFile('/proc/self/status', 'latin1').catch(() => '')).match(/^Threads:\s+(\d+)/m)?.[1];
    const controller = new AbortController();
    const pagesDone: number[] = [];
    const reading = readEvidenceText(scanned, 'application/pdf', {
      languages: ['eng'],
      signal: controller.signal,
      onProgress: (done) => {
        pagesDone.push(done);
        if (done === 1) controller.abort(new Error('cancelled by the test'));
      },
    });
    await expect(reading).rejects.toThrow('cancelled by the test');
    expect(Math.max(...pagesDone)).toBe(1);
    if (threadsBefore) await expect.poll(async () => (await readFile('/proc/self/status', 'latin1')).match(/^Threads:\s+(\d+)/m)?.[1]).toBe(threadsBefore);
  });

  it('leaves out a language whose model is not shipped, and never takes a code that could name a path', () => {
    const dir = defaultTessdataDir();
    expect(installedLanguages(['deu', 'rus', 'kaz', 'eng', 'fra', 'rus'], dir)).toEqual(['rus', 'kaz', 'eng', 'fra']);
    expect(installedLanguages(['../tessdata/rus', 'RUS', ''], dir)).toEqual([]);
  });

  it('runs Tesseract in the reader without ever reaching for the network', async () => {
    const dir = await tempDir();
    const log = path.join(dir, 'network.log');
    const tripwire = path.join(import.meta.dirname, 'network-tripwire.mjs');
    // The tripwire itself works: a process that tries to connect is caught.
    execFileSync(process.execPath, ['-e', "fetch('http://127.0.0.1:9/').catch(() => undefined); try { require('node:net').connect(9, '127.0.0.1') } catch {}"], {
      env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(tripwire).href}`, DOSSIER_NETWORK_LOG: log },
    });
    const probe = await readFile(log, 'utf8');
    expect(probe).toMatch(/attempt fetch http:\/\/127\.0\.0\.1:9\//);
    expect(probe).toMatch(/attempt net\.(Socket\.)?connect/);
    await rm(log);

    // Reader processes take the environment they are started with, and their worker threads the preload.
    const saved = { options: process.env.NODE_OPTIONS, log: process.env.DOSSIER_NETWORK_LOG };
    process.env.NODE_OPTIONS = `${saved.options ?? ''} --import=${pathToFileURL(tripwire).href}`.trim();
    process.env.DOSSIER_NETWORK_LOG = log;
    try {
      const reader = startReader();
      const typeset = await typesetPdf([[english]]);
      const scanned = await scannedPdf([await scanPage(typeset.bytes, 0)]);
      const text = await readEvidenceTextInReader(reader, { bytes: scanned, mediaType: 'application/pdf', languages: ['eng', 'fra'] });
      expect(text.pages[0]?.source).toBe('ocr');
      expect(find(wordsOf(text), 'applicant')).toBeDefined();
    } finally {
      restore('NODE_OPTIONS', saved.options);
      restore('DOSSIER_NETWORK_LOG', saved.log);
    }
    const lines = (await readFile(log, 'utf8')).trim().split('\n');
    expect(lines.filter((line) => line.startsWith('attempt'))).toEqual([]);
    // Installed in the reader's main thread and in Tesseract's worker thread.
    expect(lines.some((line) => line.startsWith('installed') && line.endsWith('thread=main'))).toBe(true);
    expect(lines.some((line) => line.startsWith('installed') && !line.endsWith('thread=main'))).toBe(true);
  });
});

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
