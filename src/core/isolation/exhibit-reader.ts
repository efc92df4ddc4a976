// The core's side of the exhibit reader: every parser of evidence bytes (file-type, sharp/libvips,
// libheif, pdf-lib reading an exhibit) runs in a separate process that never holds a key, never
// opens a vault and sees only the bytes the core sends it. Each process runs one task at a time
// and is reused; a small pool lets an import's inspection and a plan run side by side. A process
// that takes too long, grows past its memory cap or crashes is killed (or found dead), its task
// fails with a ReaderFailure naming why, and the next task gets a fresh process. A lock kills
// them all (stopAll).
import { readFile } from 'node:fs/promises';
import { DossierError } from '../../shared/errors.js';
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
  /** How often a busy process's memory is looked at. */
  memoryCheckMs: number;
}

export const defaultReaderLimits: ReaderLimits = {
  processes: 2,
  maxOldSpaceMb: 768,
  maxRssBytes: 1536 * 1024 * 1024,
  deadlineMs: 120_000,
  memoryCheckMs: 200,
};

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

export function createExhibitReader(launcher: ReaderLauncher, limits: Partial<ReaderLimits> = {}): ExhibitReader {
  const settings: ReaderLimits = { ...defaultReaderLimits, ...limits };
  const slots = new Set<ReaderSlot>();
  /** Tasks waiting for a free process, first come first served. */
  const waiting: { take: (slot: ReaderSlot) => void; fail: (error: Error) => void }[] = [];
  let nextTaskId = 1;

  function launch(): ReaderSlot {
    const slot = new ReaderSlot(launcher.launch({ maxOldSpaceMb: settings.maxOldSpaceMb }), (gone) => {
      slots.delete(gone);
      handOnFreeSlot();
    });
    slots.add(slot);
    return slot;
  }

  /** Gives a waiting task an idle process, or a new one when the pool has room. */
  function handOnFreeSlot(): void {
    while (waiting.length > 0) {
      let slot = [...slots].find((candidate) => !candidate.busy && !candidate.dead);
      if (!slot && slots.size < settings.processes) slot = launch();
      if (!slot) return;
      slot.busy = true;
      waiting.shift()!.take(slot);
    }
  }

  function acquire(signal: AbortSignal | undefined): Promise<ReaderSlot> {
    return new Promise<ReaderSlot>((resolve, reject) => {
      const entry = {
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
            case 'message':
              restartDeadline();
              call.onMessage?.(message.message);
              break;
            case 'request':
              requestsOpen += 1;
              clearTimeout(deadline);
              void answer(message.requestId, message.name, message.input);
              break;
            case 'done':
              finish(() => {
                release(slot);
                if (message.ok) resolve(message.value);
                else reject(new DossierError(message.error.code, message.error.message));
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
      restartDeadline();
      try {
        slot.process.send({ type: 'run', id, task, input });
      } catch {
        fail('crashed');
      }
    });
  }

  return {
    async run(task, input, call = {}) {
      if (call.signal?.aborted) throw new ReaderFailure('stopped');
      const slot = await acquire(call.signal);
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
    },
    stopAll() {
      for (const entry of waiting.splice(0)) entry.fail(new ReaderFailure('stopped'));
      for (const slot of slots) slot.kill('stopped');
    },
  };
}
