// The core's side of the exhibit reader: every parser of evidence bytes (file-type, sharp/libvips,
// libheif, pdf-lib reading an exhibit) runs in a separate process that never holds a key, never
// opens a vault and sees only the bytes the core sends it. Each process runs one task at a time
// and is reused for the same case only (forCase): a file that took a reader over must not be
// handed another case's files; a small pool lets an import's inspection and a plan run side by
// side. A process that takes too long, grows past its memory cap, asks for more than a task may
// or crashes is killed (or found dead), its task fails with a ReaderFailure naming why, and the
// next task gets a fresh process. A lock kills them all (stopAll).
import { readFile } from 'node:fs/promises';
import { DossierError, errorCodes, type ErrorCode } from '../../shared/errors.js';
import type { ReaderLauncher, ReaderProcess } from './reader-launcher.js';
import type { FromReader } from './reader-protocol.js';
import type { ReaderTaskName } from './reader-tasks.js';

export type { ReaderTaskName };

export type ReaderFailureKind = 'timeout' | 'memory' | 'crashed' | 'stopped';

const failureWords: Record<ReaderFailureKind, string> = {
  timeout: 'Reading the file took too long, so it was stopped.',
  memory: 'Reading the file needed more memory than the exhibit reader may use, so it was stopped.',
  crashed: 'The exhibit reader stopped unexpectedly while reading the file.',
  stopped: 'Reading the file was stopped (the job was cancelled or the vault locked).',
};

/** A task that did not finish because its reader process was killed or died; `kind` says why. */
export class ReaderFailure extends Error {
  override readonly name = 'ReaderFailure';
  constructor(readonly kind: ReaderFailureKind) {
    super(failureWords[kind]);
  }
}

export interface ReaderCall {
  /** Answers the task's requests while it runs (e.g. 'blob' → decrypted bytes). */
  serve?: (name: string, input: unknown) => Promise<unknown>;
  /** Messages the task sends while it runs (progress, output chunks); in order. */
  onMessage?: (message: unknown) => void;
  /** Abort → the task's process is killed, run() rejects with ReaderFailure 'stopped'. */
  signal?: AbortSignal;
  /**
   * Most milliseconds the task may go without finishing, making a request or sending a message
   * (limits.deadlineMs by default). Time the core spends answering a request does not count.
   */
  deadlineMs?: number;
}

export interface ExhibitReader {
  /**
   * Runs a task of reader-tasks.ts in a reader process. Resolves with its answer; rejects with a
   * ReaderFailure when the process was killed or died, or with the DossierError the task threw.
   */
  run(task: ReaderTaskName, input: unknown, call?: ReaderCall): Promise<unknown>;
  /**
   * The same reader, whose processes serve only this case (an id, or any name for a group of
   * files that belong together): one that has read another case's files is replaced first.
   */
  forCase(scope: string): ExhibitReader;
  /** Kills every reader process now (the vault locked); running calls reject with 'stopped'. */
  stopAll(): void;
}

export interface ReaderLimits {
  /** Reader processes at most; tasks beyond wait for one to be free. */
  processes: number;
  /** V8 heap cap of each process (MiB): JavaScript parsers (pdf-lib, file-type) stop there. */
  maxOldSpaceMb: number;
  /**
   * Resident memory a process may reach (bytes) before it is killed: libvips and libheif allocate
   * outside V8's heap, where only this catches a decompression bomb. Watched on Linux only.
   */
  maxRssBytes: number;
  /** The deadline of a call that gives none (ReaderCall.deadlineMs). */
  deadlineMs: number;
  /** The longest any task may run in all, messages or not (a reader taken over could keep talking). */
  maxTaskMs: number;
  /** How often a busy process's memory is looked at. */
  memoryCheckMs: number;
}

export const defaultReaderLimits: ReaderLimits = {
  processes: 2,
  maxOldSpaceMb: 768,
  maxRssBytes: 1536 * 1024 * 1024,
  deadlineMs: 120_000,
  maxTaskMs: 60 * 60_000,
  memoryCheckMs: 200,
};

/** Answers a task may be waiting for at once: a file's bytes and a write of its output, at most. */
const maxOpenRequests = 2;

/**
 * The error a task threw, as the user will read it. The reader's words are kept (a task's own
 * DossierError says what is wrong with the file), but only a known code and a bounded sentence.
 */
function readerError(error: { code: unknown; message: unknown }): DossierError {
  const code = typeof error.code === 'string' && (errorCodes as readonly string[]).includes(error.code) ? (error.code as ErrorCode) : 'INTERNAL';
  const message = typeof error.message === 'string' ? error.message.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 500) : 'An unexpected error occurred.';
  return new DossierError(code, message);
}

/** The resident memory of a process in bytes, from /proc (Linux); undefined where it cannot be read. */
async function residentBytes(pid: number): Promise<number | undefined> {
  if (process.platform !== 'linux') return undefined;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'latin1');
    const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kib === undefined ? undefined : Number(kib) * 1024;
  } catch {
    return undefined;
  }
}

/** One reader process and what it is doing. */
class ReaderSlot {
  readonly ready: Promise<void>;
  /** Set once the process is gone or condemned: it takes no more tasks. */
  dead = false;
  busy = false;
  /** The case whose files this process has read (undefined: none yet, or calls without one). */
  scope: string | undefined;
  /** Whether it has run a task: a fresh process may take any case. */
  used = false;
  /** Why the core killed it, so the running task fails with that reason rather than 'crashed'. */
  killedFor: ReaderFailureKind | undefined;
  private messageListener: ((message: FromReader) => void) | undefined;
  private exitListener: (() => void) | undefined;

  constructor(readonly process: ReaderProcess, onGone: (slot: ReaderSlot) => void) {
    let markReady!: () => void;
    let failStart!: (error: Error) => void;
    this.ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failStart = reject;
    });
    // A start failure is answered by whoever awaits ready; without one it must not go unhandled.
    this.ready.catch(() => undefined);
    process.onMessage((message) => {
      if (message.type === 'ready') markReady();
      else this.messageListener?.(message);
    });
    process.onExit(() => {
      this.dead = true;
      failStart(new ReaderFailure(this.killedFor ?? 'crashed'));
      this.exitListener?.();
      onGone(this);
    });
  }

  /** Listens to the running task's messages and to the process's end, until `release`. */
  attach(onMessage: (message: FromReader) => void, onExit: () => void): void {
    this.messageListener = onMessage;
    this.exitListener = onExit;
  }

  release(): void {
    this.messageListener = undefined;
    this.exitListener = undefined;
  }

  kill(kind: ReaderFailureKind): void {
    this.killedFor ??= kind;
    this.dead = true;
    this.process.kill();
  }
}

/** How long a reader process may take to load a task's code before the task begins. */
const taskLoadMs = 60_000;

export function createExhibitReader(launcher: ReaderLauncher, limits: Partial<ReaderLimits> = {}): ExhibitReader {
  const settings: ReaderLimits = { ...defaultReaderLimits, ...limits };
  const slots = new Set<ReaderSlot>();
  /** Tasks waiting for a free process, first come first served. */
  const waiting: { scope: string | undefined; take: (slot: ReaderSlot) => void; fail: (error: Error) => void }[] = [];
  let nextTaskId = 1;

  function launch(): ReaderSlot {
    const slot = new ReaderSlot(launcher.launch({ maxOldSpaceMb: settings.maxOldSpaceMb }), (gone) => {
      slots.delete(gone);
      handOnFreeSlot();
    });
    slots.add(slot);
    return slot;
  }

  /**
   * Gives the first waiting task an idle process of its case (or a fresh one), or a new process
   * when the pool has room; when it is full and one of its processes is idle with another case's
   * files, that one is ended and a new one takes its place at once (waiting for its exit would
   * leave nothing holding the event loop open meanwhile).
   */
  function handOnFreeSlot(): void {
    while (waiting.length > 0) {
      const next = waiting[0]!;
      const idle = [...slots].filter((candidate) => !candidate.busy && !candidate.dead);
      let slot = idle.find((candidate) => !candidate.used || candidate.scope === next.scope);
      const otherCase = idle[0];
      if (!slot && slots.size >= settings.processes && otherCase) {
        otherCase.kill('stopped');
        slots.delete(otherCase);
      }
      if (!slot && slots.size < settings.processes) slot = launch();
      if (!slot) return;
      slot.busy = true;
      slot.used = true;
      slot.scope = next.scope;
      waiting.shift()!.take(slot);
    }
  }

  function acquire(signal: AbortSignal | undefined, scope: string | undefined): Promise<ReaderSlot> {
    return new Promise<ReaderSlot>((resolve, reject) => {
      const entry = {
        scope,
        take: (slot: ReaderSlot) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(slot);
        },
        fail: (error: Error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      const onAbort = () => {
        const at = waiting.indexOf(entry);
        if (at >= 0) waiting.splice(at, 1);
        reject(new ReaderFailure('stopped'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(entry);
      handOnFreeSlot();
    });
  }

  function release(slot: ReaderSlot): void {
    slot.release();
    slot.busy = false;
    handOnFreeSlot();
  }

  async function runOn(slot: ReaderSlot, task: ReaderTaskName, input: unknown, call: ReaderCall): Promise<unknown> {
    await slot.ready;
    const id = nextTaskId++;
    const deadlineMs = call.deadlineMs ?? settings.deadlineMs;
    return new Promise<unknown>((resolve, reject) => {
      let settled = false;
      let deadline: NodeJS.Timeout | undefined;
      let requestsOpen = 0;
      const wholeTask = setTimeout(() => fail('timeout'), settings.maxTaskMs);
      // Native decoders allocate outside V8's heap, where only the process's resident size shows a bomb.
      const memoryWatch = setInterval(() => {
        const pid = slot.process.pid;
        if (pid === undefined) return;
        void residentBytes(pid).then((bytes) => {
          if (bytes !== undefined && bytes > settings.maxRssBytes && !settled) fail('memory');
        });
      }, settings.memoryCheckMs);

      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        clearTimeout(wholeTask);
        clearInterval(memoryWatch);
        call.signal?.removeEventListener('abort', onAbort);
        outcome();
      };
      const fail = (kind: ReaderFailureKind) => {
        slot.kill(kind);
        finish(() => reject(new ReaderFailure(kind)));
      };
      // The deadline runs only while the task works: a request the core is answering stops it.
      const restartDeadline = () => {
        clearTimeout(deadline);
        if (requestsOpen === 0) deadline = setTimeout(() => fail('timeout'), deadlineMs);
      };
      const onAbort = () => fail('stopped');

      slot.attach(
        (message) => {
          if (settled || !('id' in message) || message.id !== id) return;
          switch (message.type) {
            case 'started':
              restartDeadline();
              break;
            case 'message':
              restartDeadline();
              call.onMessage?.(message.message);
              break;
            case 'request':
              // A task waits for each answer before it asks again (a file, then its output): a
              // reader asking for more at once is not one of ours, and could fill the core's memory.
              if (requestsOpen >= maxOpenRequests) {
                fail('crashed');
                break;
              }
              requestsOpen += 1;
              clearTimeout(deadline);
              void answer(message.requestId, message.name, message.input);
              break;
            case 'done':
              finish(() => {
                release(slot);
                if (message.ok) resolve(message.value);
                else reject(readerError(message.error));
              });
              break;
          }
        },
        () => finish(() => reject(new ReaderFailure(slot.killedFor ?? 'crashed'))),
      );

      async function answer(requestId: number, name: string, requestInput: unknown): Promise<void> {
        try {
          if (!call.serve) throw new DossierError('INTERNAL', `The exhibit reader asked for "${name}", which this call does not serve.`);
          const value = await call.serve(name, requestInput);
          if (!settled) slot.process.send({ type: 'answer', id, requestId, ok: true, value });
        } catch (error) {
          const data = error instanceof DossierError ? error.toData() : { code: 'INTERNAL' as const, message: 'An unexpected error occurred.' };
          if (!settled) slot.process.send({ type: 'answer', id, requestId, ok: false, error: data });
        } finally {
          requestsOpen -= 1;
          if (!settled) restartDeadline();
        }
      }

      if (call.signal?.aborted) return fail('stopped');
      call.signal?.addEventListener('abort', onAbort, { once: true });
      // The task's deadline starts once it has begun: its code is loaded on its first run in this
      // process, which takes the same time whatever the file, and has a limit of its own.
      deadline = setTimeout(() => fail('timeout'), Math.max(deadlineMs, taskLoadMs));
      try {
        slot.process.send({ type: 'run', id, task, input });
      } catch {
        fail('crashed');
      }
    });
  }

  async function run(scope: string | undefined, task: ReaderTaskName, input: unknown, call: ReaderCall = {}): Promise<unknown> {
    if (call.signal?.aborted) throw new ReaderFailure('stopped');
    const slot = await acquire(call.signal, scope);
    try {
      return await runOn(slot, task, input, call);
    } catch (error) {
      // A process that failed to start, or was killed, leaves the pool; the next task gets a new one.
      if (error instanceof ReaderFailure && !slot.dead) slot.kill(error.kind);
      if (slot.dead && slot.busy) {
        slot.busy = false;
        handOnFreeSlot();
      }
      throw error;
    }
  }

  const stopAll = () => {
    for (const entry of waiting.splice(0)) entry.fail(new ReaderFailure('stopped'));
    for (const slot of slots) slot.kill('stopped');
  };
  const scoped = (scope: string | undefined): ExhibitReader => ({
    run: (task, input, call) => run(scope, task, input, call),
    forCase: (next) => scoped(next),
    stopAll,
  });
  return scoped(undefined);
}
