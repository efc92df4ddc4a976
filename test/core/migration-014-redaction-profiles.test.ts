// Migration 014, from the schema 013 left: redaction profiles per case, unique by folded name,
// whose regions and withheld exhibits and events go with the exhibit or the event.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/core/vault/migrations/index.js';
import { databaseWithCase } from '../support/migration-case.js';

describe('migration 014', () => {
  it('keeps profiles unique by name within a case, and drops their links to a removed exhibit or event', async () => {
    const db = await databaseWithCase(13);

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
