// Migration 013, from the schema 012 left: an argument per case and element, with links to the
// events and exhibits it rests on that go with the event or the exhibit.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/core/vault/migrations/index.js';
import { databaseWithCase } from '../support/migration-case.js';

describe('migration 013', () => {
  it('keeps one argument per case and element, whose links to events and exhibits go when those are removed', async () => {
    const db = await databaseWithCase(12);

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
