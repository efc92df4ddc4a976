// Finding 3: a lock is a guarantee, not a request. A lock drops the key within a second whatever
// the core is doing (here: a real import whose file keeps the reader busy), and no job, however
// long, holds off the inactivity lock past its documented bound.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { maxJobGraceMinutes } from '../../src/core/service/core-service.js';
import { JobRegistry } from '../../src/core/service/service-context.js';
import { startCoreWorker } from '../../src/core/service/worker-host.js';
import type { AppEvent } from '../../src/shared/contract.js';
import { CHEAP_ARGON2, startService } from '../support/core-service.js';
import { isAlive, watchedLauncher } from '../support/reader-processes.js';
import { callWorker } from '../support/worker-call.js';
import { PASSPHRASE } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { objectBombPdf } from './isolation-hostile-files.js';

describe('a lock that always holds', () => {
  it('locks within 1 s while the check after an import keeps the reader busy on a slow file, and kills the reader', async () => {
    const dir = await tempDir('dossier-lock-');
    const { launcher, processes } = watchedLauncher();
    const worker = await startCoreWorker({ settingsDir: path.join(dir, 'settings'), argon2: CHEAP_ARGON2 }, undefined, launcher);
    onTestFinished(() => worker.close());
    const events: { event: AppEvent; at: number }[] = [];
    worker.onEvent((event) => events.push({ event, at: performance.now() }));

    await callWorker(worker, 'vault.create', { dir: path.join(dir, 'vault'), passphrase: PASSPHRASE });
    const client = await callWorker(worker, 'clients.create', { fullName: 'Dana Seitkali' });
    const matter = await callWorker(worker, 'cases.create', { clientId: client.id, case: { title: 'Interim measures', forum: 'un_cat' } });
    const slow = path.join(dir, 'statement.pdf');
    await writeFile(slow, objectBombPdf(3_000_000));

    // The import stores the file; the check that follows parses it, in the reader, for far longer than this test waits.
    const imported = await callWorker(worker, 'evidence.import', { caseId: matter.id, files: [slow], jobId: 'slow-import' });
    expect(imported.imported.map((item) => item.originalName)).toEqual(['statement.pdf']);
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const lockedAt = performance.now();
    worker.lock('user');
    await expect.poll(() => events.find(({ event }) => event.type === 'locked'), { timeout: 20_000 }).toBeDefined();
    const locked = events.find(({ event }) => event.type === 'locked')!;
    expect(locked.at - lockedAt).toBeLessThan(1_000);

    expect(await callWorker(worker, 'vault.status', undefined)).toMatchObject({ state: 'locked' });
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
