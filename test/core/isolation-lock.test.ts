// Finding 3: a lock is a guarantee, not a request. A lock drops the key within a second whatever
// the core is doing (here: a real import whose file keeps the reader busy), and no job, however
// long, holds off the inactivity lock past its documented bound.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { nodeReaderLauncher } from '../../src/core/isolation/node-launcher.js';
import type { ReaderLauncher, ReaderProcess } from '../../src/core/isolation/reader-launcher.js';
import { maxJobGraceMinutes } from '../../src/core/service/core-service.js';
import { JobRegistry, type CoreMethod } from '../../src/core/service/service-context.js';
import { startCoreWorker, type CoreWorker } from '../../src/core/service/worker-host.js';
import { contract, type AppEvent, type MethodInput, type MethodOutput } from '../../src/shared/contract.js';
import { CHEAP_ARGON2, startService } from '../support/core-service.js';
import { PASSPHRASE } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { objectBombPdf } from './isolation-hostile-files.js';

async function call<M extends CoreMethod>(worker: CoreWorker, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const handler = worker.handlers[method] as (input: unknown) => Promise<MethodOutput<M>>;
  return handler(contract[method].input.parse(input));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('a lock that always holds', () => {
  it('locks within 1 s while an import keeps the reader busy on a slow file, and kills the reader', async () => {
    const dir = await tempDir('dossier-lock-');
    const processes: ReaderProcess[] = [];
    const node = nodeReaderLauncher();
    const launcher: ReaderLauncher = {
      launch(options) {
        const started = node.launch(options);
        processes.push(started);
        return started;
      },
    };
    const worker = await startCoreWorker({ settingsDir: path.join(dir, 'settings'), argon2: CHEAP_ARGON2 }, undefined, launcher);
    onTestFinished(() => worker.close());
    const events: { event: AppEvent; at: number }[] = [];
    worker.onEvent((event) => events.push({ event, at: performance.now() }));

    await call(worker, 'vault.create', { dir: path.join(dir, 'vault'), passphrase: PASSPHRASE });
    const client = await call(worker, 'clients.create', { fullName: 'Dana Seitkali' });
    const matter = await call(worker, 'cases.create', { clientId: client.id, case: { title: 'Interim measures', forum: 'un_cat' } });
    const slow = path.join(dir, 'statement.pdf');
    await writeFile(slow, objectBombPdf(3_000_000));

    const importing = call(worker, 'evidence.import', { caseId: matter.id, files: [slow], jobId: 'slow-import' }).catch((error: unknown) => error);
    await expect.poll(() => events.some(({ event }) => event.type === 'progress'), { timeout: 30_000 }).toBe(true);
    // The file is stored and being parsed once a second reader process exists (type first, then the inspection) or the first has run a while.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const lockedAt = performance.now();
    worker.lock('user');
    await expect.poll(() => events.find(({ event }) => event.type === 'locked'), { timeout: 20_000 }).toBeDefined();
    const locked = events.find(({ event }) => event.type === 'locked')!;
    expect(locked.at - lockedAt).toBeLessThan(1_000);

    expect(await importing).toMatchObject({ code: 'VAULT_LOCKED' });
    expect(await call(worker, 'vault.status', undefined)).toMatchObject({ state: 'locked' });
    expect(processes.length).toBeGreaterThan(0);
    for (const started of processes) await expect.poll(() => isAlive(started.pid!)).toBe(false);
  });

  it(`lets a job that never ends hold off the inactivity lock by ${maxJobGraceMinutes} minutes at most`, async () => {
    const minuteMs = 20;
    const jobs = new JobRegistry();
    const { value, events } = await startService({ autoLockMinuteMs: minuteMs, jobs });
    await value('vault.create', { dir: path.join(await tempDir('dossier-idle-'), 'vault'), passphrase: PASSPHRASE });
    // A job as a hostile import would leave it: registered, never ended.
    jobs.start('never-ends');

    // 10 minutes of inactivity (the default) plus the grace, in test minutes, with room to spare.
    await expect.poll(() => events, { timeout: (10 + maxJobGraceMinutes) * minuteMs + 10_000 }).toContainEqual({ type: 'locked', reason: 'idle' });
    expect(jobs.busy).toBe(true);
    expect(await value('vault.status')).toMatchObject({ state: 'locked' });
  });
});
