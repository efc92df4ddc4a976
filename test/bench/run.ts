// `npm run bench` (full scale) and `npm run bench -- --quick` (a small practice, under two
// minutes): generates the synthetic practice, imports it into a new vault, and measures unlock,
// import against `cp -r`, memory around the 1 GiB file, search, the export of the large case
// against qpdf, and verify. Results: a table on stdout, JSON in test-artifacts/bench/, progress
// on stderr. Options: --seed N (default 1), --regenerate (ignore the cached practice).
//
// Everything is written under <os.tmpdir()>/dossier-bench/. The practice is cached there between
// runs (see generate-practice.ts); the vault, the copy and the exported PDFs go into a run-*
// folder that is deleted at the end, on failure and on Ctrl-C too.
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Vault } from '../../src/core/vault/vault.js';
import { loadPractice, practiceDir, type Practice } from './generate-practice.js';
import { measureArchiveImport, measureCopy, measureExport, measureImport, measurePdfLibMerge, measurePlanning, measureQpdf, measureSearch, measureUnlock, measureVerify } from './measure.js';
import { measureIsolationCost, measureLockLatency, measureRekey } from './measure-hardening.js';
import { measureMixedExport } from './measure-mixed.js';
import { measureOcr, ocrRows } from './measure-ocr.js';
import { measureRedaction, redactionReport } from './measure-redaction.js';
import { settlePageCache } from './page-cache.js';
import { practiceSizes } from './practice-plan.js';
import { searchQueries } from './practice-text.js';
import { addTextPages, textPageCounts } from './text-pages.js';
import { Progress } from './progress.js';
import { describeMachine, formatReport, markdownTable, measureCpuBusy, targetRows, writeJsonReport, type BenchResult } from './report.js';
import { runCommand, secondsSince } from './sampling.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PASSPHRASE = 'a benchmark passphrase of several words';

const { values: args } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, seed: { type: 'string', default: '1' }, regenerate: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const size = args.quick ? practiceSizes.quick : practiceSizes.full;
const seed = Number(args.seed);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${args.seed}`);

const progress = new Progress();
const cpuBusyAtStart = await measureCpuBusy();
if (cpuBusyAtStart > 0.1) progress.line(`warning: the cores were ${(cpuBusyAtStart * 100).toFixed(0)} % busy before the start; other work on this machine will skew the figures`);
const startedAt = new Date();
const started = performance.now();
const phases: Record<string, number> = {};
async function phase<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  progress.line(`${name}: start`);
  const start = performance.now();
  const value = await work();
  phases[name] = secondsSince(start);
  progress.line(`${name}: ${phases[name].toFixed(1)} s`);
  return value;
}

const benchRoot = path.join(os.tmpdir(), 'dossier-bench');
await mkdir(benchRoot, { recursive: true });
const runDir = await mkdtemp(path.join(benchRoot, 'run-'));
const removeRunDir = () => rmSync(runDir, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    progress.line(`${signal}: removing ${runDir}`);
    removeRunDir();
    process.exit(130);
  });
}

/** The cached practice, or one generated now by generate.ts in a child process (see there why). */
async function cachedOrGeneratedPractice(): Promise<{ practice: Practice; fromCache: boolean }> {
  const cached = args.regenerate ? undefined : await loadPractice(seed, size);
  if (cached) {
    progress.line(`generate: reusing the cached practice in ${cached.root} (generated in ${cached.generationSeconds.toFixed(0)} s)`);
    return { practice: cached, fromCache: true };
  }
  const generator = path.join(repoRoot, 'test', 'bench', 'generate.ts');
  await runCommand(process.execPath, ['--import', 'tsx', generator, `--seed=${seed}`, ...(args.quick ? ['--quick'] : [])], [0], { stderr: 'inherit' });
  const practice = await loadPractice(seed, size);
  if (!practice) throw new Error(`the generator left no complete practice in ${practiceDir(seed, size)}`);
  return { practice, fromCache: false };
}

// `--only ocr`: issue 14's OCR figures alone (accuracy, speed against the tesseract command, memory), without the practice.
if (args.only === 'ocr') {
  try {
    const ocr = await phase('ocr', () => measureOcr(runDir, size.profile, progress));
    const rows = ocrRows(ocr).map((row) => [row.figure, row.value, row.target ?? '', row.met === undefined ? '' : row.met ? 'yes' : '**no**']);
    const machine = describeMachine(repoRoot, cpuBusyAtStart);
    process.stdout.write(
      `\n## Dossier OCR benchmark (${size.profile})\n\n${markdownTable(['figure', 'value', 'target', 'met?'], rows)}\n\n` +
        `${ocr.tesseract}; ${machine.cpuModel}, ${machine.cores} cores (${Math.round(cpuBusyAtStart * 100)} % busy before the start), Node ${machine.node}. ` +
        `Command: \`npm run bench -- ${process.argv.slice(2).join(' ')}\`.\n`,
    );
  } finally {
    removeRunDir();
  }
  process.exit(0);
}

// `--only redaction`: the large case alone, exported under a redaction profile and without one (issue 17).
if (args.only === 'redaction') {
  try {
    const { practice } = await phase('generate', () => cachedOrGeneratedPractice());
    const vault = (await Vault.create(path.join(runDir, 'vault'), PASSPHRASE, { actor: 'bench' })).vault;
    const figure = await phase('redaction', () => measureRedaction(vault, practice, runDir, progress));
    vault.close();
    process.stdout.write(redactionReport(figure, size.profile));
  } finally {
    removeRunDir();
  }
  process.exit(0);
}

try {
  const { practice, fromCache } = await phase('generate', () => cachedOrGeneratedPractice());
  const vaultDir = path.join(runDir, 'vault');
  const exportDir = path.join(runDir, 'export');
  await mkdir(exportDir);

  // The vault gets the default Argon2id parameters: unlock is measured with what users get.
  let vault = await phase('create vault', async () => (await Vault.create(vaultDir, PASSPHRASE, { actor: 'bench' })).vault);
  // cp first, synced, then removed (and a copy through a program, the same): the import starts
  // with no dirty pages of the copies pending.
  const copy = await phase('cp -r', () => measureCopy(practice, path.join(runDir, 'copy')));
  await settlePageCache(practice.clientsDir);
  const imported = await phase('import', () => measureImport(vault, practice, progress));
  // `--only import`: the import against `cp -r` (+ `sync`) alone, for work on the import's speed.
  if (args.only === 'import') {
    vault.close();
    const ratio = (mbPerSecond: number) => (imported.mbPerSecond / mbPerSecond).toFixed(2);
    process.stdout.write(
      `import ${imported.mbPerSecond.toFixed(1)} MB/s (${imported.files} files in ${imported.seconds.toFixed(1)} s; the big file ${(imported.bigFile.bytes / 1e6 / imported.bigFile.seconds).toFixed(1)} MB/s, ` +
        `the others in the rest of the time ${imported.otherFiles.mbPerSecond.toFixed(1)} MB/s; extra RSS ${(imported.bigFile.extra / 2 ** 20).toFixed(0)} MiB)\n` +
        `page cache at the start of each: ${copy.cache}\n` +
        `cp -r ${copy.seconds.toFixed(1)} s + sync ${copy.syncSeconds.toFixed(1)} s\nimport ÷ cp -r: ${ratio(copy.mbPerSecond)}×, ÷ cp + sync: ${ratio(copy.mbPerSecondWithSync)}×\n` +
        `a copy through a program (read, write, fsync; no hash, no cipher) ${copy.throughProgram.seconds.toFixed(1)} s: ÷ cp + sync ${(copy.throughProgram.mbPerSecond / copy.mbPerSecondWithSync).toFixed(2)}×, import ÷ it ${ratio(copy.throughProgram.mbPerSecond)}×\n` +
        `check after the import (in the background in the app): ${imported.checkAfter.files} files in ${imported.checkAfter.seconds.toFixed(1)} s\n`,
    );
    removeRunDir();
    process.exit(0);
  }
  const archive = await phase('archive import', () => measureArchiveImport(vault, practice, progress));
  const textPages = await phase('text pages', () => addTextPages(vault.db, textPageCounts[size.profile], seed, progress));
  vault.close();

  const unlock = await phase('unlock', () => measureUnlock(vaultDir, PASSPHRASE, 5, progress));
  vault = await Vault.open(vaultDir, { passphrase: PASSPHRASE }, { actor: 'bench' });
  const search = await phase('search', () => measureSearch(vault.db, searchQueries, args.quick ? 10 : 30, progress));
  // `--only search`: search over the records and the files' text (issue 14) alone, each query's figures.
  if (args.only === 'search') {
    vault.close();
    const rows = search.queries.map((q) => [`\`${q.query}\``, q.note, String(q.matches), q.p50Ms.toFixed(2), q.p95Ms.toFixed(2), q.maxMs.toFixed(2)]);
    process.stdout.write(
      `\n## Dossier search benchmark (${size.profile})\n\n${search.rows} records and ${search.pages} pages of file text (${textPages.files} files, ` +
        `${(textPages.characters / 1e6).toFixed(1)} M characters); ${search.runsPerQuery} runs per query after a warm-up.\n\n` +
        `${markdownTable(['query', 'what it tests', 'matches', 'p50 ms', 'p95 ms', 'max ms'], rows)}\n\n` +
        `All queries pooled: p50 ${search.p50Ms.toFixed(2)} ms, p95 ${search.p95Ms.toFixed(2)} ms (target < 20 ms), max ${search.maxMs.toFixed(2)} ms.\n`,
    );
    removeRunDir();
    process.exit(0);
  }
  const qpdf = await phase('qpdf', () => measureQpdf(practice.largeCase.exhibitFiles, path.join(exportDir, 'qpdf-merge.pdf')));
  const pdfLib = await phase('pdf-lib merge', () =>
    measurePdfLibMerge(practice.largeCase.exhibitFiles, path.join(exportDir, 'pdf-lib-merge.pdf'), progress),
  );
  const planning = await phase('plan', () => measurePlanning(vault, imported.largeCaseId));
  const exported = await phase('export', () => measureExport(vault, imported.largeCaseId, path.join(exportDir, 'dossier.pdf'), practice, progress));
  const isolation = await phase('export in-process', () =>
    measureIsolationCost(vault, imported.largeCaseId, path.join(exportDir, 'dossier-in-process.pdf'), exported.seconds, progress),
  );
  const verify = await phase('verify', () => measureVerify(vault, progress));
  const rekey = await phase('rekey', () => measureRekey(vault, PASSPHRASE, verify.bytes, progress));
  vault.close();
  const lock = await phase('lock', async () => {
    const dir = path.join(runDir, 'lock');
    await mkdir(dir);
    return measureLockLatency(dir, PASSPHRASE);
  });
  const mixed = await phase('mixed set', () => measureMixedExport(path.join(runDir, 'mixed'), size.profile, progress));
  const ocr = await phase('ocr', async () => {
    const dir = path.join(runDir, 'ocr');
    await mkdir(dir);
    return measureOcr(dir, size.profile, progress);
  });

  const { caseIds: _caseIds, largeCaseId: _largeCaseId, ...importFigures } = imported;
  const withoutTargets: Omit<BenchResult, 'targets'> = {
    bench: {
      profile: size.profile,
      seed,
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      totalSeconds: secondsSince(started),
    },
    machine: describeMachine(repoRoot, cpuBusyAtStart),
    practice: {
      root: practice.root,
      cached: fromCache,
      generationSeconds: practice.generationSeconds,
      totals: practice.totals,
      archive: { cases: practice.archive.cases, events: practice.archive.events },
      largeCase: { reference: practice.largeCase.reference, exhibits: practice.largeCase.exhibitFiles.length, exhibitPages: practice.largeCase.exhibitPages, scannedPages: practice.largeCase.scannedPages },
      bigFileBytes: practice.bigFile.bytes,
    },
    phases,
    unlock,
    copy,
    import: importFigures,
    archive,
    search,
    planning,
    export: exported,
    qpdf,
    pdfLib,
    verify,
    lock,
    isolation,
    rekey,
    mixed,
    ocr,
  };
  const result: BenchResult = { ...withoutTargets, targets: targetRows(withoutTargets) };
  const jsonFile = await writeJsonReport(result, path.join(repoRoot, 'test-artifacts', 'bench'));
  process.stdout.write(formatReport(result));
  progress.line(`results: ${path.relative(repoRoot, jsonFile)} and test-artifacts/bench/latest.json`);
  progress.line(`the generated practice stays cached in ${practice.root}; delete it to reclaim the disk space`);
} finally {
  removeRunDir();
}
