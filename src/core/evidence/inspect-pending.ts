// Inspects, after an import, the stored files that have no inspection yet: each file's bytes are
// decrypted here and read in the exhibit reader as the dossier will read them (every frame of a
// photo decoded, a PDF's pages counted and checked), and what it found gives the file its badge.
// The import leaves this for afterwards (pipeline.ts says why); a plan or an export inspects any
// file still waiting, so nothing depends on this having run. Each file's result is committed on
// its own, so a cancel, a lock or a kill loses at most the file under way; a file removed
// meanwhile is skipped.
import { inspectionWithoutReading } from '../exhibits/treatment.js';
import { FileIntegrityError } from './file-cipher.js';
import { maxInspectedBeforeExport } from '../intake/pipeline.js';
import type { ExhibitReader } from '../isolation/exhibit-reader.js';
import { inspectInReader } from '../isolation/reader-calls.js';
import { joinInspection, saveInspection } from '../records/inspections.js';
import { getPdfPassword } from '../records/pdf-passwords.js';
import type { Vault } from '../vault/vault.js';

export interface PendingInspection {
  evidenceId: string;
  blobId: string;
  caseId: string;
  originalName: string;
  mediaType: string;
  size: number;
}

/** The files of a case (or of every case) that wait for an inspection, in the order they were imported. */
export function pendingInspections(vault: Vault, caseId: string | null): PendingInspection[] {
  const rows = vault.transaction((db) =>
    db
      .prepare(
        `SELECT evidence.id AS evidenceId, evidence.blob_id AS blobId, evidence.case_id AS caseId, evidence.original_name AS originalName,
                evidence.media_type AS mediaType, evidence.size AS size
           FROM evidence ${joinInspection}
          WHERE inspections.blob_id IS NULL AND (@caseId IS NULL OR evidence.case_id = @caseId) AND evidence.size <= @maxSize
          ORDER BY evidence.imported_at, evidence.position`,
      )
      .all({ caseId, maxSize: maxInspectedBeforeExport }),
  ) as PendingInspection[];
  return rows;
}

export interface InspectPendingOptions {
  signal?: AbortSignal | undefined;
  /** After each file: how many of `total` are done, and the file's name. */
  onFile?: ((done: number, total: number, name: string) => void) | undefined;
}

/**
 * Files inspected at once: one per process of the reader's pool. Each file's bytes are held while
 * it is read (at most maxInspectedBeforeExport each); a task of the lawyer's waits for one file at most.
 */
const filesAtOnce = 2;

/**
 * Inspects the case's waiting files in `reader` (one that reads this case's files only), a few at
 * once, in the order imported; returns how many were inspected. A reader stopped by the signal or
 * a lock throws, once the files under way have ended.
 */
export async function inspectPendingFiles(vault: Vault, reader: ExhibitReader, caseId: string | null, options: InspectPendingOptions = {}): Promise<number> {
  const pending = pendingInspections(vault, caseId);
  let next = 0;
  let done = 0;
  let stopped = false;
  const inspectInTurn = async (): Promise<void> => {
    try {
      for (let file = pending[next++]; file && !stopped; file = pending[next++]) {
        options.signal?.throwIfAborted();
        const byType = inspectionWithoutReading(file.mediaType, file.size);
        const inspection = byType ?? (await inspectStored(vault, reader, file, options.signal));
        if (inspection) vault.transaction((db) => saveInspection(db, file!.blobId, inspection));
        done += 1;
        options.onFile?.(done, pending.length, file.originalName);
      }
    } catch (error) {
      // A lock or a cancel: the other files under way end, no new one starts.
      stopped = true;
      throw error;
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: filesAtOnce }, inspectInTurn));
  const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return done;
}

async function inspectStored(vault: Vault, reader: ExhibitReader, file: PendingInspection, signal: AbortSignal | undefined) {
  const password = vault.transaction((db) => getPdfPassword(db, file.evidenceId));
  let bytes: Buffer;
  try {
    bytes = await vault.blobs.readAll(file.blobId, file.size);
  } catch (error) {
    // Removed while waiting, or failing its integrity check (which the export reports): nothing to inspect.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof FileIntegrityError) return undefined;
    throw error;
  }
  const { inspection } = await inspectInReader(reader, { bytes, mediaType: file.mediaType, ...(password === undefined ? {} : { password }) }, signal);
  return inspection;
}
