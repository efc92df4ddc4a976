// Migration 012, from the schema 011 left: the practice's counsel, a name and their details as JSON.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/vault/database.js';
import { migrate } from '../../src/core/vault/migrations/index.js';
import { tempDir } from '../support/temp-dir.js';

describe('migration 012', () => {
  it('keeps counsel as records of the vault, leaving the cases they sign for as they were', async () => {
    const db = openDatabase(path.join(await tempDir(), 'test.db'), Buffer.alloc(32, 7), { create: true });
    migrate(db, 11);
    db.prepare("INSERT INTO clients (id, full_name, data, created_at, updated_at) VALUES ('c1', 'Bekov', '{\"fullName\":\"Timur Bekov\"}', 'now', 'now')").run();
    const caseData = JSON.stringify({ title: 'Case', forum: 'us_immigration_court', responsibleLawyer: 'R. Alvarez' });
    db.prepare("INSERT INTO cases (id, client_id, title, forum, status, data, created_at, updated_at) VALUES ('k1', 'c1', 'Case', 'us_immigration_court', 'active', ?, 'now', 'now')").run(caseData);

    expect(migrate(db, 12)).toEqual([12]);
    const insert = db.prepare("INSERT INTO counsel (id, name, data, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')");
    insert.run('l1', 'Rosa Alvarez', JSON.stringify({ name: 'Rosa Alvarez', address: ['12 Pine St', 'Newark NJ 07102'], eoirId: 'AB123456' }));
    expect(db.prepare("SELECT json_extract(data, '$.address[1]') AS line, json_extract(data, '$.eoirId') AS eoir FROM counsel WHERE id = 'l1'").get()).toEqual({
      line: 'Newark NJ 07102',
      eoir: 'AB123456',
    });
    expect(() => insert.run('l1', 'Again', '{}')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('l2', 'Broken', 'not json')).toThrow(/CHECK/);
    // An old case keeps its free-text lawyer and names no counsel record.
    expect(db.prepare("SELECT data FROM cases WHERE id = 'k1'").get()).toEqual({ data: caseData });
    db.close();
  });
});
