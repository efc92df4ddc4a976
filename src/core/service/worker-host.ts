// Runs the core service in a worker thread, so the thread that owns the window (Electron's main
// process, or the test transport's server) never blocks on SQLite, Argon2 or an export. Each
// handler here forwards its call as a message and answers with what the worker answered; a
// DossierError keeps its code and message across the thread boundary, anything else arrives as
// INTERNAL (toErrorData in the worker), and Uint8Array values (previews) are structured-cloned.
//
// Input validation is the caller's (dispatch, before a handler is called); the worker trusts it.
// What the worker sends back is checked here (workerMessage) before it goes any further.
//
// This thread also starts the exhibit reader's processes for the worker (Electron lets only the
// main thread create a utilityProcess; reader-relay.ts), and it makes a lock hold whatever the
// worker is doing: a worker that has not confirmed a lock within LOCK_CONFIRM_MS is terminated,
// its reader processes killed with it, so the key is gone within a second.
import type { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { methodNames } from '../../shared/channels.js';
import { appEvent, type AppEvent } from '../../shared/contract.js';
import { DossierError, errorCodes, type ErrorData, type Result } from '../../shared/errors.js';
import type { ReaderLimits } from '../isolation/exhibit-reader.js';
import type { ReaderLauncher } from '../isolation/reader-launcher.js';
import { nodeReaderLauncher } from '../isolation/node-launcher.js';
import type { ToReader } from '../isolation/reader-protocol.js';
import { ReaderRelay, type RelayEvent, type RelayRequest } from '../isolation/reader-relay.js';
import { startWorkerBeside } from '../threads/start-worker.js';
import type { Argon2Params } from '../vault/key-slots.js';
import type { LockReason } from './core-service.js';
import { shellMethods, type CoreHandlers, type CoreMethod } from './service-context.js';

export type { LockReason };
// What the shell (electron/) needs of the core, from this one entry.
export type { CoreHandlers, ShellMethod } from './service-context.js';
export { readerMallocEnv, type ReaderLauncher, type ReaderProcess, type ReaderProcessOptions } from '../isolation/reader-launcher.js';
export { isFromReader, type FromReader, type ToReader } from '../isolation/reader-protocol.js';

/** What the worker is started with (its workerData). */
export interface CoreWorkerOptions {
  /** Where settings and the list of recent vaults live (Electron's userData). */
  settingsDir: string;
  /** resources/fonts; the exporter's default when undefined. */
  fontsDir?: string | undefined;
  /** Argon2id cost for new passphrase slots (tests lower it); the vault's default otherwise. */
  argon2?: Argon2Params | undefined;
  /** For tests only: how many milliseconds one "minute" of autoLockMinutes lasts. */
  autoLockMinuteMs?: number | undefined;
  /** For tests only: the exhibit reader's limits (a short deadline, a low memory cap). */
  readerLimits?: Partial<ReaderLimits> | undefined;
}

/** Messages from the host to the worker. */
export type HostMessage =
  | { type: 'call'; id: number; method: CoreMethod; input: unknown }
  | { type: 'lock'; reason: LockReason }
  | { type: 'close' }
  | RelayEvent;

/** Messages from the worker to the host. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: AppEvent }
  | { type: 'lockConfirmed' }
  | { type: 'closed' }
  | RelayRequest;

/**
 * What the host accepts from the worker. The worker is our own code, but what it sends goes on
 * to the window: an event is checked against the contract (unknown fields dropped), an error
 * must carry a known code, and anything else is ignored rather than allowed to throw in the
 * thread that owns the window. Result values are checked by dispatch, against each method's
 * output schema.
 */
const relayRequest = z.discriminatedUnion('op', [
  z.object({
    type: z.literal('reader'),
    op: z.literal('start'),
    handle: z.number().int(),
    options: z.object({ maxOldSpaceMb: z.number().int().min(64).max(16_384) }),
  }),
  // What goes to a reader is the worker's own protocol; the reader checks it as it reads it.
  z.object({ type: z.literal('reader'), op: z.literal('send'), handle: z.number().int(), message: z.custom<ToReader>((value) => typeof value === 'object' && value !== null) }),
  z.object({ type: z.literal('reader'), op: z.literal('kill'), handle: z.number().int() }),
]);

const workerMessage = z.union([
  relayRequest,
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('ready') }),
    z.object({ type: z.literal('closed') }),
    z.object({ type: z.literal('lockConfirmed') }),
    z.object({ type: z.literal('event'), event: appEvent }),
    z.object({
      type: z.literal('result'),
      id: z.number().int(),
      result: z.discriminatedUnion('ok', [
        z.object({ ok: z.literal(true), value: z.unknown() }),
        z.object({ ok: z.literal(false), error: z.object({ code: z.enum(errorCodes), message: z.string() }) }),
      ]),
    }),
  ]),
]);

/** The call a message that failed the check above was meant to answer, if it names one. */
function claimedId(message: unknown): number | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const id = (message as { id?: unknown }).id;
  return typeof id === 'number' ? id : undefined;
}

export interface CoreWorker {
  /** One function per core method; each resolves with the worker's value or throws a DossierError. */
  handlers: CoreHandlers;
  /**
   * Calls `listener` for every event the core sends, and with {type: 'locked'} when the worker
   * dies unasked (its key died with it); returns the function that stops it.
   */
  onEvent(listener: (event: AppEvent) => void): () => void;
  /**
   * Locks the vault now (suspend, screen lock); a no-op while no worker runs (it starts locked).
   * Within a second the key is gone: a worker that does not confirm in time is terminated.
   */
  lock(reason: LockReason): void;
  /** Closes the vault and ends the worker. Calls after this fail. */
  close(): Promise<void>;
}

const coreMethods = methodNames.filter((method): method is CoreMethod =>
  !(shellMethods as readonly string[]).includes(method),
);

// The worker stopped without being asked (a crash in a native addon, out of memory): whatever
// it held, the open vault included, is gone, and the next call starts a new, locked one.
const workerStopped: ErrorData = {
  code: 'INTERNAL',
  message: 'The application core stopped unexpectedly and the vault was locked. Unlock it again to go on.',
};
const workerClosed: ErrorData = { code: 'INTERNAL', message: 'The application is closing.' };
// A lock the worker could not confirm in time: it was terminated, its calls end as a lock ends them.
const workerLocked: ErrorData = { code: 'VAULT_LOCKED', message: 'The vault was locked before this could finish.' };
/**
 * How long the worker has to confirm a lock before it is terminated: the issue promises the key
 * gone within 1 s whatever runs, and terminating a thread busy in JavaScript takes milliseconds.
 */
export const LOCK_CONFIRM_MS = 700;

/** The core's worker, out/main/service-worker.js in the build (a second entry of the main build) or its source under tsx and vitest. */
export function startWorkerThread(options: CoreWorkerOptions): Worker {
  return startWorkerBeside(import.meta.url, 'service-worker', { workerData: { ...options } });
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: DossierError): void;
}

/** A running worker and the calls waiting for it. */
class WorkerConnection {
  readonly pending = new Map<number, Pending>();
  readonly ready: Promise<void>;
  readonly exited: Promise<void>;
  private closing = false;
  /** Set when a lock was not confirmed in time and the thread is being terminated for it. */
  private forcedLock: LockReason | undefined;
  private lockTimer: NodeJS.Timeout | undefined;
  private readonly readers: ReaderRelay;

  constructor(
    readonly thread: Worker,
    launcher: ReaderLauncher,
    onEvent: (event: AppEvent) => void,
    onGone: (connection: WorkerConnection) => void,
  ) {
    let markReady!: () => void;
    let failStart!: (error: Error) => void;
    this.ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failStart = reject;
    });
    let startError: Error | undefined;
    let started = false;
    this.readers = new ReaderRelay(launcher, (event) => {
      try {
        thread.postMessage(event);
      } catch {
        // The thread is gone; its readers are being killed.
      }
    });

    thread.on('message', (raw: unknown) => {
      // A worker being terminated for a lock is no longer listened to.
      if (this.forcedLock) return;
      const checked = workerMessage.safeParse(raw);
      if (!checked.success) {
        // Only that it happened: the message may hold anything.
        console.error('The core worker sent a message that is not valid; it was ignored.');
        const id = claimedId(raw);
        const call = id === undefined ? undefined : this.pending.get(id);
        if (id !== undefined && call) {
          this.pending.delete(id);
          call.reject(new DossierError('INTERNAL', 'An unexpected error occurred.'));
        }
        return;
      }
      const message = checked.data as WorkerMessage;
      switch (message.type) {
        case 'ready':
          started = true;
          markReady();
          break;
        case 'event':
          onEvent(message.event);
          break;
        case 'lockConfirmed':
          clearTimeout(this.lockTimer);
          this.lockTimer = undefined;
          break;
        case 'reader':
          this.readers.handle(message);
          break;
        case 'result': {
          const call = this.pending.get(message.id);
          if (!call) break;
          this.pending.delete(message.id);
          if (message.result.ok) call.resolve(message.result.value);
          else call.reject(new DossierError(message.result.error.code, message.result.error.message));
          break;
        }
        case 'closed':
          break;
      }
    });
    thread.on('error', (error) => {
      // The error may quote client data; only its kind is logged.
      console.error(`The core worker failed (${error.name}).`);
      startError = error;
    });
    this.exited = new Promise<void>((resolve) => {
      thread.on('exit', () => {
        clearTimeout(this.lockTimer);
        this.readers.killAll();
        failStart(startError ?? new Error('The core worker stopped before it was ready.'));
        const reason = this.closing ? workerClosed : this.forcedLock ? workerLocked : workerStopped;
        for (const call of this.pending.values()) call.reject(new DossierError(reason.code, reason.message));
        this.pending.clear();
        onGone(this);
        // The key went with the thread: the window must drop what it shows, as on any lock.
        if (!this.closing && started) onEvent({ type: 'locked', reason: this.forcedLock ?? 'user' });
        resolve();
      });
    });
  }

  send(message: HostMessage): void {
    this.thread.postMessage(message);
  }

  /**
   * Asks the worker to lock; if it has not confirmed within LOCK_CONFIRM_MS (busy in a long
   * synchronous step, or stuck), the thread is terminated and its reader processes killed.
   */
  lock(reason: LockReason): void {
    if (this.forcedLock || this.closing) return;
    this.send({ type: 'lock', reason });
    this.lockTimer ??= setTimeout(() => {
      this.lockTimer = undefined;
      this.forcedLock = reason;
      console.error('The core did not confirm a lock in time; it was stopped.');
      this.readers.killAll();
      void this.thread.terminate();
    }, LOCK_CONFIRM_MS);
  }

  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.lockTimer);
    this.send({ type: 'close' });
    // Closing locks first: the key must be gone as quickly as on any lock (the app may be
    // quitting because the laptop is being taken), so a worker too busy to close is terminated.
    const timer = setTimeout(() => {
      this.readers.killAll();
      void this.thread.terminate();
    }, LOCK_CONFIRM_MS);
    await this.exited;
    clearTimeout(timer);
  }
}

/**
 * Starts the core service in a worker thread; resolves once the worker is ready for calls.
 * `startThread` is for tests that need the thread itself (to stop it as a crash would).
 * `readerLauncher` starts the exhibit reader's processes: Electron's utilityProcess in the app
 * (electron/exhibit-reader-process.ts), forked Node processes by default.
 */
export async function startCoreWorker(
  options: CoreWorkerOptions,
  startThread: (options: CoreWorkerOptions) => Worker = startWorkerThread,
  readerLauncher: ReaderLauncher = nodeReaderLauncher(),
): Promise<CoreWorker> {
  const listeners = new Set<(event: AppEvent) => void>();
  let connection: WorkerConnection | undefined;
  let closed = false;
  let nextId = 1;

  const emit = (event: AppEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        console.error('A core event listener failed.');
      }
    }
  };

  async function connect(): Promise<WorkerConnection> {
    if (connection) {
      await connection.ready;
      return connection;
    }
    const started = new WorkerConnection(startThread(options), readerLauncher, emit, (gone) => {
      if (connection === gone) connection = undefined;
    });
    connection = started;
    await started.ready;
    return started;
  }

  async function call(method: CoreMethod, input: unknown): Promise<unknown> {
    if (closed) throw new DossierError(workerClosed.code, workerClosed.message);
    let target: WorkerConnection;
    try {
      target = await connect();
    } catch {
      throw new DossierError('INTERNAL', 'The application core could not start.');
    }
    const id = nextId++;
    return new Promise<unknown>((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      try {
        target.send({ type: 'call', id, method, input });
      } catch {
        // Not structured-cloneable: dispatch only lets through what the schema parsed, so this
        // would be a bug in the caller, not the user's doing.
        target.pending.delete(id);
        reject(new DossierError('INTERNAL', 'An unexpected error occurred.'));
      }
    });
  }

  const handlers = Object.fromEntries(
    coreMethods.map((method) => [method, (input: unknown) => call(method, input)]),
  ) as unknown as CoreHandlers;

  await connect();

  return {
    handlers,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lock(reason) {
      connection?.lock(reason);
    },
    async close() {
      if (closed) return;
      closed = true;
      const open = connection;
      if (!open) return;
      try {
        await open.ready;
      } catch {
        return;
      }
      await open.close();
    },
  };
}
