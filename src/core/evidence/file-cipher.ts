// Evidence files are encrypted at rest in a chunked AES-256-GCM stream, so a file of any size
// streams in and out in constant memory and any damage is detected where it occurs.
//
// Layout of an encrypted file (see docs/vault-format.md):
//   header, 48 bytes: "DOSSIERF" | version (1 byte) = 1 | key generation (1 byte) | 2 zero bytes
//                     | chunk size (u32 BE) | salt (32 random bytes)
//   then chunks: AES-256-GCM(plaintext chunk) | 16-byte tag, every chunk `chunk size` bytes of
//   plaintext except the last, which may be shorter (or empty).
// The file key is HKDF-SHA256(files key, salt, "dossier evidence v1:" + blob id), so a file
// cannot be swapped for another one. The files key is derived from the vault key (vault-keys.ts;
// a format 1 vault used the vault key itself, generation 0). The key generation says which vault
// key made the file, so a rekey interrupted halfway still reads every file with its own key. Nonce = chunk index (11 bytes BE) | 1 on the last chunk,
// else 0, so chunks cannot be reordered, dropped or the file cut short without detection.
// The header is the associated data of every chunk.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

const MAGIC = Buffer.from('DOSSIERF', 'ascii');
const VERSION = 1;
export const HEADER_BYTES = 48;
const TAG_BYTES = 16;
export const DEFAULT_CHUNK_BYTES = 64 * 1024;
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;

export class FileIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileIntegrityError';
  }
}

function fileKey(filesKey: Buffer, salt: Buffer, blobId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', filesKey, salt, `dossier evidence v1:${blobId}`, 32));
}

function nonce(index: number, last: boolean): Buffer {
  const value = Buffer.alloc(12);
  value.writeBigUInt64BE(BigInt(index), 3);
  value[11] = last ? 1 : 0;
  return value;
}

function makeHeader(chunkBytes: number, salt: Buffer, generation: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header[8] = VERSION;
  header[9] = generation;
  header.writeUInt32BE(chunkBytes, 12);
  salt.copy(header, 16);
  return header;
}

/** Gathers incoming buffers and hands out exact-size pieces without quadratic copying. */
class ByteQueue {
  private parts: Buffer[] = [];
  length = 0;

  push(buffer: Buffer): void {
    if (buffer.length === 0) return;
    this.parts.push(buffer);
    this.length += buffer.length;
  }

  take(count: number): Buffer {
    const head = this.parts[0];
    if (head && head.length >= count) {
      // The common case: the piece lies within one buffer, so no copy is needed.
      if (head.length === count) this.parts.shift();
      else this.parts[0] = head.subarray(count);
      this.length -= count;
      return head.subarray(0, count);
    }
    const out = Buffer.allocUnsafe(count);
    let filled = 0;
    while (filled < count) {
      const head = this.parts[0]!;
      const used = Math.min(head.length, count - filled);
      head.copy(out, filled, 0, used);
      filled += used;
      if (used === head.length) this.parts.shift();
      else this.parts[0] = head.subarray(used);
    }
    this.length -= count;
    return out;
  }
}

/** Which vault key made a file, from its first HEADER_BYTES bytes; FileIntegrityError if they are no evidence file's. */
export function keyGenerationOf(header: Buffer): number {
  if (header.length < HEADER_BYTES || !header.subarray(0, 8).equals(MAGIC)) throw new FileIntegrityError('not a Dossier evidence file (bad magic)');
  return header[9]!;
}

/** A new file's header and the key of its chunks (zero the key once the file is sealed). */
export function beginFile(filesKey: Buffer, blobId: string, chunkBytes: number, generation: number): { header: Buffer; key: Buffer } {
  const salt = randomBytes(32);
  return { header: makeHeader(chunkBytes, salt, generation), key: fileKey(filesKey, salt, blobId) };
}

/** Seals one chunk (`last`: the file's final one) and appends its ciphertext and tag to `out`. */
export function sealChunkInto(key: Buffer, header: Buffer, index: number, plain: Buffer, last: boolean, out: Buffer[]): void {
  const cipher = createCipheriv('aes-256-gcm', key, nonce(index, last));
  cipher.setAAD(header);
  out.push(cipher.update(plain), cipher.final(), cipher.getAuthTag());
}

/** `generation`: which vault key `filesKey` comes from (vault-keys.ts), recorded in the header. */
export function createEncryptStream(filesKey: Buffer, blobId: string, chunkBytes = DEFAULT_CHUNK_BYTES, generation = 0): Transform {
  const { header, key } = beginFile(filesKey, blobId, chunkBytes, generation);
  const queue = new ByteQueue();
  let index = 0;

  /** Appends the sealed chunk (ciphertext, then tag) to `out`, copying nothing. */
  const sealChunk = (plain: Buffer, last: boolean, out: Buffer[]): void => sealChunkInto(key, header, index++, plain, last, out);

  let headerSent = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      if (!headerSent) {
        this.push(header);
        headerSent = true;
      }
      queue.push(chunk);
      // Keep at least one byte back: only the flush knows which chunk is the last.
      const sealed: Buffer[] = [];
      while (queue.length > chunkBytes) sealChunk(queue.take(chunkBytes), false, sealed);
      // One write per input rather than per chunk: far fewer system calls on large files.
      if (sealed.length > 0) this.push(Buffer.concat(sealed));
      done();
    },
    flush(done: TransformCallback) {
      if (!headerSent) this.push(header);
      const sealed: Buffer[] = [];
      sealChunk(queue.take(queue.length), true, sealed);
      this.push(Buffer.concat(sealed));
      key.fill(0);
      done();
    },
  });
}

/** The files key for a key generation, or undefined when the vault no longer has that key. */
export type FilesKeyFor = (generation: number) => Buffer | undefined;

export function createDecryptStream(filesKey: Buffer | FilesKeyFor, blobId: string): Transform {
  const keyFor: FilesKeyFor = typeof filesKey === 'function' ? filesKey : () => filesKey;
  const queue = new ByteQueue();
  let header: Buffer | null = null;
  let key: Buffer | null = null;
  let chunkBytes = 0;
  let index = 0;

  const openChunk = (sealed: Buffer, last: boolean): Buffer => {
    const decipher = createDecipheriv('aes-256-gcm', key!, nonce(index++, last));
    decipher.setAAD(header!);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new FileIntegrityError(`chunk ${index - 1} failed authentication: the file was altered, cut short or belongs to another item`);
    }
  };

  const readHeader = (): void => {
    const candidate = queue.take(HEADER_BYTES);
    if (!candidate.subarray(0, 8).equals(MAGIC)) throw new FileIntegrityError('not a Dossier evidence file (bad magic)');
    if (candidate[8] !== VERSION) throw new FileIntegrityError(`unknown evidence file version ${candidate[8]}`);
    chunkBytes = candidate.readUInt32BE(12);
    if (chunkBytes < 1 || chunkBytes > MAX_CHUNK_BYTES) throw new FileIntegrityError('corrupt header (chunk size)');
    const filesKeyOfFile = keyFor(candidate[9]!);
    if (!filesKeyOfFile) throw new FileIntegrityError(`made with a vault key this vault no longer has (generation ${candidate[9]})`);
    header = candidate;
    key = fileKey(filesKeyOfFile, candidate.subarray(16, 48), blobId);
  };

  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      try {
        queue.push(chunk);
        if (!header && queue.length >= HEADER_BYTES) readHeader();
        if (header) {
          const sealedBytes = chunkBytes + TAG_BYTES;
          const opened: Buffer[] = [];
          while (queue.length > sealedBytes) opened.push(openChunk(queue.take(sealedBytes), false));
          if (opened.length > 0) this.push(Buffer.concat(opened));
        }
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        if (!header) throw new FileIntegrityError('the file is shorter than its header');
        if (queue.length < TAG_BYTES) throw new FileIntegrityError('the file is cut short');
        this.push(openChunk(queue.take(queue.length), true));
        key!.fill(0);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}
