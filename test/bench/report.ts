// The benchmark's output: a Markdown table on stdout (figure, value, target, met?) that can go
// into the README as it is, and a JSON file with every figure and the machine it ran on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Practice } from './generate-practice.js';
import type { ArchiveFigure, CopyFigure, ExportFigure, ImportFigure, PdfLibMergeFigure, PlanningFigure, QpdfFigure, SearchFigure, UnlockFigure, VerifyFigure } from './measure.js';
import type { IsolationFigure, LockFigure, RekeyFigure } from './measure-hardening.js';
import type { MixedFigure } from './measure-mixed.js';
import { ocrRows, type OcrFigure } from './measure-ocr.js';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  platform: string;
  arch: string;
  node: string;
  /** Versions from each library's own package.json in node_modules. */
  libraries: Record<string, string>;
  tools: Record<string, string>;
  /** Where the practice, the vault and the copies were written. */
  workDisk: string;
  /** Share of all cores busy during the second before the run: above ~10 %, something else shared them. */
  cpuBusyAtStart: number;
}

const measuredLibraries = ['@cantoo/pdf-lib', 'better-sqlite3-multiple-ciphers', 'sharp', 'argon2', 'fontkit'];

function toolVersion(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).split('\n')[0]!.trim();
  } catch {
    return 'unavailable';
  }
}

export function describeMachine(repoRoot: string, cpuBusyAtStart: number): Machine {
  const libraries: Record<string, string> = {};
  for (const name of measuredLibraries) {
    try {
      libraries[name] = (JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      libraries[name] = 'not installed';
    }
  }
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryBytes: os.totalmem(),
    platform: `${os.type()} ${os.release()}`,
    arch: os.arch(),
    node: process.version,
    libraries,
    tools: { qpdf: toolVersion('qpdf', ['--version']), cp: toolVersion('cp', ['--version']) },
    workDisk: os.tmpdir(),
    cpuBusyAtStart,
  };
}

function cpuTimes(): { idle: number; total: number } {
  return os.cpus().reduce(
    (sum, cpu) => ({ idle: sum.idle + cpu.times.idle, total: sum.total + Object.values(cpu.times).reduce((a, b) => a + b, 0) }),
    { idle: 0, total: 0 },
  );
}

/** How busy the cores are right now, over `ms`: the load average lags by minutes, this does not. */
export async function measureCpuBusy(ms = 1_000): Promise<number> {
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTimes();
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : 0;
}

export interface BenchResult {
  bench: { profile: Practice['profile']; seed: number; command: string; startedAt: string; finishedAt: string; totalSeconds: number };
  machine: Machine;
  practice: {
    root: string;
    /** True when the practice came from the cache, so generation took no time in this run. */
    cached: boolean;
    generationSeconds: number;
    totals: Practice['totals'];
    archive: { cases: number; events: number };
    largeCase: { reference: string; exhibits: number; exhibitPages: number; scannedPages: number };
    bigFileBytes: number;
  };
  /** Wall time of each phase, in seconds. */
  phases: Record<string, number>;
  unlock: UnlockFigure;
  copy: CopyFigure;
  import: Omit<ImportFigure, 'caseIds' | 'largeCaseId'>;
  archive: ArchiveFigure;
  search: SearchFigure;
  planning: PlanningFigure;
  export: ExportFigure;
  qpdf: QpdfFigure;
  pdfLib: PdfLibMergeFigure;
  verify: VerifyFigure;
  lock: LockFigure;
  isolation: IsolationFigure;
  rekey: RekeyFigure;
  /** Issue 13: the export of the mixed set, every kind of exhibit a practice receives. */
  mixed?: MixedFigure;
  /** Issue 14: OCR accuracy and speed against the tesseract command, and its memory on a scanned PDF. */
  ocr?: OcrFigure;
  targets: TargetRow[];
}

export interface TargetRow {
  figure: string;
  value: string;
  target?: string;
  met?: boolean;
}

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const count = (value: number) => Math.round(value).toLocaleString('en-US');
const fixed = (value: number, digits = 1) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mib = (bytes: number) => `${count(bytes / MiB)} MiB`;
const mb = (bytes: number) => `${count(bytes / 1e6)} MB`;

/** Every figure as a table row; the targets are those of issues 5 and 12, printed, never asserted. */
export function targetRows(result: Omit<BenchResult, 'targets'>): TargetRow[] {
  const { unlock, copy, archive, search, qpdf, pdfLib, verify } = result;
  const imported = result.import;
  const exported = result.export;
  // Issue 13's measure: the import keeps files durable, so it is set against a copy made durable.
  const importRatio = imported.mbPerSecond / copy.mbPerSecondWithSync;
  const exportRatio = exported.seconds / qpdf.seconds;
  const slowest = [...search.queries].sort((a, b) => b.p95Ms - a.p95Ms)[0];
  const overTarget = search.queries.filter((query) => query.p95Ms >= 20);
  return [
    { figure: `unlock (Argon2id + open), median of ${unlock.runs.length}`, value: `${fixed(unlock.medianSeconds, 3)} s (${fixed(unlock.minSeconds, 3)}–${fixed(unlock.maxSeconds, 3)})`, target: '< 1 s', met: unlock.medianSeconds < 1 },
    {
      figure: 'import of the practice',
      value:
        `${fixed(imported.mbPerSecond)} MB/s (${mb(imported.bytes)}, ${count(imported.files)} files in ${fixed(imported.seconds)} s; ` +
        `the ${mib(imported.bigFile.bytes)} file ${fixed(imported.bigFile.bytes / 1e6 / imported.bigFile.seconds)} MB/s, ` +
        `the other ${count(imported.otherFiles.files)} in the rest of the time ${fixed(imported.otherFiles.mbPerSecond)} MB/s)`,
    },
    { figure: '`cp -r` of the same files', value: `${fixed(copy.mbPerSecond)} MB/s (${fixed(copy.seconds)} s; with \`sync\` ${fixed(copy.mbPerSecondWithSync)} MB/s); the page cache ${copy.cache} at the start of the copy and of the import` },
    { figure: 'import ÷ (`cp -r` + `sync`)', value: `${fixed(importRatio, 2)}× (÷ cp -r alone: ${fixed(imported.mbPerSecond / copy.mbPerSecond, 2)}×)`, target: '≥ 0.5×', met: importRatio >= 0.5 },
    {
      figure: 'a copy through a program (read, write, fsync; no hash, no cipher), the floor of an import',
      value:
        `${fixed(copy.throughProgram.mbPerSecond)} MB/s (${fixed(copy.throughProgram.seconds)} s): ` +
        `÷ (\`cp -r\` + \`sync\`) ${fixed(copy.throughProgram.mbPerSecond / copy.mbPerSecondWithSync, 2)}×, import ÷ it ${fixed(imported.mbPerSecond / copy.throughProgram.mbPerSecond, 2)}×`,
    },
    { figure: 'check after the import (in the background in the app)', value: `${count(imported.checkAfter.files)} files in ${fixed(imported.checkAfter.seconds)} s` },
    { figure: `extra RSS importing the ${mib(imported.bigFile.bytes)} file`, value: `+${mib(imported.bigFile.extra)} (peak ${mib(imported.bigFile.peak)} over ${mib(imported.bigFile.baseline)})`, target: '< 128 MiB', met: imported.bigFile.extra < 128 * MiB },
    { figure: 'archive import (records only)', value: `${count(archive.events)} events in ${count(archive.cases)} cases, ${fixed(archive.seconds)} s (${count(archive.eventsPerSecond)} events/s)` },
    { figure: 'search p50', value: `${fixed(search.p50Ms, 2)} ms (${count(search.rows)} rows, ${search.queries.length} queries × ${search.runsPerQuery})` },
    { figure: 'search p95', value: `${fixed(search.p95Ms, 2)} ms`, target: '< 20 ms at 100,000 rows', met: search.p95Ms < 20 && search.rows >= 100_000 },
    ...(slowest ? [{ figure: 'slowest query (p95)', value: `"${slowest.query}" ${fixed(slowest.p95Ms, 2)} ms (${count(slowest.matches)} matches)` }] : []),
    { figure: 'queries whose own p95 is ≥ 20 ms', value: overTarget.length === 0 ? 'none' : overTarget.map((query) => `"${query.query}" (${count(query.matches)} matches)`).join(', ') },
    {
      figure: '"Show contents" (plan) of the large case',
      value: `${fixed(result.planning.firstSeconds, 2)} s the first time, ${fixed(result.planning.repeatSeconds, 2)} s again (${count(result.planning.pages)} pages, ${count(result.planning.entries)} entries)`,
      target: '< 1 s once inspections are stored',
      met: result.planning.repeatSeconds < 1,
    },
    { figure: 'export of the large case', value: `${fixed(exported.seconds, 2)} s for ${count(exported.pages)} pages (${count(exported.exhibits)} exhibits, ${count(exported.exhibitPages)} exhibit pages), ${fixed(exported.pagesPerSecond)} pages/s`, target: '< 15 s for ≥ 1,000 pages', met: exported.seconds < 15 && exported.exhibitPages >= 1_000 },
    { figure: 'export phases', value: Object.entries(exported.phaseSeconds).map(([name, seconds]) => `${name} ${fixed(seconds, 2)} s`).join(', ') },
    { figure: '`qpdf --empty --pages` of the same exhibits', value: `${fixed(qpdf.seconds, 2)} s for ${count(qpdf.pages)} pages (${fixed(qpdf.pagesPerSecond)} pages/s)` },
    { figure: 'export ÷ qpdf (time)', value: `${fixed(exportRatio, 2)}×`, target: '≤ 3×', met: exportRatio <= 3 },
    {
      figure: 'pdf-lib merge of the same exhibits (the library floor)',
      value: `${fixed(pdfLib.seconds, 2)} s for ${count(pdfLib.pages)} pages, peak RSS ${mib(pdfLib.memory.peak)}; ÷ qpdf ${fixed(pdfLib.seconds / qpdf.seconds, 2)}×, export ÷ it ${fixed(exported.seconds / pdfLib.seconds, 2)}×`,
    },
    {
      figure: 'export peak RSS',
      value: `${mib(exported.memory.peak + exported.memory.childrenPeak)}: the core ${mib(exported.memory.peak)} (+${mib(exported.memory.extra)} over ${mib(exported.memory.baseline)}), the reader's processes ${mib(exported.memory.childrenPeak)}`,
      target: '< 1 GiB',
      met: exported.memory.peak + exported.memory.childrenPeak < GiB,
    },
    {
      figure: 'the same export with the composer in this process',
      value: `${fixed(result.isolation.inProcessSeconds, 2)} s; isolation costs ${fixed(result.isolation.costShare * 100)} % of the export's time`,
      target: '< 10 %',
      met: result.isolation.costShare < 0.1,
    },
    {
      figure: 'lock while the reader parses a slow file',
      value: `key gone (locked event) after ${count(result.lock.lockedMs)} ms, reader processes ended after ${count(result.lock.readersGoneMs)} ms`,
      target: '< 1 s',
      met: result.lock.lockedMs < 1_000,
    },
    {
      figure: 'rekey of the whole vault',
      value: `${fixed(result.rekey.seconds)} s for ${mb(result.rekey.bytes)} (${fixed(result.rekey.mbPerSecond)} MB/s), peak RSS ${mib(result.rekey.memory.peak)} (+${mib(result.rekey.memory.extra)})`,
    },
    { figure: '`verify` of the whole vault', value: `${fixed(verify.mbPerSecond)} MB/s (${mb(verify.bytes)}, ${count(verify.files)} files in ${fixed(verify.seconds)} s${verify.ok ? '' : ', PROBLEMS FOUND'})` },
    ...(result.mixed ? mixedRows(result.mixed) : []),
    ...(result.ocr ? ocrRows(result.ocr) : []),
  ];
}

/** Issue 13's rows: what the mixed set holds, and its export's peak memory through the reader and in-process. */
function mixedRows({ set, isolated, inProcess }: MixedFigure): TargetRow[] {
  const kinds = Object.entries(set.kinds).map(([kind, { files, bytes }]) => `${kind} ${count(files)} (${mb(bytes)})`).join(', ');
  const together = isolated.memory.peak + isolated.memory.childrenPeak;
  const rises = isolated.readerRises.map((rise) => `${rise.exhibit} +${mib(rise.bytes)}`).join(', ');
  return [
    {
      figure: 'mixed set',
      value: `${count(set.files)} files, ${mb(set.bytes)} (largest ${mb(set.largestBytes)}): ${kinds}${set.skipped.length ? `; skipped: ${set.skipped.join('; ')}` : ''}`,
    },
    {
      figure: 'export peak RSS, mixed set',
      value:
        `${mib(together)}: the core ${mib(isolated.memory.peak)} (+${mib(isolated.memory.extra)} over ${mib(isolated.memory.baseline)}), the reader's processes ${mib(isolated.memory.childrenPeak)} ` +
        `(high-water mark ${mib(isolated.readerHighWater)}); ${count(isolated.pages)} pages in ${fixed(isolated.seconds)} s, ${count(isolated.notReproduced)} exhibits not reproduced`,
      target: '< 1 GiB',
      met: together < GiB,
    },
    { figure: 'where the reader\'s memory rose most, mixed set', value: rises || 'nowhere' },
    {
      figure: 'the same export with the composer in this process',
      value: `peak RSS ${mib(inProcess.memory.peak)} (+${mib(inProcess.memory.extra)} over ${mib(inProcess.memory.baseline)}); ${fixed(inProcess.seconds)} s`,
      target: '< 1 GiB',
      met: inProcess.memory.peak < GiB,
    },
  ];
}

export function markdownTable(header: string[], rows: string[][]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`)].join('\n');
}

export function formatReport(result: BenchResult): string {
  const { practice, machine, bench } = result;
  const totals = practice.totals;
  const lines = [
    '',
    `## Dossier benchmark (${bench.profile}, seed ${bench.seed})`,
    '',
    `Practice: ${count(totals.clients)} clients, ${count(totals.events)} events, ${count(totals.evidence)} evidence files (${mb(totals.bytes)}): ` +
      `${count(totals.pdfs)} PDFs with ${count(totals.pdfPages)} pages (${count(totals.scannedPages)} scanned), ${count(totals.photos)} photos (${count(totals.photoMegapixels)} MP), ` +
      `${count(totals.screenshots)} screenshots, ${count(totals.statements)} statements, one ${mib(practice.bigFileBytes)} file; ` +
      `archive of ${count(practice.archive.cases)} closed cases with ${count(practice.archive.events)} events; ` +
      `large case ${practice.largeCase.reference}: ${count(practice.largeCase.exhibits)} PDF exhibits, ${count(practice.largeCase.exhibitPages)} pages.`,
    '',
    markdownTable(
      ['figure', 'value', 'target', 'met?'],
      result.targets.map((row) => [row.figure, row.value, row.target ?? '', row.met === undefined ? '' : row.met ? 'yes' : '**no**']),
    ),
    '',
    ...(bench.profile === 'quick' ? ['Quick run: the targets are set for the full scale (1 GiB file, 100,000 rows, 1,000 pages); these figures are indicative.', ''] : []),
    `Phases: ${Object.entries(result.phases).map(([phase, seconds]) => `${phase} ${fixed(seconds)} s`).join(', ')}; total ${fixed(bench.totalSeconds)} s` +
      `${practice.cached ? ` (practice from the cache, generated earlier in ${fixed(practice.generationSeconds)} s)` : ''}.`,
    '',
    `Machine: ${machine.cpuModel}, ${machine.cores} cores (${count(machine.cpuBusyAtStart * 100)} % busy before the start), ${fixed(machine.memoryBytes / GiB)} GiB RAM, ${machine.platform} ${machine.arch}, Node ${machine.node}; ` +
      `${Object.entries(machine.libraries).map(([name, version]) => `${name} ${version}`).join(', ')}; ${machine.tools.qpdf}. Command: \`${bench.command}\`.`,
    '',
  ];
  return lines.join('\n');
}

/** Writes bench-<timestamp>.json and latest.json; returns the first one's path. */
export async function writeJsonReport(result: BenchResult, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stamp = result.bench.startedAt.replace(/[:.]/g, '-');
  const file = path.join(dir, `bench-${stamp}.json`);
  const text = `${JSON.stringify(result, null, 2)}\n`;
  await writeFile(file, text);
  await writeFile(path.join(dir, 'latest.json'), text);
  return file;
}
