// The core service in its worker thread, driven the way the shell drives it: a real worker, a
// real SQLCipher vault in a temporary folder, real files imported and previewed.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { contract, type AppEvent } from '../../src/shared/contract';
import { DossierError } from '../../src/shared/errors';
import { startCoreWorker, startWorkerThread, type CoreWorker } from '../../src/core/service/worker-host';
import { fixturesDir, PASSPHRASE } from '../support/sample-case';
import { tempDir } from '../support/temp-dir';
import { callWorker } from '../support/worker-call';

const ARGON2 = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };

async function startWorker(startThread?: Parameters<typeof startCoreWorker>[1]): Promise<{ worker: CoreWorker; settingsDir: string; vaultDir: string; events: AppEvent[] }> {
  const dir = await tempDir('dossier-worker-');
  const settingsDir = path.join(dir, 'settings');
  const worker = await startCoreWorker({ settingsDir, argon2: ARGON2 }, startThread);
  onTestFinished(() => worker.close());
  const events: AppEvent[] = [];
  worker.onEvent((event) => events.push(event));
  return { worker, settingsDir, vaultDir: path.join(dir, 'vault'), events };
}


async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('the call should have failed'),
    (error: unknown) => error,
  );
}

describe('the core in a worker thread', () => {
  it('creates, locks and unlocks a vault, and a locked call keeps its VAULT_LOCKED code', async () => {
    const { worker, vaultDir, events } = await startWorker();
    expect(await callWorker(worker, 'vault.status', undefined)).toEqual({ state: 'locked' });

    const refused = await rejection(callWorker(worker, 'clients.list', { includeArchived: false }));
    expect(refused).toBeInstanceOf(DossierError);
    expect(refused).toMatchObject({ code: 'VAULT_LOCKED', message: 'The vault is locked. Unlock it to continue.' });

    const created = await callWorker(worker, 'vault.create', { dir: vaultDir, passphrase: PASSPHRASE });
    expect(created.status).toEqual({ state: 'unlocked', dir: vaultDir, name: 'vault' });
    expect(created.recoveryKey.length).toBeGreaterThan(20);
    expect(await callWorker(worker, 'vault.recent', undefined)).toEqual({ dirs: [vaultDir] });

    worker.lock('suspend');
    await expect.poll(() => events).toContainEqual({ type: 'locked', reason: 'suspend' });
    expect(await callWorker(worker, 'vault.status', undefined)).toEqual({ state: 'locked' });

    const wrong = await rejection(callWorker(worker, 'vault.unlock', { dir: vaultDir, passphrase: 'not the passphrase' }));
    expect(wrong).toMatchObject({ code: 'WRONG_SECRET' });
    expect(await callWorker(worker, 'vault.unlock', { dir: vaultDir, passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked' });
  });

  it('imports a file with progress events and returns its preview bytes intact', async () => {
    const { worker, vaultDir, events } = await startWorker();
    await callWorker(worker, 'vault.create', { dir: vaultDir, passphrase: PASSPHRASE });
    const client = await callWorker(worker, 'clients.create', { fullName: 'Aigerim Sadykova', fullNameNative: 'Әйгерім Садықова' });
    const matter = await callWorker(worker, 'cases.create', { clientId: client.id, case: { title: 'Interim measures', forum: 'un_cat' } });
    const jobId = 'import-0001';
    const result = await callWorker(worker, 'evidence.import', {
      caseId: matter.id,
      files: [path.join(fixturesDir, 'picket.png')],
      jobId,
    });
    expect(result.refused).toEqual([]);
    expect(result.imported).toHaveLength(1);
    expect(events).toContainEqual(expect.objectContaining({ type: 'progress', jobId, phase: 'import', total: 1 }));

    const preview = await callWorker(worker, 'evidence.preview', { id: result.imported[0]!.id, maxPixels: 256 });
    expect(preview.kind).toBe('image');
    if (preview.kind !== 'image') return;
    expect(preview.bytes).toBeInstanceOf(Uint8Array);
    // The PNG signature: the bytes crossed the thread boundary as bytes, not as a JSON array.
    expect([...preview.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(contract['evidence.preview'].output.safeParse(preview).success).toBe(true);
  });

  it('fails the calls a dying worker leaves behind with INTERNAL, and the next call starts a locked core', async () => {
    const threads: Worker[] = [];
    const { worker, vaultDir, events } = await startWorker((options) => {
      const thread = startWorkerThread(options);
      threads.push(thread);
      return thread;
    });
    await callWorker(worker, 'vault.create', { dir: vaultDir, passphrase: PASSPHRASE });
    await callWorker(worker, 'vault.lock', undefined);
    events.length = 0;

    // An unlock derives a key for a while; the thread is stopped under it, as a crash would.
    const pending = callWorker(worker, 'vault.unlock', { dir: vaultDir, passphrase: PASSPHRASE });
    await threads[0]!.terminate();
    const failure = await rejection(pending);
    expect(failure).toBeInstanceOf(DossierError);
    expect(failure).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('vault was locked') });
    // The window hears of it as of any lock, so it drops what it was showing.
    expect(events).toEqual([{ type: 'locked', reason: 'user' }]);

    expect(await callWorker(worker, 'vault.status', undefined)).toEqual({ state: 'locked' });
    expect(threads).toHaveLength(2);
    expect(await callWorker(worker, 'vault.unlock', { dir: vaultDir, passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked' });
  });

  it('never sends the passphrase back across the thread boundary, not even in an error', async () => {
    const received: unknown[] = [];
    const { worker, vaultDir } = await startWorker((options) => {
      const thread = startWorkerThread(options);
      thread.on('message', (message: unknown) => received.push(message));
      return thread;
    });
    const created = await callWorker(worker, 'vault.create', { dir: vaultDir, passphrase: PASSPHRASE });
    await callWorker(worker, 'vault.lock', undefined);
    const wrong = `${PASSPHRASE} but wrong`;
    await rejection(callWorker(worker, 'vault.unlock', { dir: vaultDir, passphrase: wrong }));
    await callWorker(worker, 'vault.unlock', { dir: vaultDir, passphrase: PASSPHRASE });
    await rejection(callWorker(worker, 'vault.changePassphrase', { current: wrong, next: `${PASSPHRASE} next` }));

    const everything = JSON.stringify(received);
    expect(received.length).toBeGreaterThan(5);
    expect(everything).not.toContain(PASSPHRASE);
    // The recovery key leaves once, as vault.create's answer the window shows a single time.
    expect(everything.split(created.recoveryKey)).toHaveLength(2);
  });

  it('takes from its worker only messages the contract allows, and stays up through the rest', async () => {
    // A thread that answers like a broken (or subverted) core: garbage, an event with an extra
    // field and one of no known type, an error with a made-up code quoting a client.
    const misbehaving = `
      const { parentPort } = require('node:worker_threads');
      parentPort.postMessage({ type: 'ready' });
      parentPort.on('message', (message) => {
        if (message.type === 'close') process.exit(0);
        if (message.type !== 'call') return;
        parentPort.postMessage(null);
        parentPort.postMessage('Ivanov Ivan');
        parentPort.postMessage({ type: 'event', event: { type: 'locked', reason: 'idle', passphrase: 'correct horse' } });
        parentPort.postMessage({ type: 'event', event: { type: 'clipboard', text: 'Ivanov Ivan' } });
        if (message.method === 'vault.status') {
          parentPort.postMessage({ type: 'result', id: message.id, result: { ok: false, error: { code: 'LEAK', message: 'Ivanov Ivan' } } });
        } else {
          parentPort.postMessage({ type: 'result', id: message.id, result: { ok: 'yes', value: { dirs: ['/home/Ivanov Ivan'] } } });
        }
      });`;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onTestFinished(() => logged.mockRestore());
    const { worker, events } = await startWorker(() => new Worker(misbehaving, { eval: true }));

    const refused = await rejection(callWorker(worker, 'vault.status', undefined));
    expect(refused).toBeInstanceOf(DossierError);
    expect(refused).toMatchObject({ code: 'INTERNAL', message: 'An unexpected error occurred.' });
    // A malformed answer still settles the call it names, rather than leaving it hanging.
    expect(await rejection(callWorker(worker, 'vault.recent', undefined))).toMatchObject({ code: 'INTERNAL' });

    expect(events).toEqual([{ type: 'locked', reason: 'idle' }, { type: 'locked', reason: 'idle' }]);
    const output = JSON.stringify(logged.mock.calls);
    expect(output).toContain('not valid');
    expect(output).not.toMatch(/Ivanov|correct horse/);
  });

  it('terminates a worker too busy to confirm a lock, and tells the window within 1 s', async () => {
    // A core that speaks the worker protocol but is stuck in a synchronous loop on a call, as one
    // decoding a hostile file beside the key would be: it never reads the lock message.
    const stuck = `
      const { parentPort } = require('node:worker_threads');
      parentPort.postMessage({ type: 'ready' });
      parentPort.on('message', (message) => {
        if (message.type === 'close') process.exit(0);
        if (message.type === 'lock') parentPort.postMessage({ type: 'lockConfirmed' });
        if (message.type === 'call') for (;;) {}
      });`;
    const threads: Worker[] = [];
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onTestFinished(() => logged.mockRestore());
    const { worker, events } = await startWorker(() => {
      const thread = new Worker(stuck, { eval: true });
      threads.push(thread);
      return thread;
    });
    const exited = new Promise<void>((resolve) => threads[0]!.once('exit', () => resolve()));
    const pending = rejection(callWorker(worker, 'vault.status', undefined));
    // The call has reached the thread and the loop has begun once the thread stops answering
    // (a lock sent now would be confirmed if it had not).
    await new Promise((resolve) => setTimeout(resolve, 200));

    const lockedAt = performance.now();
    let heardAt: number | undefined;
    worker.onEvent((event) => {
      if (event.type === 'locked') heardAt ??= performance.now();
    });
    worker.lock('suspend');
    await expect.poll(() => heardAt, { timeout: 10_000 }).toBeDefined();
    expect(heardAt! - lockedAt).toBeLessThan(1_000);
    expect(events).toEqual([{ type: 'locked', reason: 'suspend' }]);
    await exited;
    expect(await pending).toMatchObject({ code: 'VAULT_LOCKED' });
  });

  it('ends a worker too busy to close within 1 s, as a lock would: the app may be quitting because the laptop is taken', async () => {
    const stuck = `
      const { parentPort } = require('node:worker_threads');
      parentPort.postMessage({ type: 'ready' });
      parentPort.on('message', (message) => {
        if (message.type === 'call') for (;;) {}
      });`;
    const threads: Worker[] = [];
    const { worker } = await startWorker(() => {
      const thread = new Worker(stuck, { eval: true });
      threads.push(thread);
      return thread;
    });
    const exited = new Promise<void>((resolve) => threads[0]!.once('exit', () => resolve()));
    void rejection(callWorker(worker, 'vault.status', undefined));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closingAt = performance.now();
    await worker.close();
    await exited;
    expect(performance.now() - closingAt).toBeLessThan(1_000);
  });

  it('closes the vault and the thread, and refuses calls after that', async () => {
    const threads: Worker[] = [];
    const { worker, vaultDir } = await startWorker((options) => {
      const thread = startWorkerThread(options);
      threads.push(thread);
      return thread;
    });
    await callWorker(worker, 'vault.create', { dir: vaultDir, passphrase: PASSPHRASE });
    const exited = new Promise<number>((resolve) => threads[0]!.once('exit', resolve));
    const events: unknown[] = [];
    worker.onEvent((event) => events.push(event));
    await worker.close();
    expect(await exited).toBe(0);
    expect(events).toEqual([]);
    expect(await rejection(callWorker(worker, 'vault.status', undefined))).toMatchObject({ code: 'INTERNAL' });
    expect(threads).toHaveLength(1);
  });
});
