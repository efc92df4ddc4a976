import { randomUUID } from 'node:crypto';
import { earliestDay } from '../../shared/dates.js';
import { DossierError } from '../../shared/errors.js';
import { eventInputSchema, type EventInput, type TimelineEvent } from '../../shared/models.js';
import { indexRecord, unindexRecord } from './search-index.js';
import { cachedStatement, type SqliteDatabase } from '../vault/database.js';
import { parseInput } from './parse-input.js';

interface EventRow {
  id: string;
  case_id: string;
  sort_date: string;
  data: string;
  evidence_ids: string;
}

// Each event's links come with it as a JSON array from the primary-key index of event_evidence,
// so a timeline of thousands of events is still one query.
const selectEvents = `SELECT e.id, e.case_id, e.sort_date, e.data,
              (SELECT json_group_array(evidence_id) FROM event_evidence WHERE event_id = e.id) AS evidence_ids
         FROM events e`;

function fromRow(row: EventRow): TimelineEvent {
  return {
    ...(JSON.parse(row.data) as Omit<TimelineEvent, 'id' | 'caseId' | 'sortDate' | 'evidenceIds'>),
    id: row.id,
    caseId: row.case_id,
    sortDate: row.sort_date,
    evidenceIds: JSON.parse(row.evidence_ids) as string[],
  };
}

/** Sets an event's evidence links to exactly `evidenceIds`, each of which must be in the event's case. */
function setEvidenceLinks(db: SqliteDatabase, eventId: string, caseId: string, evidenceIds: readonly string[]): string[] {
  const wanted = [...new Set(evidenceIds)];
  if (wanted.length > 0) {
    const found = new Set(
      (
        db
          .prepare('SELECT id FROM evidence WHERE case_id = ? AND id IN (SELECT value FROM json_each(?))')
          .all(caseId, JSON.stringify(wanted)) as { id: string }[]
      ).map((row) => row.id),
    );
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new DossierError('INVALID_INPUT', `The event links evidence that is not in its case: ${missing.join(', ')}.`);
    }
  }
  cachedStatement(db, 'DELETE FROM event_evidence WHERE event_id = ?').run(eventId);
  const link = cachedStatement(db, 'INSERT INTO event_evidence (event_id, evidence_id) VALUES (?, ?)');
  for (const evidenceId of wanted) link.run(eventId, evidenceId);
  return wanted;
}

export function insertEvent(db: SqliteDatabase, caseId: string, input: EventInput, evidenceIds: string[] = []): TimelineEvent {
  const data = parseInput(eventInputSchema, input, 'timeline event');
  const now = new Date().toISOString();
  const id = randomUUID();
  const sortDate = earliestDay(data.date);
  cachedStatement(
    db,
    'INSERT INTO events (id, case_id, sort_date, type, title, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(id, caseId, sortDate, data.type, data.title, JSON.stringify(data), now, now);
  const linked = setEvidenceLinks(db, id, caseId, evidenceIds);
  indexRecord(db, 'event', id, caseId, data);
  return { ...data, id, caseId, sortDate, evidenceIds: linked };
}

export function getEvent(db: SqliteDatabase, id: string): TimelineEvent {
  const row = db.prepare(`${selectEvents} WHERE e.id = ?`).get(id) as EventRow | undefined;
  if (!row) throw new DossierError('NOT_FOUND', `No timeline event has id ${id}.`);
  return fromRow(row);
}

/** Replaces an event's fields and its evidence links whole; it stays in its case. */
export function updateEvent(db: SqliteDatabase, id: string, input: EventInput, evidenceIds: string[] = []): TimelineEvent {
  const data = parseInput(eventInputSchema, input, 'timeline event');
  const { caseId } = getEvent(db, id);
  db.prepare('UPDATE events SET sort_date = ?, type = ?, title = ?, data = ?, updated_at = ? WHERE id = ?').run(
    earliestDay(data.date),
    data.type,
    data.title,
    JSON.stringify(data),
    new Date().toISOString(),
    id,
  );
  setEvidenceLinks(db, id, caseId, evidenceIds);
  indexRecord(db, 'event', id, caseId, data);
  return getEvent(db, id);
}

/** Deletes an event and its links to evidence; the evidence itself stays. */
export function deleteEvent(db: SqliteDatabase, id: string): void {
  // event_evidence rows go with the event (ON DELETE CASCADE); evidence rows are not touched.
  const changed = db.prepare('DELETE FROM events WHERE id = ?').run(id).changes;
  if (changed === 0) throw new DossierError('NOT_FOUND', `No timeline event has id ${id}.`);
  // The marks (done, state in the filing, time) of deadlines this event derived ("rule:eventId").
  db.prepare("DELETE FROM deadline_marks WHERE substr(deadline_id, instr(deadline_id, ':') + 1) = ?").run(id);
  unindexRecord(db, 'event', id);
}

/** The case's timeline in date order; undated precision sorts by the earliest day it can mean. */
export function listEvents(db: SqliteDatabase, caseId: string): TimelineEvent[] {
  return (db.prepare(`${selectEvents} WHERE e.case_id = ? ORDER BY e.sort_date, e.created_at`).all(caseId) as EventRow[]).map(fromRow);
}

/**
 * The events that can make a deadline, across every case whose status is not one of
 * `closedStatuses`: those of the given types (a rule's), and any that states its own days.
 */
export function listOpenCaseEventsWithDeadlines(db: SqliteDatabase, types: readonly string[], closedStatuses: readonly string[]): TimelineEvent[] {
  return (
    db
      .prepare(
        `${selectEvents} JOIN cases c ON c.id = e.case_id
          WHERE (e.type IN (SELECT value FROM json_each(?)) OR json_extract(e.data, '$.deadlineDays') IS NOT NULL)
            AND c.status NOT IN (SELECT value FROM json_each(?))
          ORDER BY e.sort_date`,
      )
      .all(JSON.stringify(types), JSON.stringify(closedStatuses)) as EventRow[]
  ).map(fromRow);
}
