// The practice's counsel (issue 15): lawyers whose details a forum's cover, proof of service and
// urgent letter print. Records of the vault, named by a case's `counselId` inside its JSON, so no
// foreign key guards a removal; removeCounsel looks for the cases and refuses while any remains.
import { randomUUID } from 'node:crypto';
import { counselInputSchema, type Counsel, type CounselInput } from '../../shared/models.js';
import { DossierError } from '../../shared/errors.js';
import type { SqliteDatabase } from '../vault/database.js';
import { parseInput } from './parse-input.js';

interface CounselRow {
  id: string;
  data: string;
  created_at: string;
  updated_at: string;
}

/** The cases that name a counsel record. */
export interface CounselUses {
  cases: { caseId: string; caseTitle: string }[];
}

export type CounselWithUses = Counsel & { uses: CounselUses };

function counselFromRow(row: CounselRow): Counsel {
  return { ...(JSON.parse(row.data) as Omit<Counsel, 'id' | 'createdAt' | 'updatedAt'>), id: row.id, createdAt: row.created_at, updatedAt: row.updated_at };
}

export function insertCounsel(db: SqliteDatabase, input: CounselInput, id: string = randomUUID()): Counsel {
  const data = parseInput(counselInputSchema, input, 'counsel');
  const now = new Date().toISOString();
  db.prepare('INSERT INTO counsel (id, name, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, data.name, JSON.stringify(data), now, now);
  return { ...data, id, createdAt: now, updatedAt: now };
}

/** The counsel record with this id, or undefined (a case may name one removed by an older Dossier). */
export function findCounsel(db: SqliteDatabase, id: string): Counsel | undefined {
  const row = db.prepare('SELECT id, data, created_at, updated_at FROM counsel WHERE id = ?').get(id) as CounselRow | undefined;
  return row ? counselFromRow(row) : undefined;
}

export function getCounsel(db: SqliteDatabase, id: string): Counsel {
  const found = findCounsel(db, id);
  if (!found) throw new DossierError('NOT_FOUND', `No counsel has id ${id}.`);
  return found;
}

/** Refuses a case that names a counsel the vault does not hold. */
export function checkCounselNamed(db: SqliteDatabase, counselId: string | undefined): void {
  if (counselId !== undefined && !findCounsel(db, counselId)) throw new DossierError('INVALID_INPUT', `The case names counsel ${counselId}, whom the vault does not hold.`);
}

/** Replaces a counsel's fields whole. */
export function updateCounsel(db: SqliteDatabase, id: string, input: CounselInput): Counsel {
  const data = parseInput(counselInputSchema, input, 'counsel');
  const changed = db
    .prepare('UPDATE counsel SET name = ?, data = ?, updated_at = ? WHERE id = ?')
    .run(data.name, JSON.stringify(data), new Date().toISOString(), id).changes;
  if (changed === 0) throw new DossierError('NOT_FOUND', `No counsel has id ${id}.`);
  return getCounsel(db, id);
}

/** Every counsel, sorted by name as a person reads it (any script). */
export function listCounsel(db: SqliteDatabase): Counsel[] {
  const rows = db.prepare('SELECT id, data, created_at, updated_at FROM counsel').all() as CounselRow[];
  return rows.map(counselFromRow).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export function counselUses(db: SqliteDatabase, id: string): CounselUses {
  const cases = db
    .prepare("SELECT id AS caseId, title AS caseTitle FROM cases WHERE json_extract(data, '$.counselId') = ? ORDER BY title")
    .all(id) as CounselUses['cases'];
  return { cases };
}

export function listCounselWithUses(db: SqliteDatabase): CounselWithUses[] {
  return listCounsel(db).map((counsel) => ({ ...counsel, uses: counselUses(db, counsel.id) }));
}

/** Removes a counsel no case names; otherwise refuses, naming the cases (their covers would lose who signs). */
export function removeCounsel(db: SqliteDatabase, id: string): void {
  const counsel = getCounsel(db, id);
  const { cases } = counselUses(db, id);
  if (cases.length > 0) {
    const named = cases.map((use) => `"${use.caseTitle}"`).join(', ');
    throw new DossierError('INVALID_INPUT', `${counsel.name} cannot be removed: the case${cases.length === 1 ? '' : 's'} ${named} still name${cases.length === 1 ? 's' : ''} them as counsel. Choose another counsel there first.`);
  }
  db.prepare('DELETE FROM counsel WHERE id = ?').run(id);
}

/**
 * The counsel of a case file, as a vault record: one the vault already holds under the same name
 * is reused and keeps its fields, with a warning when the file's differ. Returns the record's id.
 */
export function importCounsel(db: SqliteDatabase, input: CounselInput, warnings: string[]): string {
  const data = parseInput(counselInputSchema, input, 'counsel');
  const same = listCounsel(db).find((counsel) => counsel.name === data.name);
  if (!same) return insertCounsel(db, data).id;
  const { id: _id, createdAt: _created, updatedAt: _updated, ...kept } = same;
  if (JSON.stringify(kept) !== JSON.stringify(data)) warnings.push(`counsel: the vault already holds ${data.name} with other details; the vault's were kept.`);
  return same.id;
}
