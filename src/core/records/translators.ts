// The practice's translators and interpreters (issue 15): records of the vault, named by id from
// a translation's details (evidence data `translation.translatorId`) and from a persecution
// profile's `statementInterpretation.interpreterId`. Those names live inside JSON, so no foreign
// key guards a removal; removeTranslator looks for them and refuses while any remains.
import { randomUUID } from 'node:crypto';
import { translatorInputSchema, type CaseDetail, type Translator, type TranslatorInput } from '../../shared/models.js';
import { DossierError } from '../../shared/errors.js';
import type { SqliteDatabase } from '../vault/database.js';
import type { Vault } from '../vault/vault.js';
import { parseInput } from './parse-input.js';

interface TranslatorRow {
  id: string;
  data: string;
  created_at: string;
  updated_at: string;
}

/** Where a translator is named: translations (by evidence title and case) and interpreted statements (by case). */
export interface TranslatorUses {
  translations: { evidenceId: string; caseId: string; title: string }[];
  statements: { caseId: string; caseTitle: string }[];
}

export type TranslatorWithUses = Translator & { uses: TranslatorUses };

function translatorFromRow(row: TranslatorRow): Translator {
  return { ...(JSON.parse(row.data) as Omit<Translator, 'id' | 'createdAt' | 'updatedAt'>), id: row.id, createdAt: row.created_at, updatedAt: row.updated_at };
}

export function insertTranslator(db: SqliteDatabase, input: TranslatorInput, id: string = randomUUID()): Translator {
  const data = parseInput(translatorInputSchema, input, 'translator');
  const now = new Date().toISOString();
  db.prepare('INSERT INTO translators (id, name, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, data.name, JSON.stringify(data), now, now);
  return { ...data, id, createdAt: now, updatedAt: now };
}

export function getTranslator(db: SqliteDatabase, id: string): Translator {
  const row = db.prepare('SELECT id, data, created_at, updated_at FROM translators WHERE id = ?').get(id) as TranslatorRow | undefined;
  if (!row) throw new DossierError('NOT_FOUND', `No translator or interpreter has id ${id}.`);
  return translatorFromRow(row);
}

/** Replaces a translator's fields whole. */
export function updateTranslator(db: SqliteDatabase, id: string, input: TranslatorInput): Translator {
  const data = parseInput(translatorInputSchema, input, 'translator');
  const changed = db
    .prepare('UPDATE translators SET name = ?, data = ?, updated_at = ? WHERE id = ?')
    .run(data.name, JSON.stringify(data), new Date().toISOString(), id).changes;
  if (changed === 0) throw new DossierError('NOT_FOUND', `No translator or interpreter has id ${id}.`);
  return getTranslator(db, id);
}

/** Every translator, sorted by name as a person reads it (any script). */
export function listTranslators(db: SqliteDatabase): Translator[] {
  const rows = db.prepare('SELECT id, data, created_at, updated_at FROM translators').all() as TranslatorRow[];
  return rows.map(translatorFromRow).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The translators by id, for a case's dossier and CLI output (the reader gets them as plain data). */
export function translatorsById(db: SqliteDatabase, ids: Iterable<string>): Map<string, Translator> {
  const found = new Map<string, Translator>();
  for (const id of new Set(ids)) {
    const row = db.prepare('SELECT id, data, created_at, updated_at FROM translators WHERE id = ?').get(id) as TranslatorRow | undefined;
    if (row) found.set(id, translatorFromRow(row));
  }
  return found;
}

export function translatorUses(db: SqliteDatabase, id: string): TranslatorUses {
  const translations = db
    .prepare(
      `SELECT id AS evidenceId, case_id AS caseId, title FROM evidence
        WHERE json_extract(data, '$.translation.translatorId') = ? ORDER BY case_id, position`,
    )
    .all(id) as TranslatorUses['translations'];
  const statements = db
    .prepare(
      `SELECT p.case_id AS caseId, c.title AS caseTitle FROM persecution_profiles p JOIN cases c ON c.id = p.case_id
        WHERE json_extract(p.data, '$.statementInterpretation.interpreterId') = ? ORDER BY c.title`,
    )
    .all(id) as TranslatorUses['statements'];
  return { translations, statements };
}

export function listTranslatorsWithUses(db: SqliteDatabase): TranslatorWithUses[] {
  return listTranslators(db).map((translator) => ({ ...translator, uses: translatorUses(db, translator.id) }));
}

/**
 * Removes a translator no translation and no statement names. Otherwise refuses, naming where
 * they are named: a certificate of translation cannot be drawn for a translator who is gone.
 */
export function removeTranslator(db: SqliteDatabase, id: string): void {
  const translator = getTranslator(db, id);
  const uses = translatorUses(db, id);
  if (uses.translations.length > 0 || uses.statements.length > 0) {
    const named = [
      ...uses.translations.map((use) => `the translation "${use.title}"`),
      ...uses.statements.map((use) => `the interpreted statement of case "${use.caseTitle}"`),
    ];
    throw new DossierError(
      'INVALID_INPUT',
      `${translator.name} cannot be removed: ${named.join(', ')} still name${named.length === 1 ? 's' : ''} them. Choose another translator there first.`,
    );
  }
  db.prepare('DELETE FROM translators WHERE id = ?').run(id);
}

/**
 * The translators of a case file, as vault records: one the vault already holds under the same
 * name is reused (a practice imports many cases translated by the same people) and keeps its
 * fields, with a warning when the file's differ. Returns each file id's record id.
 */
export function importTranslators(db: SqliteDatabase, translators: (TranslatorInput & { id: string })[], warnings: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const existing = listTranslators(db);
  for (const { id: fileId, ...input } of translators) {
    const data = parseInput(translatorInputSchema, input, 'translator');
    const same = existing.find((translator) => translator.name === data.name);
    if (same) {
      const { id: _id, createdAt: _created, updatedAt: _updated, ...kept } = same;
      if (JSON.stringify(kept) !== JSON.stringify(data)) {
        warnings.push(`translator "${fileId}": the vault already holds ${data.name} with other details; the vault's were kept.`);
      }
      ids.set(fileId, same.id);
    } else {
      const created = insertTranslator(db, data);
      existing.push(created);
      ids.set(fileId, created.id);
    }
  }
  return ids;
}

/** The translators a case's translations and statement name: what its dossier's certificates print. */
export function caseTranslators(vault: Vault, detail: CaseDetail): Translator[] {
  const ids = detail.evidence.flatMap((item) => (item.translation?.translatorId ? [item.translation.translatorId] : []));
  const interpreter = detail.persecution?.statementInterpretation?.interpreterId;
  if (interpreter) ids.push(interpreter);
  if (ids.length === 0) return [];
  return [...vault.transaction((db) => translatorsById(db, ids)).values()];
}
