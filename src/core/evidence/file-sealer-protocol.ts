// The messages between the vault's thread and its file sealers (file-sealer.ts, the threads of
// file-sealer-worker.ts): one job seals one file from disk into a staged blob.

/** One file to seal. The key is the file's own (HKDF of the files key, file-cipher.ts): a sealer never holds the vault's. */
export interface SealJob {
  kind: 'seal';
  id: number;
  /** The file to read. */
  source: string;
  /** The staged blob to create (it must not exist). */
  target: string;
  /** The file's header and chunk key (file-cipher.ts beginFile); the sealer zeroes its copy of the key when done. */
  header: Uint8Array;
  key: Uint8Array;
  chunkBytes: number;
  /** How many of the first bytes to send back before the rest is sealed: the file's type is told from them meanwhile. */
  headBytes: number;
  /** Send back every byte read (transferred) when the file is at most this large; 0 sends none. */
  keepUpTo: number;
  /** Set to 1 (Atomics) to stop the job between reads. */
  cancel: Int32Array;
}

/** Read and hash the file another sealer is encrypting (its job `id`), from its descriptor, through `ring` (hash-ring.ts). */
export interface HashJob {
  kind: 'hash';
  id: number;
  ring: SharedArrayBuffer;
  fd: number;
  limit: number;
}

/** Why a job failed: what the system said of the source or the target, or a refusal of the file itself. */
export type SealFailure =
  | { side: 'source'; code: string; message: string }
  | { side: 'source'; code: 'not_a_file' | 'empty'; message: string }
  | { side: 'target'; code: string; message: string }
  | { side: 'cancelled'; code: 'cancelled'; message: string };

/** A job stopped by its cancel. */
export const cancelledFailure: SealFailure = { side: 'cancelled', code: 'cancelled', message: 'cancelled' };

export type SealerMessage =
  | { id: number; kind: 'head'; head: Uint8Array; size: number }
  | { id: number; kind: 'progress'; bytes: number; size: number }
  /** A large file: a second thread could hash it while this one encrypts it (the answer comes through the ring). */
  | { id: number; kind: 'wants-hasher'; ring: SharedArrayBuffer; fd: number; limit: number }
  /** A HashJob ended (its outcome is in the ring). */
  | { id: number; kind: 'hashed' }
  /** The blob is written; 'flushed' follows once it is on disk (its folder entry is the store's to flush). */
  | { id: number; kind: 'sealed'; size: number; sha256: string; plaintext?: Uint8Array }
  | { id: number; kind: 'flushed'; failure?: SealFailure }
  | { id: number; kind: 'failed'; failure: SealFailure };
