// The text of each stored file, page by page (issue 14): what OCR recognised on a scan, or the
// text a PDF's text layer or a text file already holds. Kept per blob, like its inspection: the
// same bytes have the same text. evidence_texts marks a file as read (by which version of the
// reader), even when it held no text at all, so that it is not read again and again;
// evidence_text_pages holds its pages, each with its words' boxes for the dossier's text layer.
// Both go with their evidence row (ON DELETE CASCADE), and a page's index entry with its page.
//
// Search moves to folded indexes (records/search-folding.ts): search_folded over the records'
// search_documents, evidence_text_index over the pages. Both are contentless (the text is in
// search_documents and evidence_text_pages already) and deleted by rowid, so an entry goes with
// its row whatever the folding was when it was written. The triggers fold through dossier_fold,
// which database.ts registers on every connection. The unfolded search_index of 002 is no longer
// queried and is dropped. prefix = '1 2' keeps the first keystrokes' queries (one or two letters,
// which match much of a vault, and "ст." before an article number) from merging the lists of
// every word that starts with them.
import { foldFunctionName, foldedTokenizer } from '../../records/search-folding.js';
import type { Migration } from './index.js';

export const migration009: Migration = {
  version: 9,
  name: 'evidence text',
  up(db) {
    db.exec(`
      CREATE TABLE evidence_texts (
        blob_id TEXT PRIMARY KEY REFERENCES evidence(blob_id) ON DELETE CASCADE,
        reader_version INTEGER NOT NULL,
        read_at TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE evidence_text_pages (
        id INTEGER PRIMARY KEY,
        blob_id TEXT NOT NULL REFERENCES evidence_texts(blob_id) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page >= 1),
        source TEXT NOT NULL CHECK (source IN ('ocr', 'pdf_text', 'plain_text')),
        width INTEGER NOT NULL CHECK (width >= 1),
        height INTEGER NOT NULL CHECK (height >= 1),
        text TEXT NOT NULL,
        lines TEXT NOT NULL CHECK (json_valid(lines) AND json_type(lines) = 'array'),
        confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 100),
        languages TEXT NOT NULL CHECK (json_valid(languages) AND json_type(languages) = 'array'),
        UNIQUE (blob_id, page)
      );

      CREATE VIRTUAL TABLE evidence_text_index USING fts5(
        text, content = '', contentless_delete = 1, prefix = '1 2', tokenize = "${foldedTokenizer}"
      );
      CREATE TRIGGER evidence_text_pages_insert AFTER INSERT ON evidence_text_pages BEGIN
        INSERT INTO evidence_text_index(rowid, text) VALUES (new.id, ${foldFunctionName}(new.text));
      END;
      CREATE TRIGGER evidence_text_pages_delete AFTER DELETE ON evidence_text_pages BEGIN
        DELETE FROM evidence_text_index WHERE rowid = old.id;
      END;
      CREATE TRIGGER evidence_text_pages_update AFTER UPDATE OF id, text ON evidence_text_pages BEGIN
        DELETE FROM evidence_text_index WHERE rowid = old.id;
        INSERT INTO evidence_text_index(rowid, text) VALUES (new.id, ${foldFunctionName}(new.text));
      END;

      DROP TRIGGER search_documents_insert;
      DROP TRIGGER search_documents_delete;
      DROP TRIGGER search_documents_update;
      DROP TABLE search_index;

      CREATE VIRTUAL TABLE search_folded USING fts5(
        title, body, content = '', contentless_delete = 1, prefix = '1 2', tokenize = "${foldedTokenizer}"
      );
      CREATE TRIGGER search_documents_insert AFTER INSERT ON search_documents BEGIN
        INSERT INTO search_folded(rowid, title, body) VALUES (new.id, ${foldFunctionName}(new.title), ${foldFunctionName}(new.body));
      END;
      CREATE TRIGGER search_documents_delete AFTER DELETE ON search_documents BEGIN
        DELETE FROM search_folded WHERE rowid = old.id;
      END;
      CREATE TRIGGER search_documents_update AFTER UPDATE ON search_documents BEGIN
        DELETE FROM search_folded WHERE rowid = old.id;
        INSERT INTO search_folded(rowid, title, body) VALUES (new.id, ${foldFunctionName}(new.title), ${foldFunctionName}(new.body));
      END;

      INSERT INTO search_folded(rowid, title, body) SELECT id, ${foldFunctionName}(title), ${foldFunctionName}(body) FROM search_documents;
    `);
  },
};
