// The case records of docs/architecture.md. Each record keeps its validated fields as JSON in
// `data` (readable with stock SQLCipher and json_extract), and the fields that SQL sorts, joins
// or constrains on as columns. The audit log refuses UPDATE and DELETE: it is append-only.
import type { Migration } from './index.js';

export const migration001: Migration = {
  version: 1,
  name: 'case records',
  up(db) {
    db.exec(`
      CREATE TABLE clients (
        id TEXT PRIMARY KEY,
        full_name TEXT NOT NULL,
        full_name_native TEXT,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      );

      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
        title TEXT NOT NULL,
        reference TEXT,
        forum TEXT NOT NULL,
        status TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX cases_client ON cases(client_id);
      CREATE INDEX cases_reference ON cases(reference);

      CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        blob_id TEXT NOT NULL UNIQUE,
        original_name TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        media_type TEXT NOT NULL,
        name_matches_content INTEGER NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        translation_of_id TEXT REFERENCES evidence(id) ON DELETE SET NULL,
        part_of_id TEXT REFERENCES evidence(id) ON DELETE SET NULL,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX evidence_case ON evidence(case_id, position);

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        sort_date TEXT NOT NULL,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX events_case_date ON events(case_id, sort_date);

      CREATE TABLE event_evidence (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, evidence_id)
      ) WITHOUT ROWID;
      CREATE INDEX event_evidence_evidence ON event_evidence(evidence_id);

      CREATE TABLE persecution_profiles (
        case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        data TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL
      );

      CREATE TABLE deadlines (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        due TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL
      );
      CREATE INDEX deadlines_case_due ON deadlines(case_id, due);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT
      );
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `);
  },
};
