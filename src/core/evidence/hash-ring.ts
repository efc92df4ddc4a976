// A large file's bytes shared between the sealer that reads and encrypts it and a second sealer
// thread that hashes them (file-sealer-worker.ts), so SHA-256 and AES-GCM run on two cores at
// once. The bytes are read once, into slots of one SharedArrayBuffer, and handed over in order
// with Atomics: the hash is of exactly the bytes encrypted. Both sides wait with a timeout and
// look at `aborted` between waits, so neither waits for ever on a thread that failed.
import { createHash } from 'node:crypto';

const SLOTS = 4;
/** Control words: one state per slot, its byte range, the decision, the end, the abort, the digest. */
const STATE = 0;
const FROM = STATE + SLOTS;
const TO = FROM + SLOTS;
const DECISION = TO + SLOTS;
const DONE = DECISION + 1;
const ABORTED = DONE + 1;
const DIGEST = ABORTED + 1;
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

/** The reading side: slots to read into, handed over in order. */
export class HashRingWriter {
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

  /** The next slot to read into, once the hasher is done with it. */
  nextSlot(): Buffer {
    const slot = this.#next % SLOTS;
    waitFor(this.#control, STATE + slot, FREE, false, this.stopped);
    return this.#slots[slot]!;
  }

  /** Hands the slot returned by the last nextSlot() to the hasher: its bytes [from, to), and whether they end the file. */
  hand(from: number, to: number, last: boolean): void {
    const slot = this.#next % SLOTS;
    Atomics.store(this.#control, FROM + slot, from);
    Atomics.store(this.#control, TO + slot, to);
    Atomics.store(this.#control, STATE + slot, last ? FULL_LAST : FULL);
    Atomics.notify(this.#control, STATE + slot);
    this.#next += 1;
  }

  /** The SHA-256 of everything handed over, once the hasher has it. */
  digest(): string {
    waitFor(this.#control, DONE, 1, false, this.stopped);
    return Buffer.from(digestBytes(this.ring)).toString('hex');
  }
}

/** The hashing side: hashes the slots in order until the last, and leaves the digest in the ring. */
export function hashRing(ring: SharedArrayBuffer): void {
  const control = controlOf(ring);
  const slotBytes = slotBytesOf(ring);
  const hash = createHash('sha256');
  for (let next = 0; ; next += 1) {
    const slot = next % SLOTS;
    waitFor(control, STATE + slot, FREE, true);
    const state = Atomics.load(control, STATE + slot);
    const from = Atomics.load(control, FROM + slot);
    const to = Atomics.load(control, TO + slot);
    hash.update(Buffer.from(ring, slot * slotBytes + from, to - from));
    Atomics.store(control, STATE + slot, FREE);
    Atomics.notify(control, STATE + slot);
    if (state === FULL_LAST) break;
  }
  digestBytes(ring).set(hash.digest());
  Atomics.store(control, DONE, 1);
  Atomics.notify(control, DONE);
}
