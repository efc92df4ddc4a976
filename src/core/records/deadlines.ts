import { randomUUID } from 'node:crypto';
import { addDays } from '../../shared/dates.js';
import { DossierError } from '../../shared/errors.js';
import { deadlineInputSchema, type Case, type Deadline, type DeadlineInput, type TimelineEvent } from '../../shared/models.js';
import { deriveDeadlines, eventRules, sortDeadlines } from '../deadlines/derive.js';
import type { SqliteDatabase } from '../vault/database.js';
import { clientFromRow, type ClientRow } from './clients.js';
import { listOpenCaseEventsOfTypes } from './events.js';
import { parseInput } from './parse-input.js';

/** Cases in these states need no more reminders. */
export const closedCaseStatuses: readonly Case['status'][] = ['archived', 'closed'];

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
  return { ...(JSON.parse(row.data) as DeadlineInput), id: row.id, caseId: row.case_id, origin: 'manual' };
}

export function listManualDeadlines(db: SqliteDatabase, caseId: string): Deadline[] {
  return (db.prepare('SELECT id, case_id, data FROM deadlines WHERE case_id = ? ORDER BY due').all(caseId) as ManualDeadlineRow[]).map(fromRow);
}

/** Deletes a deadline entered by hand; one derived from an event goes only with that event. */
export function deleteDeadline(db: SqliteDatabase, id: string): void {
  const changed = db.prepare('DELETE FROM deadlines WHERE id = ?').run(id).changes;
  if (changed > 0) return;
  // Derived ids are "rule:source" (see derive.ts); ids of deadlines entered by hand are UUIDs.
  if (id.includes(':')) {
    throw new DossierError(
      'INVALID_INPUT',
      'This deadline follows from an event or an identity document, so it cannot be deleted on its own: change or delete the event or the document instead.',
    );
  }
  throw new DossierError('NOT_FOUND', `No deadline has id ${id}.`);
}

export interface UpcomingDeadline {
  deadline: Deadline;
  caseTitle: string;
  clientName: string;
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
  for (const event of listOpenCaseEventsOfTypes(db, [...new Set(eventRules.map((rule) => rule.type))], closedCaseStatuses)) {
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
  const owners = new Map<string, { caseTitle: string; clientName: string }>();
  const all: Deadline[] = [...manual];
  for (const row of cases) {
    const client = clientFromRow(row);
    owners.set(row.case_id, { caseTitle: row.case_title, clientName: client.fullName });
    all.push(...deriveDeadlines(row.case_id, client, eventsByCase.get(row.case_id) ?? []));
  }
  // A client's document expiry is derived once per open case with the same id; list it once.
  const seen = new Set<string>();
  const upcoming: UpcomingDeadline[] = [];
  for (const deadline of sortDeadlines(all)) {
    if (deadline.due > last || deadline.due < first || seen.has(deadline.id)) continue;
    seen.add(deadline.id);
    upcoming.push({ deadline, ...owners.get(deadline.caseId)! });
  }
  return upcoming;
}
