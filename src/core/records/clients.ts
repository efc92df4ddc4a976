import { randomUUID } from 'node:crypto';
import { clientInputSchema, type Client, type ClientInput } from '../../shared/models.js';
import { DossierError } from '../../shared/errors.js';
import { indexRecord } from '../search/search-index.js';
import type { SqliteDatabase } from '../vault/database.js';
import { parseInput } from './parse-input.js';

interface ClientRow {
  id: string;
  data: string;
  created_at: string;
  updated_at: string;
}

function fromRow(row: ClientRow): Client {
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
  return fromRow(row);
}
