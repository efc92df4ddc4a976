// What the exhibit inspector found in each stored file (its kind, page count, and why the dossier
// cannot reproduce it), kept once per blob, so planning and export never parse a file again to
// count its pages: files are immutable and hash-checked, so the count never changes. `inspector`
// is the version of the rules that found it; a result of older rules is inspected again on first
// need, as is a file imported before this step (the export and the plan inspect it in the exhibit reader, then keep the result).
//
// It replaces evidence_checks (003), which held the same finding per evidence row for files
// imported through the window, without a page count. Its not-reproduced findings carry over as
// they are (they need no page count); a file it found reproducible is inspected again when needed.
import type { Migration } from './index.js';

export const migration006: Migration = {
  version: 6,
  name: 'inspections',
  up(db) {
    db.exec(`
      CREATE TABLE inspections (
        blob_id TEXT PRIMARY KEY REFERENCES evidence(blob_id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('pages', 'image', 'text', 'not_reproduced')),
        page_count INTEGER CHECK (page_count > 0),
        reason TEXT,
        detail TEXT,
        inspector INTEGER NOT NULL,
        inspected_at TEXT NOT NULL,
        CHECK ((kind IN ('pages', 'image')) = (page_count IS NOT NULL)),
        CHECK ((kind = 'not_reproduced') = (reason IS NOT NULL))
      ) WITHOUT ROWID;

      INSERT INTO inspections (blob_id, kind, page_count, reason, detail, inspector, inspected_at)
        SELECT evidence.blob_id, 'not_reproduced', NULL, checks.reason, checks.detail, 1, checks.checked_at
          FROM evidence_checks checks JOIN evidence ON evidence.id = checks.evidence_id
         WHERE checks.support = 'not_reproduced' AND checks.reason IS NOT NULL;

      DROP TABLE evidence_checks;
    `);
  },
};
