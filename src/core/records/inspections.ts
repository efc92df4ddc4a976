// What the exhibit inspector found in each stored file, kept once per blob (migration 006).
// Only results of the current inspector are read: an older one's are as good as absent, so the
// file is inspected again on first need.
import { supportReasons, type SupportReason } from '../../shared/contract.js';
import { inspectorVersion, type Inspection } from '../exhibits/inspection.js';
import type { SqliteDatabase } from '../vault/database.js';

/** The columns of an inspection row, as a query joining `inspections` names them. */
export interface InspectionColumns {
  inspection_kind: string | null;
  inspection_pages: number | null;
  inspection_reason: string | null;
  inspection_detail: string | null;
  inspection_undrawable: string | null;
}

/** Joins a query over `evidence` to its file's current inspection, as InspectionColumns. */
export const joinInspection = `LEFT JOIN inspections ON inspections.blob_id = evidence.blob_id AND inspections.inspector = ${inspectorVersion}`;
export const inspectionColumns = `inspections.kind AS inspection_kind, inspections.page_count AS inspection_pages,
       inspections.reason AS inspection_reason, inspections.detail AS inspection_detail, inspections.undrawable_pages AS inspection_undrawable`;

const knownReasons: ReadonlySet<string> = new Set(supportReasons);

/** The inspection a row holds; undefined when there is none, or it names a reason this version does not know. */
export function inspectionFromColumns(row: InspectionColumns): Inspection | undefined {
  const { inspection_kind: kind, inspection_pages: pages, inspection_reason: reason, inspection_detail: detail, inspection_undrawable: undrawable } = row;
  if (kind === 'pages' && pages !== null) {
    const undrawablePages = undrawable === null ? [] : (JSON.parse(undrawable) as unknown[]).filter((page): page is number => Number.isInteger(page));
    return undrawablePages.length > 0 ? { kind, pageCount: pages, undrawablePages } : { kind, pageCount: pages };
  }
  if (kind === 'image' && pages !== null) return { kind, pageCount: pages };
  if (kind === 'text') return { kind };
  if (kind === 'not_reproduced' && reason !== null && knownReasons.has(reason)) {
    return { kind, reason: reason as SupportReason, ...(detail === null ? {} : { detail }) };
  }
  return undefined;
}

/**
 * Records (or replaces) what inspecting a stored file found. A file whose evidence row has gone
 * meanwhile (removed while a plan read it) is skipped: an inspection belongs to a stored file.
 */
export function saveInspection(db: SqliteDatabase, blobId: string, inspection: Inspection): void {
  const pageCount = inspection.kind === 'pages' || inspection.kind === 'image' ? inspection.pageCount : null;
  const reason = inspection.kind === 'not_reproduced' ? inspection.reason : null;
  const detail = inspection.kind === 'not_reproduced' ? (inspection.detail ?? null) : null;
  const undrawable = inspection.kind === 'pages' && inspection.undrawablePages?.length ? JSON.stringify(inspection.undrawablePages) : null;
  db.prepare(
    `INSERT INTO inspections (blob_id, kind, page_count, reason, detail, undrawable_pages, inspector, inspected_at)
     SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM evidence WHERE blob_id = ?)
     ON CONFLICT (blob_id) DO UPDATE SET kind = excluded.kind, page_count = excluded.page_count, reason = excluded.reason,
       detail = excluded.detail, undrawable_pages = excluded.undrawable_pages, inspector = excluded.inspector, inspected_at = excluded.inspected_at`,
  ).run(blobId, inspection.kind, pageCount, reason, detail, undrawable, inspectorVersion, new Date().toISOString(), blobId);
}

/** The current inspections of these stored files, by blob id; a file without one is absent from the map. */
export function readInspections(db: SqliteDatabase, blobIds: readonly string[]): Map<string, Inspection> {
  const rows = db
    .prepare(
      `SELECT blob_id, ${inspectionColumns} FROM inspections
        WHERE inspector = ? AND blob_id IN (SELECT value FROM json_each(?))`,
    )
    .all(inspectorVersion, JSON.stringify(blobIds)) as (InspectionColumns & { blob_id: string })[];
  const found = new Map<string, Inspection>();
  for (const row of rows) {
    const inspection = inspectionFromColumns(row);
    if (inspection) found.set(row.blob_id, inspection);
  }
  return found;
}
