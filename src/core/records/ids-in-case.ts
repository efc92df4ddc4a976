// Records that link to a case's events or exhibits (an element's argument, a redaction profile)
// must name only that case's: a foreign key alone would accept another case's.
import type { SqliteDatabase } from '../vault/database.js';

/** The ids among `ids` that are not events (or exhibits) of the case, each once. */
export function idsNotInCase(db: SqliteDatabase, table: 'events' | 'evidence', caseId: string, ids: readonly string[]): string[] {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows = db.prepare(`SELECT id FROM ${table} WHERE case_id = ? AND id IN (SELECT value FROM json_each(?))`).all(caseId, JSON.stringify(wanted)) as { id: string }[];
  const found = new Set(rows.map((row) => row.id));
  return wanted.filter((id) => !found.has(id));
}
