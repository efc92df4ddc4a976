// What each record contributes to full-text search, and the query side. Names, titles,
// descriptions, the narrative and notes are indexed (their versions in other languages too), and the text of each file page by page
// (evidence-text.ts); both are folded (search-folding.ts) by the tables' triggers.
import type { SearchHit } from '../../shared/models.js';
import { cachedStatement, type SqliteDatabase } from '../vault/database.js';
import { searchTokens } from './search-folding.js';
import { snippetOf } from './search-snippet.js';
import { queryPrefix } from './search-stemming.js';

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
    body: words(e.place, e.description, e.actors, e.versions),
  }),
  evidence: (e) => ({
    title: String(e.title),
    body: words(e.originalName, e.source, e.provenance, e.description, e.relevance, e.versions),
  }),
  persecution: (p) => ({
    title: 'Persecution profile',
    body: words(p.narrative, p.grounds, p.agents, p.charges, p.risks, p.stateProtection, p.internalRelocation, p.countryInformation, p.legalBasis, p.versions),
  }),
  // An element's argument (element-arguments.ts): titled by the element's labels in every language.
  argument: (a) => ({
    title: String(a.title),
    body: words(a.argument, a.countryInformation, a.versions),
  }),
};

/** Adds or replaces the search entry of one record. Call inside the record's own transaction. */
export function indexRecord(db: SqliteDatabase, entity: Entity, entityId: string, caseId: string | null, data: Json): void {
  const { title, body } = documentOf[entity](data);
  cachedStatement(
    db,
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
  // Arguments (migration 013) came after the one step that calls this (002); each is indexed as it is saved.
  for (const [entity, sql] of sources) {
    // .all(), not .iterate(): SQLite cannot write on a connection while a read is open on it.
    for (const row of db.prepare(sql).all() as { id: string; case_id: string | null; data: string }[]) {
      indexRecord(db, entity, row.id, row.case_id, JSON.parse(row.data) as Json);
    }
  }
}

/**
 * Turns what a person types into an FTS5 query of the folded indexes: every word must match, as
 * a prefix of a folded word, cut to its stem (search-stemming.ts), so "Ахмет дуб" finds
 * "Ахметов" in "Дубай" and "Tokareva" finds "Токарев". Quoting each word keeps FTS5 syntax out of reach.
 */
export function toMatchExpression(query: string): string | null {
  return matchOf(queryPrefixes(query));
}

function matchOf(prefixes: readonly string[]): string | null {
  return prefixes.length > 0 ? prefixes.map((prefix) => `"${prefix}"*`).join(' ') : null;
}

function queryPrefixes(query: string): string[] {
  return [...new Set(searchTokens(query).map(queryPrefix).filter((prefix) => prefix !== ''))];
}

/**
 * A query of one-letter words (what the window sends at the first keystroke) matches a large
 * part of a vault, and ranking every match costs tens of milliseconds for a list nobody reads
 * in that order. Those are listed newest first instead, which FTS5 stops after `limit` rows.
 */
function ranked(query: string): boolean {
  return Math.max(0, ...searchTokens(query).map((token) => [...token].length)) > 1;
}

/**
 * How many of a query's newest matches, in the records and in the pages each, are ranked. Ranking
 * (bm25) costs per match, and a common word matches tens of thousands of rows in a large vault:
 * ranking them all takes tens of milliseconds. Among this many, the best come first; a query that
 * matches more is narrowed by another word, as one types.
 */
const rankedWindow = 1000;

/** How many pages of one file a result list shows at most, so one long file does not fill it. */
const pagesPerFile = 3;

/** A hit before its snippet: the snippet is cut only for the hits that make the list. */
interface Candidate {
  hit: Omit<SearchHit, 'snippet'>;
  rank: number;
  snippet: () => string;
}

export function search(db: SqliteDatabase, query: string, options: { caseId?: string; limit?: number } = {}): SearchHit[] {
  // The query is folded and stemmed once, for the match and the snippets alike.
  const prefixes = queryPrefixes(query);
  const match = matchOf(prefixes);
  if (!match) return [];
  const isRanked = ranked(query);
  const limit = options.limit ?? 50;
  const params = { match, caseId: options.caseId ?? null, limit, window: isRanked ? rankedWindow : limit };

  // The inner query walks the matches newest first and stops at the window; only those are ranked.
  const records = db
    .prepare(
      `SELECT d.entity, d.entity_id, d.case_id, d.title, d.body, m.rank
         FROM (SELECT f.rowid AS id, f.rank AS rank
                 FROM search_folded f JOIN search_documents d ON d.id = f.rowid
                WHERE search_folded MATCH @match AND (@caseId IS NULL OR d.case_id = @caseId)
                ORDER BY f.rowid DESC LIMIT @window) m
         JOIN search_documents d ON d.id = m.id
        ORDER BY ${isRanked ? 'm.rank' : 'm.id DESC'}
        LIMIT @limit`,
    )
    .all(params) as { entity: Entity; entity_id: string; case_id: string | null; title: string; body: string; rank: number }[];
  const pages = db
    .prepare(
      `SELECT e.id, e.case_id, e.title, p.page, p.text, m.rank
         FROM (SELECT i.rowid AS id, i.rank AS rank
                 FROM evidence_text_index i
                 JOIN evidence_text_pages p ON p.id = i.rowid
                 JOIN evidence e ON e.blob_id = p.blob_id
                WHERE evidence_text_index MATCH @match AND (@caseId IS NULL OR e.case_id = @caseId)
                ORDER BY i.rowid DESC LIMIT @window) m
         JOIN evidence_text_pages p ON p.id = m.id
         JOIN evidence e ON e.blob_id = p.blob_id
        ORDER BY ${isRanked ? 'm.rank' : 'm.id DESC'}
        LIMIT @limit`,
    )
    .all(params) as { id: string; case_id: string; title: string; page: number; text: string; rank: number }[];

  const candidates: Candidate[] = records.map((row) => ({
    rank: row.rank,
    hit: { entity: row.entity, entityId: row.entity_id, caseId: row.case_id ?? undefined, title: row.title.replace(/\n/g, ' / ') },
    snippet: () => snippetOf(row.body, prefixes).replace(/\s*\n\s*/g, ' · '),
  }));
  const shownPages = new Map<string, number>();
  for (const row of pages) {
    const shown = shownPages.get(row.id) ?? 0;
    if (shown === pagesPerFile) continue;
    shownPages.set(row.id, shown + 1);
    candidates.push({
      rank: row.rank,
      hit: { entity: 'evidence', entityId: row.id, caseId: row.case_id, title: row.title, page: row.page },
      snippet: () => snippetOf(row.text, prefixes).replace(/\s+/g, ' '),
    });
  }
  // Unranked, the records come first (newest first), then the pages.
  if (isRanked) candidates.sort((a, b) => a.rank - b.rank);
  return candidates.slice(0, limit).map((candidate) => ({ ...candidate.hit, snippet: candidate.snippet() }));
}
