import { randomUUID } from 'node:crypto';
import { evidenceMetadataSchema, type EvidenceItem, type EvidenceMetadata } from '../../shared/models.js';
import { DossierError } from '../../shared/errors.js';
import { indexRecord } from '../search/search-index.js';
import type { SqliteDatabase } from '../vault/database.js';
import type { StoredFile } from '../evidence/intake.js';
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
  const position = (db.prepare('SELECT coalesce(max(position), 0) + 1 AS next FROM evidence WHERE case_id = ?').get(caseId) as { next: number }).next;
  db.prepare(
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

const selectEvidence = `SELECT id, case_id, blob_id, original_name, size, sha256, media_type, name_matches_content,
                               translation_of_id, part_of_id, data, imported_at FROM evidence`;

export function listEvidence(db: SqliteDatabase, caseId: string): EvidenceItem[] {
  return (db.prepare(`${selectEvidence} WHERE case_id = ? ORDER BY position`).all(caseId) as EvidenceRow[]).map(fromRow);
}

export function getEvidence(db: SqliteDatabase, id: string): EvidenceItem & { blobId: string } {
  const row = db.prepare(`${selectEvidence} WHERE id = ?`).get(id) as EvidenceRow | undefined;
  if (!row) throw new DossierError('NOT_FOUND', `No evidence item has id ${id}.`);
  return { ...fromRow(row), blobId: row.blob_id };
}

/** Every stored file the vault refers to, for verification. */
export function allEvidenceFiles(db: SqliteDatabase): { id: string; blobId: string; originalName: string; size: number; sha256: string }[] {
  return db
    .prepare('SELECT id, blob_id AS blobId, original_name AS originalName, size, sha256 FROM evidence ORDER BY imported_at')
    .all() as { id: string; blobId: string; originalName: string; size: number; sha256: string }[];
}
