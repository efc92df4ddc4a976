// The lawyer's argument for each element of the legal test (issue 16): one record per case and
// element, saved whole. The facts and exhibits it rests on are rows that reference the event and
// the evidence item (migration 013), so a removed event or exhibit leaves every element's support
// on its own; a citation inside the text stays, for the pre-flight to report.
import { DossierError } from '../../shared/errors.js';
import { legalElement, legalElements, type LegalElementKey } from '../../shared/legal-elements.js';
import { elementArgumentInputSchema, type ElementArgument, type ElementArgumentInput } from '../../shared/models.js';
import { cachedStatement, type SqliteDatabase } from '../vault/database.js';
import { parseInput } from './parse-input.js';
import { indexRecord, unindexRecord } from './search-index.js';
import { idsNotInCase } from './ids-in-case.js';

interface ArgumentRow {
  case_id: string;
  element: LegalElementKey;
  data: string;
  updated_at: string;
  event_ids: string;
  exhibits: string;
}

/** The JSON column: what is not a link to another record. */
type StoredData = Pick<ElementArgument, 'argument' | 'countryInformation' | 'versions'>;

// Each row's links come with it as JSON arrays, in the order the lawyer gave them.
const selectArguments = `SELECT a.case_id, a.element, a.data, a.updated_at,
       (SELECT json_group_array(event_id) FROM (SELECT event_id FROM element_argument_events
          WHERE case_id = a.case_id AND element = a.element ORDER BY position)) AS event_ids,
       (SELECT json_group_array(json_object('evidenceId', evidence_id, 'from', page_from, 'to', page_to)) FROM (
          SELECT evidence_id, page_from, page_to FROM element_argument_exhibits
           WHERE case_id = a.case_id AND element = a.element ORDER BY position)) AS exhibits
  FROM element_arguments a`;

function fromRow(row: ArgumentRow): ElementArgument {
  const data = JSON.parse(row.data) as StoredData;
  const exhibits = (JSON.parse(row.exhibits) as { evidenceId: string; from: number | null; to: number | null }[]).map(({ evidenceId, from, to }) =>
    from === null || to === null ? { evidenceId } : { evidenceId, pages: { from, to } },
  );
  return {
    element: row.element,
    ...(data.argument === undefined ? {} : { argument: data.argument }),
    eventIds: JSON.parse(row.event_ids) as string[],
    exhibits,
    countryInformation: data.countryInformation,
    versions: data.versions,
    caseId: row.case_id,
    updatedAt: row.updated_at,
  };
}

/** Refuses links to records that are not in the case. */
function checkInCase(db: SqliteDatabase, table: 'events' | 'evidence', caseId: string, ids: readonly string[], what: string): void {
  const missing = idsNotInCase(db, table, caseId, ids);
  if (missing.length > 0) throw new DossierError('INVALID_INPUT', `The argument rests on ${what} that is not in its case: ${missing.join(', ')}.`);
}

/** The words search finds an argument by: its element's labels, then its texts. */
function searchData(element: LegalElementKey, data: StoredData): Record<string, unknown> {
  const { label } = legalElement(element);
  return { title: [label.en, label.ru, label.fr].join('\n'), argument: data.argument, versions: data.versions, countryInformation: data.countryInformation };
}

/** The search entry's id: one per case and element. */
export function argumentSearchId(caseId: string, element: LegalElementKey): string {
  return `${caseId}:${element}`;
}

/** Saves an element's argument whole, replacing what the case held for that element. */
export function saveElementArgument(db: SqliteDatabase, caseId: string, input: ElementArgumentInput): ElementArgument {
  const parsed = parseInput(elementArgumentInputSchema, input, 'argument');
  const { element, eventIds, exhibits } = parsed;
  const data: StoredData = { argument: parsed.argument, countryInformation: parsed.countryInformation, versions: parsed.versions };
  checkInCase(db, 'events', caseId, eventIds, 'a timeline event');
  checkInCase(db, 'evidence', caseId, exhibits.map((exhibit) => exhibit.evidenceId), 'an exhibit');
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO element_arguments (case_id, element, data, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (case_id, element) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  ).run(caseId, element, JSON.stringify(data), now);
  db.prepare('DELETE FROM element_argument_events WHERE case_id = ? AND element = ?').run(caseId, element);
  db.prepare('DELETE FROM element_argument_exhibits WHERE case_id = ? AND element = ?').run(caseId, element);
  const linkEvent = cachedStatement(db, 'INSERT INTO element_argument_events (case_id, element, event_id, position) VALUES (?, ?, ?, ?)');
  [...new Set(eventIds)].forEach((eventId, position) => linkEvent.run(caseId, element, eventId, position));
  const linkExhibit = cachedStatement(
    db,
    'INSERT INTO element_argument_exhibits (case_id, element, position, evidence_id, page_from, page_to) VALUES (?, ?, ?, ?, ?, ?)',
  );
  exhibits.forEach((exhibit, position) => linkExhibit.run(caseId, element, position, exhibit.evidenceId, exhibit.pages?.from ?? null, exhibit.pages?.to ?? null));
  indexRecord(db, 'argument', argumentSearchId(caseId, element), caseId, searchData(element, data));
  return getElementArgument(db, caseId, element)!;
}

export function getElementArgument(db: SqliteDatabase, caseId: string, element: LegalElementKey): ElementArgument | undefined {
  const row = db.prepare(`${selectArguments} WHERE a.case_id = ? AND a.element = ?`).get(caseId, element) as ArgumentRow | undefined;
  return row ? fromRow(row) : undefined;
}

/** Removes an element's argument and its links; the events and exhibits themselves stay. */
export function removeElementArgument(db: SqliteDatabase, caseId: string, element: LegalElementKey): void {
  const changed = db.prepare('DELETE FROM element_arguments WHERE case_id = ? AND element = ?').run(caseId, element).changes;
  if (changed === 0) throw new DossierError('NOT_FOUND', `The case holds no argument for ${element}.`);
  unindexRecord(db, 'argument', argumentSearchId(caseId, element));
}

const elementOrder = new Map(legalElements.map((element, index) => [element.key, index]));

/** The case's arguments in the order of the legal tests (legalElements). */
export function listElementArguments(db: SqliteDatabase, caseId: string): ElementArgument[] {
  const rows = db.prepare(`${selectArguments} WHERE a.case_id = ?`).all(caseId) as ArgumentRow[];
  return rows.map(fromRow).sort((a, b) => (elementOrder.get(a.element) ?? 0) - (elementOrder.get(b.element) ?? 0));
}
