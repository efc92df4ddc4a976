// One test per migration, each starting from the schema the step before left.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/vault/database.js';
import { LATEST_SCHEMA_VERSION, migrate, migrations, schemaVersion } from '../../src/core/vault/migrations/index.js';
import { indexRecord, search } from '../../src/core/records/search-index.js';
import { tempDir } from '../support/temp-dir.js';

async function emptyDatabase() {
  const file = path.join(await tempDir(), 'test.db');
  const db = openDatabase(file, Buffer.alloc(32, 7), { create: true });
  return db;
}

/** Client c1, case k1 and one evidence row e1 (SHA-256 "aaa…"), as the schema of migration 001 has them. */
function insertClientCaseAndFile(db: Awaited<ReturnType<typeof emptyDatabase>>, file: { forum: string; fileName: string; title: string; kind: string }) {
  db.prepare("INSERT INTO clients (id, full_name, data, created_at, updated_at) VALUES ('c1', 'Bekov', '{\"fullName\":\"Timur Bekov\"}', 'now', 'now')").run();
  db.prepare("INSERT INTO cases (id, client_id, title, forum, status, data, created_at, updated_at) VALUES ('k1', 'c1', 'Case', ?, 'active', '{}', 'now', 'now')").run(file.forum);
  db.prepare(
    `INSERT INTO evidence (id, case_id, blob_id, original_name, size, sha256, media_type, name_matches_content, title, kind, position, data, imported_at, updated_at)
     VALUES ('e1', 'k1', 'b1', ?, 10, ?, 'application/pdf', 1, ?, ?, 1, ?, 'now', 'now')`,
  ).run(file.fileName, 'a'.repeat(64), file.title, file.kind, JSON.stringify({ title: file.title, kind: file.kind }));
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
    expect(migrate(db, 2)).toEqual([2]);
    // search() reads the folded index of 009; this step's own index is read directly.
    expect(db.prepare("SELECT d.entity_id FROM search_index JOIN search_documents d ON d.id = search_index.rowid WHERE search_index MATCH 'беков'").all()).toEqual([{ entity_id: 'c1' }]);
    db.close();
  });

  it('003 adds what reading each file found, keeping the rows of a version-2 vault, and drops a check with its file', async () => {
    const db = await emptyDatabase();
    migrate(db, 2);
    insertClientCaseAndFile(db, { forum: 'unhcr', fileName: 'report.pdf', title: 'Report', kind: 'medical' });
    const before = db.prepare('SELECT * FROM evidence').all();

    expect(migrate(db, 3)).toEqual([3]);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT * FROM evidence').all()).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM evidence_checks').get()).toEqual({ n: 0 });
    db.prepare("INSERT INTO evidence_checks (evidence_id, support, reason, checked_at) VALUES ('e1', 'not_reproduced', 'needs_password', 'now')").run();
    expect(() => db.prepare("INSERT INTO evidence_checks (evidence_id, support, checked_at) VALUES ('nowhere', 'pages', 'now')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM evidence WHERE id = 'e1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM evidence_checks').get()).toEqual({ n: 0 });
    db.close();
  });

  it('004 adds the marks of derived deadlines, keeping a version-3 vault\'s deadlines, and drops the marks with their case', async () => {
    const db = await emptyDatabase();
    migrate(db, 3);
    db.exec(`
      INSERT INTO clients (id, full_name, data, created_at, updated_at) VALUES ('c1', 'Bekov', '{"fullName":"Timur Bekov"}', 'now', 'now');
      INSERT INTO cases (id, client_id, title, forum, status, data, created_at, updated_at) VALUES ('k1', 'c1', 'CAT', 'un_cat', 'active', '{}', 'now', 'now');
      INSERT INTO deadlines (id, case_id, title, due, data, created_at) VALUES ('d1', 'k1', 'Consulate', '2026-12-01', '{"title":"Consulate","due":"2026-12-01"}', 'now');
    `);
    const before = db.prepare('SELECT * FROM deadlines').all();

    expect(migrate(db, 4)).toEqual([4]);
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT * FROM deadlines').all()).toEqual(before);
    db.prepare("INSERT INTO deadline_marks (case_id, deadline_id, done, in_filing, updated_at) VALUES ('k1', 'court-hearing:e1', 1, 1, 'now')").run();
    expect(() => db.prepare("INSERT INTO deadline_marks (case_id, deadline_id, updated_at) VALUES ('k1', 'court-hearing:e1', 'now')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO deadline_marks (case_id, deadline_id, done, updated_at) VALUES ('k1', 'x:e2', 2, 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO deadline_marks (case_id, deadline_id, updated_at) VALUES ('nowhere', 'x:e3', 'now')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM cases WHERE id = 'k1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM deadline_marks').get()).toEqual({ n: 0 });
    db.close();
  });

  it('005 indexes evidence by case and SHA-256, so the duplicate check at import does not scan the case', async () => {
    const db = await emptyDatabase();
    migrate(db, 4);
    insertClientCaseAndFile(db, { forum: 'un_cat', fileName: 'order.pdf', title: 'Order', kind: 'court_document' });
    const before = db.prepare('SELECT * FROM evidence').all();
    const lookup = 'SELECT id FROM evidence WHERE case_id = ? AND sha256 = ? ORDER BY position LIMIT 1';
    const plan = () => (db.prepare(`EXPLAIN QUERY PLAN ${lookup}`).all('k1', 'a'.repeat(64)) as { detail: string }[]).map((row) => row.detail).join('; ');
    expect(plan()).not.toContain('evidence_case_sha256');

    expect(migrate(db, 5)).toEqual([5]);
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT * FROM evidence').all()).toEqual(before);
    expect(plan()).toContain('USING INDEX evidence_case_sha256 (case_id=? AND sha256=?)');
    expect(db.prepare(lookup).all('k1', 'a'.repeat(64))).toEqual([{ id: 'e1' }]);
    db.close();
  });

  it('006 keeps each stored file\'s inspection once, carrying over what 003 found unreproducible, and drops evidence_checks', async () => {
    const db = await emptyDatabase();
    migrate(db, 5);
    insertClientCaseAndFile(db, { forum: 'un_cat', fileName: 'locked.pdf', title: 'Locked order', kind: 'court_document' });
    db.prepare(
      `INSERT INTO evidence (id, case_id, blob_id, original_name, size, sha256, media_type, name_matches_content, title, kind, position, data, imported_at, updated_at)
       VALUES ('e2', 'k1', 'b2', 'scan.pdf', 10, ?, 'application/pdf', 1, 'Scan', 'other', 2, '{"title":"Scan","kind":"other"}', 'now', 'now')`,
    ).run('b'.repeat(64));
    db.prepare("INSERT INTO evidence_checks (evidence_id, support, reason, detail, checked_at) VALUES ('e1', 'not_reproduced', 'needs_password', NULL, '2026-01-02')").run();
    // A file 003 found reproducible: its page count was never kept, so it is inspected again when needed.
    db.prepare("INSERT INTO evidence_checks (evidence_id, support, checked_at) VALUES ('e2', 'pages', '2026-01-02')").run();
    const before = db.prepare('SELECT * FROM evidence').all();

    expect(migrate(db, 6)).toEqual([6]);
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT * FROM evidence').all()).toEqual(before);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'evidence_checks'").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT * FROM inspections').all()).toEqual([
      { blob_id: 'b1', kind: 'not_reproduced', page_count: null, reason: 'needs_password', detail: null, inspector: 1, inspected_at: '2026-01-02' },
    ]);
    // A page count goes with a PDF or an image only, a reason with a file not reproduced only, and one row per stored file.
    const insert = db.prepare("INSERT INTO inspections (blob_id, kind, page_count, reason, inspector, inspected_at) VALUES (?, ?, ?, ?, 1, 'now')");
    expect(() => insert.run('b2', 'pages', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('b2', 'not_reproduced', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('b2', 'text', 3, null)).toThrow(/CHECK/);
    insert.run('b2', 'pages', 4, null);
    expect(() => insert.run('b2', 'pages', 4, null)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('nowhere', 'text', null, null)).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM evidence WHERE id = 'e1'").run();
    expect(db.prepare('SELECT blob_id FROM inspections').all()).toEqual([{ blob_id: 'b2' }]);
    db.close();
  });

  it('007 keeps a protected PDF\'s password apart from the evidence rows, one per item, and drops it with its item', async () => {
    const db = await emptyDatabase();
    migrate(db, 6);
    insertClientCaseAndFile(db, { forum: 'unhcr', fileName: 'statement.pdf', title: 'Bank statement', kind: 'other' });
    const before = db.prepare('SELECT * FROM evidence').all();

    expect(migrate(db, 7)).toEqual([7]);
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT * FROM evidence').all()).toEqual(before);
    // No column of evidence holds it: a query of evidence rows cannot carry it by accident.
    const evidenceColumns = (db.prepare('PRAGMA table_info(evidence)').all() as { name: string }[]).map((column) => column.name);
    expect(evidenceColumns.filter((name) => /password/i.test(name))).toEqual([]);

    const insert = db.prepare("INSERT INTO evidence_passwords (evidence_id, password, set_at) VALUES (?, ?, 'now')");
    insert.run('e1', 'openpassword');
    expect(() => insert.run('e1', 'another')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('nowhere', 'x')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO evidence_passwords (evidence_id, password, set_at) VALUES ('e1', '', 'now')").run()).toThrow(/CHECK|UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO evidence_passwords (evidence_id, set_at) VALUES ('e1', 'now')").run()).toThrow(/NOT NULL/);
    expect(db.prepare('SELECT evidence_id, password FROM evidence_passwords').all()).toEqual([{ evidence_id: 'e1', password: 'openpassword' }]);
    db.prepare("DELETE FROM evidence WHERE id = 'e1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM evidence_passwords').get()).toEqual({ n: 0 });
    db.close();
  });

  it('008 keeps the pages of a PDF whose drawing data does not decode with its inspection, for PDFs only', async () => {
    const db = await emptyDatabase();
    migrate(db, 7);
    insertClientCaseAndFile(db, { forum: 'un_cat', fileName: 'order.pdf', title: 'Order', kind: 'court_document' });
    db.prepare("INSERT INTO inspections (blob_id, kind, page_count, reason, inspector, inspected_at) VALUES ('b1', 'pages', 3, NULL, 1, 'now')").run();
    const before = db.prepare('SELECT * FROM inspections').all();

    expect(migrate(db, 8)).toEqual([8]);
    expect(schemaVersion(db)).toBe(8);
    expect(db.prepare('SELECT blob_id, kind, page_count, reason, detail, inspector, inspected_at FROM inspections').all()).toEqual(before);
    expect(db.prepare('SELECT undrawable_pages FROM inspections').get()).toEqual({ undrawable_pages: null });
    const update = db.prepare("UPDATE inspections SET kind = ?, page_count = ?, undrawable_pages = ? WHERE blob_id = 'b1'");
    update.run('pages', 3, '[1,3]');
    expect(db.prepare('SELECT undrawable_pages FROM inspections').get()).toEqual({ undrawable_pages: '[1,3]' });
    // An image has no drawing instructions, and the value is a JSON array.
    expect(() => update.run('image', 3, '[1]')).toThrow(/CHECK/);
    expect(() => update.run('pages', 3, 'page one')).toThrow(/CHECK/);
    expect(() => update.run('pages', 3, '{"1":true}')).toThrow(/CHECK/);
    db.close();
  });

  it('009 keeps the text of each stored file page by page, gone with its file, and moves search to folded indexes of the records and the pages', async () => {
    const db = await emptyDatabase();
    migrate(db, 8);
    insertClientCaseAndFile(db, { forum: 'un_cat', fileName: 'order.pdf', title: 'Постановление об экстрадиции', kind: 'court_document' });
    indexRecord(db, 'evidence', 'e1', 'k1', { title: 'Постановление об экстрадиции', originalName: 'order.pdf' });
    indexRecord(db, 'client', 'c1', null, { fullName: 'Timur Bekov', fullNameNative: 'Тимур Беков' });
    const before = db.prepare('SELECT * FROM search_documents ORDER BY id').all();

    expect(migrate(db, 9)).toEqual([9]);
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT * FROM search_documents ORDER BY id').all()).toEqual(before);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'search_index'").get()).toEqual({ n: 0 });
    // What a version-8 vault held is found, folded: Latin for Cyrillic, and by its stem.
    expect(search(db, 'Bekov').map((hit) => hit.entityId)).toEqual(['c1']);
    expect(search(db, 'постановления').map((hit) => hit.entityId)).toEqual(['e1']);

    db.prepare("INSERT INTO evidence_texts (blob_id, reader_version, read_at) VALUES ('b1', 1, 'now')").run();
    const insertPage = db.prepare(
      `INSERT INTO evidence_text_pages (blob_id, page, source, width, height, text, lines, confidence, languages)
       VALUES ('b1', ?, ?, 2480, 3508, ?, '[]', ?, '["rus"]')`,
    );
    insertPage.run(1, 'ocr', 'обвиняемый Токарев', 88);
    insertPage.run(2, 'pdf_text', 'ст. 207.3 УК РК', 100);
    expect(search(db, 'Tokareva').map((hit) => [hit.entityId, hit.page])).toEqual([['e1', 1]]);
    expect(search(db, '207.3').map((hit) => [hit.entityId, hit.page])).toEqual([['e1', 2]]);
    expect(() => insertPage.run(2, 'ocr', 'again', 90)).toThrow(/UNIQUE/);
    expect(() => insertPage.run(3, 'scan', 'x', 90)).toThrow(/CHECK/);
    expect(() => insertPage.run(3, 'ocr', 'x', 101)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO evidence_texts (blob_id, reader_version, read_at) VALUES ('nowhere', 1, 'now')").run()).toThrow(/FOREIGN KEY/);

    db.prepare("DELETE FROM evidence WHERE id = 'e1'").run();
    expect(db.prepare('SELECT (SELECT count(*) FROM evidence_texts) + (SELECT count(*) FROM evidence_text_pages) AS n').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM evidence_text_index WHERE evidence_text_index MATCH 'tokarev* OR 207_3'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('010 notes why the text of a file could not be read, once per file, gone with its file', async () => {
    const db = await emptyDatabase();
    migrate(db, 9);
    insertClientCaseAndFile(db, { forum: 'unhcr', fileName: 'scan.pdf', title: 'Scan', kind: 'court_document' });
    expect(migrate(db, 10)).toEqual([10]);
    const insert = db.prepare("INSERT INTO evidence_text_failures (blob_id, reader_version, reason, detail, failed_at) VALUES (?, 1, ?, 'it took too long', 'now')");
    insert.run('b1', 'reader_failed');
    expect(() => insert.run('b1', 'unreadable')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('nowhere', 'unreadable')).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM evidence_text_failures WHERE blob_id = 'b1'").run();
    expect(() => insert.run('b1', 'crashed')).toThrow(/CHECK/);
    insert.run('b1', 'too_large');
    db.prepare("DELETE FROM evidence WHERE id = 'e1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM evidence_text_failures').get()).toEqual({ n: 0 });
    db.close();
  });

  it('011 keeps the practice\'s translators and interpreters, a name and their fields as JSON', async () => {
    const db = await emptyDatabase();
    migrate(db, 10);
    expect(migrate(db, 11)).toEqual([11]);
    const insert = db.prepare('INSERT INTO translators (id, name, data, created_at, updated_at) VALUES (?, ?, ?, \'now\', \'now\')');
    insert.run('t1', 'Aigerim Nurlanovna', JSON.stringify({ name: 'Aigerim Nurlanovna', roles: ['translator'], languages: ['kk', 'en'] }));
    expect(db.prepare("SELECT json_extract(data, '$.languages[0]') AS first FROM translators WHERE id = 't1'").get()).toEqual({ first: 'kk' });
    expect(() => insert.run('t1', 'Again', '{}')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('t2', 'Broken', 'not json')).toThrow(/CHECK/);
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
