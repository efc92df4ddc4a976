// Where the reading of each stored file's text stands: read, with or without text (migration
// 009's evidence_texts, written by records/evidence-text.ts), or failed, and why (migration 010),
// by the reader version that tried. The background reading passes a failed file over until a
// newer reader, or a reading asked "again", tries it once more; a file whose text is kept loses
// its failure.
import type { TextFailureReason } from '../../shared/contract.js';
import type { SqliteDatabase } from '../vault/database.js';

export interface TextReadingFailure {
  reason: TextFailureReason;
  /** In plain words (English), at most 1,000 characters. */
  detail: string;
}

export function saveTextReadingFailure(db: SqliteDatabase, blobId: string, failure: TextReadingFailure, readerVersion: number): void {
  // A file removed while it was being read has nothing to note the failure against.
  if (db.prepare('SELECT 1 FROM evidence WHERE blob_id = ?').get(blobId) === undefined) return;
  db.prepare(
    `INSERT INTO evidence_text_failures (blob_id, reader_version, reason, detail, failed_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (blob_id) DO UPDATE SET reader_version = excluded.reader_version, reason = excluded.reason, detail = excluded.detail, failed_at = excluded.failed_at`,
  ).run(blobId, readerVersion, failure.reason, failure.detail.slice(0, 1000), new Date().toISOString());
}

export function clearTextReadingFailure(db: SqliteDatabase, blobId: string): void {
  db.prepare('DELETE FROM evidence_text_failures WHERE blob_id = ?').run(blobId);
}

/** The failure noted for a file by this reader version (or a newer one), if any. */
export function textReadingFailureOf(db: SqliteDatabase, blobId: string, readerVersion: number): TextReadingFailure | undefined {
  const row = db.prepare('SELECT reason, detail FROM evidence_text_failures WHERE blob_id = ? AND reader_version >= ?').get(blobId, readerVersion) as
    | TextReadingFailure
    | undefined;
  return row ? { reason: row.reason, detail: row.detail } : undefined;
}

/** The files of a case (of every case: null) that this reader version (or a newer one) failed to read. */
export function failedTextBlobs(db: SqliteDatabase, caseId: string | null, readerVersion: number): Set<string> {
  const rows = db
    .prepare(
      `SELECT f.blob_id FROM evidence_text_failures f JOIN evidence e ON e.blob_id = f.blob_id
        WHERE f.reader_version >= @readerVersion AND (@caseId IS NULL OR e.case_id = @caseId)`,
    )
    .all({ caseId, readerVersion }) as { blob_id: string }[];
  return new Set(rows.map((row) => row.blob_id));
}

/** Whether the file's text was read (by any reader version), with or without pages. */
export function hasReadText(db: SqliteDatabase, blobId: string): boolean {
  return db.prepare('SELECT 1 FROM evidence_texts WHERE blob_id = ?').get(blobId) !== undefined;
}

/** How many files of the case hold text read by this reader version or a newer one. */
export function filesWithText(db: SqliteDatabase, caseId: string, readerVersion: number): number {
  const row = db
    .prepare('SELECT count(*) AS n FROM evidence e JOIN evidence_texts t ON t.blob_id = e.blob_id WHERE e.case_id = ? AND t.reader_version >= ?')
    .get(caseId, readerVersion) as { n: number };
  return row.n;
}
