// Issue 13's memory figure: the export of the mixed set (mixed-set.ts), whose exhibits are every
// kind a practice receives, must stay under 1 GiB of resident memory, the measuring process and
// the exhibit reader's processes together, however many exhibits there are: one exhibit's
// decoding plus a fixed overhead. Measured through the reader's processes, as the app exports,
// and again with the composer in this process.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspectPendingFiles } from '../../src/core/evidence/inspect-pending.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { exportDossier, type ExportProgress } from '../../src/core/dossier/export-dossier.js';
import type { ExhibitReader } from '../../src/core/isolation/exhibit-reader.js';
import { sharedNodeReader } from '../../src/core/isolation/shared-reader.js';
import { Vault } from '../../src/core/vault/vault.js';
import { inProcessReader } from '../support/in-process-reader.js';
import { generateMixedSetCommand, loadMixedSet, type MixedProfile, type MixedSet } from './mixed-set.js';
import type { Progress } from './progress.js';
import { RssSampler, runCommand, secondsSince, type RssPeak } from './sampling.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface MixedExportRun {
  seconds: number;
  pages: number;
  bytes: number;
  /** Exhibits shown only by their separator page (a damaged file, a type the dossier cannot place). */
  notReproduced: number;
  warnings: number;
  memory: RssPeak;
  /** The reader process's own high-water mark (VmHWM), read before it ends; 0 in-process or off Linux. */
  readerHighWater: number;
  /**
   * The exhibits over which the reader's resident memory rose most (from the start of one to the
   * start of the next, sampled there only), largest first: where memory goes.
   */
  readerRises: { exhibit: string; bytes: number }[];
}

export interface MixedFigure {
  set: Pick<MixedSet, 'profile' | 'files' | 'bytes' | 'largestBytes' | 'kinds' | 'corpus' | 'skipped'> & { cached: boolean };
  importSeconds: number;
  refused: number;
  isolated: MixedExportRun;
  inProcess: MixedExportRun;
}

async function cachedOrGeneratedSet(profile: MixedProfile, progress: Progress): Promise<{ set: MixedSet; cached: boolean }> {
  const cached = await loadMixedSet(profile);
  if (cached) {
    progress.line(`mixed set: reusing ${cached.root}`);
    return { set: cached, cached: true };
  }
  await runCommand(process.execPath, generateMixedSetCommand(repoRoot, profile), [0], { stderr: 'inherit' });
  const set = await loadMixedSet(profile);
  if (!set) throw new Error('the mixed-set generator left no complete set');
  return { set, cached: false };
}

/** Pids of this process's children (the reader's processes). */
function childPids(): number[] {
  try {
    return readdirSync('/proc/self/task').flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/** One field of /proc/<pid>/status in bytes (VmRSS, VmHWM); 0 when the process is gone or there is no /proc. */
function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const kib = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1];
    return kib === undefined ? 0 : Number(kib) * 1024;
  } catch {
    return 0;
  }
}

async function exportOnce(vault: Vault, caseId: string, outFile: string, reader: ExhibitReader, progress: Progress, label: string): Promise<MixedExportRun> {
  const rises: { exhibit: string; bytes: number }[] = [];
  let current: { exhibit: string; rss: number } | undefined;
  const onProgress = (event: ExportProgress) => {
    progress.every(`${label}: ${event.phase} ${event.done}/${event.total}`);
    const rss = childPids().reduce((sum, pid) => sum + statusBytes(pid, 'VmRSS'), 0);
    if (current) rises.push({ exhibit: current.exhibit, bytes: rss - current.rss });
    current = event.phase === 'exhibits' ? { exhibit: event.exhibit ?? '', rss } : undefined;
  };
  const sampler = new RssSampler(10);
  const start = performance.now();
  const result = await exportDossier(vault, caseId, outFile, { today: '2026-01-15', reader, onProgress });
  const seconds = secondsSince(start);
  // The reader processes are idle now, not yet ended: their high-water marks are the export's.
  const readerHighWater = childPids().reduce((sum, pid) => sum + statusBytes(pid, 'VmHWM'), 0);
  const memory = sampler.stop();
  return {
    seconds,
    pages: result.pages,
    bytes: result.bytes,
    notReproduced: result.exhibits.filter((exhibit) => !exhibit.rendered).length,
    warnings: result.warnings.length,
    memory,
    readerHighWater,
    readerRises: rises.sort((a, b) => b.bytes - a.bytes).slice(0, 5).filter((rise) => rise.bytes > 0),
  };
}

/** Imports the mixed set into a vault of its own in `dir` and exports it twice: through the reader's processes, then in this process. */
export async function measureMixedExport(dir: string, profile: MixedProfile, progress: Progress): Promise<MixedFigure> {
  await mkdir(dir, { recursive: true });
  const { set, cached } = await cachedOrGeneratedSet(profile, progress);
  for (const skipped of set.skipped) progress.line(`mixed set: skipped ${skipped}`);
  // The vault's key is not what is measured here: a light Argon2id.
  const { vault } = await Vault.create(path.join(dir, 'vault'), 'a benchmark passphrase of several words', { actor: 'bench', argon2: { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 } });
  try {
    let start = performance.now();
    const report = await importCase(vault, set.caseJson);
    // As `dossier import` and the app leave a case before its export: its files checked (inspected).
    const shared = sharedNodeReader();
    await inspectPendingFiles(vault, shared, report.caseId);
    const importSeconds = secondsSince(start);
    for (const file of report.refused) progress.line(`mixed set: refused ${file.file}: ${file.reason}`);
    // Idle reader processes of earlier phases would count as children: end them, so the export starts its own.
    shared.stopAll();
    const isolated = await exportOnce(vault, report.caseId, path.join(dir, 'mixed.pdf'), shared, progress, 'mixed export');
    shared.stopAll();
    start = performance.now();
    const inProcess = await exportOnce(vault, report.caseId, path.join(dir, 'mixed-in-process.pdf'), inProcessReader(), progress, 'mixed export in-process');
    progress.line(`mixed export: ${secondsSince(start).toFixed(1)} s in-process`);
    const { profile: setProfile, files, bytes, largestBytes, kinds, corpus, skipped } = set;
    return { set: { profile: setProfile, files, bytes, largestBytes, kinds, corpus, skipped, cached }, importSeconds, refused: report.refused.length, isolated, inProcess };
  } finally {
    vault.close();
  }
}
