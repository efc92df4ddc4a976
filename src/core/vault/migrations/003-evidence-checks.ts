// What the dossier will make of each imported file, found by reading it once at import (a PDF
// that needs a password, a damaged one, a truncated photo) so the evidence list can warn before
// an export does. Kept beside `evidence`, not in it: the outcome is derived from the stored file
// and can be recomputed or dropped at any time, while an evidence row is the record itself. A
// file without a row was never checked (imported before this step, or by the CLI), and is
// judged by its type alone.
import type { Migration } from './index.js';

export const migration003: Migration = {
  version: 3,
  name: 'evidence checks',
  up(db) {
    db.exec(`
      CREATE TABLE evidence_checks (
        evidence_id TEXT PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
        support TEXT NOT NULL CHECK (support IN ('pages', 'image', 'text', 'not_reproduced')),
        reason TEXT,
        detail TEXT,
        checked_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
