// Takes one file into the vault: its bytes are read once, hashed (SHA-256) and encrypted on the
// way by a sealer thread (evidence/file-sealer.ts), and never written anywhere in the clear; they
// are held whole in memory only when the caller asks to read them next (a PDF's, which a parser
// reads whole anyway). The type comes from the content (magic bytes), never from the name; a name
// that claims another type is recorded, because a hostile file often hides behind a harmless
// extension. The type is told by the exhibit reader process from the file's first bytes
// (IntakeOptions.detectType), while the rest is sealed: file-type parses hostile bytes, so it
// never runs beside the key.
import path from 'node:path';
import type { RefusalCode } from '../../shared/contract.js';
import { DossierError } from '../../shared/errors.js';
import type { BlobStore } from '../evidence/blob-store.js';
import { SealFailedError, type SealFailure } from '../evidence/file-sealer.js';
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

/** A file the system would not let us read (a missing one, a forbidden one, any other failure), or not one to take. */
function refuseSource(file: string, failure: SealFailure): never {
  const code = failure.code;
  if (code === 'not_a_file') refuse(file, 'not_a_file', 'not a regular file');
  if (code === 'empty') refuse(file, 'empty', 'the file is empty');
  if (code === 'ENOENT') refuse(file, 'not_found', 'file not found');
  if (code === 'EACCES' || code === 'EPERM') refuse(file, 'permission', 'permission denied');
  refuse(file, 'unreadable', `cannot be read (${code})`);
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
  /** See BlobStore.writeFile: true flushes the stored file in the background; the caller awaits BlobStore.syncStaged() before recording it. */
  syncLater?: boolean | undefined;
  /**
   * Whether to hand back the bytes stored, so the next step can read exactly what was hashed and
   * encrypted without decrypting it again: never for a file over `maxBytes` (the bytes are
   * gathered as they are read), else when `wanted` says so of the file's detected type and size.
   */
  keepPlaintext?: { maxBytes: number; wanted: (mediaType: string, size: number) => boolean } | undefined;
}

/** A stored file, with its bytes when IntakeOptions.keepPlaintext asked for them. */
export type StoredFileAndBytes = StoredFile & { plaintext?: Buffer | undefined };

export async function storeEvidenceFile(store: BlobStore, file: string, options: IntakeOptions = {}): Promise<StoredFileAndBytes> {
  const originalName = path.basename(file);
  let detecting: Promise<DetectedType> = Promise.resolve(unknownType);
  let sealed;
  try {
    sealed = await store.writeFile(file, {
      syncLater: options.syncLater ?? false,
      signal: options.signal,
      headBytes: typeSampleBytes,
      keepUpTo: options.keepPlaintext?.maxBytes ?? 0,
      onHead: (head, size) => {
        options.onBytes?.(0, size);
        if (!options.detectType) return;
        detecting = options.detectType(head);
        // Awaited below once the file is sealed; a failure meanwhile must not go unhandled.
        detecting.catch(() => undefined);
      },
      onProgress: options.onBytes,
    });
  } catch (error) {
    if (!(error instanceof SealFailedError)) throw error;
    const { failure } = error;
    if (failure.side === 'cancelled') throw new DossierError('CANCELLED', 'The import was cancelled.');
    if (failure.side === 'source') refuseSource(file, failure);
    // A failure on the vault's side (a full disk, say) is not the file's fault: it stops the batch.
    throw Object.assign(new Error(failure.message), { code: failure.code });
  }
  let detected: DetectedType;
  try {
    detected = await detecting;
    if (options.signal?.aborted) throw new DossierError('CANCELLED', 'The import was cancelled.');
  } catch (error) {
    await store.discard([sealed.blobId]);
    throw error;
  }
  const { mediaType, ext } = detected;
  options.onBytes?.(sealed.size, sealed.size);
  const keep = sealed.plaintext && options.keepPlaintext?.wanted(mediaType, sealed.size);
  return {
    blobId: sealed.blobId,
    originalName,
    size: sealed.size,
    sha256: sealed.sha256,
    mediaType,
    nameMatchesContent: nameMatches(originalName, mediaType, ext),
    ...(keep ? { plaintext: sealed.plaintext } : {}),
  };
}
