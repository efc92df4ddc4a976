// Seeded randomness for fake documents (never Math.random). Each stream is keyed by the seed and
// a label naming what it is for (a file, a client), so an item's content does not depend on the
// order things are generated in, and one seed writes the same documents on every run.
import { createCipheriv, createHash } from 'node:crypto';

function digest(seed: number, label: string): Buffer {
  // The "dossier-bench" prefix dates from when only the benchmark drew on these streams; it stays,
  // because changing it would change every practice the benchmark has generated for a seed.
  return createHash('sha256').update(`dossier-bench:${seed}:${label}`).digest();
}

/** sfc32: small, fast, and good enough for test data. */
export class Random {
  private constructor(
    private a: number,
    private b: number,
    private c: number,
    private d: number,
  ) {}

  static for(seed: number, label: string): Random {
    const bytes = digest(seed, label);
    return new Random(bytes.readUInt32LE(0), bytes.readUInt32LE(4), bytes.readUInt32LE(8), bytes.readUInt32LE(12));
  }

  /** A uniform number in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** An integer in [min, max] skewed towards min: most documents are short, a few are long. */
  skewedInt(min: number, max: number, skew = 3): number {
    return min + Math.floor(this.next() ** skew * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** One of the entries, chosen with the given weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.next() * total;
    for (const [value, weight] of entries) {
      point -= weight;
      if (point < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** Up to `count` distinct items, in list order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((x, y) => x - y).map((index) => items[index]!);
  }
}

/**
 * Pseudo-random bytes at disk speed, for image noise and the 1 GiB file: the AES-256-CTR
 * keystream under a key derived from the seed and the label. Calls continue the same stream.
 */
export function keystream(seed: number, label: string): (length: number) => Buffer {
  const key = digest(seed, `${label}:key`);
  const cipher = createCipheriv('aes-256-ctr', key, digest(seed, `${label}:iv`).subarray(0, 16));
  let zeros = Buffer.alloc(0);
  return (length) => {
    if (zeros.length < length) zeros = Buffer.alloc(length);
    return cipher.update(zeros.subarray(0, length));
  };
}
