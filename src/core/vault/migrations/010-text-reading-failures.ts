// The files whose text could not be read (issue 14): too large, missing or damaged on disk,
// refused by the exhibit reader, or stopped by it (too slow, too greedy, crashed), with why, by
// the version of the reader that tried. Kept so that the background reading does not try such a
// file again at every unlock, and so that the window can say why a file has no text. A file read
// later (a new reader, or "read again") loses its row; the row goes with its evidence item.
import type { Migration } from './index.js';

export const migration010: Migration = {
  version: 10,
  name: 'text reading failures',
  up(db) {
    db.exec(`
      CREATE TABLE evidence_text_failures (
        blob_id TEXT PRIMARY KEY REFERENCES evidence(blob_id) ON DELETE CASCADE,
        reader_version INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('too_large', 'file_unavailable', 'reader_failed', 'unreadable')),
        detail TEXT NOT NULL CHECK (length(detail) <= 1000),
        failed_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
