// The one way a file enters the vault, whatever brings it (the window's file picker, a CASE.json,
// any later source): the same steps in the same order.
//   1. stageFile: type detection from the content, streaming encryption and hashing into a staged
//      blob (store-file.ts), then inspection of the very bytes hashed (src/core/exhibits); both
//      read hostile bytes, so both run in the exhibit reader process (src/core/isolation);
//   2. recordFile, in the caller's transaction: the evidence row, its search entry and its
//      inspection (src/core/records); the caller appends its audit entry to the same transaction;
//   3. publishFiles once that transaction has committed, or discardFiles if it did not.
// A kill before the commit leaves nothing the next open keeps; after it, the next open publishes.
// The inspection never costs a file its place: one that fails, is stopped or is skipped (a file
// too large to read now) leaves the file in with the badge its type gives, and it is inspected
// when a plan or an export first needs it. A file the reader failed on (too slow, too much
// memory, a crash) goes in marked 'reader_failed'; the rest of the batch goes on.
import type { EvidenceItem } from '../../shared/models.js';
import type { Inspection } from '../exhibits/inspection.js';
import { inspectionWithoutReading } from '../exhibits/treatment.js';
import { ReaderFailure, type ExhibitReader } from '../isolation/exhibit-reader.js';
import { detectTypeInReader, inspectInReader, readerFailedInspection, type DetectedType } from '../isolation/reader-calls.js';
import { insertEvidence, type EvidenceLinks } from '../records/evidence.js';
import { saveInspection } from '../records/inspections.js';
import type { SqliteDatabase } from '../vault/database.js';
import type { Vault } from '../vault/vault.js';
import type { ImageHints } from './kind-guess.js';
import { storeEvidenceFile, type IntakeOptions, type StoredFile } from './store-file.js';

/**
 * Files larger than this are not read at import: a 1 GiB scan would hold the import for minutes
 * (and its bytes would sit in memory). They keep the badge their type gives them until a plan or
 * an export inspects them.
 */
export const maxInspectedAtImport = 200 * 1024 * 1024;

/** A file stored in the vault's staging area, not yet recorded. */
export interface StagedFile {
  stored: StoredFile;
  /** Undefined when the inspection failed, was stopped or was left for later. */
  inspection: Inspection | undefined;
  /** What an image's header says of the device that made it, for the kind guess, when it was read. */
  hints?: ImageHints | undefined;
}

export type StageOptions = Omit<IntakeOptions, 'keepPlaintext' | 'detectType'> & {
  /** Where the file's bytes are parsed: its type, its inspection. */
  reader: ExhibitReader;
  /** The password given for a protected PDF (a CASE.json's `password`), to inspect it with; it goes to the reader only. */
  password?: string | undefined;
};

/** Step 1: stores the file (a FileRefusedError names a file the vault will not take) and inspects it. */
export async function stageFile(vault: Vault, file: string, { password, ...options }: StageOptions): Promise<StagedFile> {
  const { plaintext, typeUnread, ...stored } = await storeForInspection(vault, file, options);
  return { stored, ...(await inspect(options.reader, stored, plaintext, typeUnread, options.signal, password)) };
}

const unknownType: DetectedType = { mediaType: 'application/octet-stream', ext: undefined };

/** Stores the file, its type told by the reader; a reader that failed on its first bytes leaves it of unknown type, marked. */
async function storeForInspection(vault: Vault, file: string, options: StageOptions) {
  let typeUnread: ReaderFailure | undefined;
  const stored = await storeEvidenceFile(vault.blobs, file, {
    ...options,
    detectType: async (head) => {
      try {
        return await detectTypeInReader(options.reader, head, options.signal);
      } catch (error) {
        if (!(error instanceof ReaderFailure) || error.kind === 'stopped') throw error;
        typeUnread = error;
        return unknownType;
      }
    },
    keepPlaintext: (mediaType, size) => !typeUnread && size <= maxInspectedAtImport && inspectionWithoutReading(mediaType, size) === undefined,
  });
  return { ...stored, typeUnread };
}

/** Files stored ahead of their inspection in a batch, at most: a run of photos then catches up while PDFs are stored. */
const maxFilesAwaitingInspection = 8;
/** Bytes those files may hold, beyond the file being inspected (each file is at most maxInspectedAtImport). */
const maxBytesAwaitingInspection = 64 * 1024 * 1024;

/**
 * Step 1 for a batch of files staged one after another: files are inspected in order, one at a
 * time, while the next ones are stored. Inspecting is CPU work (a photo decoded on libvips's
 * threads, a PDF parsed), storing waits mostly on the disk (reading, and the flush of each
 * encrypted file), so the two overlap; done in turn, inspecting doubled a large import. Storing
 * runs ahead of inspecting by a few files and bytes at most (the bytes of a file wait in memory
 * for its inspection).
 */
export class StagingBatch {
  readonly #queue: { inspected: Promise<void>; bytes: number }[] = [];

  constructor(
    private readonly vault: Vault,
    private readonly reader: ExhibitReader,
  ) {}

  /**
   * Stores the file (a FileRefusedError names a file the vault will not take) and queues its
   * inspection. The StagedFile's inspection is filled in when that ends: read it after settled().
   */
  async stage(file: string, { password, ...options }: Omit<StageOptions, 'reader'> = {}): Promise<StagedFile> {
    while (this.#queue.length >= maxFilesAwaitingInspection || this.#bytesAwaiting() > maxBytesAwaitingInspection) await this.#queue[0]!.inspected;
    const { plaintext, typeUnread, ...stored } = await storeForInspection(this.vault, file, { ...options, reader: this.reader });
    const staged: StagedFile = { stored, inspection: undefined };
    const inspected = this.settled()
      .then(() => inspect(this.reader, stored, plaintext, typeUnread, options.signal, password))
      .then((found) => {
        Object.assign(staged, found);
        // Inspections end in order, so this file is the queue's first.
        this.#queue.shift();
      });
    this.#queue.push({ inspected, bytes: plaintext?.length ?? 0 });
    return staged;
  }

  /** Waits for the inspections still queued (they never fail: a failed inspection leaves its file uninspected). */
  settled(): Promise<void> {
    return this.#queue.at(-1)?.inspected ?? Promise.resolve();
  }

  /** The bytes of the files queued behind the one being inspected. */
  #bytesAwaiting(): number {
    return this.#queue.slice(1).reduce((sum, file) => sum + file.bytes, 0);
  }
}

async function inspect(
  reader: ExhibitReader,
  stored: StoredFile,
  plaintext: Buffer | undefined,
  typeUnread: ReaderFailure | undefined,
  signal: AbortSignal | undefined,
  password?: string,
): Promise<Pick<StagedFile, 'inspection' | 'hints'>> {
  if (typeUnread) return { inspection: readerFailedInspection(typeUnread) };
  const byType = inspectionWithoutReading(stored.mediaType, stored.size);
  if (byType || !plaintext) return { inspection: byType };
  try {
    return await inspectInReader(reader, { bytes: plaintext, mediaType: stored.mediaType, ...(password === undefined ? {} : { password }) }, signal);
  } catch {
    // Stopped, or something other than the file failed: the file goes in uninspected.
    return { inspection: undefined };
  }
}

/** Step 2, inside the caller's transaction: the evidence row, its search entry and its inspection. */
export function recordFile(db: SqliteDatabase, caseId: string, staged: StagedFile, metadata: unknown, links: EvidenceLinks = {}): EvidenceItem {
  const item = insertEvidence(db, caseId, staged.stored, metadata, links);
  if (staged.inspection) saveInspection(db, staged.stored.blobId, staged.inspection);
  return item;
}

/** Step 3: the staged files of a committed transaction take their place in the vault. */
export async function publishFiles(vault: Vault, staged: Iterable<StagedFile>): Promise<void> {
  await vault.blobs.publish([...staged].map((file) => file.stored.blobId));
}

/** Drops staged files whose records did not commit (or were never to be written). */
export async function discardFiles(vault: Vault, staged: Iterable<StagedFile>): Promise<void> {
  await vault.blobs.discard([...staged].map((file) => file.stored.blobId));
}
