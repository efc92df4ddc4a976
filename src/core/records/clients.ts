import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { addDays } from '../../shared/dates.js';
import type { clientSummary } from '../../shared/contract.js';
import { clientInputSchema, type Client, type ClientInput } from '../../shared/models.js';
import { DossierError } from '../../shared/errors.js';
import { indexRecord } from './search-index.js';
import type { SqliteDatabase } from '../vault/database.js';
import { parseInput } from './parse-input.js';

export type ClientSummary = z.output<typeof clientSummary>;

/** How far ahead an identity document's expiry is flagged on the client list. */
export const DOCUMENT_WARNING_DAYS = 90;

export interface ClientRow {
  id: string;
  data: string;
  created_at: string;
  updated_at: string;
}

export function clientFromRow(row: ClientRow): Client {
  return { ...(JSON.parse(row.data) as Omit<Client, 'id' | 'createdAt' | 'updatedAt'>), id: row.id, createdAt: row.created_at, updatedAt: row.updated_at };
}

export function insertClient(db: SqliteDatabase, input: ClientInput): Client {
  const data = parseInput(clientInputSchema, input, 'client');
  const now = new Date().toISOString();
  const id = randomUUID();
  db.prepare(
    'INSERT INTO clients (id, full_name, full_name_native, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, data.fullName, data.fullNameNative ?? null, JSON.stringify(data), now, now);
  indexRecord(db, 'client', id, null, data);
  return { ...data, id, createdAt: now, updatedAt: now };
}

export function getClient(db: SqliteDatabase, id: string): Client {
  const row = db.prepare('SELECT id, data, created_at, updated_at FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  if (!row) throw new DossierError('NOT_FOUND', `No client has id ${id}.`);
  return clientFromRow(row);
}

/** Replaces a client's fields whole; the archive mark and the cases stay as they are. */
export function updateClient(db: SqliteDatabase, id: string, input: ClientInput): Client {
  const data = parseInput(clientInputSchema, input, 'client');
  const before = db.prepare('SELECT data FROM clients WHERE id = ?').pluck().get(id) as string | undefined;
  const now = new Date().toISOString();
  const changed = db
    .prepare('UPDATE clients SET full_name = ?, full_name_native = ?, data = ?, updated_at = ? WHERE id = ?')
    .run(data.fullName, data.fullNameNative ?? null, JSON.stringify(data), now, id).changes;
  if (changed === 0) throw new DossierError('NOT_FOUND', `No client has id ${id}.`);
  if (before !== undefined) forgetMovedDocumentMarks(db, id, (JSON.parse(before) as { documents?: IdentityDocument[] }).documents ?? [], data.documents);
  indexRecord(db, 'client', id, null, data);
  return getClient(db, id);
}

/**
 * A document's expiry deadline is known by the document's place in the list
 * ("identity-document-expiry:<client>:<index>", see deadlines/derive.ts). Where another document
 * now stands at that place (one before it deleted, or the document itself changed), the marks
 * set on the old one ("state in the filing", a time) must not pass to it.
 */
function forgetMovedDocumentMarks(db: SqliteDatabase, clientId: string, before: IdentityDocument[], after: IdentityDocument[]): void {
  const forget = db.prepare('DELETE FROM deadline_marks WHERE deadline_id = ?');
  const identity = (document: IdentityDocument | undefined) =>
    document === undefined ? '' : JSON.stringify([document.kind, document.number ?? null, document.issuingState ?? null, document.expires ?? null]);
  for (let index = 0; index < before.length; index += 1) {
    if (identity(before[index]) !== identity(after[index])) forget.run(`identity-document-expiry:${clientId}:${index}`);
  }
}

/** Archiving hides a client from the list; nothing of theirs is deleted. */
export function setClientArchived(db: SqliteDatabase, id: string, archived: boolean): void {
  const now = new Date().toISOString();
  const changed = db
    .prepare('UPDATE clients SET archived_at = ?, updated_at = ? WHERE id = ?')
    .run(archived ? now : null, now, id).changes;
  if (changed === 0) throw new DossierError('NOT_FOUND', `No client has id ${id}.`);
}

type IdentityDocument = Client['documents'][number];

/** The earliest document already expired or expiring within DOCUMENT_WARNING_DAYS of `today`. */
export function documentWarning(documents: IdentityDocument[], today: string): { kind: string; expires: string } | undefined {
  const horizon = addDays(today, DOCUMENT_WARNING_DAYS);
  let earliest: { kind: string; expires: string } | undefined;
  for (const document of documents) {
    if (!document.expires || document.expires > horizon) continue;
    if (!earliest || document.expires < earliest.expires) earliest = { kind: document.kind, expires: document.expires };
  }
  return earliest;
}

/** The client list in one query, sorted by name as a person reads it (any script). */
export function listClientSummaries(db: SqliteDatabase, options: { includeArchived: boolean; today: string }): ClientSummary[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.full_name, c.full_name_native, c.updated_at, c.archived_at,
              json_extract(c.data, '$.status') AS status,
              json_extract(c.data, '$.currentCountry') AS current_country,
              json_extract(c.data, '$.documents') AS documents,
              (SELECT count(*) FROM cases k WHERE k.client_id = c.id) AS cases
         FROM clients c
        WHERE @includeArchived OR c.archived_at IS NULL`,
    )
    .all({ includeArchived: options.includeArchived ? 1 : 0 }) as {
    id: string;
    full_name: string;
    full_name_native: string | null;
    updated_at: string;
    archived_at: string | null;
    status: ClientSummary['status'] | null;
    current_country: string | null;
    documents: string | null;
    cases: number;
  }[];
  const summaries = rows.map((row) => ({
    id: row.id,
    fullName: row.full_name,
    fullNameNative: row.full_name_native ?? undefined,
    status: row.status ?? undefined,
    currentCountry: row.current_country ?? undefined,
    cases: row.cases,
    archived: row.archived_at !== null,
    updatedAt: row.updated_at,
    documentWarning: documentWarning(row.documents ? (JSON.parse(row.documents) as IdentityDocument[]) : [], options.today),
  }));
  return summaries.sort((a, b) => a.fullName.localeCompare(b.fullName) || a.id.localeCompare(b.id));
}
