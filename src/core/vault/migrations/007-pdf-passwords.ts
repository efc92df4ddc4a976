// The passwords the user gave for protected PDFs (a bank statement, a medical report), one per
// evidence item, used only to reproduce the file's pages in the dossier. A table of their own,
// not a column of evidence, so that no query of evidence rows (the list, the search index, the
// window's answers, an export of case data) can carry one by accident. The database is the
// vault's encrypted store (SQLCipher), so the password is encrypted at rest with everything else;
// it goes with its item (ON DELETE CASCADE).
import type { Migration } from './index.js';

export const migration007: Migration = {
  version: 7,
  name: 'pdf passwords',
  up(db) {
    db.exec(`
      CREATE TABLE evidence_passwords (
        evidence_id TEXT PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
        password TEXT NOT NULL CHECK (length(password) > 0),
        set_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
