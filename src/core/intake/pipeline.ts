// The one way a file enters the vault, whatever brings it (the window's file picker, a CASE.json,
// any later source): the same steps in the same order.
//   1. stageFile: type detection (and an image's header hints) from the content's first bytes,
//      streaming encryption and hashing into a staged blob (store-file.ts); the type is read from
//      hostile bytes, so in the exhibit reader process (src/core/isolation);
//   2. recordFile, in the caller's transaction: the evidence row and its search entry
//      (src/core/records); the caller appends its audit entry to the same transaction;
//   3. publishFiles once that transaction has committed, or discardFiles if it did not.
// A kill before the commit leaves nothing the next open keeps; after it, the next open publishes.
// The import stores; it does not inspect. Reading a file as the dossier will (decoding every
// frame of a photo, parsing a PDF) costs more than storing it, so it runs after the import, in
// the background (src/core/evidence/inspect-pending.ts), and a plan or an export inspects any
// file still waiting. Until then a file has the badge its type gives. One file is inspected at
// once, here: a PDF given with its password (a CASE.json's `password`), so that a wrong password
// is said at import. A file the reader failed on (too slow, too much memory, a crash) goes in
// marked 'reader_failed'; the rest of the batch goes on.
import { stat } from 'node:fs/promises';
import { DossierError } from '../../shared/errors.js';
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
import { FileRefusedError, storeEvidenceFile, type IntakeOptions, type StoredFile } from './store-file.js';

/**
 * Files larger than this are not inspected after the import either: a 1 GiB scan would hold the
 * reader for minutes (and its bytes would sit in memory). They keep the badge their type gives
 * them until a plan or an export inspects them.
 */
export const maxInspectedBeforeExport = 200 * 1024 * 1024;

/** A file stored in the vault's staging area, not yet recorded. */
export interface StagedFile {
  stored: StoredFile;
  /** Undefined when the inspection was left for later (most files), failed or was stopped. */
  inspection: Inspection | undefined;
  /** What an image's header says of the device that made it, for the kind guess, when its first bytes hold it. */
  hints?: ImageHints | undefined;
}

export type StageOptions = Omit<IntakeOptions, 'keepPlaintext' | 'detectType'> & {
  /** Where the file's bytes are parsed: its type, its inspection. */
  reader: ExhibitReader;
  /** The password given for a protected PDF (a CASE.json's `password`): the file is inspected with it now, in the reader only. */
  password?: string | undefined;
};

/** Step 1: stores the file (a FileRefusedError names a file the vault will not take), and inspects a PDF given with its password. */
export async function stageFile(vault: Vault, file: string, { password, ...options }: StageOptions): Promise<StagedFile> {
  const { plaintext, typeUnread, hints, ...stored } = await storeForInspection(vault, file, options, password !== undefined);
  return { stored, hints, ...(await inspect(options.reader, stored, plaintext, typeUnread, options.signal, password)) };
}

const unknownType: DetectedType = { mediaType: 'application/octet-stream', ext: undefined };

/**
 * Stores the file, its type told by the reader; a reader that failed on its first bytes leaves it
 * of unknown type, marked. `inspectNow` keeps the bytes stored for an inspection right after.
 */
async function storeForInspection(vault: Vault, file: string, options: StageOptions, inspectNow: boolean) {
  let typeUnread: ReaderFailure | undefined;
  let hints: ImageHints | undefined;
  const stored = await storeEvidenceFile(vault.blobs, file, {
    ...options,
    detectType: async (head) => {
      try {
        const detected = await detectTypeInReader(options.reader, head, options.signal);
        hints = detected.hints;
        return detected;
      } catch (error) {
        if (!(error instanceof ReaderFailure) || error.kind === 'stopped') throw error;
        typeUnread = error;
        return unknownType;
      }
    },
    keepPlaintext: inspectNow
      ? { maxBytes: maxInspectedBeforeExport, wanted: (mediaType, size) => !typeUnread && inspectionWithoutReading(mediaType, size) === undefined }
      : undefined,
  });
  return { ...stored, typeUnread, hints };
}

/**
 * Files stored at once in a batch: while some wait on the reader for their type, each sealer
 * thread has one to read, seal and write, and the next waiting (measured: 6 beside 4 sealers
 * imported the benchmark's practice about 4 % faster than 3 beside 3; more gained nothing).
 */
const maxStoresAtOnce = 6;
/** Inspections at once: one per process of the reader's pool, which also tells the next files' types between them. */
const maxInspectionsAtOnce = 2;
/** Files stored ahead of their inspection, at most: a run of photos then catches up while PDFs are stored. */
const maxFilesAwaitingInspection = 8;
/**
 * Bytes a batch holds at most: the files being stored, counted at their size, and the bytes kept
 * for inspections not yet ended. A file that does not fit is stored once the others are done,
 * alone: a file larger than this (at most maxInspectedBeforeExport is kept) is stored by itself.
 */
const maxBytesHeld = 64 * 1024 * 1024;

export type BatchStageOptions = Omit<StageOptions, 'reader' | 'syncLater'>;

/** A file a StagingBatch has begun to stage. */
export interface StagingFile {
  /**
   * Settles once the file is stored and inspected; rejects with a FileRefusedError for a file the
   * vault will not take (the batch goes on), or with what stopped the batch.
   */
  readonly done: Promise<StagedFile>;
}

/**
 * Step 1 for a batch of files: a few files are stored at once (a small file waits mostly on the
 * reader's answer for its type, on opening and writing, and a large one on the disk, so several
 * overlap), and their flushes run behind them (syncLater: the caller awaits syncStaged() before
 * committing). The few files inspected now (PDFs given with a password) are inspected in the
 * order given, up to one per reader process, while the next files are stored; their bytes wait
 * in memory for it, so storing runs ahead by a few files and bytes at most. The first failure
 * that is no refusal (a cancel, a full disk) stops the batch: start() then throws it.
 */
export class StagingBatch {
  readonly #pending = new Set<Promise<unknown>>();
  readonly #stagedFiles: StagedFile[] = [];
  /** The inspections started, in order: the next one waits for the one maxInspectionsAtOnce back. */
  readonly #inspections: Promise<void>[] = [];
  #wakers: (() => void)[] = [];
  #storing = 0;
  #awaitingInspection = 0;
  #bytesHeld = 0;
  #failure: { error: unknown } | undefined;

  constructor(
    private readonly vault: Vault,
    private readonly reader: ExhibitReader,
  ) {}

  /** Waits for room in the batch, then begins to store the file; its outcome is `done`. */
  async start(file: string, { password, ...options }: BatchStageOptions = {}): Promise<StagingFile> {
    // Only a file inspected now has its bytes gathered as it is stored (storeForInspection); the
    // size decides when it starts, storeEvidenceFile looks at the file itself.
    const inspectNow = password !== undefined;
    const held = inspectNow ? await stat(file).then((info) => (info.isFile() ? Math.min(info.size, maxInspectedBeforeExport) : 0), () => 0) : 0;
    while (!this.#failure && !this.#hasRoom(held)) await new Promise<void>((wake) => this.#wakers.push(wake));
    if (this.#failure) throw this.#failure.error;

    this.#storing += 1;
    this.#bytesHeld += held;
    const storing = storeForInspection(this.vault, file, { ...options, syncLater: true, reader: this.reader }, inspectNow).finally(() => {
      this.#storing -= 1;
      this.#bytesHeld -= held;
    });
    const inspectedBefore = this.#inspections.at(-maxInspectionsAtOnce);
    const done = storing.then(
      async ({ plaintext, typeUnread, hints, ...stored }) => {
        const staged: StagedFile = { stored, inspection: undefined, hints };
        this.#stagedFiles.push(staged);
        const kept = plaintext?.length ?? 0;
        this.#bytesHeld += kept;
        this.#awaitingInspection += 1;
        this.#wake();
        try {
          await inspectedBefore;
          Object.assign(staged, await inspect(this.reader, stored, plaintext, typeUnread, options.signal, password));
        } finally {
          this.#bytesHeld -= kept;
          this.#awaitingInspection -= 1;
        }
        return staged;
      },
      (error: unknown) => {
        if (!(error instanceof FileRefusedError)) this.#failure ??= { error };
        throw error;
      },
    );
    // The next inspection waits for this one, whether the file was stored or refused.
    const ended = done.then(
      () => undefined,
      () => undefined,
    );
    this.#inspections.push(ended);
    if (this.#inspections.length > maxInspectionsAtOnce) this.#inspections.shift();
    this.#pending.add(ended);
    void ended.then(() => {
      this.#pending.delete(ended);
      this.#wake();
    });
    return { done };
  }

  /**
   * Stages the files in this order, a few at once as room allows, in the background: one promise
   * per file, each settling as `StagingFile.done` does. Once the batch stops (a failure, a cancel,
   * stop()), the files not yet begun reject with what stopped it. No promise is left unhandled,
   * so the caller may await them one by one.
   */
  stageAll(files: readonly { file: string; options?: BatchStageOptions }[]): Promise<StagedFile>[] {
    const outcomes = files.map(() => {
      const outcome = {} as { promise: Promise<StagedFile>; resolve: (staged: StagedFile) => void; reject: (error: unknown) => void };
      outcome.promise = new Promise<StagedFile>((resolve, reject) => Object.assign(outcome, { resolve, reject }));
      outcome.promise.catch(() => undefined);
      return outcome;
    });
    const feeding = (async () => {
      let index = 0;
      try {
        for (; index < files.length; index += 1) {
          const { file, options } = files[index]!;
          if (options?.signal?.aborted) throw new DossierError('CANCELLED', 'The import was cancelled.');
          const { done } = await this.start(file, options);
          done.then(outcomes[index]!.resolve, outcomes[index]!.reject);
        }
      } catch (error) {
        for (; index < files.length; index += 1) outcomes[index]!.reject(error);
      }
    })();
    this.#pending.add(feeding);
    void feeding.then(() => this.#pending.delete(feeding));
    return outcomes.map((outcome) => outcome.promise);
  }

  /** Begins no more files (those under way finish): the caller stopped for a reason of its own. */
  stop(reason: unknown): void {
    this.#failure ??= { error: reason };
    this.#wake();
  }

  /** Waits until every file begun has been stored (or refused) and inspected. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all(this.#pending);
  }

  /** Every file the batch has stored so far, in the order each was stored: after settled(), those to discard when their records did not commit. */
  stored(): readonly StagedFile[] {
    return this.#stagedFiles;
  }

  #hasRoom(size: number): boolean {
    if (this.#storing >= maxStoresAtOnce || this.#awaitingInspection >= maxFilesAwaitingInspection) return false;
    const alone = this.#storing === 0 && this.#bytesHeld === 0;
    return alone || this.#bytesHeld + size <= maxBytesHeld;
  }

  #wake(): void {
    const wakers = this.#wakers;
    this.#wakers = [];
    for (const wake of wakers) wake();
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
