// The command line's own methods (cli-contract.ts) through the real service and dispatchCli: kept
// out of every list a window is built from, answering a lock, a cancel and a refused file in
// the same words as the window's methods, and doing what the CLI's commands need.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createCoreService } from '../../src/core/service/core-service.js';
import type { ServiceMethod } from '../../src/core/service/service-context.js';
import { startCoreWorker } from '../../src/core/service/worker-host.js';
import { methodNames } from '../../src/shared/channels.js';
import { cliOnlyContract, type CliMethodInput, type CliMethodOutput } from '../../src/shared/cli-contract.js';
import { contract, type AppEvent } from '../../src/shared/contract.js';
import { dispatchCli, type CliHandlers } from '../../src/shared/dispatch.js';
import type { ErrorData, Result } from '../../src/shared/errors.js';
import { CHEAP_ARGON2 } from '../support/core-service.js';
import { PASSPHRASE, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const cliOnlyMethods = Object.keys(cliOnlyContract) as (keyof typeof cliOnlyContract)[];

/** The service as the CLI runs it (no settings folder), with a hook on every event. */
function cliService() {
  const events: AppEvent[] = [];
  let onEvent: ((event: AppEvent) => void) | undefined;
  const service = createCoreService({
    settingsDir: undefined,
    argon2: CHEAP_ARGON2,
    emit: (event) => {
      events.push(event);
      onEvent?.(event);
    },
  });
  onTestFinished(() => service.close());
  const handlers: Pick<CliHandlers, ServiceMethod> = { ...service.handlers, ...service.cliHandlers };
  const call = <M extends ServiceMethod>(method: M, input?: CliMethodInput<M>): Promise<Result<CliMethodOutput<M>>> =>
    dispatchCli(handlers, method, input === undefined ? [] : [input]);
  const value = async <M extends ServiceMethod>(method: M, input?: CliMethodInput<M>): Promise<CliMethodOutput<M>> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method} failed with ${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  const failure = async <M extends ServiceMethod>(method: M, input?: CliMethodInput<M>): Promise<ErrorData> => {
    const result = await call(method, input);
    if (result.ok) throw new Error(`${method} succeeded where it should have failed`);
    return result.error;
  };
  return {
    service,
    events,
    call,
    value,
    failure,
    /** Calls `listener` with every event from now on (undefined: no one). */
    listen(listener: ((event: AppEvent) => void) | undefined) {
      onEvent = listener;
    },
  };
}

/** A new vault, open in a CLI service, and a folder for case files. */
async function openVault() {
  const work = await tempDir();
  const cli = cliService();
  const created = await cli.value('vault.create', { dir: path.join(work, 'vault'), passphrase: PASSPHRASE });
  return { ...cli, work, dir: path.join(work, 'vault'), recoveryKey: created.recoveryKey };
}

describe("the command line's own methods", () => {
  it('are kept out of the window: not in its contract, not in the preload list, not in the handlers the app worker answers', async () => {
    for (const method of cliOnlyMethods) {
      expect(Object.keys(contract)).not.toContain(method);
      expect(methodNames as readonly string[]).not.toContain(method);
    }
    const { service } = cliService();
    expect(Object.keys(service.handlers).filter((method) => method in cliOnlyContract)).toEqual([]);
    expect(Object.keys(service.cliHandlers).sort()).toEqual([...cliOnlyMethods].sort());

    const worker = await startCoreWorker({ settingsDir: path.join(await tempDir(), 'settings'), argon2: CHEAP_ARGON2 });
    onTestFinished(() => worker.close());
    expect(Object.keys(worker.handlers).filter((method) => method in cliOnlyContract)).toEqual([]);
  });

  it('answer a locked vault in the same words as the window’s methods', async () => {
    const { failure } = cliService();
    const windowSays = await failure('cases.list', {});
    expect(windowSays).toEqual({ code: 'VAULT_LOCKED', message: 'The vault is locked. Unlock it to continue.' });
    const file = path.join(await tempDir(), 'case.json');
    expect(await failure('vault.info')).toEqual(windowSays);
    expect(await failure('vault.rawKey')).toEqual(windowSays);
    expect(await failure('vault.verify', { jobId: 'verify-job-1' })).toEqual(windowSays);
    expect(await failure('vault.resetPassphrase', { recoveryKey: 'AAAA', next: 'a new passphrase here' })).toEqual(windowSays);
    expect(await failure('cases.find', { idOrReference: 'CAT-2026-014' })).toEqual(windowSays);
    expect(await failure('cases.importFile', { file, jobId: 'import-job-1' })).toEqual(windowSays);
  });

  it('check their input and their answer against the schema, as the window’s calls are', async () => {
    const { failure } = await openVault();
    expect((await failure('cases.importFile', { file: 'case.json', jobId: 'x' })).code).toBe('INVALID_INPUT');
    expect(await failure('cases.importFile', { file: 'case.json', jobId: 'import-job-2' })).toEqual({
      code: 'INVALID_INPUT',
      message: 'The case file "case.json" was not given with its full location.',
    });
  });

  it('import a CASE.json as a job, with each file’s bytes and its place in the list as progress', async () => {
    const { value, events, work } = await openVault();
    const report = await value('cases.importFile', { file: await writeSampleCase(work), jobId: 'import-job-3' });
    expect(report.imported.map((item) => item.key)).toEqual(['photo', 'order', 'statement']);
    expect(report.refused).toEqual([]);
    const progress = events.filter((event) => event.type === 'progress');
    expect(progress.every((event) => event.jobId === 'import-job-3')).toBe(true);
    // Files are stored a few at once, so their progress interleaves: each file's ends with all its bytes.
    const storing = progress.filter((event) => event.phase === 'storing');
    for (const [index, label] of ['picket.png', 'order.pdf', 'statement.txt'].entries()) {
      const last = storing.filter((event) => event.label === label).at(-1);
      expect(last).toMatchObject({ label, item: { index: index + 1, count: 3 } });
      expect(last!.done).toBe(last!.total);
    }
    // Once the case is in, the command checks its files as the dossier will read them (the statement's type says it all).
    const after = progress.filter((event) => event.phase !== 'storing');
    expect(after.map((event) => [event.phase, event.done, event.total])).toEqual([
      ['recording', 0, 3],
      ['publishing', 0, 3],
      ['inspecting', 1, 2],
      ['inspecting', 2, 2],
    ]);
    // Two files are checked at once, each named as it ends.
    expect(after.slice(2).map((event) => event.label).sort()).toEqual(['order.pdf', 'picket.png']);

    expect(await value('cases.find', { idOrReference: 'CAT-2026-014' })).toEqual({ id: report.caseId });
    expect(await value('cases.find', { idOrReference: report.caseId.slice(0, 6) })).toEqual({ id: report.caseId });
    const detail = await value('cases.get', { id: report.caseId });
    expect(detail.client.fullNameNative).toBe(sampleCase.client.fullNameNative);
  });

  it('stop an import on jobs.cancel with CANCELLED, leaving no case and no file behind', async () => {
    const cli = await openVault();
    cli.listen((event) => {
      if (event.type === 'progress' && event.phase === 'storing') void cli.call('jobs.cancel', { jobId: 'import-job-4' });
    });
    const error = await cli.failure('cases.importFile', { file: await writeSampleCase(cli.work), jobId: 'import-job-4' });
    expect(error).toEqual({ code: 'CANCELLED', message: 'The import was cancelled; nothing was imported.' });
    cli.listen(undefined);
    expect(await cli.value('cases.list', { includeArchived: true })).toEqual([]);
    const verified = await cli.value('vault.verify', { jobId: 'verify-job-4' });
    expect(verified).toMatchObject({ ok: true, files: 0, strayFiles: 0 });
  });

  it('say the vault locked, not that anyone cancelled, when a lock stops an import', async () => {
    const cli = await openVault();
    cli.listen((event) => {
      if (event.type === 'progress' && event.phase === 'storing') cli.service.lock('idle');
    });
    const error = await cli.failure('cases.importFile', { file: await writeSampleCase(cli.work), jobId: 'import-job-5' });
    expect(error).toEqual({ code: 'VAULT_LOCKED', message: 'The vault was locked during the import; nothing was imported.' });
  });

  it('refuse an empty or missing file of a CASE.json with the reason the window gives for the same file', async () => {
    const cli = await openVault();
    await writeFile(path.join(cli.work, 'empty.pdf'), '');
    const doc = { ...sampleCase, evidence: [...sampleCase.evidence, { key: 'empty', file: 'empty.pdf', title: 'Empty', kind: 'other' }, { key: 'gone', file: 'gone.pdf', title: 'Gone', kind: 'other' }] };
    const report = await cli.value('cases.importFile', { file: await writeSampleCase(cli.work, doc as Partial<typeof sampleCase>), jobId: 'import-job-6' });
    const window = await cli.value('evidence.import', {
      caseId: report.caseId,
      files: [path.join(cli.work, 'empty.pdf'), path.join(cli.work, 'gone.pdf')],
      jobId: 'import-job-7',
    });
    expect(report.refused.map(({ file, reason }) => ({ file, reason }))).toEqual(window.refused.map(({ file, reason }) => ({ file, reason })));
    expect(report.refused.map((refused) => refused.reason)).toEqual(['the file is empty', 'file not found']);
  });

  it('verify every file, give the raw key and the vault’s identity', async () => {
    const { value, work, dir } = await openVault();
    await value('cases.importFile', { file: await writeSampleCase(work), jobId: 'import-job-8' });
    const report = await value('vault.verify', { jobId: 'verify-job-8' });
    expect(report).toMatchObject({ ok: true, database: 'ok', files: 3, problems: [], strayFiles: 0 });
    const info = await value('vault.info');
    expect(info).toMatchObject({ dir, database: path.join(dir, 'vault.db') });
    expect(info.vaultId).toMatch(/\S/);
    const raw = await value('vault.rawKey');
    expect(raw.database).toBe(info.database);
    expect(raw.key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reset a forgotten passphrase with the recovery key, and refuse a wrong key without changing anything', async () => {
    const cli = await openVault();
    const wrong = await cli.failure('vault.resetPassphrase', { recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', next: 'another passphrase here' });
    expect(wrong).toEqual({ code: 'WRONG_SECRET', message: 'The recovery key is wrong. The passphrase was not changed.' });
    await cli.value('vault.resetPassphrase', { recoveryKey: cli.recoveryKey, next: 'another passphrase here' });
    await cli.value('vault.lock');
    expect((await cli.failure('vault.unlock', { dir: cli.dir, passphrase: PASSPHRASE })).code).toBe('WRONG_SECRET');
    expect(await cli.value('vault.unlock', { dir: cli.dir, passphrase: 'another passphrase here' })).toMatchObject({ state: 'unlocked' });
  });

  it('export through the window’s dossier.export with the service’s defaults when the CLI names no template or exhibits', async () => {
    const { value, work } = await openVault();
    const { caseId } = await value('cases.importFile', { file: await writeSampleCase(work), jobId: 'import-job-9' });
    const result = await value('dossier.export', { caseId, language: 'en', file: path.join(work, 'dossier.pdf'), overrideBlocks: true, jobId: 'export-job-9' });
    expect(result.template).toBe('un-cat-interim-measures');
    expect(result.language).toBe('en');
    expect(result.exhibits.map((exhibit) => exhibit.originalName)).toEqual(['picket.png', 'order.pdf', 'statement.txt']);
    expect(result.exhibits.every((exhibit) => exhibit.rendered)).toBe(true);
  });
});
