import { randomUUID } from 'node:crypto';
import { earliestDay } from '../../shared/dates.js';
import { eventInputSchema, type EventInput, type TimelineEvent } from '../../shared/models.js';
import { indexRecord } from '../search/search-index.js';
import type { SqliteDatabase } from '../vault/database.js';
import { parseInput } from './parse-input.js';

export function insertEvent(db: SqliteDatabase, caseId: string, input: EventInput, evidenceIds: string[] = []): TimelineEvent {
  const data = parseInput(eventInputSchema, input, 'timeline event');
  const now = new Date().toISOString();
  const id = randomUUID();
  const sortDate = earliestDay(data.date);
  db.prepare(
    'INSERT INTO events (id, case_id, sort_date, type, title, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(id, caseId, sortDate, data.type, data.title, JSON.stringify(data), now, now);
  const link = db.prepare('INSERT OR IGNORE INTO event_evidence (event_id, evidence_id) VALUES (?, ?)');
  for (const evidenceId of evidenceIds) link.run(id, evidenceId);
  indexRecord(db, 'event', id, caseId, data);
  return { ...data, id, caseId, sortDate, evidenceIds: [...new Set(evidenceIds)] };
}

/** The case's timeline in date order; undated precision sorts by the earliest day it can mean. */
export function listEvents(db: SqliteDatabase, caseId: string): TimelineEvent[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.sort_date, e.data,
              (SELECT json_group_array(evidence_id) FROM event_evidence WHERE event_id = e.id) AS evidence_ids
         FROM events e WHERE e.case_id = ? ORDER BY e.sort_date, e.created_at`,
    )
    .all(caseId) as { id: string; sort_date: string; data: string; evidence_ids: string }[];
  return rows.map((row) => ({
    ...(JSON.parse(row.data) as Omit<TimelineEvent, 'id' | 'caseId' | 'sortDate' | 'evidenceIds'>),
    id: row.id,
    caseId,
    sortDate: row.sort_date,
    evidenceIds: JSON.parse(row.evidence_ids) as string[],
  }));
}
