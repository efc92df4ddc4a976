// The command line goes through the core service, so a cancelled job, a locked vault and a
// refused file read the same as they do from the service the window calls: the same code, the
// same words. Ctrl-C cancels a running import through jobs.cancel and SIGTERM locks the vault;
// either way nothing is half-written and the exit code is the signal's, as a shell expects.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createCoreService } from '../../src/core/service/core-service.js';
import type { ServiceMethod } from '../../src/core/service/service-context.js';
import { listCases } from '../../src/core/records/cases.js';
import { Vault } from '../../src/core/vault/vault.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import type { CliMethodInput, CliMethodOutput } from '../../src/shared/cli-contract.js';
import type { AppEvent } from '../../src/shared/contract.js';
import { dispatchCli, type CliHandlers } from '../../src/shared/dispatch.js';
import type { Result } from '../../src/shared/errors.js';
import { startCli } from '../support/cli.js';
import { CHEAP_ARGON2 } from '../support/core-service.js';
import { PASSPHRASE, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const env = { DOSSIER_PASSPHRASE: PASSPHRASE, DOSSIER_NEW_PASSPHRASE: undefined, DOSSIER_RECOVERY_KEY: undefined };

/** A vault and a CASE.json whose one file is large enough that storing it takes a while. */
async function slowImport(): Promise<{ dir: string; caseFile: string }> {
  const work = await tempDir();
  const dir = path.join(work, 'vault');
  (await Vault.create(dir, PASSPHRASE, { argon2: CHEAP_ARGON2 })).vault.close();
  await writeFile(path.join(work, 'recording.bin'), Buffer.alloc(160 * 1024 * 1024, 0x5a));
  const caseFile = path.join(work, 'CASE.json');
  await writeFile(
    caseFile,
    JSON.stringify({
      client: { fullName: 'Aibek Nurlanov' },
      case: { title: 'Extradition to Kazakhstan', forum: 'un_cat', reference: 'SIG-1' },
      evidence: [{ key: 'recording', file: 'recording.bin', title: 'Recording of the interrogation', kind: 'other' }],
    }),
  );
  return { dir, caseFile };
}

type CoreService = ReturnType<typeof createCoreService>;
type Call = <M extends ServiceMethod>(method: M, input?: CliMethodInput<M>) => Promise<Result<CliMethodOutput<M>>>;

/** The service in this process, as the CLI builds it, with the vault open and a hook on its events. */
async function serviceOn(dir: string, onEvent: (event: AppEvent, call: Call, service: CoreService) => void): Promise<Call> {
  const service: CoreService = createCoreService({ settingsDir: undefined, argon2: CHEAP_ARGON2, emit: (event) => onEvent(event, call, service) });
  onTestFinished(() => service.close());
  const handlers: Pick<CliHandlers, ServiceMethod> = { ...service.handlers, ...service.cliHandlers };
  const call: Call = (method, input) => dispatchCli(handlers, method, input === undefined ? [] : [input]);
  expect((await call('vault.unlock', { dir, passphrase: PASSPHRASE })).ok).toBe(true);
  return call;
}

/** Runs `dossier import --json --progress` and sends `signal` at its first line of storing progress. */
async function importStoppedBy(signal: NodeJS.Signals, dir: string, caseFile: string) {
  let sent = false;
  const run = startCli(['import', dir, caseFile, '--json', '--progress'], {
    env,
    onStderrLine: (line, child) => {
      if (!sent && line.startsWith('progress: storing 1/1 recording.bin')) {
        sent = true;
        child.kill(signal);
      }
    },
  });
  const result = await run.done;
  expect(sent, result.stderr).toBe(true);
  return result;
}

/** Nothing of the stopped import is in the vault: no case, no file, and it verifies clean. */
async function expectUntouched(dir: string): Promise<void> {
  const vault = await Vault.open(dir, { passphrase: PASSPHRASE });
  try {
    expect(listCases(vault.db)).toEqual([]);
    expect(await verifyVault(vault)).toMatchObject({ ok: true, files: 0, strayFiles: 0 });
  } finally {
    vault.close();
  }
}

describe('the command line through the service', () => {
  it('Ctrl-C cancels a running import through jobs.cancel: exit 130, the service’s CANCELLED in its words, nothing kept', async () => {
    const { dir, caseFile } = await slowImport();
    const call = await serviceOn(dir, (event, callService) => {
      if (event.type === 'progress' && event.phase === 'storing') void callService('jobs.cancel', { jobId: event.jobId });
    });
    const fromService = await call('cases.importFile', { file: caseFile, jobId: 'import-job-1' });
    expect(fromService.ok).toBe(false);
    await call('vault.lock');

    const result = await importStoppedBy('SIGINT', dir, caseFile);
    expect({ code: result.code, signal: result.signal }).toEqual({ code: 130, signal: null });
    expect(JSON.parse(result.stdout)).toEqual({ error: (fromService as Extract<typeof fromService, { ok: false }>).error });
    expect(JSON.parse(result.stdout).error).toEqual({ code: 'CANCELLED', message: 'The import was cancelled; nothing was imported.' });
    expect(result.stderr).toContain('dossier: The import was cancelled; nothing was imported.\n');
    await expectUntouched(dir);
  }, 180_000);

  it('SIGTERM locks the vault during an import: exit 143 and the service’s VAULT_LOCKED, as a lock reads in the window', async () => {
    const { dir, caseFile } = await slowImport();
    const call = await serviceOn(dir, (event, _call, service) => {
      if (event.type === 'progress' && event.phase === 'storing') service.lock('suspend');
    });
    const fromService = await call('cases.importFile', { file: caseFile, jobId: 'import-job-2' });
    expect(fromService).toEqual({ ok: false, error: { code: 'VAULT_LOCKED', message: 'The vault was locked during the import; nothing was imported.' } });

    const result = await importStoppedBy('SIGTERM', dir, caseFile);
    expect({ code: result.code, signal: result.signal }).toEqual({ code: 143, signal: null });
    expect(JSON.parse(result.stdout)).toEqual({ error: (fromService as Extract<typeof fromService, { ok: false }>).error });
    await expectUntouched(dir);
  }, 180_000);

  it('names a refused file with the reason the window’s import gives for the same file', async () => {
    const work = await tempDir();
    const dir = path.join(work, 'vault');
    (await Vault.create(dir, PASSPHRASE, { argon2: CHEAP_ARGON2 })).vault.close();
    await writeFile(path.join(work, 'blank.pdf'), '');
    const caseFile = await writeSampleCase(work, { evidence: [...sampleCase.evidence, { key: 'blank', file: 'blank.pdf', title: 'Blank scan', kind: 'other' }] } as Partial<typeof sampleCase>);

    const result = await startCli(['import', dir, caseFile, '--json'], { env }).done;
    expect(result.code, result.stderr).toBe(3);
    const report = JSON.parse(result.stdout) as CliMethodOutput<'cases.importFile'>;

    const call = await serviceOn(dir, () => undefined);
    const fromWindow = await call('evidence.import', { caseId: report.caseId, files: [path.join(work, 'blank.pdf')], jobId: 'import-job-3' });
    if (!fromWindow.ok) throw new Error(fromWindow.error.message);
    expect(report.refused.map(({ file, reason }) => ({ file, reason }))).toEqual(fromWindow.value.refused.map(({ file, reason }) => ({ file, reason })));
    expect(result.stderr).toContain(`refused: blank.pdf: ${fromWindow.value.refused[0]!.reason}\n`);
  }, 180_000);
});
