// A large file's bytes shared between two sealer threads (file-sealer-worker.ts): one reads and
// hashes them, the other encrypts and writes them, so the disk, SHA-256 and AES-GCM work at
// once. The bytes are read once, into slots of one SharedArrayBuffer, and handed over in order
// with Atomics: the hash is of exactly the bytes encrypted. Both sides wait with a timeout and
// look at `aborted` between waits, so neither waits for ever on a thread that failed.
import { createHash } from 'node:crypto';
import { fillBuffer } from './fill-buffer.js';

const SLOTS = 4;
/** Control words: one state per slot, how many of its bytes are filled, the decision, the end, the abort, the digest. */
const STATE = 0;
const FILLED = STATE + SLOTS;
const DECISION = FILLED + SLOTS;
const DONE = DECISION + 1;
const ABORTED = DONE + 1;
/** The hasher's thread no longer touches the file (its descriptor may be closed). */
const ENDED = ABORTED + 1;
/** A failed read's errno (negative, as Node gives it), 0 if none. */
const READ_ERRNO = ENDED + 1;
const DIGEST = READ_ERRNO + 1;
const CONTROL_WORDS = DIGEST + 8;

const FREE = 0;
const FULL = 1;
const FULL_LAST = 2;
const UNDECIDED = 0;
const HASHER_LENT = 1;
const NO_HASHER = 2;
const WAIT_MS = 100;

export class HashRingAborted extends Error {}

/** The ring's memory: SLOTS slots of `slotBytes`, then its control words. */
export function newHashRing(slotBytes: number): SharedArrayBuffer {
  return new SharedArrayBuffer(SLOTS * slotBytes + CONTROL_WORDS * 4);
}

function controlOf(ring: SharedArrayBuffer): Int32Array {
  return new Int32Array(ring, ring.byteLength - CONTROL_WORDS * 4, CONTROL_WORDS);
}

function slotBytesOf(ring: SharedArrayBuffer): number {
  return (ring.byteLength - CONTROL_WORDS * 4) / SLOTS;
}

function digestBytes(ring: SharedArrayBuffer): Uint8Array {
  return new Uint8Array(ring, ring.byteLength - (CONTROL_WORDS - DIGEST) * 4, 32);
}

/** Ends the ring's use on both sides: from the pool when one of its threads is gone, or from a side that failed. */
export function abortHashRing(ring: SharedArrayBuffer): void {
  const control = controlOf(ring);
  Atomics.store(control, ABORTED, 1);
  for (let word = 0; word < CONTROL_WORDS; word += 1) Atomics.notify(control, word);
}

/** The pool lends a hasher: true when the sealer still waits for one (it had not given up and begun hashing itself). */
export function claimHasher(ring: SharedArrayBuffer): boolean {
  const control = controlOf(ring);
  const claimed = Atomics.compareExchange(control, DECISION, UNDECIDED, HASHER_LENT) === UNDECIDED;
  Atomics.notify(control, DECISION);
  return claimed;
}

/** Waits until control[word] is `wanted` (or, with `not`, anything else); throws once the ring is aborted or `stop` says so. */
function waitFor(control: Int32Array, word: number, wanted: number, not: boolean, stop: () => boolean = () => false): void {
  for (;;) {
    const value = Atomics.load(control, word);
    if ((value === wanted) !== not) return;
    if (Atomics.load(control, ABORTED) === 1 || stop()) throw new HashRingAborted('the hashing of this file stopped');
    Atomics.wait(control, word, value, WAIT_MS);
  }
}

/** A slot the hasher has read: its bytes, and whether they end the file. */
export interface FilledSlot {
  bytes: Buffer;
  last: boolean;
}

/** The encrypting side: the file's bytes, slot after slot, as the hasher reads them. */
export class HashRingConsumer {
  readonly #control: Int32Array;
  readonly #slots: Buffer[];
  #next = 0;

  constructor(
    readonly ring: SharedArrayBuffer,
    private readonly stopped: () => boolean,
  ) {
    this.#control = controlOf(ring);
    const slotBytes = slotBytesOf(ring);
    this.#slots = Array.from({ length: SLOTS }, (_, slot) => Buffer.from(ring, slot * slotBytes, slotBytes));
  }

  /** Waits (at most `ms`) for the pool to lend a hasher; true if it did. Without an answer by then, none comes. */
  awaitHasher(ms: number): boolean {
    Atomics.wait(this.#control, DECISION, UNDECIDED, ms);
    if (Atomics.compareExchange(this.#control, DECISION, UNDECIDED, NO_HASHER) === UNDECIDED) return false;
    return Atomics.load(this.#control, DECISION) === HASHER_LENT;
  }

  /** The next slot the hasher has read and hashed; hand it back with release() once its bytes are used. */
  take(): FilledSlot {
    const slot = this.#next % SLOTS;
    waitFor(this.#control, STATE + slot, FREE, true, this.stopped);
    const state = Atomics.load(this.#control, STATE + slot);
    const filled = Atomics.load(this.#control, FILLED + slot);
    return { bytes: this.#slots[slot]!.subarray(0, filled), last: state === FULL_LAST };
  }

  release(): void {
    const slot = this.#next % SLOTS;
    Atomics.store(this.#control, STATE + slot, FREE);
    Atomics.notify(this.#control, STATE + slot);
    this.#next += 1;
  }

  /** The SHA-256 of every byte taken, once the hasher has it. */
  digest(): string {
    waitFor(this.#control, DONE, 1, false, this.stopped);
    return Buffer.from(digestBytes(this.ring)).toString('hex');
  }

  /** The errno of the hasher's failed read, if that is why the ring was aborted. */
  get readErrno(): number | undefined {
    return Atomics.load(this.#control, READ_ERRNO) || undefined;
  }

  /** Waits (at most `ms`) until the hasher no longer reads the file, so its descriptor may be closed. */
  awaitHasherEnded(ms: number): void {
    const deadline = Date.now() + ms;
    while (Atomics.load(this.#control, ENDED) === 0 && Date.now() < deadline) Atomics.wait(this.#control, ENDED, 0, WAIT_MS);
  }
}

/**
 * The hashing side: reads the file from `fd` (the other thread's descriptor: one process), up to
 * `limit` bytes, into the slots in order, hashes each, and leaves the digest in the ring.
 */
export function readAndHash(ring: SharedArrayBuffer, fd: number, limit: number): void {
  const control = controlOf(ring);
  const slotBytes = slotBytesOf(ring);
  const hash = createHash('sha256');
  try {
    let total = 0;
    for (let next = 0; ; next += 1) {
      const slot = next % SLOTS;
      waitFor(control, STATE + slot, FREE, false);
      const bytes = Buffer.from(ring, slot * slotBytes, slotBytes);
      let read: { filled: number; ended: boolean };
      try {
        read = fillBuffer(fd, bytes, 0, total, limit);
      } catch (error) {
        Atomics.store(control, READ_ERRNO, (error as NodeJS.ErrnoException).errno ?? -1);
        throw error;
      }
      const { filled, ended } = read;
      total += filled;
      hash.update(bytes.subarray(0, filled));
      Atomics.store(control, FILLED + slot, filled);
      Atomics.store(control, STATE + slot, ended ? FULL_LAST : FULL);
      Atomics.notify(control, STATE + slot);
      if (ended) break;
    }
    digestBytes(ring).set(hash.digest());
    Atomics.store(control, DONE, 1);
    Atomics.notify(control, DONE);
  } finally {
    Atomics.store(control, ENDED, 1);
    Atomics.notify(control, ENDED);
  }
}
