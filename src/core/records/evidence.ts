import { randomUUID } from 'node:crypto';
import { evidenceMetadataSchema, type EvidenceBulkChanges, type EvidenceItem, type EvidenceMetadata } from '../../shared/models.js';
import { DossierError } from '../../shared/errors.js';
import { indexRecord, unindexRecord } from './search-index.js';
import { cachedStatement, type SqliteDatabase } from '../vault/database.js';
import type { Inspection } from '../exhibits/inspection.js';
import type { StoredFile } from '../intake/store-file.js';
import { inspectionColumns, inspectionFromColumns, joinInspection, type InspectionColumns } from './inspections.js';
import { parseInput } from './parse-input.js';

interface EvidenceRow {
  id: string;
  case_id: string;
  blob_id: string;
  original_name: string;
  size: number;
  sha256: string;
  media_type: string;
  name_matches_content: number;
  translation_of_id: string | null;
  part_of_id: string | null;
  data: string;
  imported_at: string;
}

function fromRow(row: EvidenceRow): EvidenceItem {
  return {
    ...(JSON.parse(row.data) as EvidenceMetadata),
    id: row.id,
    caseId: row.case_id,
    originalName: row.original_name,
    size: row.size,
    sha256: row.sha256,
    mediaType: row.media_type,
    nameMatchesContent: row.name_matches_content === 1,
    translationOfId: row.translation_of_id ?? undefined,
    partOfId: row.part_of_id ?? undefined,
    importedAt: row.imported_at,
  };
}

export interface EvidenceLinks {
  translationOfId?: string | undefined;
  partOfId?: string | undefined;
}

/** Records a file already stored in the blob store; the file and its row appear together. */
export function insertEvidence(
  db: SqliteDatabase,
  caseId: string,
  stored: StoredFile,
  metadata: unknown,
  links: EvidenceLinks = {},
): EvidenceItem {
  const data = parseInput(evidenceMetadataSchema, metadata, 'evidence item');
  const now = new Date().toISOString();
  const id = randomUUID();
  const position = (cachedStatement(db, 'SELECT coalesce(max(position), 0) + 1 AS next FROM evidence WHERE case_id = ?').get(caseId) as { next: number }).next;
  cachedStatement(
    db,
    `INSERT INTO evidence (id, case_id, blob_id, original_name, size, sha256, media_type, name_matches_content,
                           title, kind, translation_of_id, part_of_id, position, data, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    caseId,
    stored.blobId,
    stored.originalName,
    stored.size,
    stored.sha256,
    stored.mediaType,
    stored.nameMatchesContent ? 1 : 0,
    data.title,
    data.kind,
    links.translationOfId ?? null,
    links.partOfId ?? null,
    position,
    JSON.stringify(data),
    now,
    now,
  );
  indexRecord(db, 'evidence', id, caseId, { ...data, originalName: stored.originalName });
  return fromRow({
    id,
    case_id: caseId,
    blob_id: stored.blobId,
    original_name: stored.originalName,
    size: stored.size,
    sha256: stored.sha256,
    media_type: stored.mediaType,
    name_matches_content: stored.nameMatchesContent ? 1 : 0,
    translation_of_id: links.translationOfId ?? null,
    part_of_id: links.partOfId ?? null,
    data: JSON.stringify(data),
    imported_at: now,
  });
}

// Qualified, so a query joining another table with a blob_id (inspections) stays unambiguous.
const evidenceColumns = ['id', 'case_id', 'blob_id', 'original_name', 'size', 'sha256', 'media_type', 'name_matches_content', 'translation_of_id', 'part_of_id', 'data', 'imported_at']
  .map((column) => `evidence.${column}`)
  .join(', ');
const selectEvidence = `SELECT ${evidenceColumns} FROM evidence`;
/**
 * The evidence row with the ids of the events it proves, in timeline order, and what inspecting
 * its file found (if it was inspected), in the same statement.
 */
const selectEvidenceWithEvents = `SELECT ${evidenceColumns},
       (SELECT json_group_array(event_id) FROM (
          SELECT ee.event_id FROM event_evidence ee JOIN events e ON e.id = ee.event_id
           WHERE ee.evidence_id = evidence.id ORDER BY e.sort_date, e.created_at)) AS event_ids,
       ${inspectionColumns}
  FROM evidence ${joinInspection}`;

type EvidenceRowWithEvents = EvidenceRow & InspectionColumns & { event_ids: string };

export function listEvidence(db: SqliteDatabase, caseId: string): EvidenceItem[] {
  return (db.prepare(`${selectEvidence} WHERE case_id = ? ORDER BY position`).all(caseId) as EvidenceRow[]).map(fromRow);
}

export type EvidenceWithEvents = EvidenceItem & { eventIds: string[]; inspection?: Inspection | undefined };

function withEvents(row: EvidenceRowWithEvents): EvidenceWithEvents {
  const item: EvidenceWithEvents = { ...fromRow(row), eventIds: JSON.parse(row.event_ids) as string[] };
  const inspection = inspectionFromColumns(row);
  if (inspection) item.inspection = inspection;
  return item;
}

/** The case's evidence in case order, each with the timeline events it proves (one query). */
export function listEvidenceWithEvents(db: SqliteDatabase, caseId: string): EvidenceWithEvents[] {
  const rows = db.prepare(`${selectEvidenceWithEvents} WHERE case_id = ? ORDER BY position`).all(caseId) as EvidenceRowWithEvents[];
  return rows.map(withEvents);
}

export function getEvidenceWithEvents(db: SqliteDatabase, id: string): EvidenceWithEvents {
  const row = db.prepare(`${selectEvidenceWithEvents} WHERE id = ?`).get(id) as EvidenceRowWithEvents | undefined;
  if (!row) throw new DossierError('NOT_FOUND', `No evidence item has id ${id}.`);
  return withEvents(row);
}

/**
 * Sets the links of an item recorded in this transaction (a case file's items may name later
 * ones, so its links are set once every item has a row). The case file is the lawyer's own list:
 * its links are taken as they are, unlike the window's, which updateEvidence checks.
 */
export function setImportedLinks(db: SqliteDatabase, id: string, links: EvidenceLinks): void {
  db.prepare('UPDATE evidence SET translation_of_id = ?, part_of_id = ? WHERE id = ?').run(links.translationOfId ?? null, links.partOfId ?? null, id);
}

export interface EvidenceLinkChoice {
  translationOfId: string | null;
  partOfId: string | null;
}

const linkRules = {
  translationOfId: { column: 'translation_of_id', self: 'a translation of itself', target: 'The original chosen for' },
  partOfId: { column: 'part_of_id', self: 'part of itself', target: 'The document chosen to hold' },
} as const;

/**
 * Refuses a link that points outside the case, at the item itself, or round in a circle
 * (A translates B, B translates A): the dossier could place neither after the other.
 */
function checkLink(db: SqliteDatabase, item: { id: string; caseId: string; title: string }, link: keyof EvidenceLinkChoice, targetId: string): void {
  const rule = linkRules[link];
  if (targetId === item.id) throw new DossierError('INVALID_INPUT', `"${item.title}" cannot be ${rule.self}.`);
  const target = db.prepare('SELECT case_id, title FROM evidence WHERE id = ?').get(targetId) as { case_id: string; title: string } | undefined;
  if (!target || target.case_id !== item.caseId) {
    throw new DossierError('INVALID_INPUT', `${rule.target} "${item.title}" is not evidence of this case.`);
  }
  const circle = db
    .prepare(
      `WITH RECURSIVE chain(id) AS (
         SELECT ? UNION SELECT ev.${rule.column} FROM evidence ev JOIN chain ON ev.id = chain.id WHERE ev.${rule.column} IS NOT NULL)
       SELECT 1 FROM chain WHERE id = ? LIMIT 1`,
    )
    .get(targetId, item.id);
  if (circle) {
    throw new DossierError('INVALID_INPUT', `"${target.title}" already leads back to "${item.title}": linking them this way would go round in a circle.`);
  }
}

/** Replaces an item's description and links; its file, hash and type never change. */
export function updateEvidence(db: SqliteDatabase, id: string, metadata: unknown, links: EvidenceLinkChoice): EvidenceItem {
  const current = getEvidence(db, id);
  const data = parseInput(evidenceMetadataSchema, metadata, 'evidence item');
  for (const link of ['translationOfId', 'partOfId'] as const) {
    const targetId = links[link];
    if (targetId !== null) checkLink(db, { id, caseId: current.caseId, title: data.title }, link, targetId);
  }
  db.prepare(
    `UPDATE evidence SET title = ?, kind = ?, translation_of_id = ?, part_of_id = ?, data = ?, updated_at = ? WHERE id = ?`,
  ).run(data.title, data.kind, links.translationOfId, links.partOfId, JSON.stringify(data), new Date().toISOString(), id);
  indexRecord(db, 'evidence', id, current.caseId, { ...data, originalName: current.originalName });
  const { blobId: _blobId, ...updated } = getEvidence(db, id);
  return updated;
}

export function getEvidence(db: SqliteDatabase, id: string): EvidenceItem & { blobId: string } {
  const row = db.prepare(`${selectEvidence} WHERE id = ?`).get(id) as EvidenceRow | undefined;
  if (!row) throw new DossierError('NOT_FOUND', `No evidence item has id ${id}.`);
  return { ...fromRow(row), blobId: row.blob_id };
}

/** Whether a record refers to a stored file: what decides if a staged or published blob is kept. */
export function blobReferences(db: SqliteDatabase): (blobId: string) => boolean {
  const referenced = db.prepare('SELECT 1 FROM evidence WHERE blob_id = ?');
  return (blobId) => referenced.get(blobId) !== undefined;
}

/** Every stored file the vault refers to, for verification. */
export function allEvidenceFiles(db: SqliteDatabase): { id: string; blobId: string; originalName: string; size: number; sha256: string }[] {
  return db
    .prepare('SELECT id, blob_id AS blobId, original_name AS originalName, size, sha256 FROM evidence ORDER BY imported_at')
    .all() as { id: string; blobId: string; originalName: string; size: number; sha256: string }[];
}

/** The item of a case that holds a file with this SHA-256 already, if any (the first imported). */
export function findEvidenceBySha256(db: SqliteDatabase, caseId: string, sha256: string): { id: string; title: string; originalName: string } | undefined {
  return db
    .prepare('SELECT id, title, original_name AS originalName FROM evidence WHERE case_id = ? AND sha256 = ? ORDER BY position LIMIT 1')
    .get(caseId, sha256) as { id: string; title: string; originalName: string } | undefined;
}

/** Fetches items by id, refusing the whole request when one is missing, so nothing half-happens. */
function getEach(db: SqliteDatabase, ids: readonly string[]): (EvidenceItem & { blobId: string })[] {
  return [...new Set(ids)].map((id) => getEvidence(db, id));
}

/**
 * Sets the given fields on every item: only those change, the rest of each description stays.
 * Each result is checked by the same schema as a single edit. Call inside one transaction.
 */
export function updateManyEvidence(db: SqliteDatabase, ids: readonly string[], changes: EvidenceBulkChanges): string[] {
  const items = getEach(db, ids);
  const read = db.prepare('SELECT data FROM evidence WHERE id = ?');
  const update = db.prepare('UPDATE evidence SET kind = ?, data = ?, updated_at = ? WHERE id = ?');
  const now = new Date().toISOString();
  for (const item of items) {
    const next = JSON.parse((read.get(item.id) as { data: string }).data) as Record<string, unknown>;
    for (const [field, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      if (value === null) delete next[field];
      else next[field] = value;
    }
    const data = parseInput(evidenceMetadataSchema, next, `evidence item "${item.title}"`);
    update.run(data.kind, JSON.stringify(data), now, item.id);
    indexRecord(db, 'evidence', item.id, item.caseId, { ...data, originalName: item.originalName });
  }
  return items.map((item) => item.id);
}

/**
 * Deletes items and everything that points at them, in the caller's transaction: their event
 * links and their files' inspections go with them (ON DELETE CASCADE), other items' translation
 * and part-of links to them are cleared (ON DELETE SET NULL), and their search entries are
 * dropped. Returns the blobs no row refers to any more, for the caller to delete once this has
 * committed.
 */
export function removeEvidence(db: SqliteDatabase, ids: readonly string[]): { removed: EvidenceItem[]; blobIds: string[] } {
  const items = getEach(db, ids);
  const remove = db.prepare('DELETE FROM evidence WHERE id = ?');
  for (const item of items) {
    remove.run(item.id);
    unindexRecord(db, 'evidence', item.id);
  }
  // blob_id is UNIQUE, so a removed row's blob is nobody else's; the check keeps that true if it ever changes.
  const stillReferenced = db.prepare('SELECT 1 FROM evidence WHERE blob_id = ?');
  const blobIds = items.map((item) => item.blobId).filter((blobId) => stillReferenced.get(blobId) === undefined);
  return { removed: items.map(({ blobId: _blobId, ...item }) => item), blobIds };
}
