// Migration 013, from the schema 012 left: an argument per case and element, with links to the
// events and exhibits it rests on that go with the event or the exhibit.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/vault/database.js';
import { migrate } from '../../src/core/vault/migrations/index.js';
import { tempDir } from '../support/temp-dir.js';

describe('migration 013', () => {
  it('keeps one argument per case and element, whose links to events and exhibits go when those are removed', async () => {
    const db = openDatabase(path.join(await tempDir(), 'test.db'), Buffer.alloc(32, 7), { create: true });
    migrate(db, 12);
    db.prepare("INSERT INTO clients (id, full_name, data, created_at, updated_at) VALUES ('c1', 'Bekov', '{}', 'now', 'now')").run();
    db.prepare("INSERT INTO cases (id, client_id, title, forum, status, data, created_at, updated_at) VALUES ('k1', 'c1', 'Case', 'un_cat', 'active', '{}', 'now', 'now')").run();
    db.prepare("INSERT INTO events (id, case_id, sort_date, type, title, data, created_at, updated_at) VALUES ('e1', 'k1', '2024-01-01', 'arrest', 'Arrest', '{}', 'now', 'now')").run();
    db.prepare(
      `INSERT INTO evidence (id, case_id, blob_id, original_name, size, sha256, media_type, name_matches_content, title, kind, position, data, imported_at, updated_at)
       VALUES ('x1', 'k1', 'b1', 'a.pdf', 1, ?, 'application/pdf', 1, 'Report', 'report', 0, '{}', 'now', 'now')`,
    ).run('0'.repeat(64));

    expect(migrate(db, 13)).toEqual([13]);
    const insert = db.prepare("INSERT INTO element_arguments (case_id, element, data, updated_at) VALUES ('k1', ?, ?, 'now')");
    insert.run('cat_personal_risk', JSON.stringify({ argument: 'She is wanted.' }));
    expect(() => insert.run('cat_personal_risk', '{}')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('cat_public_official', 'not json')).toThrow(/CHECK/);
    db.prepare("INSERT INTO element_argument_events (case_id, element, event_id, position) VALUES ('k1', 'cat_personal_risk', 'e1', 0)").run();
    const exhibit = db.prepare("INSERT INTO element_argument_exhibits (case_id, element, position, evidence_id, page_from, page_to) VALUES ('k1', 'cat_personal_risk', ?, 'x1', ?, ?)");
    exhibit.run(0, 2, 3);
    exhibit.run(1, null, null);
    expect(() => exhibit.run(2, 3, 2)).toThrow(/CHECK/);
    expect(() => exhibit.run(3, 2, null)).toThrow(/CHECK/);
    // A link to an element nobody argued, or to an event that does not exist, is refused.
    expect(() => db.prepare("INSERT INTO element_argument_events (case_id, element, event_id, position) VALUES ('k1', 'cat_public_official', 'e1', 0)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO element_argument_events (case_id, element, event_id, position) VALUES ('k1', 'cat_personal_risk', 'e9', 1)").run()).toThrow(/FOREIGN KEY/);

    db.prepare("DELETE FROM events WHERE id = 'e1'").run();
    db.prepare("DELETE FROM evidence WHERE id = 'x1'").run();
    expect(db.prepare('SELECT count(*) FROM element_argument_events').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM element_argument_exhibits').pluck().get()).toBe(0);
    expect(db.prepare("SELECT json_extract(data, '$.argument') FROM element_arguments").pluck().get()).toBe('She is wanted.');
    db.close();
  });
});
