// A file sealer's thread (file-sealer.ts starts a few): reads one file at a time from disk,
// hashes it (SHA-256) and encrypts it into its staged blob as file-cipher.ts lays it out, then
// flushes the blob in the background while it seals the next. A large file is shared with a
// second sealer, which reads and hashes it while this one encrypts (hash-ring.ts). The thread is
// given each file's own key, never the vault's, and zeroes it when the file is done. It parses
// nothing: the bytes are only hashed and encrypted.
//
// Work is synchronous within a job: this thread does nothing else, and the vault's thread stays
// free for the records while several files are sealed at once.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, fsync, fsyncSync, openSync, writevSync } from 'node:fs';
import { getSystemErrorName } from 'node:util';
import { parentPort } from 'node:worker_threads';
import { collectGarbage } from '../threads/collect-garbage.js';
import { sealChunkInto } from './file-cipher.js';
import { fillBuffer } from './fill-buffer.js';
import { cancelledFailure, type HashJob, type SealFailure, type SealJob, type SealerMessage } from './file-sealer-protocol.js';
import { abortHashRing, HashRingAborted, HashRingConsumer, newHashRing, readAndHash, type FilledSlot } from './hash-ring.js';

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

/** Files at least this large are read and hashed by a second thread, when one is free, while this one encrypts. */
const SHARED_HASHING_BYTES = 32 * 1024 * 1024;
/** How long to wait for the pool's answer before hashing the file here. */
const HASHER_ANSWER_MS = 50;
/** How long a failed sealing waits for its hasher to stop reading the file before closing it anyway. */
const HASHER_END_MS = 2000;

/**
 * Node's cipher returns every chunk's ciphertext in a new buffer outside V8's heap. V8 collects
 * them only once tens of MiB have piled up in a thread, and glibc keeps each thread's high-water
 * mark after the import (measured: the core's process 400 MiB after importing the benchmark's
 * practice, against 275–298 with this). So the thread collects its young garbage, where those
 * buffers die, after each file and every COLLECT_BYTES of a large one (the import was no slower
 * for it).
 */
const COLLECT_BYTES = 8 * 1024 * 1024;
const collectYoungGarbage = () => collectGarbage({ young: true });

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

/** The read size: a whole number of chunks, so a full buffer (or a hash ring's slot) ends on a chunk's end. */
function readBytes(chunkBytes: number): number {
  return chunkBytes * Math.max(1, Math.floor(READ_BYTES / chunkBytes));
}

/** The reusable read buffer of this thread. */
function readBuffer(chunkBytes: number): Buffer {
  const bytes = readBytes(chunkBytes);
  if (workBuffer?.length !== bytes) workBuffer = Buffer.allocUnsafeSlow(bytes);
  return workBuffer;
}

function seal(job: SealJob, post: (message: SealerMessage, transfer?: ArrayBuffer[]) => void): void {
  const key = Buffer.from(job.key.buffer, job.key.byteOffset, job.key.byteLength);
  const header = Buffer.from(job.header.buffer, job.header.byteOffset, job.header.byteLength);
  let source: number | undefined;
  let target: number | undefined;
  let ring: HashRingConsumer | undefined;
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
    writeAll(target, [header]);

    const kept = job.keepUpTo >= limit ? Buffer.allocUnsafeSlow(limit) : undefined;
    ring = !kept && limit >= SHARED_HASHING_BYTES ? hasherFor(job, source, limit, post) : undefined;
    const sink: SealSink = { job, key, header, target, limit, post, earlyFlushes };
    const { total, sha256 } = ring ? sealFromRing(ring, sink) : sealHere(source, kept ?? readBuffer(job.chunkBytes), sink);
    const plaintext = kept ? new Uint8Array(kept.buffer, 0, total) : undefined;
    post({ id: job.id, kind: 'sealed', size: total, sha256, ...(plaintext ? { plaintext } : {}) }, plaintext ? [kept!.buffer] : []);
    flush(job.id, target, earlyFlushes, post);
    target = undefined;
    collectYoungGarbage();
  } catch (error) {
    if (ring) abortHashRing(ring.ring);
    const failure: SealFailure =
      error instanceof SealError
        ? error.failure
        : error instanceof HashRingAborted && cancelled(job)
          ? cancelledFailure
          : { side: 'target', code: 'unknown', message: String((error as Error)?.message ?? error) };
    post({ id: job.id, kind: 'failed', failure });
  } finally {
    key.fill(0);
    // The hasher reads through this thread's descriptor: it is closed once the hasher is done.
    ring?.awaitHasherEnded(HASHER_END_MS);
    if (source !== undefined) closeQuietly(source);
    const failedTarget = target;
    if (failedTarget !== undefined) void Promise.all(earlyFlushes).then(() => closeQuietly(failedTarget));
  }
}

/** Where a file's sealed chunks go, and what its sealing tells on the way. */
interface SealSink {
  job: SealJob;
  key: Buffer;
  header: Buffer;
  target: number;
  limit: number;
  post: (message: SealerMessage) => void;
  earlyFlushes: Promise<void>[];
}

/** After each round: its young garbage collected now and then, progress, and a large file's background flush every EARLY_FLUSH_BYTES. */
function roundDone(sink: SealSink, before: number, total: number): void {
  if (Math.floor(total / COLLECT_BYTES) > Math.floor(before / COLLECT_BYTES)) collectYoungGarbage();
  if (Math.floor(total / PROGRESS_BYTES) > Math.floor(before / PROGRESS_BYTES)) sink.post({ id: sink.job.id, kind: 'progress', bytes: total, size: sink.limit });
  if (Math.floor(total / EARLY_FLUSH_BYTES) > Math.floor(before / EARLY_FLUSH_BYTES)) {
    const fd = sink.target;
    sink.earlyFlushes.push(new Promise<void>((done) => fsync(fd, () => done())));
  }
}

function postHead(sink: SealSink, bytes: Buffer): void {
  sink.post({ id: sink.job.id, kind: 'head', head: Uint8Array.prototype.slice.call(bytes, 0, Math.min(sink.job.headBytes, bytes.length)), size: sink.limit });
}

/**
 * Seals `bytes` chunk by chunk, numbering from `index`, into `parts`. With `last` its final chunk
 * is the file's last; without, `bytes` is whole chunks and its final one is held back, unsealed
 * (only the next round knows whether it ends the file). The next chunk's number, and where the
 * bytes sealed end.
 */
function sealRound(sink: SealSink, index: number, bytes: Buffer, last: boolean, parts: Buffer[]): { index: number; sealedEnd: number } {
  const { key, header } = sink;
  const { chunkBytes } = sink.job;
  let next = index;
  const sealedEnd = last ? bytes.length : bytes.length - chunkBytes;
  let offset = 0;
  while (sealedEnd - offset > chunkBytes || (!last && offset < sealedEnd)) {
    sealChunkInto(key, header, next++, bytes.subarray(offset, offset + chunkBytes), false, parts);
    offset += chunkBytes;
  }
  if (last && bytes.length > 0) sealChunkInto(key, header, next++, bytes.subarray(offset), true, parts);
  return { index: next, sealedEnd };
}

/** Reads, hashes and encrypts the file on this thread, `buffer` at a time; a full buffer's held-back chunk is carried to the start of the next round. */
function sealHere(source: number, buffer: Buffer, sink: SealSink): { total: number; sha256: string } {
  const { job, target, limit } = sink;
  const hash = createHash('sha256');
  let total = 0;
  let index = 0;
  let carried = 0;
  for (;;) {
    if (cancelled(job)) throw new SealError(cancelledFailure);
    const before = total;
    const { filled, ended } = on('source', () => fillBuffer(source, buffer, carried, total, limit));
    total += filled - carried;
    if (total === 0) throw new SealError({ side: 'source', code: 'empty', message: 'the file is empty' });
    // The bytes carried from the last round were hashed with it.
    hash.update(buffer.subarray(carried, filled));
    if (before === 0) postHead(sink, buffer.subarray(0, filled));
    const parts: Buffer[] = [];
    const round = sealRound(sink, index, buffer.subarray(0, filled), ended, parts);
    index = round.index;
    const { sealedEnd } = round;
    writeAll(target, parts);
    if (ended) return { total, sha256: hash.digest('hex') };
    buffer.copyWithin(0, sealedEnd, filled);
    carried = filled - sealedEnd;
    roundDone(sink, before, total);
  }
}

/**
 * Encrypts the file as the lent hasher reads and hashes it (hash-ring.ts): each slot but the last
 * is whole chunks, of which the final one is held back until the next slot says whether it ends
 * the file.
 */
function sealFromRing(ring: HashRingConsumer, sink: SealSink): { total: number; sha256: string } {
  const { job, key, header, target } = sink;
  const carry = Buffer.allocUnsafe(job.chunkBytes);
  let carried = 0;
  let total = 0;
  let index = 0;
  for (;;) {
    if (cancelled(job)) throw new SealError(cancelledFailure);
    let slot: FilledSlot;
    try {
      slot = ring.take();
    } catch (error) {
      const errno = ring.readErrno;
      if (errno !== undefined) throw new SealError({ side: 'source', code: getSystemErrorName(errno), message: 'the file could not be read' });
      throw error;
    }
    const { bytes, last } = slot;
    const before = total;
    total += bytes.length;
    if (total === 0) throw new SealError({ side: 'source', code: 'empty', message: 'the file is empty' });
    if (before === 0) postHead(sink, bytes);
    const parts: Buffer[] = [];
    if (carried > 0) sealChunkInto(key, header, index++, carry.subarray(0, carried), last && bytes.length === 0, parts);
    carried = 0;
    const round = sealRound(sink, index, bytes, last, parts);
    index = round.index;
    if (!last) carried = bytes.copy(carry, 0, round.sealedEnd);
    // The slot's bytes are sealed (the ciphertext is new memory): the hasher may read into it again.
    ring.release();
    writeAll(target, parts);
    if (last) return { total, sha256: ring.digest() };
    roundDone(sink, before, total);
  }
}

function cancelled(job: SealJob): boolean {
  return Atomics.load(job.cancel, 0) === 1;
}

/** Asks the pool for a second thread to read and hash this large file from `source`; the ring its bytes come through when one is lent. */
function hasherFor(job: SealJob, source: number, limit: number, post: (message: SealerMessage) => void): HashRingConsumer | undefined {
  const consumer = new HashRingConsumer(newHashRing(readBytes(job.chunkBytes)), () => cancelled(job));
  post({ id: job.id, kind: 'wants-hasher', ring: consumer.ring, fd: source, limit });
  return consumer.awaitHasher(HASHER_ANSWER_MS) ? consumer : undefined;
}

/** A HashJob: hashes what the other sealer hands over, then says this thread is free again. */
function hash(job: HashJob, post: (message: SealerMessage) => void): void {
  try {
    readAndHash(job.ring, job.fd, job.limit);
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
