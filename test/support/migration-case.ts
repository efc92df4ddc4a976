// The rows a migration test of a case's linked records starts from: client c1, case k1 (a CAT
// case), event e1 and exhibit x1, in a database migrated to the version before the one tested.
import path from 'node:path';
import { openDatabase, type SqliteDatabase } from '../../src/core/vault/database.js';
import { migrate } from '../../src/core/vault/migrations/index.js';
import { tempDir } from './temp-dir.js';

export async function databaseWithCase(version: number): Promise<SqliteDatabase> {
  const db = openDatabase(path.join(await tempDir(), 'test.db'), Buffer.alloc(32, 7), { create: true });
  migrate(db, version);
  db.prepare("INSERT INTO clients (id, full_name, data, created_at, updated_at) VALUES ('c1', 'Bekov', '{}', 'now', 'now')").run();
  db.prepare("INSERT INTO cases (id, client_id, title, forum, status, data, created_at, updated_at) VALUES ('k1', 'c1', 'Case', 'un_cat', 'active', '{}', 'now', 'now')").run();
  db.prepare("INSERT INTO events (id, case_id, sort_date, type, title, data, created_at, updated_at) VALUES ('e1', 'k1', '2024-01-01', 'arrest', 'Arrest', '{}', 'now', 'now')").run();
  db.prepare(
    `INSERT INTO evidence (id, case_id, blob_id, original_name, size, sha256, media_type, name_matches_content, title, kind, position, data, imported_at, updated_at)
     VALUES ('x1', 'k1', 'b1', 'a.pdf', 1, ?, 'application/pdf', 1, 'Report', 'report', 0, '{}', 'now', 'now')`,
  ).run('0'.repeat(64));
  return db;
}
