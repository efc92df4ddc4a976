// Issue 14's figures: how well and how fast the exhibit reader recognises text, against the
// Debian `tesseract` command on the same pages with the same models and languages, in the same
// run. Accuracy is the character error rate (Levenshtein distance over normalised text, divided
// by the reference's length) per language, clean and noisy. Speed is pages per second with both
// cores busy: our two reader processes side by side, against two `tesseract` processes side by
// side (each held to one thread, OMP_THREAD_LIMIT=1, as each of ours has one). Memory is the
// reader's peak while it reads a 50-page scanned PDF (10 pages in --quick).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExhibitReader, type ExhibitReader } from '../../src/core/isolation/exhibit-reader.js';
import { readEvidenceTextInReader } from '../../src/core/isolation/reader-calls.js';
import { watchedLauncher } from '../support/reader-processes.js';
import { scannedPdf, type Scan } from '../support/text-pages.js';
import { generateOcrSet, type OcrLanguage, type OcrPage } from './ocr-set.js';
import type { Progress } from './progress.js';
import type { TargetRow } from './report.js';
import { RssSampler, runCommand, secondsSince } from './sampling.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tessdataDir = path.join(repoRoot, 'resources', 'tessdata');

/** The languages an evidence item in that language is read with. */
const itemLanguages: Record<OcrLanguage, string[]> = { rus: ['rus'], kaz: ['kaz'], eng: ['eng'] };
/** What the app asks for when neither the item nor its case names a language. */
const defaultLanguages = ['rus', 'kaz', 'eng'];

export interface CerRow {
  language: OcrLanguage;
  noisy: boolean;
  languages: string[];
  pages: number;
  referenceChars: number;
  ours: number;
  native: number | undefined;
}

export interface OcrFigure {
  profile: 'quick' | 'full';
  pages: number;
  cer: CerRow[];
  /** The same pages read with the default languages (rus+kaz+eng), as a file without a language is. */
  cerDefaultLanguages: CerRow[];
  speed: { pages: number; parallel: number; oursSeconds: number; nativeSeconds: number | undefined; ratio: number | undefined };
  scannedPdf: { pages: number; seconds: number; readerPeak: number; readerHighWater: number };
  tesseract: string;
}

export async function measureOcr(dir: string, profile: 'quick' | 'full', progress: Progress): Promise<OcrFigure> {
  const perLanguage = profile === 'quick' ? 1 : 3;
  progress.line(`ocr: generating ${perLanguage * 6} pages at 300 dpi`);
  const pages = await generateOcrSet(dir, perLanguage);
  const tesseract = await tesseractVersion();

  const { launcher } = watchedLauncher();
  const reader = createExhibitReader(launcher, { processes: 2 });
  try {
    // Both reader processes started before the clock, as they are in the app by then.
    await Promise.all([0, 1].map(() => reader.run('detectType', { head: new Uint8Array([0x25, 0x50, 0x44, 0x46]) })));
    const ours = await timed(() => inPairs(pages, async (page) => readOurs(reader, page, itemLanguages[page.language])));
    progress.line(`ocr: ours ${pages.length} pages in ${ours.seconds.toFixed(1)} s`);
    const native = tesseract ? await timed(() => inPairs(pages, (page) => readNative(page, itemLanguages[page.language]))) : undefined;
    if (native) progress.line(`ocr: tesseract ${pages.length} pages in ${native.seconds.toFixed(1)} s`);

    let cerDefaultLanguages: CerRow[] = [];
    if (profile === 'full') {
      const oursDefault = await inPairs(pages, (page) => readOurs(reader, page, defaultLanguages));
      const nativeDefault = tesseract ? await inPairs(pages, (page) => readNative(page, defaultLanguages)) : undefined;
      cerDefaultLanguages = cerRows(pages, oursDefault, nativeDefault, () => defaultLanguages);
      progress.line('ocr: the same pages with rus+kaz+eng read');
    }
    reader.stopAll();

    const scanned = await measureScannedPdf(pages, profile === 'quick' ? 10 : 50, progress);
    return {
      profile,
      pages: pages.length,
      cer: cerRows(pages, ours.value, native?.value, (page) => itemLanguages[page.language]),
      cerDefaultLanguages,
      speed: { pages: pages.length, parallel: 2, oursSeconds: ours.seconds, nativeSeconds: native?.seconds, ratio: native ? native.seconds / ours.seconds : undefined },
      scannedPdf: scanned,
      tesseract: tesseract ?? 'not installed',
    };
  } finally {
    reader.stopAll();
  }
}

async function readOurs(reader: ExhibitReader, page: OcrPage, languages: string[]): Promise<string> {
  const text = await readEvidenceTextInReader(reader, { bytes: await readFile(page.file), mediaType: page.mediaType, languages });
  return text.pages.map(({ page: read }) => read.text).join('\n');
}

async function readNative(page: OcrPage, languages: string[]): Promise<string> {
  const run = await runCommand('tesseract', [page.file, 'stdout', '--tessdata-dir', tessdataDir, '-l', languages.join('+'), '--oem', '1', '--dpi', '300']);
  return run.stdout;
}

/** The reader's memory over a scanned PDF of `count` pages (the set's noisy pages, over and over), in a process of its own. */
async function measureScannedPdf(pages: OcrPage[], count: number, progress: Progress): Promise<OcrFigure['scannedPdf']> {
  const noisy = pages.filter((page) => page.noisy);
  const scans: Scan[] = [];
  for (let index = 0; index < count; index++) {
    const page = noisy[index % noisy.length]!;
    scans.push({ bytes: await readFile(page.file), mediaType: page.mediaType, width: 0, height: 0 });
  }
  const pdf = await scannedPdf(scans);
  const { launcher, processes } = watchedLauncher();
  const reader = createExhibitReader(launcher, { processes: 1 });
  try {
    const sampler = new RssSampler(50);
    const start = performance.now();
    const text = await readEvidenceTextInReader(reader, { bytes: pdf, mediaType: 'application/pdf', languages: defaultLanguages }, { onProgress: (done, total) => progress.every(`ocr: scanned PDF page ${done} of ${total}`) });
    const seconds = secondsSince(start);
    const memory = sampler.stop();
    const pid = processes[0]?.pid;
    const status = pid === undefined ? '' : await readFile(`/proc/${pid}/status`, 'latin1').catch(() => '');
    const highWater = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0) * 1024;
    if (text.pages.length !== count || text.pages.some((read) => read.source !== 'ocr')) throw new Error(`the scanned PDF gave ${text.pages.length} OCR pages of ${count}`);
    progress.line(`ocr: scanned PDF of ${count} pages in ${seconds.toFixed(1)} s`);
    return { pages: count, seconds, readerPeak: memory.childrenPeak, readerHighWater: highWater };
  } finally {
    reader.stopAll();
  }
}

function cerRows(pages: OcrPage[], ours: string[], native: string[] | undefined, languagesOf: (page: OcrPage) => string[]): CerRow[] {
  const rows: CerRow[] = [];
  for (const language of ['rus', 'kaz', 'eng'] as const) {
    for (const noisy of [false, true]) {
      const chosen = pages.map((page, index) => ({ page, index })).filter(({ page }) => page.language === language && page.noisy === noisy);
      if (chosen.length === 0) continue;
      const referenceChars = chosen.reduce((sum, { page }) => sum + [...normalised(page.reference)].length, 0);
      const errors = (texts: string[]) => chosen.reduce((sum, { page, index }) => sum + editDistance(normalised(page.reference), normalised(texts[index]!)), 0) / referenceChars;
      rows.push({ language, noisy, languages: languagesOf(chosen[0]!.page), pages: chosen.length, referenceChars, ours: errors(ours), native: native ? errors(native) : undefined });
    }
  }
  return rows;
}

/** One spelling for what typesetting and OCR write differently: quotes, dashes, line breaks and runs of spaces. */
export function normalised(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[«»“”„"]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance over code points, in two rows of memory. */
export function editDistance(a: string, b: string): number {
  const from = [...a];
  const to = [...b];
  let previous = Array.from({ length: to.length + 1 }, (_, index) => index);
  let current = new Array<number>(to.length + 1).fill(0);
  for (let i = 1; i <= from.length; i++) {
    current[0] = i;
    for (let j = 1; j <= to.length; j++) {
      const substitution = previous[j - 1]! + (from[i - 1] === to[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[to.length]!;
}

/** Runs `work` over the items two at a time (both cores), answers in the items' order. */
async function inPairs<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await work();
  return { value, seconds: secondsSince(start) };
}

async function tesseractVersion(): Promise<string | undefined> {
  try {
    const run = await runCommand('tesseract', ['--version']);
    return run.stdout.split('\n')[0]?.trim();
  } catch {
    return undefined;
  }
}

const percent = (value: number | undefined) => (value === undefined ? 'n/a' : `${(value * 100).toFixed(2)} %`);
const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;

/** The OCR figures as rows of the benchmark's table; the targets are issue 14's, printed, never asserted. */
export function ocrRows(figure: OcrFigure): TargetRow[] {
  const rows: TargetRow[] = figure.cer.map((row) => ({
    figure: `OCR character error rate, ${row.language} ${row.noisy ? 'noisy' : 'clean'} (${row.languages.join('+')}, ${row.pages} pages, ${row.referenceChars} chars)`,
    value: `${percent(row.ours)} (tesseract command: ${percent(row.native)})`,
    target: row.noisy ? '≤ 8 %' : '≤ 3 %',
    met: row.ours <= (row.noisy ? 0.08 : 0.03),
  }));
  for (const row of figure.cerDefaultLanguages) {
    rows.push({ figure: `OCR character error rate, ${row.language} ${row.noisy ? 'noisy' : 'clean'}, read as rus+kaz+eng`, value: `${percent(row.ours)} (tesseract command: ${percent(row.native)})` });
  }
  const { speed } = figure;
  rows.push({
    figure: `OCR speed, ${speed.pages} pages at 300 dpi, ${speed.parallel} at once`,
    value: `${(speed.pages / speed.oursSeconds).toFixed(2)} pages/s (${speed.oursSeconds.toFixed(1)} s); tesseract command ${speed.nativeSeconds === undefined ? 'n/a' : `${(speed.pages / speed.nativeSeconds).toFixed(2)} pages/s (${speed.nativeSeconds.toFixed(1)} s)`}`,
  });
  rows.push({ figure: 'OCR speed ÷ tesseract command', value: speed.ratio === undefined ? 'n/a' : `${speed.ratio.toFixed(2)}×`, target: '≥ 0.5×', ...(speed.ratio === undefined ? {} : { met: speed.ratio >= 0.5 }) });
  const scanned = figure.scannedPdf;
  rows.push({
    figure: `OCR of a ${scanned.pages}-page scanned PDF (one reader)`,
    value: `${scanned.seconds.toFixed(1)} s, ${(scanned.pages / scanned.seconds).toFixed(2)} pages/s; reader peak RSS ${mib(scanned.readerHighWater || scanned.readerPeak)} (VmHWM; sampled ${mib(scanned.readerPeak)})`,
  });
  return rows;
}
