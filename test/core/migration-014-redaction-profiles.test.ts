// Migration 014, from the schema 013 left: redaction profiles per case, unique by folded name,
// whose regions and withheld exhibits and events go with the exhibit or the event.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/vault/database.js';
import { migrate } from '../../src/core/vault/migrations/index.js';
import { tempDir } from '../support/temp-dir.js';

describe('migration 014', () => {
  it('keeps profiles unique by name within a case, and drops their links to a removed exhibit or event', async () => {
    const db = openDatabase(path.join(await tempDir(), 'test.db'), Buffer.alloc(32, 7), { create: true });
    migrate(db, 13);
    db.prepare("INSERT INTO clients (id, full_name, data, created_at, updated_at) VALUES ('c1', 'Bekov', '{}', 'now', 'now')").run();
    db.prepare("INSERT INTO cases (id, client_id, title, forum, status, data, created_at, updated_at) VALUES ('k1', 'c1', 'Case', 'un_cat', 'active', '{}', 'now', 'now')").run();
    db.prepare("INSERT INTO events (id, case_id, sort_date, type, title, data, created_at, updated_at) VALUES ('e1', 'k1', '2024-01-01', 'arrest', 'Arrest', '{}', 'now', 'now')").run();
    db.prepare(
      `INSERT INTO evidence (id, case_id, blob_id, original_name, size, sha256, media_type, name_matches_content, title, kind, position, data, imported_at, updated_at)
       VALUES ('x1', 'k1', 'b1', 'a.pdf', 1, ?, 'application/pdf', 1, 'Report', 'report', 0, '{}', 'now', 'now')`,
    ).run('0'.repeat(64));

    expect(migrate(db, 14)).toEqual([14]);
    const profile = db.prepare("INSERT INTO redaction_profiles (id, case_id, name, name_key, data, created_at, updated_at) VALUES (?, 'k1', ?, ?, ?, 'now', 'now')");
    profile.run('p1', 'Embassy', 'embassy', JSON.stringify({ terms: [{ text: 'Petrova', reason: 'third_party' }] }));
    expect(() => profile.run('p2', 'EMBASSY', 'embassy', '{}')).toThrow(/UNIQUE/);
    expect(() => profile.run('p3', 'Court', 'court', 'not json')).toThrow(/CHECK/);
    const region = db.prepare("INSERT INTO redaction_regions (profile_id, position, evidence_id, page, x, y, width, height, reason) VALUES ('p1', ?, ?, ?, ?, 0.1, ?, 0.1, 'address')");
    region.run(0, 'x1', 1, 0.1, 0.2);
    expect(() => region.run(1, 'x1', 0, 0.1, 0.2)).toThrow(/CHECK/);
    expect(() => region.run(2, 'x1', 1, 0.1, 0)).toThrow(/CHECK/);
    expect(() => region.run(3, 'x9', 1, 0.1, 0.2)).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO redaction_withheld_evidence (profile_id, evidence_id, position) VALUES ('p1', 'x1', 0)").run();
    db.prepare("INSERT INTO redaction_withheld_events (profile_id, event_id, position) VALUES ('p1', 'e1', 0)").run();
    expect(() => db.prepare("INSERT INTO redaction_withheld_events (profile_id, event_id, position) VALUES ('p1', 'e9', 1)").run()).toThrow(/FOREIGN KEY/);

    db.prepare("DELETE FROM events WHERE id = 'e1'").run();
    db.prepare("DELETE FROM evidence WHERE id = 'x1'").run();
    for (const table of ['redaction_regions', 'redaction_withheld_evidence', 'redaction_withheld_events']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    expect(db.prepare("SELECT json_extract(data, '$.terms[0].text') FROM redaction_profiles").pluck().get()).toBe('Petrova');
    // A removed case takes its profiles with it.
    db.prepare("DELETE FROM cases WHERE id = 'k1'").run();
    expect(db.prepare('SELECT count(*) FROM redaction_profiles').pluck().get()).toBe(0);
    db.close();
  });
});
