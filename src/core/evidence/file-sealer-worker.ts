// A file sealer's thread (file-sealer.ts starts a few): reads one file at a time from disk,
// hashes it (SHA-256) and encrypts it into its staged blob as file-cipher.ts lays it out, then
// flushes the blob in the background while it seals the next. The thread is given each file's own key, never the vault's, and zeroes it when
// the file is done. It parses nothing: the bytes are only hashed and encrypted.
//
// Work is synchronous within a job: this thread does nothing else, and the vault's thread stays
// free for the records while two or three files are sealed at once.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, fsync, fsyncSync, openSync, readSync, writevSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { sealChunkInto } from './file-cipher.js';
import type { HashJob, SealFailure, SealJob, SealerMessage } from './file-sealer-protocol.js';
import { abortHashRing, hashRing, HashRingAborted, HashRingWriter, newHashRing } from './hash-ring.js';

/** Bytes read at once: chunks enough that the system calls and the messages cost little per byte. */
const READ_BYTES = 1024 * 1024;
/** How often a large file tells its progress. */
const PROGRESS_BYTES = 4 * 1024 * 1024;
/**
 * Flushes waiting on the disk at once, at most: a sealed file is flushed in the background while
 * the next is sealed (one fsync at a time cost a file as much as its sealing); past this many, the
 * next file waits for its own.
 */
const MAX_FLUSHES_PENDING = 16;
let flushesPending = 0;
/**
 * A large file is flushed as it is written too, every this many bytes, in the background: its
 * last flush then writes little, where a 1 GiB file's one flush at the end waited for all of it.
 */
const EARLY_FLUSH_BYTES = 64 * 1024 * 1024;

/** Files at least this large are hashed by a second thread, when one is free, while this one encrypts. */
const SHARED_HASHING_BYTES = 32 * 1024 * 1024;
/** How long to wait for the pool's answer before hashing the file here. */
const HASHER_ANSWER_MS = 50;

/** Without O_NONBLOCK, opening a named pipe would wait for a writer; it is refused after fstat instead. */
const OPEN_SOURCE_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

class SealError extends Error {
  constructor(readonly failure: SealFailure) {
    super(failure.message);
  }
}

function failedOn(side: 'source' | 'target', error: unknown): SealError {
  const { code, message } = error as NodeJS.ErrnoException;
  if (side === 'source' && code === 'EISDIR') return new SealError({ side, code: 'not_a_file', message });
  return new SealError({ side, code: code ?? 'unknown', message });
}

/** Runs `step`; a system error it throws is said to be the source's or the target's. */
function on<T>(side: 'source' | 'target', step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw failedOn(side, error);
  }
}

function writeAll(fd: number, parts: Buffer[]): void {
  let pending = parts;
  while (pending.length > 0) {
    let written = on('target', () => writevSync(fd, pending));
    // A short write (rare on a file): go on from the first byte not written.
    let index = 0;
    while (index < pending.length && written >= pending[index]!.length) written -= pending[index++]!.length;
    pending = pending.slice(index);
    if (written > 0) pending[0] = pending[0]!.subarray(written);
  }
}

let workBuffer: Buffer | undefined;

/** The reusable read buffer: a whole number of chunks, so a full buffer ends on a chunk's end. */
function readBuffer(chunkBytes: number): Buffer {
  const bytes = chunkBytes * Math.max(1, Math.floor(READ_BYTES / chunkBytes));
  if (workBuffer?.length !== bytes) workBuffer = Buffer.allocUnsafeSlow(bytes);
  return workBuffer;
}

function seal(job: SealJob, post: (message: SealerMessage, transfer?: ArrayBuffer[]) => void): void {
  const key = Buffer.from(job.key.buffer, job.key.byteOffset, job.key.byteLength);
  const header = Buffer.from(job.header.buffer, job.header.byteOffset, job.header.byteLength);
  let source: number | undefined;
  let target: number | undefined;
  let ring: HashRingWriter | undefined;
  /** Background flushes begun while writing: the file is closed only once they have ended. */
  const earlyFlushes: Promise<void>[] = [];
  try {
    source = on('source', () => openSync(job.source, OPEN_SOURCE_FLAGS));
    const info = on('source', () => fstatSync(source!));
    if (!info.isFile()) throw new SealError({ side: 'source', code: 'not_a_file', message: 'not a regular file' });
    // The file is stored as it was when looked at: a file that grows meanwhile, up to this size.
    const limit = info.size;
    if (limit === 0) throw new SealError({ side: 'source', code: 'empty', message: 'the file is empty' });
    target = on('target', () => openSync(job.target, 'wx', 0o600));

    const kept = job.keepUpTo >= limit ? Buffer.allocUnsafeSlow(limit) : undefined;
    ring = !kept && limit >= SHARED_HASHING_BYTES ? hasherFor(job, post) : undefined;
    const hash = ring ? undefined : createHash('sha256');
    let buffer = ring?.nextSlot() ?? kept ?? readBuffer(job.chunkBytes);
    writeAll(target, [header]);
    let total = 0;
    let index = 0;
    let carried = 0;
    let headSent = false;
    let nextProgress = PROGRESS_BYTES;
    let nextEarlyFlush = EARLY_FLUSH_BYTES;
    for (;;) {
      if (cancelled(job)) throw new SealError({ side: 'cancelled', code: 'cancelled', message: 'cancelled' });
      let filled = carried;
      let ended = false;
      while (filled < buffer.length) {
        const want = Math.min(buffer.length - filled, limit - total);
        const read = want === 0 ? 0 : on('source', () => readSync(source!, buffer, filled, want, total));
        if (read === 0) {
          ended = true;
          break;
        }
        filled += read;
        total += read;
      }
      if (total === limit) ended = true;
      if (total === 0) throw new SealError({ side: 'source', code: 'empty', message: 'the file is empty' });
      // The bytes carried from the last round were hashed with it; a hasher works while this thread encrypts.
      if (ring) ring.hand(carried, filled, ended);
      else hash!.update(buffer.subarray(carried, filled));
      if (!headSent) {
        post({ id: job.id, kind: 'head', head: Uint8Array.prototype.slice.call(buffer, 0, Math.min(job.headBytes, filled)), size: limit });
        headSent = true;
      }
      // Only the end of the file knows which chunk is the last: a full buffer with more to come
      // keeps its final chunk back, carried to the start of the next round.
      const sealedEnd = ended ? filled : filled - job.chunkBytes;
      const parts: Buffer[] = [];
      let offset = 0;
      while (sealedEnd - offset > job.chunkBytes || (!ended && offset < sealedEnd)) {
        sealChunkInto(key, header, index++, buffer.subarray(offset, offset + job.chunkBytes), false, parts);
        offset += job.chunkBytes;
      }
      if (ended) sealChunkInto(key, header, index, buffer.subarray(offset, filled), true, parts);
      writeAll(target, parts);
      if (ended) break;
      const next = ring?.nextSlot() ?? buffer;
      if (next === buffer) buffer.copyWithin(0, sealedEnd, filled);
      else buffer.copy(next, 0, sealedEnd, filled);
      buffer = next;
      carried = filled - sealedEnd;
      if (total >= nextProgress) {
        post({ id: job.id, kind: 'progress', bytes: total, size: limit });
        nextProgress += PROGRESS_BYTES;
      }
      if (total >= nextEarlyFlush) {
        const fd = target;
        earlyFlushes.push(new Promise<void>((done) => fsync(fd, () => done())));
        nextEarlyFlush += EARLY_FLUSH_BYTES;
      }
    }
    const plaintext = kept ? new Uint8Array(kept.buffer, 0, total) : undefined;
    const sha256 = ring ? ring.digest() : hash!.digest('hex');
    post({ id: job.id, kind: 'sealed', size: total, sha256, ...(plaintext ? { plaintext } : {}) }, plaintext ? [kept!.buffer] : []);
    flush(job.id, target, earlyFlushes, post);
    target = undefined;
  } catch (error) {
    if (ring) abortHashRing(ring.ring);
    const failure: SealFailure =
      error instanceof SealError
        ? error.failure
        : error instanceof HashRingAborted && cancelled(job)
          ? { side: 'cancelled', code: 'cancelled', message: 'cancelled' }
          : { side: 'target', code: 'unknown', message: String((error as Error)?.message ?? error) };
    post({ id: job.id, kind: 'failed', failure });
  } finally {
    key.fill(0);
    if (source !== undefined) closeQuietly(source);
    const failedTarget = target;
    if (failedTarget !== undefined) void Promise.all(earlyFlushes).then(() => closeQuietly(failedTarget));
  }
}

function cancelled(job: SealJob): boolean {
  return Atomics.load(job.cancel, 0) === 1;
}

/** Asks the pool for a second thread to hash this large file; the ring to read into when one is lent. */
function hasherFor(job: SealJob, post: (message: SealerMessage) => void): HashRingWriter | undefined {
  const writer = new HashRingWriter(newHashRing(readBuffer(job.chunkBytes).length), () => cancelled(job));
  post({ id: job.id, kind: 'wants-hasher', ring: writer.ring });
  return writer.awaitHasher(HASHER_ANSWER_MS) ? writer : undefined;
}

/** A HashJob: hashes what the other sealer hands over, then says this thread is free again. */
function hash(job: HashJob, post: (message: SealerMessage) => void): void {
  try {
    hashRing(job.ring);
  } catch {
    // Aborted by the other side (it failed or was cancelled), or failed here: the other side learns it from the ring.
    abortHashRing(job.ring);
  } finally {
    post({ id: job.id, kind: 'hashed' });
  }
}

/** Flushes a sealed blob, in the background unless too many are pending, closes it and says so (with the error it met, if any). */
function flush(id: number, fd: number, earlyFlushes: readonly Promise<void>[], post: (message: SealerMessage) => void): void {
  if (earlyFlushes.length > 0) {
    void Promise.all(earlyFlushes).then(() => flush(id, fd, [], post));
    return;
  }
  const flushed = (error: NodeJS.ErrnoException | null) => {
    closeQuietly(fd);
    post({ id, kind: 'flushed', ...(error ? { failure: { side: 'target', code: error.code ?? 'unknown', message: error.message } } : {}) });
  };
  if (flushesPending >= MAX_FLUSHES_PENDING) {
    try {
      fsyncSync(fd);
      flushed(null);
    } catch (error) {
      flushed(error as NodeJS.ErrnoException);
    }
    return;
  }
  flushesPending += 1;
  fsync(fd, (error) => {
    flushesPending -= 1;
    flushed(error);
  });
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Nothing to do: the job's outcome is already decided.
  }
}

const port = parentPort;
if (!port) throw new Error('file-sealer-worker runs as a worker thread');
port.on('message', (job: SealJob | HashJob) => {
  const post = (message: SealerMessage, transfer?: ArrayBuffer[]) => port.postMessage(message, transfer ?? []);
  if (job.kind === 'hash') hash(job, post);
  else seal(job, post);
});
