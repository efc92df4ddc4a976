// The command line's way into the core: the same service the window's worker runs, with every
// call going through dispatchCli, so its input and its answer are checked against the same
// schemas as the window's, and a failure arrives as the same {code, message}.
//
// In this process, not in a worker: a command is one call after another with nothing else to
// keep responsive, a worker would only add its start-up, and a signal reaches the job registry
// here directly. While a job runs (import, verify, export), Ctrl-C cancels it through jobs.cancel
// (it stops at its next checkpoint and leaves nothing half-written), and SIGTERM or SIGHUP lock
// the vault through vault.lock, as a suspend does in the app: the key is dropped and the job
// fails with VAULT_LOCKED. A second signal ends the process at once; outside a job a signal ends
// it as it always did (the key dies with the process).
import { randomUUID } from 'node:crypto';
import { constants } from 'node:os';
import { createCoreService } from '../core/service/core-service.js';
import type { ServiceMethod } from '../core/service/service-context.js';
import type { CliMethodInput, CliMethodOutput } from '../shared/cli-contract.js';
import { appEvent, type AppEvent } from '../shared/contract.js';
import { dispatchCli, type CliHandlers } from '../shared/dispatch.js';
import { DossierError } from '../shared/errors.js';

export type Progress = Extract<AppEvent, { type: 'progress' }>;

/** Methods that run as a job: they take a jobId, report progress under it and can be cancelled. */
type JobMethod = {
  [M in ServiceMethod]: CliMethodInput<M> extends { jobId: string } ? M : never;
}[ServiceMethod];

export interface CliService {
  /** One call; a failure is thrown as a DossierError with the service's code and message. */
  call<M extends ServiceMethod>(method: M, ...input: undefined extends CliMethodInput<M> ? [input?: CliMethodInput<M>] : [input: CliMethodInput<M>]): Promise<CliMethodOutput<M>>;
  /** A long job, under a new job id, with its progress events and Ctrl-C/SIGTERM handling. */
  job<M extends JobMethod>(method: M, input: Omit<CliMethodInput<M>, 'jobId'>, onProgress?: (progress: Progress) => void): Promise<CliMethodOutput<M>>;
  /** The signal that stopped a job, if one did (the command then exits with 128 + its number). */
  readonly stoppedBy: NodeJS.Signals | undefined;
  /** Closes the vault and stops the service. */
  close(): void;
}

export interface CliServiceOptions {
  /** A millisecond clock (Date.now by default); the demo runs on its story's day. */
  now?: (() => number) | undefined;
}

/** The exit code of a process ended by `signal`, as a shell reports it. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

export function startCliService(options: CliServiceOptions = {}): CliService {
  const listeners = new Map<string, (progress: Progress) => void>();
  const service = createCoreService({
    settingsDir: undefined,
    now: options.now,
    checkFilesInBackground: false,
    readTextInBackground: false,
    emit: (event) => {
      // The window's side checks events against the contract (worker-host.ts); so does this one.
      const parsed = appEvent.safeParse(event);
      if (parsed.success && parsed.data.type === 'progress') listeners.get(parsed.data.jobId)?.(parsed.data);
    },
  });
  const handlers: Pick<CliHandlers, ServiceMethod> = reportingInternalErrors({ ...service.handlers, ...service.cliHandlers });
  let stoppedBy: NodeJS.Signals | undefined;

  async function call<M extends ServiceMethod>(method: M, input?: CliMethodInput<M>): Promise<CliMethodOutput<M>> {
    const result = await dispatchCli(handlers, method, input === undefined ? [] : [input]);
    if (!result.ok) throw new DossierError(result.error.code, result.error.message);
    return result.value;
  }

  async function job<M extends JobMethod>(method: M, input: Omit<CliMethodInput<M>, 'jobId'>, onProgress?: (progress: Progress) => void) {
    const jobId = randomUUID();
    if (onProgress) listeners.set(jobId, onProgress);
    const stop = (signal: NodeJS.Signals) => {
      if (stoppedBy) process.exit(signalExitCode(signal));
      stoppedBy = signal;
      // Answered as any call is; a job already ended makes these no-ops.
      if (signal === 'SIGINT') void call('jobs.cancel', { jobId });
      else void call('vault.lock');
    };
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    for (const signal of signals) process.on(signal, stop);
    try {
      return await call(method, { ...input, jobId } as CliMethodInput<M>);
    } finally {
      for (const signal of signals) process.off(signal, stop);
      listeners.delete(jobId);
    }
  }

  return {
    call: call as CliService['call'],
    job,
    get stoppedBy() {
      return stoppedBy;
    },
    close: () => service.close(),
  };
}

/**
 * A failure that is not a DossierError reaches the caller as INTERNAL with a generic message, as
 * it reaches the window. The command line's user is the one person who may see what it was, on
 * their own terminal, so its stack goes to stderr first (as the CLI always printed it).
 */
function reportingInternalErrors<H extends Partial<CliHandlers>>(handlers: H): H {
  const reporting: Record<string, (input: unknown) => unknown> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    reporting[method] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        if (!(error instanceof DossierError)) process.stderr.write(`dossier: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
        throw error;
      }
    };
  }
  return reporting as H;
}
