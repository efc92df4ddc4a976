// What each record contributes to full-text search, and the query side. Names, titles,
// descriptions, the narrative and notes are indexed; file contents are not.
import type { SearchHit } from '../../shared/models.js';
import type { SqliteDatabase } from '../vault/database.js';

type Entity = SearchHit['entity'];
type Json = Record<string, unknown>;

function words(...parts: unknown[]): string {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  parts.forEach(visit);
  return out.join('\n');
}

const documentOf: Record<Entity, (data: Json) => { title: string; body: string }> = {
  client: (c) => ({
    title: words(c.fullName, c.fullNameNative),
    body: words(c.aliases, c.placeOfBirth, c.citizenships, c.ethnicity, c.religion, c.currentCountry, c.currentLocation, c.documents, c.family, c.notes),
  }),
  case: (c) => ({
    title: String(c.title),
    body: words(c.reference, c.otherReferences, c.destination, c.responsibleLawyer, c.notes),
  }),
  event: (e) => ({
    title: String(e.title),
    body: words(e.place, e.description, e.actors),
  }),
  evidence: (e) => ({
    title: String(e.title),
    body: words(e.originalName, e.source, e.provenance, e.description, e.relevance),
  }),
  persecution: (p) => ({
    title: 'Persecution profile',
    body: words(p.narrative, p.grounds, p.agents, p.charges, p.risks, p.stateProtection, p.internalRelocation, p.countryInformation, p.legalBasis),
  }),
};

/** Adds or replaces the search entry of one record. Call inside the record's own transaction. */
export function indexRecord(db: SqliteDatabase, entity: Entity, entityId: string, caseId: string | null, data: Json): void {
  const { title, body } = documentOf[entity](data);
  db.prepare(
    `INSERT INTO search_documents (entity, entity_id, case_id, title, body) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (entity, entity_id) DO UPDATE SET case_id = excluded.case_id, title = excluded.title, body = excluded.body`,
  ).run(entity, entityId, caseId, title, body);
}

export function unindexRecord(db: SqliteDatabase, entity: Entity, entityId: string): void {
  db.prepare('DELETE FROM search_documents WHERE entity = ? AND entity_id = ?').run(entity, entityId);
}

export function reindexAll(db: SqliteDatabase): void {
  db.exec('DELETE FROM search_documents');
  const sources: [Entity, string][] = [
    ['client', 'SELECT id, NULL AS case_id, data FROM clients'],
    ['case', 'SELECT id, id AS case_id, data FROM cases'],
    ['event', 'SELECT id, case_id, data FROM events'],
    ['evidence', `SELECT id, case_id, json_set(data, '$.originalName', original_name) AS data FROM evidence`],
    ['persecution', 'SELECT case_id AS id, case_id, data FROM persecution_profiles'],
  ];
  for (const [entity, sql] of sources) {
    // .all(), not .iterate(): SQLite cannot write on a connection while a read is open on it.
    for (const row of db.prepare(sql).all() as { id: string; case_id: string | null; data: string }[]) {
      indexRecord(db, entity, row.id, row.case_id, JSON.parse(row.data) as Json);
    }
  }
}

/**
 * Turns what a person types into an FTS5 query: every word must match, as a prefix, so
 * "Ахмет дуб" finds "Ахметов" in "Дубай". Quoting each word keeps FTS5 syntax out of reach.
 */
export function toMatchExpression(query: string): string | null {
  const tokens = query.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!tokens) return null;
  return tokens.map((token) => `"${token}"*`).join(' ');
}

/**
 * A query of one-letter words (what the window sends at the first keystroke) matches a large
 * part of a vault, and ranking every match costs tens of milliseconds for a list nobody reads
 * in that order. Those are listed newest first instead, which FTS5 stops after `limit` rows.
 */
function orderFor(query: string): string {
  const longest = Math.max(...(query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? ['']).map((token) => [...token].length));
  return longest > 1 ? 'rank' : 'search_index.rowid DESC';
}

export function search(db: SqliteDatabase, query: string, options: { caseId?: string; limit?: number } = {}): SearchHit[] {
  const match = toMatchExpression(query);
  if (!match) return [];
  const rows = db
    .prepare(
      `SELECT d.entity, d.entity_id, d.case_id, d.title,
              snippet(search_index, 1, '[', ']', '…', 12) AS snippet
         FROM search_index JOIN search_documents d ON d.id = search_index.rowid
        WHERE search_index MATCH @match AND (@caseId IS NULL OR d.case_id = @caseId)
        ORDER BY ${orderFor(query)}
        LIMIT @limit`,
    )
    .all({ match, caseId: options.caseId ?? null, limit: options.limit ?? 50 }) as {
    entity: Entity;
    entity_id: string;
    case_id: string | null;
    title: string;
    snippet: string;
  }[];
  return rows.map((row) => ({
    entity: row.entity,
    entityId: row.entity_id,
    caseId: row.case_id ?? undefined,
    title: row.title.replace(/\n/g, ' / '),
    snippet: row.snippet.replace(/\s*\n\s*/g, ' · '),
  }));
}
