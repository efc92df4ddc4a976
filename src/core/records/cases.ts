import { randomUUID } from 'node:crypto';
import { caseInputSchema, type Case, type CaseInput, type CaseSummary } from '../../shared/models.js';
import { DossierError } from '../../shared/errors.js';
import { indexRecord } from './search-index.js';
import type { SqliteDatabase } from '../vault/database.js';
import { parseInput } from './parse-input.js';
import { checkCounselNamed } from './counsel.js';

interface CaseRow {
  id: string;
  client_id: string;
  data: string;
  created_at: string;
  updated_at: string;
}

function fromRow(row: CaseRow): Case {
  return {
    ...(JSON.parse(row.data) as Omit<Case, 'id' | 'clientId' | 'createdAt' | 'updatedAt'>),
    id: row.id,
    clientId: row.client_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function insertCase(db: SqliteDatabase, clientId: string, input: CaseInput): Case {
  const data = parseInput(caseInputSchema, input, 'case');
  checkCounselNamed(db, data.counselId);
  const now = new Date().toISOString();
  const id = randomUUID();
  db.prepare(
    `INSERT INTO cases (id, client_id, title, reference, forum, status, data, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, clientId, data.title, data.reference ?? null, data.forum, data.status, JSON.stringify(data), now, now);
  indexRecord(db, 'case', id, id, data);
  return { ...data, id, clientId, createdAt: now, updatedAt: now };
}

/** Replaces a case's fields whole; it stays with its client. */
export function updateCase(db: SqliteDatabase, id: string, input: CaseInput): Case {
  const data = parseInput(caseInputSchema, input, 'case');
  checkCounselNamed(db, data.counselId);
  const changed = db
    .prepare('UPDATE cases SET title = ?, reference = ?, forum = ?, status = ?, data = ?, updated_at = ? WHERE id = ?')
    .run(data.title, data.reference ?? null, data.forum, data.status, JSON.stringify(data), new Date().toISOString(), id).changes;
  if (changed === 0) throw new DossierError('NOT_FOUND', `No case has id ${id}.`);
  indexRecord(db, 'case', id, id, data);
  return getCase(db, id);
}

/** Archiving sets the status to "archived"; restoring sets it to "active". */
export function setCaseArchived(db: SqliteDatabase, id: string, archived: boolean): void {
  const status: Case['status'] = archived ? 'archived' : 'active';
  // The status lives both as a column (for filtering) and in `data` (the record as entered).
  const changed = db
    .prepare(`UPDATE cases SET status = @status, data = json_set(data, '$.status', @status), updated_at = @now WHERE id = @id`)
    .run({ status, now: new Date().toISOString(), id }).changes;
  if (changed === 0) throw new DossierError('NOT_FOUND', `No case has id ${id}.`);
}

export function getCase(db: SqliteDatabase, id: string): Case {
  const row = db.prepare('SELECT id, client_id, data, created_at, updated_at FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  if (!row) throw new DossierError('NOT_FOUND', `No case has id ${id}.`);
  return fromRow(row);
}

/** Finds a case by its id, its reference, or a unique prefix of its id (as a person types it). */
export function findCaseId(db: SqliteDatabase, idOrReference: string): string {
  const wanted = idOrReference.trim();
  if (!wanted) throw new DossierError('INVALID_INPUT', 'Give a case id or reference.');
  const exact = db.prepare('SELECT id FROM cases WHERE id = ? OR reference = ?').all(wanted, wanted) as { id: string }[];
  // A plain prefix compare, not LIKE: "%" or "_" typed by a person must not act as wildcards.
  const matches =
    exact.length > 0 ? exact : (db.prepare('SELECT id FROM cases WHERE substr(id, 1, length(@wanted)) = @wanted').all({ wanted }) as { id: string }[]);
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) throw new DossierError('NOT_FOUND', `No case has the id or reference "${wanted}".`);
  throw new DossierError('INVALID_INPUT', `"${wanted}" matches ${matches.length} cases; give the full case id.`);
}

export interface CaseFilter {
  /** Only this client's cases. */
  clientId?: string | undefined;
  /** Leaves out cases whose status is "archived". */
  hideArchived?: boolean | undefined;
}

/** Case summaries, most recently changed first, in one query. */
export function listCases(db: SqliteDatabase, filter: CaseFilter = {}): CaseSummary[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.title, c.forum, c.reference, c.status, c.updated_at,
              cl.full_name, cl.full_name_native,
              (SELECT count(*) FROM events e WHERE e.case_id = c.id) AS events,
              (SELECT count(*) FROM evidence v WHERE v.case_id = c.id) AS evidence
         FROM cases c JOIN clients cl ON cl.id = c.client_id
        WHERE (@clientId IS NULL OR c.client_id = @clientId) AND (NOT @hideArchived OR c.status <> 'archived')
        ORDER BY c.updated_at DESC`,
    )
    .all({ clientId: filter.clientId ?? null, hideArchived: filter.hideArchived ? 1 : 0 }) as {
    id: string;
    title: string;
    forum: Case['forum'];
    reference: string | null;
    status: Case['status'];
    updated_at: string;
    full_name: string;
    full_name_native: string | null;
    events: number;
    evidence: number;
  }[];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    forum: row.forum,
    reference: row.reference ?? undefined,
    status: row.status,
    clientName: row.full_name,
    clientNameNative: row.full_name_native ?? undefined,
    events: row.events,
    evidence: row.evidence,
    updatedAt: row.updated_at,
  }));
}
