import { randomUUID } from 'node:crypto';
import { deadlineInputSchema, type Deadline, type DeadlineInput } from '../../shared/models.js';
import type { SqliteDatabase } from '../vault/database.js';
import { parseInput } from './parse-input.js';

/** A deadline entered by hand, for what no rule derives (a court's own order, a consulate's slot). */
export function insertDeadline(db: SqliteDatabase, caseId: string, input: DeadlineInput): Deadline {
  const data = parseInput(deadlineInputSchema, input, 'deadline');
  const id = randomUUID();
  db.prepare('INSERT INTO deadlines (id, case_id, title, due, data, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    caseId,
    data.title,
    data.due,
    JSON.stringify(data),
    new Date().toISOString(),
  );
  return { ...data, id, caseId, origin: 'manual' };
}

export function listManualDeadlines(db: SqliteDatabase, caseId: string): Deadline[] {
  const rows = db.prepare('SELECT id, data FROM deadlines WHERE case_id = ? ORDER BY due').all(caseId) as { id: string; data: string }[];
  return rows.map((row) => ({ ...(JSON.parse(row.data) as DeadlineInput), id: row.id, caseId, origin: 'manual' as const }));
}
