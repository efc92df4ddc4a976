// The figures issue 12 asks of the hardening: how fast a lock drops the key while the exhibit
// reader is busy on a slow file, what running the export in the isolated reader costs against
// running the same composer in this process, and how long renewing the vault key takes.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportDossier, planDossier } from '../../src/core/dossier/export-dossier.js';
import { startCoreWorker } from '../../src/core/service/worker-host.js';
import type { Vault } from '../../src/core/vault/vault.js';
import type { AppEvent } from '../../src/shared/contract.js';
import { objectBombPdf } from '../core/isolation-hostile-files.js';
import { inProcessReader } from '../support/in-process-reader.js';
import { isAlive, watchedLauncher } from '../support/reader-processes.js';
import { callWorker } from '../support/worker-call.js';
import { RssSampler, secondsSince, type RssPeak } from './sampling.js';
import type { Progress } from './progress.js';

export interface LockFigure {
  /** From lock() to the window's 'locked' event: the key is gone by then. */
  lockedMs: number;
  /** From lock() until every reader process has ended. */
  readersGoneMs: number;
}

/**
 * The app's core (a worker thread, readers started through the relay as in the app) imports a
 * PDF built to keep the reader parsing for seconds; the lock comes while it parses.
 */
export async function measureLockLatency(dir: string, passphrase: string): Promise<LockFigure> {
  const { launcher, processes } = watchedLauncher();
  const worker = await startCoreWorker({ settingsDir: path.join(dir, 'settings') }, undefined, launcher);
  try {
    const events: { event: AppEvent; at: number }[] = [];
    worker.onEvent((event) => events.push({ event, at: performance.now() }));
    await callWorker(worker, 'vault.create', { dir: path.join(dir, 'vault'), passphrase });
    const client = await callWorker(worker, 'clients.create', { fullName: 'Bench Lock' });
    const matter = await callWorker(worker, 'cases.create', { clientId: client.id, case: { title: 'Lock latency', forum: 'un_cat' } });
    const slow = path.join(dir, 'slow.pdf');
    await writeFile(slow, objectBombPdf(3_000_000));
    const importing = callWorker(worker, 'evidence.import', { caseId: matter.id, files: [slow], jobId: 'bench-lock' }).catch(() => undefined);
    // Stored, then parsing: the reader is busy once the import's progress has been reported.
    while (!events.some(({ event }) => event.type === 'progress')) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const lockAt = performance.now();
    worker.lock('user');
    while (!events.some(({ event }) => event.type === 'locked')) await new Promise((resolve) => setTimeout(resolve, 1));
    const lockedMs = events.find(({ event }) => event.type === 'locked')!.at - lockAt;
    while (processes.some((started) => started.pid !== undefined && isAlive(started.pid))) await new Promise((resolve) => setTimeout(resolve, 1));
    const readersGoneMs = performance.now() - lockAt;
    await importing;
    return { lockedMs, readersGoneMs };
  } finally {
    await worker.close();
  }
}

export interface IsolationFigure {
  /** The same export with the composer in this process: what isolation is measured against. */
  inProcessSeconds: number;
  /** (isolated − in-process) ÷ isolated, with the isolated export's time from the export figure. */
  costShare: number;
}

export async function measureIsolationCost(vault: Vault, caseId: string, outFile: string, isolatedSeconds: number, progress: Progress): Promise<IsolationFigure> {
  const reader = inProcessReader();
  // The isolated export ran after two plans in its reader: the composer's code and fonts were
  // warm there. The same here, so the difference is the process boundary alone.
  await planDossier(vault, caseId, { today: '2026-01-15', reader });
  const start = performance.now();
  await exportDossier(vault, caseId, outFile, {
    today: '2026-01-15',
    reader,
    onProgress: (event) => progress.every(`export in-process: ${event.phase} ${event.done}/${event.total}`),
  });
  const inProcessSeconds = secondsSince(start);
  return { inProcessSeconds, costShare: (isolatedSeconds - inProcessSeconds) / isolatedSeconds };
}

export interface RekeyFigure {
  bytes: number;
  seconds: number;
  mbPerSecond: number;
  memory: RssPeak;
}

/** Renews the key of the whole benchmark vault: every file re-encrypted, the database copied under the new key. */
export async function measureRekey(vault: Vault, passphrase: string, bytes: number, progress: Progress): Promise<RekeyFigure> {
  const sampler = new RssSampler(10);
  const start = performance.now();
  await vault.rekey(passphrase, { onProgress: (step) => progress.every(`rekey: ${step.stage} ${step.done}/${step.total}`) });
  const seconds = secondsSince(start);
  return { bytes, seconds, mbPerSecond: bytes / 1e6 / seconds, memory: sampler.stop() };
}
