// The password the user gave for a protected PDF, one per evidence item (migration 007). It lives
// in the encrypted database only, in a table of its own that no query of evidence rows joins, and
// leaves the core in one direction only: to the exhibit reader, to open the file. It is never
// written to the audit log, the search index, an error message or an answer to the window.
import type { SqliteDatabase } from '../vault/database.js';

/** The password kept for this item, if one is. */
export function getPdfPassword(db: SqliteDatabase, evidenceId: string): string | undefined {
  const row = db.prepare('SELECT password FROM evidence_passwords WHERE evidence_id = ?').get(evidenceId) as { password: string } | undefined;
  return row?.password;
}

/** The passwords kept for any of these items, by evidence id; an item without one is absent. */
export function readPdfPasswords(db: SqliteDatabase, evidenceIds: readonly string[]): Map<string, string> {
  const rows = db
    .prepare('SELECT evidence_id, password FROM evidence_passwords WHERE evidence_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(evidenceIds)) as { evidence_id: string; password: string }[];
  return new Map(rows.map((row) => [row.evidence_id, row.password]));
}

/** Keeps (or replaces) the password of an item; call once the reader has opened the file with it. */
export function savePdfPassword(db: SqliteDatabase, evidenceId: string, password: string): void {
  db.prepare(
    `INSERT INTO evidence_passwords (evidence_id, password, set_at) VALUES (?, ?, ?)
     ON CONFLICT (evidence_id) DO UPDATE SET password = excluded.password, set_at = excluded.set_at`,
  ).run(evidenceId, password, new Date().toISOString());
}

/** Forgets an item's password; whether there was one. */
export function clearPdfPassword(db: SqliteDatabase, evidenceId: string): boolean {
  return db.prepare('DELETE FROM evidence_passwords WHERE evidence_id = ?').run(evidenceId).changes > 0;
}
