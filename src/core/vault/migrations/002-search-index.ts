// Full-text search inside the encrypted database (FTS5 over an external-content table, so an
// entry is replaced by key without scanning the index). unicode61 folds case in every script,
// Cyrillic and Kazakh letters included, and remove_diacritics 2 lets "Saripov" find "Şaripov".
// The core writes search_documents in the same transaction as each record; this step also
// indexes what a version-1 vault already holds.
import { reindexAll } from '../../records/search-index.js';
import type { Migration } from './index.js';

export const migration002: Migration = {
  version: 2,
  name: 'full-text search index',
  up(db) {
    db.exec(`
      CREATE TABLE search_documents (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        case_id TEXT,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (entity, entity_id)
      );
      CREATE INDEX search_documents_case ON search_documents(case_id);

      CREATE VIRTUAL TABLE search_index USING fts5(
        title,
        body,
        content = 'search_documents',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER search_documents_insert AFTER INSERT ON search_documents BEGIN
        INSERT INTO search_index(rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      CREATE TRIGGER search_documents_delete AFTER DELETE ON search_documents BEGIN
        INSERT INTO search_index(search_index, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END;
      CREATE TRIGGER search_documents_update AFTER UPDATE ON search_documents BEGIN
        INSERT INTO search_index(search_index, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO search_index(rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
    `);
    // Reads only the `data` JSON of version-1 tables, which later versions keep compatible.
    reindexAll(db);
  },
};
