// A ServiceContext over a real test vault, as core-service.ts builds one, and a way to call a
// group of handlers through the real dispatch, so every answer is checked against the contract's
// output schema exactly as the window would receive it.
import { onTestFinished } from 'vitest';
import type { AppEvent, MethodName, MethodInput, MethodOutput } from '../../src/shared/contract.js';
import { dispatch, type Handlers } from '../../src/shared/dispatch.js';
import { DossierError, type ErrorData } from '../../src/shared/errors.js';
import { JobRegistry, type ServiceContext } from '../../src/core/service/service-context.js';
import type { Vault } from '../../src/core/vault/vault.js';
import { fixturesDir } from '../support/sample-case.js';
import { newVault } from '../support/vault.js';
import { sharedNodeReader } from '../../src/core/isolation/shared-reader.js';
import { evidenceHandlers } from '../../src/core/service/evidence-handlers.js';
import { FileChecks } from '../../src/core/service/file-checks.js';

export { fixturesDir };

export interface Harness {
  vault: Vault;
  /** The vault's folder, to open it again after a lock. */
  dir: string;
  ctx: ServiceContext;
  jobs: JobRegistry;
  /** Every event the core sent, in order. */
  events: AppEvent[];
  /** Called with each event as it is sent (to cancel mid-job, say). */
  onEvent: ((event: AppEvent) => void) | undefined;
  /** Locks the vault as the service does: jobs cancelled, key dropped. */
  lock(): void;
}

export async function harness(): Promise<Harness> {
  const { vault, dir } = await newVault();
  onTestFinished(() => vault.close());
  let open: Vault | undefined = vault;
  const jobs = new JobRegistry();
  const h: Harness = {
    vault,
    dir,
    jobs,
    events: [],
    onEvent: undefined,
    ctx: {
      vault() {
        if (!open) throw new DossierError('VAULT_LOCKED', 'The vault is locked.');
        return open;
      },
      emit(event) {
        h.events.push(event);
        h.onEvent?.(event);
      },
      startJob: (jobId) => jobs.start(jobId),
      endJob: (jobId) => jobs.end(jobId),
      reader: sharedNodeReader(),
    },
    lock() {
      jobs.cancelAll();
      open = undefined;
      vault.close();
    },
  };
  return h;
}

export type Caller = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** Calls through dispatch; a refused call throws a DossierError with the code and message the window would see. */
export function caller(handlers: Partial<Handlers>): Caller {
  return async (method, input) => {
    const result = await dispatch(handlers as Handlers, method, [input]);
    if (!result.ok) throw new DossierError(result.error.code, result.error.message);
    return result.value;
  };
}

/** The error a call failed with, as data (fails the test when the call succeeds). */
export async function failure(call: Promise<unknown>): Promise<ErrorData> {
  try {
    await call;
  } catch (error) {
    if (error instanceof DossierError) return error.toData();
    throw error;
  }
  throw new Error('the call succeeded, a failure was expected');
}

/** A short silent WAV (8 kHz mono 16-bit PCM): a real audio file, which no dossier can print. */
export function wav(samples = 800): Buffer {
  const data = samples * 2;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data, 40);
  return Buffer.concat([header, Buffer.alloc(data)]);
}

/** The evidence handlers as the service mounts them: each import is followed by the background check of its files, which `checked` waits for. */
export function evidenceCaller(h: Harness): { call: Caller; checked: () => Promise<void> } {
  const checks = new FileChecks(h.ctx);
  return { call: caller(evidenceHandlers(h.ctx, { imported: (caseId) => checks.checkCase(caseId) })), checked: () => checks.idle() };
}
