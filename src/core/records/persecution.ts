import { persecutionInputSchema, type PersecutionInput, type PersecutionProfile } from '../../shared/models.js';
import { indexRecord } from './search-index.js';
import type { SqliteDatabase } from '../vault/database.js';
import { parseInput } from './parse-input.js';

/** A case has one persecution profile; saving replaces it whole. */
export function savePersecution(db: SqliteDatabase, caseId: string, input: PersecutionInput): PersecutionProfile {
  const data = parseInput(persecutionInputSchema, input, 'persecution profile');
  db.prepare(
    `INSERT INTO persecution_profiles (case_id, data, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  ).run(caseId, JSON.stringify(data), new Date().toISOString());
  indexRecord(db, 'persecution', caseId, caseId, data);
  return { ...data, caseId };
}

export function getPersecution(db: SqliteDatabase, caseId: string): PersecutionProfile | undefined {
  const row = db.prepare('SELECT data FROM persecution_profiles WHERE case_id = ?').get(caseId) as { data: string } | undefined;
  return row ? { ...(JSON.parse(row.data) as Omit<PersecutionProfile, 'caseId'>), caseId } : undefined;
}
