import { randomUUID } from 'node:crypto';
import { addDays } from '../../shared/dates.js';
import { DossierError } from '../../shared/errors.js';
import {
  deadlineInputSchema,
  deadlineMarksSchema,
  type Case,
  type Client,
  type Deadline,
  type DeadlineInput,
  type DeadlineMarks,
  type TimelineEvent,
} from '../../shared/models.js';
import { deriveDeadlines, eventRules, sortDeadlines } from '../deadlines/derive.js';
import type { SqliteDatabase } from '../vault/database.js';
import { getCase } from './cases.js';
import { clientFromRow, getClient, type ClientRow } from './clients.js';
import { listEvents, listOpenCaseEventsWithDeadlines } from './events.js';
import { parseInput } from './parse-input.js';

/** Cases in these states need no more reminders. */
export const closedCaseStatuses: readonly Case['status'][] = ['archived', 'closed'];

/** What a deadline entered by hand keeps in its JSON data: what was typed, and its marks. */
type ManualDeadlineData = DeadlineInput & { done?: boolean | undefined; inFiling?: boolean | undefined };

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

interface ManualDeadlineRow {
  id: string;
  case_id: string;
  data: string;
}

function fromRow(row: ManualDeadlineRow): Deadline {
  return { ...(JSON.parse(row.data) as ManualDeadlineData), id: row.id, caseId: row.case_id, origin: 'manual' };
}

function manualRow(db: SqliteDatabase, id: string): ManualDeadlineRow | undefined {
  return db.prepare('SELECT id, case_id, data FROM deadlines WHERE id = ?').get(id) as ManualDeadlineRow | undefined;
}

/** Derived ids are "rule:source" (see derive.ts); ids of deadlines entered by hand are UUIDs. */
function refuseDerived(id: string, change: string): never {
  throw new DossierError(
    'INVALID_INPUT',
    `This deadline follows from an event or an identity document, so it cannot be ${change} on its own: change or delete the event or the document instead.`,
  );
}

export function listManualDeadlines(db: SqliteDatabase, caseId: string): Deadline[] {
  return (db.prepare('SELECT id, case_id, data FROM deadlines WHERE case_id = ? ORDER BY due').all(caseId) as ManualDeadlineRow[]).map(fromRow);
}

/** Changes what was typed of a deadline entered by hand, keeping its marks. */
export function updateDeadline(db: SqliteDatabase, id: string, input: DeadlineInput): Deadline {
  const data = parseInput(deadlineInputSchema, input, 'deadline');
  const row = manualRow(db, id);
  if (!row) {
    if (id.includes(':')) refuseDerived(id, 'edited');
    throw new DossierError('NOT_FOUND', `No deadline has id ${id}.`);
  }
  const { done, inFiling } = JSON.parse(row.data) as ManualDeadlineData;
  const stored: ManualDeadlineData = { ...data, ...(done ? { done } : {}), ...(inFiling ? { inFiling } : {}) };
  db.prepare('UPDATE deadlines SET title = ?, due = ?, data = ? WHERE id = ?').run(data.title, data.due, JSON.stringify(stored), id);
  return fromRow({ ...row, data: JSON.stringify(stored) });
}

interface MarkRow {
  case_id: string;
  deadline_id: string;
  done: number;
  marked_due: string | null;
  in_filing: number;
  time: string | null;
  time_zone: string | null;
}

/** A derived deadline with what the lawyer marked on it. "Done" holds only for the date it was marked on. */
function withMark(deadline: Deadline, mark: MarkRow | undefined): Deadline {
  if (!mark) return deadline;
  const marked: Deadline = { ...deadline };
  if (mark.done === 1 && mark.marked_due === deadline.due) marked.done = true;
  if (mark.in_filing === 1) marked.inFiling = true;
  if (mark.time !== null) marked.time = mark.time;
  if (mark.time_zone !== null) marked.timeZone = mark.time_zone;
  return marked;
}

function marksOf(db: SqliteDatabase, caseIds: readonly string[]): Map<string, MarkRow> {
  const rows = db
    .prepare('SELECT * FROM deadline_marks WHERE case_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(caseIds)) as MarkRow[];
  return new Map(rows.map((row) => [`${row.case_id}\n${row.deadline_id}`, row]));
}

function applyMarks(db: SqliteDatabase, deadlines: Deadline[]): Deadline[] {
  const marks = marksOf(db, [...new Set(deadlines.map((deadline) => deadline.caseId))]);
  return deadlines.map((deadline) => withMark(deadline, marks.get(`${deadline.caseId}\n${deadline.id}`)));
}

/** Every deadline of a case, derived (with their marks) and entered by hand, soonest first. */
export function caseDeadlines(db: SqliteDatabase, caseId: string, client: Client, events: TimelineEvent[]): Deadline[] {
  return sortDeadlines([...applyMarks(db, deriveDeadlines(caseId, client, events)), ...listManualDeadlines(db, caseId)]);
}

/**
 * Marks a deadline of the case done or "state in the filing", or gives a derived one its time.
 * A deadline entered by hand keeps its marks in its own data (its time is edited with it); a
 * derived one in deadline_marks, refused unless the case derives it today.
 */
export function markDeadline(db: SqliteDatabase, caseId: string, id: string, input: DeadlineMarks): Deadline {
  const marks = parseInput(deadlineMarksSchema, input, 'deadline marks');
  const row = manualRow(db, id);
  if (row) {
    if (row.case_id !== caseId) throw new DossierError('NOT_FOUND', `Case ${caseId} has no deadline with id ${id}.`);
    const data = JSON.parse(row.data) as ManualDeadlineData;
    const stored: ManualDeadlineData = { ...data };
    if (marks.done !== undefined) stored.done = marks.done || undefined;
    if (marks.inFiling !== undefined) stored.inFiling = marks.inFiling || undefined;
    if (marks.when !== undefined) {
      stored.time = marks.when.time;
      stored.timeZone = marks.when.timeZone;
    }
    db.prepare('UPDATE deadlines SET data = ? WHERE id = ?').run(JSON.stringify(stored), id);
    return fromRow({ ...row, data: JSON.stringify(stored) });
  }
  const record = getCase(db, caseId);
  const deadline = deriveDeadlines(caseId, getClient(db, record.clientId), listEvents(db, caseId)).find((candidate) => candidate.id === id);
  if (!deadline) throw new DossierError('NOT_FOUND', `Case ${caseId} has no deadline with id ${id}.`);
  const before = marksOf(db, [caseId]).get(`${caseId}\n${id}`);
  const done = marks.done ?? (before?.done === 1 && before.marked_due === deadline.due);
  const next = {
    done: done ? 1 : 0,
    marked_due: done ? deadline.due : null,
    in_filing: (marks.inFiling ?? before?.in_filing === 1) ? 1 : 0,
    time: marks.when !== undefined ? (marks.when.time ?? null) : (before?.time ?? null),
    time_zone: marks.when !== undefined ? (marks.when.timeZone ?? null) : (before?.time_zone ?? null),
  };
  db.prepare(
    `INSERT INTO deadline_marks (case_id, deadline_id, done, marked_due, in_filing, time, time_zone, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, deadline_id) DO UPDATE SET done = excluded.done, marked_due = excluded.marked_due,
       in_filing = excluded.in_filing, time = excluded.time, time_zone = excluded.time_zone, updated_at = excluded.updated_at`,
  ).run(caseId, id, next.done, next.marked_due, next.in_filing, next.time, next.time_zone, new Date().toISOString());
  return withMark(deadline, { case_id: caseId, deadline_id: id, ...next });
}

/** Deletes a deadline entered by hand; one derived from an event goes only with that event. */
export function deleteDeadline(db: SqliteDatabase, id: string): void {
  const changed = db.prepare('DELETE FROM deadlines WHERE id = ?').run(id).changes;
  if (changed > 0) return;
  if (id.includes(':')) refuseDerived(id, 'deleted');
  throw new DossierError('NOT_FOUND', `No deadline has id ${id}.`);
}

export interface UpcomingDeadline {
  deadline: Deadline;
  caseTitle: string;
  clientName: string;
  /** The name in the client's original script, which the Russian window lists first. */
  clientNameNative?: string | undefined;
}

/**
 * Every deadline of the cases still open (derived and entered by hand) due on or before
 * `today` + `days`, overdue ones included, soonest first. A fixed number of queries whatever
 * the number of cases.
 */
/** How long a missed deadline stays among the upcoming ones. */
export const PAST_DEADLINE_DAYS = 30;

export function upcomingDeadlines(db: SqliteDatabase, options: { today: string; days: number }): UpcomingDeadline[] {
  const closed = JSON.stringify(closedCaseStatuses);
  const cases = db
    .prepare(
      `SELECT c.id AS case_id, c.title AS case_title, cl.id, cl.data, cl.created_at, cl.updated_at
         FROM cases c JOIN clients cl ON cl.id = c.client_id
        WHERE c.status NOT IN (SELECT value FROM json_each(?))`,
    )
    .all(closed) as (ClientRow & { case_id: string; case_title: string })[];

  const eventsByCase = new Map<string, TimelineEvent[]>();
  for (const event of listOpenCaseEventsWithDeadlines(db, [...new Set(eventRules.map((rule) => rule.type))], closedCaseStatuses)) {
    const list = eventsByCase.get(event.caseId) ?? [];
    list.push(event);
    eventsByCase.set(event.caseId, list);
  }
  const manual = (
    db
      .prepare(
        `SELECT d.id, d.case_id, d.data FROM deadlines d JOIN cases c ON c.id = d.case_id
          WHERE c.status NOT IN (SELECT value FROM json_each(?))`,
      )
      .all(closed) as ManualDeadlineRow[]
  ).map(fromRow);

  const last = addDays(options.today, options.days);
  // Missed deadlines stay listed for a month; older ones (the appeal window of a decision years
  // ago) are the case's history, shown in the case, not alarms on the home page.
  const first = addDays(options.today, -PAST_DEADLINE_DAYS);
  const owners = new Map<string, { caseTitle: string; clientName: string; clientNameNative?: string | undefined }>();
  const derived: Deadline[] = [];
  for (const row of cases) {
    const client = clientFromRow(row);
    owners.set(row.case_id, { caseTitle: row.case_title, clientName: client.fullName, clientNameNative: client.fullNameNative });
    derived.push(...deriveDeadlines(row.case_id, client, eventsByCase.get(row.case_id) ?? []));
  }
  const marked = [...manual, ...applyMarks(db, derived)];
  // A client's document expiry is derived once per open case with the same id; list it once,
  // done if it was marked done in any of them (the document is the client's, not the case's).
  const listed = new Map<string, UpcomingDeadline>();
  for (const deadline of sortDeadlines(marked)) {
    if (deadline.due > last || deadline.due < first) continue;
    const earlier = listed.get(deadline.id);
    if (earlier) {
      if (deadline.done) earlier.deadline = { ...earlier.deadline, done: true };
      continue;
    }
    listed.set(deadline.id, { deadline, ...owners.get(deadline.caseId)! });
  }
  return [...listed.values()];
}
