// The figures of issue 5, each measured on the real vault through the same core functions the
// CLI and the window call (Vault.open, importCase, search, exportDossier, verifyVault), and the
// reference tools (cp, qpdf) run on the same files, on the same disk, in the same run.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { inspectPendingFiles } from '../../src/core/evidence/inspect-pending.js';
import { importCase, type ImportProgress } from '../../src/core/intake/case-file.js';
import { sharedNodeReader } from '../../src/core/isolation/shared-reader.js';
import { exportDossier, planDossier } from '../../src/core/dossier/export-dossier.js';
import { search, toMatchExpression } from '../../src/core/records/search-index.js';
import type { SqliteDatabase } from '../../src/core/vault/database.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import { Vault } from '../../src/core/vault/vault.js';
import type { Practice } from './generate-practice.js';
import { settlePageCache, type CacheState } from './page-cache.js';
import type { Progress } from './progress.js';
import { median, percentile, RssSampler, runCommand, secondsSince, type RssPeak } from './sampling.js';

const MB = 1e6;
const MiB = 2 ** 20;

export interface CopyFigure {
  /** The page cache's state at the start of each copy and of the import: the same for all (page-cache.ts). */
  cache: CacheState;
  bytes: number;
  /** `cp -r` alone: the data may still sit in the page cache. */
  seconds: number;
  mbPerSecond: number;
  /** `sync -f` right after: the copy made durable, as the import makes its files. */
  syncSeconds: number;
  mbPerSecondWithSync: number;
  /**
   * The same files copied by a program through its own memory (read, write, fsync each, three at
   * once; no hash, no cipher): the floor of any import, which must change every byte on the way
   * and so cannot let the kernel copy them as `cp` does.
   */
  throughProgram: { seconds: number; mbPerSecond: number };
}

/** `cp -r` of the practice's client folders (every evidence file and CASE.json) to `target`. */
export async function measureCopy(practice: Practice, target: string): Promise<CopyFigure> {
  const cache = await settlePageCache(practice.clientsDir);
  const copy = await runCommand('cp', ['-r', practice.clientsDir, target]);
  const sync = await runCommand('sync', ['-f', target]);
  await rm(target, { recursive: true, force: true });
  await settlePageCache(practice.clientsDir);
  const throughProgram = await copyThroughProgram(practice.clientsDir, `${target}-program`);
  await rm(`${target}-program`, { recursive: true, force: true });
  const bytes = practice.totals.bytes;
  return {
    cache,
    bytes,
    seconds: copy.seconds,
    mbPerSecond: bytes / MB / copy.seconds,
    syncSeconds: sync.seconds,
    mbPerSecondWithSync: bytes / MB / (copy.seconds + sync.seconds),
    throughProgram: { seconds: throughProgram, mbPerSecond: bytes / MB / throughProgram },
  };
}

/** Copies every file under `source` into `target` (flat) the way a program must: read into memory, written, fsynced; three at once, as the import stores them. */
async function copyThroughProgram(source: string, target: string): Promise<number> {
  const files = (await readdir(source, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  await mkdir(target, { recursive: true });
  const start = performance.now();
  let next = 0;
  const copyNext = async (): Promise<void> => {
    for (let index = next++; index < files.length; index = next++) {
      await pipeline(createReadStream(files[index]!, { highWaterMark: MiB }), createWriteStream(path.join(target, String(index)), { flush: true, highWaterMark: MiB }));
    }
  };
  await Promise.all([copyNext(), copyNext(), copyNext()]);
  return secondsSince(start);
}

export interface ImportFigure {
  cases: number;
  files: number;
  bytes: number;
  seconds: number;
  mbPerSecond: number;
  refused: number;
  warnings: number;
  caseIds: string[];
  largeCaseId: string;
  /** Memory while the 1 GiB file alone was being stored. */
  bigFile: { bytes: number; seconds: number } & RssPeak;
  /** Everything but the 1 GiB file: where a per-file cost shows. */
  otherFiles: { files: number; bytes: number; seconds: number; mbPerSecond: number };
  /**
   * The check that follows the import (each file read in the exhibit reader as the dossier will
   * read it), timed apart: the app runs it in the background once the files are safe, and the
   * command line before its import command ends. Not part of `seconds`.
   */
  checkAfter: { files: number; seconds: number };
}

/** Imports every client's CASE.json, one after the other, as a paralegal would. */
export async function measureImport(vault: Vault, practice: Practice, progress: Progress): Promise<ImportFigure> {
  const bigFileName = path.basename(practice.bigFile.file);
  const caseIds: string[] = [];
  let refused = 0;
  let warnings = 0;
  let bytesBefore = 0;
  let bigFile: ImportFigure['bigFile'] | undefined;
  const start = performance.now();
  for (const [index, entry] of practice.cases.entries()) {
    const holdsBigFile = practice.bigFile.file.startsWith(path.dirname(entry.caseJson) + path.sep);
    // The big file is the first item of its case, so its window opens with the case's import.
    let bigFileWindow: { sampler: RssSampler; start: number } | undefined = holdsBigFile ? { sampler: new RssSampler(10), start: performance.now() } : undefined;
    const closeWindow = () => {
      if (!bigFileWindow) return;
      bigFile = { bytes: practice.bigFile.bytes, seconds: secondsSince(bigFileWindow.start), ...bigFileWindow.sampler.stop() };
      bigFileWindow = undefined;
    };
    // The case's files are stored several at once: each one's bytes done so far, by its index.
    const bytesDoneByFile = new Map<number, number>();
    let caseBytesDone = 0;
    const onProgress = (event: ImportProgress) => {
      if (event.phase !== 'storing') {
        closeWindow();
        return;
      }
      caseBytesDone += event.bytesDone - (bytesDoneByFile.get(event.index) ?? 0);
      bytesDoneByFile.set(event.index, event.bytesDone);
      if (event.file === bigFileName && event.bytesDone === event.bytesTotal) closeWindow();
      progress.every(`import: case ${index + 1}/${practice.cases.length}, file ${event.index}/${event.total}, ${((bytesBefore + caseBytesDone) / MB).toFixed(0)} of ${(practice.totals.bytes / MB).toFixed(0)} MB`);
    };
    const report = await importCase(vault, entry.caseJson, { onProgress });
    closeWindow();
    bytesBefore += entry.bytes;
    caseIds.push(report.caseId);
    refused += report.refused.length;
    warnings += report.warnings.length;
    for (const file of report.refused) progress.line(`import: refused ${file.file}: ${file.reason}`);
  }
  const seconds = secondsSince(start);
  if (!bigFile) throw new Error('the 1 GiB file was never imported');
  const checkStart = performance.now();
  let checkedFiles = 0;
  for (const [index, caseId] of caseIds.entries()) {
    progress.every(`check after import: case ${index + 1}/${caseIds.length}`);
    checkedFiles += await inspectPendingFiles(vault, sharedNodeReader(), caseId);
  }
  const checkAfter = { files: checkedFiles, seconds: secondsSince(checkStart) };
  const largeIndex = practice.cases.findIndex((entry) => entry.role === 'large');
  const other = { files: practice.totals.files - 1, bytes: practice.totals.bytes - bigFile.bytes, seconds: seconds - bigFile.seconds };
  return {
    cases: practice.cases.length,
    files: practice.totals.files,
    bytes: practice.totals.bytes,
    seconds,
    mbPerSecond: practice.totals.bytes / MB / seconds,
    refused,
    warnings,
    caseIds,
    largeCaseId: caseIds[largeIndex]!,
    bigFile,
    otherFiles: { ...other, mbPerSecond: other.bytes / MB / other.seconds },
    checkAfter,
  };
}

export interface ArchiveFigure {
  cases: number;
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

/** Imports the archive's closed cases (records only), which fill the search index. */
export async function measureArchiveImport(vault: Vault, practice: Practice, progress: Progress): Promise<ArchiveFigure> {
  const start = performance.now();
  for (const [index, caseJson] of practice.archive.caseJsons.entries()) {
    await importCase(vault, caseJson);
    progress.every(`archive: case ${index + 1}/${practice.archive.cases}`);
  }
  const seconds = secondsSince(start);
  return { cases: practice.archive.cases, events: practice.archive.events, seconds, eventsPerSecond: practice.archive.events / seconds };
}

export interface UnlockFigure {
  runs: number[];
  medianSeconds: number;
  minSeconds: number;
  maxSeconds: number;
}

/** Opens the closed vault with its stored (default) Argon2id parameters, `runs` times. */
export async function measureUnlock(dir: string, passphrase: string, runs: number, progress: Progress): Promise<UnlockFigure> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const vault = await Vault.open(dir, { passphrase }, { actor: 'bench' });
    times.push(secondsSince(start));
    vault.close();
    progress.line(`unlock: run ${run + 1}/${runs}: ${times.at(-1)!.toFixed(3)} s`);
  }
  return { runs: times, medianSeconds: median(times), minSeconds: Math.min(...times), maxSeconds: Math.max(...times) };
}

export interface QueryFigure {
  query: string;
  note: string;
  /** Records and pages the query matches in the whole index (search() returns at most 50 of them). */
  matches: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface SearchFigure {
  rows: number;
  /** Pages of file text (OCR) in the index beside the records. */
  pages: number;
  runsPerQuery: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  queries: QueryFigure[];
}

/** Times search() for each query `runs` times after one warm-up run; percentiles pool every run. */
export function measureSearch(db: SqliteDatabase, queries: readonly { query: string; note: string }[], runs: number, progress: Progress): SearchFigure {
  const rows = (db.prepare('SELECT count(*) AS n FROM search_documents').get() as { n: number }).n;
  const pages = (db.prepare('SELECT count(*) AS n FROM evidence_text_pages').get() as { n: number }).n;
  const countMatches = db.prepare(
    `SELECT (SELECT count(*) FROM search_folded WHERE search_folded MATCH @match)
          + (SELECT count(*) FROM evidence_text_index WHERE evidence_text_index MATCH @match) AS n`,
  );
  const all: number[] = [];
  const perQuery = queries.map(({ query, note }, index) => {
    progress.every(`search: query ${index + 1}/${queries.length}`);
    const match = toMatchExpression(query);
    const matches = match ? (countMatches.get({ match }) as { n: number }).n : 0;
    search(db, query);
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      search(db, query);
      times.push(performance.now() - start);
    }
    all.push(...times);
    return { query, note, matches, p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: Math.max(...times) };
  });
  return { rows, pages, runsPerQuery: runs, p50Ms: percentile(all, 0.5), p95Ms: percentile(all, 0.95), maxMs: Math.max(...all), queries: perQuery };
}

export interface ExportFigure {
  exhibits: number;
  exhibitPages: number;
  pages: number;
  bytes: number;
  seconds: number;
  pagesPerSecond: number;
  warnings: number;
  memory: RssPeak;
  /** Seconds spent in each phase exportDossier reports (reading, composing, exhibits, finishing). */
  phaseSeconds: Record<string, number>;
}

export async function measureExport(vault: Vault, caseId: string, outFile: string, practice: Practice, progress: Progress): Promise<ExportFigure> {
  const sampler = new RssSampler(10);
  const start = performance.now();
  const phaseStarts: [string, number][] = [];
  const result = await exportDossier(vault, caseId, outFile, {
    today: '2026-01-15',
    onProgress: (event) => {
      if (phaseStarts.at(-1)?.[0] !== event.phase) phaseStarts.push([event.phase, performance.now()]);
      progress.every(`export: ${event.phase} ${event.done}/${event.total}${event.exhibit ? ` (${event.exhibit})` : ''}`);
    },
  });
  const end = performance.now();
  const seconds = (end - start) / 1000;
  const memory = sampler.stop();
  const phaseSeconds: Record<string, number> = {};
  phaseStarts.forEach(([phase, at], index) => {
    phaseSeconds[phase] = (phaseSeconds[phase] ?? 0) + ((phaseStarts[index + 1]?.[1] ?? end) - at) / 1000;
  });
  return {
    exhibits: result.exhibits.length,
    exhibitPages: practice.largeCase.exhibitPages,
    pages: result.pages,
    bytes: result.bytes,
    seconds,
    pagesPerSecond: result.pages / seconds,
    warnings: result.warnings.length,
    memory,
    phaseSeconds,
  };
}

export interface PlanningFigure {
  /** Contents entries the plan lists (sections, exhibits, manifest). */
  entries: number;
  pages: number;
  /** "Show contents" the first time after the import. */
  firstSeconds: number;
  /** The same again: what the lawyer waits for each time after that. */
  repeatSeconds: number;
}

/** "Show contents" of the large case, as the export view asks for it: the plan, twice. */
export async function measurePlanning(vault: Vault, caseId: string): Promise<PlanningFigure> {
  let start = performance.now();
  const plan = await planDossier(vault, caseId, { today: '2026-01-15' });
  const firstSeconds = secondsSince(start);
  start = performance.now();
  await planDossier(vault, caseId, { today: '2026-01-15' });
  return { entries: plan.contents.length, pages: plan.pages, firstSeconds, repeatSeconds: secondsSince(start) };
}

export interface QpdfFigure {
  files: number;
  pages: number;
  bytes: number;
  seconds: number;
  pagesPerSecond: number;
}

/** qpdf's merge of the very exhibit files the large case holds, in the same order. */
export async function measureQpdf(files: readonly string[], outFile: string): Promise<QpdfFigure> {
  // Exit code 3: done, with warnings.
  const merge = await runCommand('qpdf', ['--empty', '--pages', ...files, '--', outFile], [0, 3]);
  const pages = Number((await runCommand('qpdf', ['--show-npages', outFile], [0, 3])).stdout.trim());
  return { files: files.length, pages, bytes: (await stat(outFile)).size, seconds: merge.seconds, pagesPerSecond: pages / merge.seconds };
}

export interface PdfLibMergeFigure {
  files: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  memory: RssPeak;
}

/**
 * pdf-lib's own merge of the same exhibit files: load, copy every page, save. No front matter,
 * no footers, no streaming. It is the floor our export stands on, so "export ÷ pdf-lib merge"
 * says how much the dossier adds, and "pdf-lib merge ÷ qpdf" how much the library costs.
 */
export async function measurePdfLibMerge(files: readonly string[], outFile: string, progress: Progress): Promise<PdfLibMergeFigure> {
  const sampler = new RssSampler(10);
  const start = performance.now();
  const merged = await PDFDocument.create();
  let index = 0;
  for (const file of files) {
    const source = await PDFDocument.load(await readFile(file), { updateMetadata: false });
    for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page);
    progress.every(`pdf-lib merge: ${++index}/${files.length}`);
  }
  await writeFile(outFile, await merged.save());
  const seconds = secondsSince(start);
  const pages = merged.getPageCount();
  return { files: files.length, pages, seconds, pagesPerSecond: pages / seconds, memory: sampler.stop() };
}

export interface VerifyFigure {
  ok: boolean;
  files: number;
  bytes: number;
  seconds: number;
  mbPerSecond: number;
}

export async function measureVerify(vault: Vault, progress: Progress): Promise<VerifyFigure> {
  const start = performance.now();
  const report = await verifyVault(vault, { onProgress: (done, total) => progress.every(`verify: ${done}/${total} files`) });
  const seconds = secondsSince(start);
  for (const problem of report.problems) progress.line(`verify: ${problem.file}: ${problem.problem} (${problem.detail})`);
  return { ok: report.ok, files: report.files, bytes: report.bytes, seconds, mbPerSecond: report.bytes / MB / seconds };
}
