// One test per migration, each starting from the schema the step before left.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/vault/database.js';
import { LATEST_SCHEMA_VERSION, migrate, migrations, schemaVersion } from '../../src/core/vault/migrations/index.js';
import { search } from '../../src/core/search/search-index.js';
import { tempDir } from '../support/temp-dir.js';

async function emptyDatabase() {
  const file = path.join(await tempDir(), 'test.db');
  const db = openDatabase(file, Buffer.alloc(32, 7), { create: true });
  return db;
}

describe('migrations', () => {
  it('are numbered in increasing order and end at LATEST_SCHEMA_VERSION', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('001 creates the case records and an append-only audit log', async () => {
    const db = await emptyDatabase();
    expect(migrate(db, 1)).toEqual([1]);
    expect(schemaVersion(db)).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['clients', 'cases', 'events', 'evidence', 'event_evidence', 'persecution_profiles', 'deadlines', 'audit_log']));
    db.prepare("INSERT INTO audit_log (at, actor, action, entity) VALUES ('now', 'a', 'x', 'vault')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'b'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });

  it('002 adds full-text search and indexes what a version-1 vault already holds', async () => {
    const db = await emptyDatabase();
    migrate(db, 1);
    db.prepare("INSERT INTO clients (id, full_name, data, created_at, updated_at) VALUES ('c1', 'Bekov', ?, 'now', 'now')").run(
      JSON.stringify({ fullName: 'Timur Bekov', fullNameNative: 'Тимур Беков', aliases: [] }),
    );
    expect(migrate(db)).toEqual([2]);
    expect(search(db, 'беков').map((hit) => hit.entityId)).toEqual(['c1']);
    db.close();
  });

  it('roll back entirely when a step fails, leaving the version as it was', async () => {
    const db = await emptyDatabase();
    migrate(db, 1);
    db.exec('CREATE TABLE search_documents (x)'); // makes step 2 fail half-way
    expect(() => migrate(db)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'search_index'").get()).toEqual({ n: 0 });
    db.close();
  });
});
