// Takes one file into the vault: its bytes are streamed once, hashed (SHA-256) and encrypted on
// the way, and never written anywhere in the clear; they are held whole in memory only when the
// caller asks to read them next (a PDF's, which a parser reads whole anyway). The type comes
// from the content (magic bytes), never from the name; a name that claims another type is
// recorded, because a hostile file often hides behind a harmless extension. The type is told by
// the exhibit reader process from the file's first bytes (IntakeOptions.detectType): file-type
// parses hostile bytes, so it never runs beside the key.
import { createHash, webcrypto } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import type { RefusalCode } from '../../shared/contract.js';
import { DossierError } from '../../shared/errors.js';
import type { BlobStore } from '../evidence/blob-store.js';
import { typeSampleBytes, type DetectedType } from '../isolation/reader-calls.js';

export interface StoredFile {
  blobId: string;
  originalName: string;
  size: number;
  sha256: string;
  mediaType: string;
  nameMatchesContent: boolean;
}

const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'csv', 'tsv', 'json', 'xml', 'html', 'htm', 'eml', 'log', 'rtf']);
/** Extensions that name the same type as file-type's canonical one. */
const EXTENSION_ALIASES: Record<string, string> = { jpeg: 'jpg', jpe: 'jpg', tiff: 'tif', htm: 'html', heif: 'heic', oga: 'ogg', mpeg: 'mpg' };

/** A file the vault will not take, with the reason in words a paralegal can act on, and as a code the window words. */
export class FileRefusedError extends DossierError {
  constructor(
    readonly file: string,
    readonly refusal: RefusalCode,
    readonly reason: string,
  ) {
    super('FILE_REFUSED', `${file}: ${reason}`);
  }
}

function refuse(file: string, refusal: RefusalCode, reason: string): never {
  throw new FileRefusedError(file, refusal, reason);
}

/** A file the system would not let us read: a missing one, a forbidden one, any other failure. */
function refuseUnreadable(file: string, error: NodeJS.ErrnoException): never {
  const code = error.code;
  if (code === 'ENOENT') refuse(file, 'not_found', 'file not found');
  if (code === 'EACCES' || code === 'EPERM') refuse(file, 'permission', 'permission denied');
  refuse(file, 'unreadable', `cannot be read (${code ?? error.message})`);
}

const unknownType: DetectedType = { mediaType: 'application/octet-stream', ext: undefined };

function nameMatches(name: string, mediaType: string, detectedExt: string | undefined): boolean {
  const raw = path.extname(name).slice(1).toLowerCase();
  if (!raw) return true;
  const claimed = EXTENSION_ALIASES[raw] ?? raw;
  if (mediaType === 'text/plain') return TEXT_EXTENSIONS.has(raw);
  if (detectedExt === undefined) return true;
  return claimed === detectedExt;
}

export interface IntakeOptions {
  /**
   * Tells the type from the file's first bytes (the exhibit reader's detectType); without one
   * (a test of storage alone) every file is recorded as application/octet-stream.
   */
  detectType?: ((head: Uint8Array) => Promise<DetectedType>) | undefined;
  signal?: AbortSignal | undefined;
  /** Called as bytes are stored, for progress bars on large files. */
  onBytes?: ((bytesDone: number, bytesTotal: number) => void) | undefined;
  /** See BlobStore.write: true flushes the stored file in the background; the caller awaits BlobStore.syncStaged() before recording it. */
  syncLater?: boolean | undefined;
  /**
   * Whether to hand back the bytes stored (for a file of this detected type and size), so the
   * next step can read exactly what was hashed and encrypted without decrypting it again.
   */
  keepPlaintext?: ((mediaType: string, size: number) => boolean) | undefined;
}

/** A stored file, with its bytes when IntakeOptions.keepPlaintext asked for them. */
export type StoredFileAndBytes = StoredFile & { plaintext?: Buffer | undefined };

/**
 * Files up to this size are read whole, hashed and sealed at once, and written in one call: a
 * practice's thousands of letters, scans and photos cost a stream's machinery (three streams and
 * their events per file) more than their bytes. Larger files stream, in constant memory.
 */
const wholeFileBytes = 4 * 1024 * 1024;

/** The file's first `size` bytes, or all of them when it is shorter: its head for its type, or the whole of a file up to the size seen (a file that grows meanwhile is stored as it was when looked at). */
async function readStart(file: string, size: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

async function storeWholeFile(store: BlobStore, file: string, size: number, options: IntakeOptions): Promise<StoredFileAndBytes> {
  const originalName = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await readStart(file, size);
  } catch (error) {
    refuseUnreadable(file, error as NodeJS.ErrnoException);
  }
  if (bytes.length === 0) refuse(file, 'empty', 'the file is empty');
  const { mediaType, ext } = options.detectType ? await options.detectType(bytes.subarray(0, typeSampleBytes)) : unknownType;
  if (options.signal?.aborted) throw new DossierError('CANCELLED', 'The import was cancelled.');
  // Hashed on libuv's threads while the file is sealed and written.
  const [blobId, digest] = await Promise.all([store.writeWhole(bytes, { syncLater: options.syncLater ?? false }), webcrypto.subtle.digest('SHA-256', bytes)]);
  options.onBytes?.(bytes.length, size);
  return {
    blobId,
    originalName,
    size: bytes.length,
    sha256: Buffer.from(digest).toString('hex'),
    mediaType,
    nameMatchesContent: nameMatches(originalName, mediaType, ext),
    ...(options.keepPlaintext?.(mediaType, bytes.length) ? { plaintext: bytes } : {}),
  };
}

export async function storeEvidenceFile(store: BlobStore, file: string, options: IntakeOptions = {}): Promise<StoredFileAndBytes> {
  const originalName = path.basename(file);
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    refuseUnreadable(file, error as NodeJS.ErrnoException);
  }
  if (!info.isFile()) refuse(file, 'not_a_file', 'not a regular file');
  if (info.size === 0) refuse(file, 'empty', 'the file is empty');

  if (info.size <= wholeFileBytes) return storeWholeFile(store, file, info.size, options);

  let head: Uint8Array;
  try {
    head = await readStart(file, typeSampleBytes);
  } catch (error) {
    refuseUnreadable(file, error as NodeJS.ErrnoException);
  }
  const { mediaType, ext } = options.detectType ? await options.detectType(head) : unknownType;

  const hash = createHash('sha256');
  let size = 0;
  const kept: Buffer[] | undefined = options.keepPlaintext?.(mediaType, info.size) ? [] : undefined;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      kept?.push(chunk);
      size += chunk.length;
      options.onBytes?.(size, info.size);
      done(null, chunk);
    },
  });
  // The end is the size seen: Node's ReadStream otherwise allocates a whole highWaterMark for
  // each read, and reads once more to find the end (2 MiB of garbage per small file). A file
  // that grows meanwhile is stored as it was when looked at.
  const source = createReadStream(file, { highWaterMark: 1024 * 1024, start: 0, end: info.size - 1 });
  let sourceError: NodeJS.ErrnoException | undefined;
  source.on('error', (error) => {
    sourceError = error;
    tap.destroy(error);
  });
  let blobId: string;
  try {
    blobId = await store.write(source.pipe(tap), options.signal, { syncLater: options.syncLater ?? false });
  } catch (error) {
    source.destroy();
    if ((error as Error).name === 'AbortError') throw new DossierError('CANCELLED', 'The import was cancelled.');
    // A failure on the vault's side (a full disk, say) is not the file's fault: let it stop the batch.
    if (!sourceError) throw error;
    refuseUnreadable(file, sourceError);
  }
  return {
    blobId,
    originalName,
    size,
    sha256: hash.digest('hex'),
    mediaType,
    nameMatchesContent: nameMatches(originalName, mediaType, ext),
    ...(kept ? { plaintext: Buffer.concat(kept, size) } : {}),
  };
}
