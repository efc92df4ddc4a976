// Redaction profiles (issue 17): what one recipient's dossier leaves out, per case, saved whole.
// Terms, withheld applicant fields and the log page are the row's JSON; regions and withheld
// exhibits and events are rows that reference the evidence item or the event (migration 014), so
// a removed exhibit or event leaves every profile with it. Profiles are never indexed for search:
// their terms are what must not be found.
import { randomUUID } from 'node:crypto';
import { DossierError } from '../../shared/errors.js';
import { foldTerm, redactionProfileInputSchema, type RedactionProfile, type RedactionProfileInput, type RedactionRegion } from '../../shared/redaction.js';
import { cachedStatement, type SqliteDatabase } from '../vault/database.js';
import { parseInput } from './parse-input.js';
import { idsNotInCase } from './ids-in-case.js';

interface ProfileRow {
  id: string;
  case_id: string;
  data: string;
  created_at: string;
  updated_at: string;
  regions: string;
  evidence_ids: string;
  event_ids: string;
}

type ParsedProfile = Omit<RedactionProfile, 'id' | 'caseId' | 'createdAt' | 'updatedAt'>;
/** The JSON column: what is not a link to another record. */
type StoredData = Pick<ParsedProfile, 'name' | 'terms' | 'withheldFields' | 'logPage'>;

// Each row's links come with it as JSON arrays, in the order the lawyer gave them.
const selectProfiles = `SELECT p.id, p.case_id, p.data, p.created_at, p.updated_at,
       (SELECT json_group_array(json_object('evidenceId', evidence_id, 'page', page, 'x', x, 'y', y, 'width', width, 'height', height, 'reason', reason))
          FROM (SELECT * FROM redaction_regions WHERE profile_id = p.id ORDER BY position)) AS regions,
       (SELECT json_group_array(evidence_id) FROM (SELECT evidence_id FROM redaction_withheld_evidence WHERE profile_id = p.id ORDER BY position)) AS evidence_ids,
       (SELECT json_group_array(event_id) FROM (SELECT event_id FROM redaction_withheld_events WHERE profile_id = p.id ORDER BY position)) AS event_ids
  FROM redaction_profiles p`;

function fromRow(row: ProfileRow): RedactionProfile {
  const data = JSON.parse(row.data) as StoredData;
  return {
    id: row.id,
    caseId: row.case_id,
    name: data.name,
    terms: data.terms,
    regions: JSON.parse(row.regions) as RedactionRegion[],
    withheldFields: data.withheldFields,
    withheldEvidenceIds: JSON.parse(row.evidence_ids) as string[],
    withheldEventIds: JSON.parse(row.event_ids) as string[],
    logPage: data.logPage,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The form a name is unique in within its case: "Embassy" and "EMBASSY", "Суд" and "суд" are one. */
export function profileNameKey(name: string): string {
  return name.trim().normalize('NFKC').toLowerCase();
}

/** Refuses links to records that are not in the case. */
function checkInCase(db: SqliteDatabase, table: 'events' | 'evidence', caseId: string, ids: readonly string[], what: string): void {
  const missing = idsNotInCase(db, table, caseId, ids);
  if (missing.length > 0) throw new DossierError('INVALID_INPUT', `The redaction profile names ${what} that is not in its case: ${missing.join(', ')}.`);
}

/** Refuses a region on a page past the end of its exhibit, when the exhibit's pages are known. */
function checkRegionPages(db: SqliteDatabase, regions: readonly RedactionRegion[]): void {
  const pages = cachedStatement(
    db,
    `SELECT e.title, i.page_count FROM evidence e LEFT JOIN inspections i ON i.blob_id = e.blob_id WHERE e.id = ?`,
  );
  for (const region of regions) {
    const found = pages.get(region.evidenceId) as { title: string; page_count: number | null } | undefined;
    if (found?.page_count != null && region.page > found.page_count) {
      throw new DossierError(
        'INVALID_INPUT',
        `A region of the redaction profile is on page ${region.page} of "${found.title}", which has ${found.page_count} page${found.page_count === 1 ? '' : 's'}.`,
      );
    }
  }
}

/** The case's profiles, sorted by name as a person reads it (any script). */
export function listRedactionProfiles(db: SqliteDatabase, caseId: string): RedactionProfile[] {
  const rows = db.prepare(`${selectProfiles} WHERE p.case_id = ?`).all(caseId) as ProfileRow[];
  return rows.map(fromRow).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The case's profile with this id, or undefined (another case's is never returned). */
export function getRedactionProfile(db: SqliteDatabase, caseId: string, id: string): RedactionProfile | undefined {
  const row = db.prepare(`${selectProfiles} WHERE p.case_id = ? AND p.id = ?`).get(caseId, id) as ProfileRow | undefined;
  return row ? fromRow(row) : undefined;
}

/** The case's profile named `name` in any letter case, or undefined. */
export function findRedactionProfileByName(db: SqliteDatabase, caseId: string, name: string): RedactionProfile | undefined {
  const row = db.prepare(`${selectProfiles} WHERE p.case_id = ? AND p.name_key = ?`).get(caseId, profileNameKey(name)) as ProfileRow | undefined;
  return row ? fromRow(row) : undefined;
}

/**
 * Creates a profile (`id` undefined) or replaces one whole, with its regions and withheld items.
 * Refuses a name another profile of the case holds, and any exhibit or event not of the case.
 */
export function saveRedactionProfile(db: SqliteDatabase, caseId: string, id: string | undefined, input: RedactionProfileInput): RedactionProfile {
  const parsed = parseInput(redactionProfileInputSchema, input, 'redaction profile');
  const regionEvidence = parsed.regions.map((region) => region.evidenceId);
  checkInCase(db, 'evidence', caseId, [...regionEvidence, ...parsed.withheldEvidenceIds], 'an exhibit');
  checkInCase(db, 'events', caseId, parsed.withheldEventIds, 'a timeline event');
  checkRegionPages(db, parsed.regions);
  const nameKey = profileNameKey(parsed.name);
  const same = db.prepare('SELECT id, name FROM redaction_profiles WHERE case_id = ? AND name_key = ?').get(caseId, nameKey) as { id: string; name: string } | undefined;
  if (same && same.id !== id) throw new DossierError('INVALID_INPUT', `The case already has a redaction profile named "${same.name}"; choose another name.`);

  // Terms are kept once each, in the form first given: a second "Petrova" adds nothing to remove.
  const seen = new Set<string>();
  const terms = parsed.terms.filter((term) => {
    const key = foldTerm(term.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const data: StoredData = { name: parsed.name, terms, withheldFields: [...new Set(parsed.withheldFields)], logPage: parsed.logPage };
  const now = new Date().toISOString();
  let profileId: string;
  if (id === undefined) {
    profileId = randomUUID();
    db.prepare('INSERT INTO redaction_profiles (id, case_id, name, name_key, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      profileId,
      caseId,
      parsed.name,
      nameKey,
      JSON.stringify(data),
      now,
      now,
    );
  } else {
    profileId = id;
    const changed = db
      .prepare('UPDATE redaction_profiles SET name = ?, name_key = ?, data = ?, updated_at = ? WHERE id = ? AND case_id = ?')
      .run(parsed.name, nameKey, JSON.stringify(data), now, id, caseId).changes;
    if (changed === 0) throw new DossierError('NOT_FOUND', `The case has no redaction profile with id ${id}.`);
    for (const table of ['redaction_regions', 'redaction_withheld_evidence', 'redaction_withheld_events']) {
      db.prepare(`DELETE FROM ${table} WHERE profile_id = ?`).run(id);
    }
  }
  const region = cachedStatement(
    db,
    'INSERT INTO redaction_regions (profile_id, position, evidence_id, page, x, y, width, height, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  parsed.regions.forEach((r, position) => region.run(profileId, position, r.evidenceId, r.page, r.x, r.y, r.width, r.height, r.reason));
  const evidence = cachedStatement(db, 'INSERT INTO redaction_withheld_evidence (profile_id, evidence_id, position) VALUES (?, ?, ?)');
  [...new Set(parsed.withheldEvidenceIds)].forEach((evidenceId, position) => evidence.run(profileId, evidenceId, position));
  const event = cachedStatement(db, 'INSERT INTO redaction_withheld_events (profile_id, event_id, position) VALUES (?, ?, ?)');
  [...new Set(parsed.withheldEventIds)].forEach((eventId, position) => event.run(profileId, eventId, position));
  return getRedactionProfile(db, caseId, profileId)!;
}

/** Removes a profile with its regions and withheld items; the exhibits and events themselves stay. */
export function removeRedactionProfile(db: SqliteDatabase, caseId: string, id: string): void {
  const changed = db.prepare('DELETE FROM redaction_profiles WHERE id = ? AND case_id = ?').run(id, caseId).changes;
  if (changed === 0) throw new DossierError('NOT_FOUND', `The case has no redaction profile with id ${id}.`);
}
