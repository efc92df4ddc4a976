// Seals files from disk into staged blobs on a few worker threads (file-sealer-worker.ts), so an
// import's reading, hashing, encrypting and flushing of one file overlaps the next files' and the
// vault's thread is left the records. Hashing and encrypting a practice's thousands of files on
// that one thread, with their buffers to collect, kept a second core idle.
//
// The threads live in this process, beside the key, and are given each file's own key (never the
// vault's), which they zero when the file is done; idle, they hold no key. A cancelled import
// stops its files between reads.
import type { Worker } from 'node:worker_threads';
import { startWorkerBeside } from '../threads/start-worker.js';
import { cancelledFailure, type HashJob, type SealFailure, type SealJob, type SealerMessage } from './file-sealer-protocol.js';
import { abortHashRing, claimHasher } from './hash-ring.js';

export type { SealFailure } from './file-sealer-protocol.js';

export interface SealRequest {
  source: string;
  target: string;
  header: Buffer;
  /** The file's own key: the sealers take it over and zero this copy once it is handed on. */
  key: Buffer;
  chunkBytes: number;
  headBytes: number;
  keepUpTo: number;
  signal?: AbortSignal | undefined;
  /** The file's first bytes, as soon as they are read (its size as seen when opened). */
  onHead?: ((head: Uint8Array, size: number) => void) | undefined;
  onProgress?: ((bytes: number, size: number) => void) | undefined;
}

export interface SealResult {
  size: number;
  sha256: string;
  /** Every byte read, when the file was at most keepUpTo bytes. */
  plaintext?: Buffer | undefined;
  /** Settles once the blob is on disk: with undefined, or with the SealFailedError its flush met (it never rejects). */
  flushed: Promise<SealFailedError | undefined>;
}

/** A file not sealed: what failed, on which side (see SealFailure). */
export class SealFailedError extends Error {
  constructor(readonly failure: SealFailure) {
    super(failure.message);
    this.name = 'SealFailedError';
  }
}

interface Queued {
  request: SealRequest;
  cancel: Int32Array;
  resolve(result: SealResult): void;
  reject(error: SealFailedError): void;
}

/** A file being sealed (with the ring it shares with a hasher, once it asked for one), or the hashing of another's. */
type Running = (Queued & { kind: 'seal'; id: number; ring?: SharedArrayBuffer }) | HashJob;

interface Sealer {
  thread: Worker;
  job: Running | undefined;
  /** Blobs this thread has sealed and is flushing, by job id: each settles with its flush's outcome. */
  flushing: Map<number, (outcome: SealFailedError | undefined) => void>;
  /** Ends the thread once it has been idle for SEALER_IDLE_MS. */
  retirement?: NodeJS.Timeout | undefined;
}

/**
 * An idle sealer thread ends after this long: each holds its own V8 heap, which the process would
 * otherwise carry into an export. Starting one again takes a few milliseconds in the app.
 */
const SEALER_IDLE_MS = 3000;

/** A pool of sealer threads, started on first use; each seals one file at a time. */
export class FileSealers {
  readonly #sealers: Sealer[] = [];
  readonly #queue: Queued[] = [];
  /** Sealers of large files waiting to hear whether another thread will hash for them. */
  readonly #wantHasher: Omit<HashJob, 'kind'>[] = [];
  #nextId = 1;
  #hashersLent = 0;

  constructor(private readonly maxThreads: number) {}

  seal(request: SealRequest): Promise<SealResult> {
    return new Promise<SealResult>((resolve, reject) => {
      if (request.signal?.aborted) {
        request.key.fill(0);
        reject(new SealFailedError(cancelledFailure));
        return;
      }
      const onAbort = () => this.#cancel(queued);
      const settled = () => request.signal?.removeEventListener('abort', onAbort);
      const queued: Queued = {
        request,
        cancel: new Int32Array(new SharedArrayBuffer(4)),
        resolve: (result) => (settled(), resolve(result)),
        reject: (error) => (settled(), reject(error)),
      };
      request.signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(queued);
      this.#dispatch();
    });
  }

  /** How many threads are running (idle ones end after SEALER_IDLE_MS). */
  get threads(): number {
    return this.#sealers.length;
  }

  /** How many large files a second thread has hashed for (or is hashing). */
  get hashersLent(): number {
    return this.#hashersLent;
  }

  /** Stops the threads (a test's end); jobs under way fail. */
  async close(): Promise<void> {
    await Promise.all(this.#sealers.splice(0).map((sealer) => sealer.thread.terminate()));
  }

  #cancel(queued: Queued): void {
    const waiting = this.#queue.indexOf(queued);
    if (waiting >= 0) {
      this.#queue.splice(waiting, 1);
      queued.request.key.fill(0);
      queued.reject(new SealFailedError(cancelledFailure));
      return;
    }
    Atomics.store(queued.cancel, 0, 1);
  }

  #dispatch(): void {
    for (;;) {
      if (this.#queue.length === 0) {
        this.#lendHashers();
        return;
      }
      const sealer = this.#sealers.find((candidate) => !candidate.job) ?? (this.#sealers.length < this.maxThreads ? this.#start() : undefined);
      if (!sealer) return;
      const queued = this.#queue.shift()!;
      const id = this.#nextId++;
      sealer.job = { ...queued, kind: 'seal', id };
      const { request } = queued;
      const job: SealJob = {
        kind: 'seal',
        id,
        source: request.source,
        target: request.target,
        header: request.header,
        key: request.key,
        chunkBytes: request.chunkBytes,
        headBytes: request.headBytes,
        keepUpTo: request.keepUpTo,
        cancel: queued.cancel,
      };
      this.#holdOpen(sealer);
      // postMessage copies the key; this copy is not needed any more.
      sealer.thread.postMessage(job);
      request.key.fill(0);
    }
  }

  /**
   * Lends idle threads (none left to files waiting) to read and hash the large files others are
   * encrypting, while those still wait for the answer (a sealer that waited too long hashes its
   * file itself: claimHasher then declines).
   */
  #lendHashers(): void {
    while (this.#wantHasher.length > 0) {
      const idle = this.#sealers.find((candidate) => !candidate.job);
      if (!idle) return;
      const wanted = this.#wantHasher.shift()!;
      if (!claimHasher(wanted.ring)) continue;
      const job: HashJob = { kind: 'hash', ...wanted };
      idle.job = job;
      this.#hashersLent += 1;
      this.#holdOpen(idle);
      idle.thread.postMessage(job);
    }
  }

  /** A thread with a job or a flush keeps the process alive for its answer; an idle one does not, and ends after SEALER_IDLE_MS. */
  #holdOpen(sealer: Sealer): void {
    clearTimeout(sealer.retirement);
    if (sealer.job || sealer.flushing.size > 0) {
      sealer.thread.ref();
      return;
    }
    sealer.thread.unref();
    sealer.retirement = setTimeout(() => this.#retire(sealer), SEALER_IDLE_MS);
    sealer.retirement.unref();
  }

  #retire(sealer: Sealer): void {
    if (sealer.job || sealer.flushing.size > 0) return;
    const index = this.#sealers.indexOf(sealer);
    if (index >= 0) this.#sealers.splice(index, 1);
    void sealer.thread.terminate();
  }

  #start(): Sealer {
    const thread = startWorkerBeside(import.meta.url, 'file-sealer-worker', {}, { bundleFromSource: true });
    const sealer: Sealer = { thread, job: undefined, flushing: new Map() };
    sealer.thread.on('message', (message: SealerMessage) => this.#heard(sealer, message));
    const gone = (why: string) => {
      const index = this.#sealers.indexOf(sealer);
      if (index >= 0) this.#sealers.splice(index, 1);
      const job = sealer.job;
      sealer.job = undefined;
      const stopped = new SealFailedError({ side: 'target', code: 'sealer_stopped', message: `the sealing thread stopped (${why})` });
      // The other side of a shared hashing must not wait for this one.
      if (job?.kind === 'hash') abortHashRing(job.ring);
      if (job?.kind === 'seal') {
        if (job.ring) abortHashRing(job.ring);
        job.reject(stopped);
      }
      for (const settle of sealer.flushing.values()) settle(stopped);
      sealer.flushing.clear();
      this.#dispatch();
    };
    sealer.thread.on('error', (error) => gone(error.message));
    sealer.thread.on('exit', (code) => gone(`exit code ${code}`));
    this.#sealers.push(sealer);
    return sealer;
  }

  #heard(sealer: Sealer, message: SealerMessage): void {
    if (message.kind === 'flushed') {
      sealer.flushing.get(message.id)?.(message.failure ? new SealFailedError(message.failure) : undefined);
      sealer.flushing.delete(message.id);
      this.#holdOpen(sealer);
      return;
    }
    const job = sealer.job;
    if (!job || job.id !== message.id) return;
    if (job.kind === 'hash') {
      if (message.kind === 'hashed') {
        sealer.job = undefined;
        this.#holdOpen(sealer);
        this.#dispatch();
      }
      return;
    }
    switch (message.kind) {
      case 'wants-hasher':
        job.ring = message.ring;
        this.#wantHasher.push({ id: message.id, ring: message.ring, fd: message.fd, limit: message.limit });
        this.#dispatch();
        return;
      case 'head':
        job.request.onHead?.(message.head, message.size);
        return;
      case 'progress':
        job.request.onProgress?.(message.bytes, message.size);
        return;
      case 'sealed':
      case 'failed': {
        sealer.job = undefined;
        const asked = this.#wantHasher.findIndex((wanted) => wanted.id === message.id);
        if (asked >= 0) this.#wantHasher.splice(asked, 1);
        if (message.kind === 'sealed') {
          const { plaintext } = message;
          const flushed = new Promise<SealFailedError | undefined>((settle) => sealer.flushing.set(message.id, settle));
          job.resolve({
            size: message.size,
            sha256: message.sha256,
            ...(plaintext ? { plaintext: Buffer.from(plaintext.buffer, plaintext.byteOffset, plaintext.byteLength) } : {}),
            flushed,
          });
        } else {
          job.reject(new SealFailedError(message.failure));
        }
        this.#holdOpen(sealer);
        this.#dispatch();
      }
    }
  }
}

/**
 * Threads for the files an import seals at once: on a 2-core laptop they keep the second core
 * busy while the first records what they sealed, and cover those waiting on the disk; two of
 * them share a large file (one reads and hashes, one encrypts) while the others go on.
 */
const SEALER_THREADS = 4;

let shared: FileSealers | undefined;

/** The process's sealers (one pool whatever the number of vaults open). */
export function sharedFileSealers(): FileSealers {
  shared ??= new FileSealers(SEALER_THREADS);
  return shared;
}
