// Redaction profiles (issue 17): what one recipient's dossier leaves out, per case. The profile's
// own fields (terms, withheld applicant fields, the log page) are JSON; its regions and withheld
// exhibits and events are rows that reference the evidence item or the event, so removing either
// drops them from every profile (ON DELETE CASCADE) whatever path removes it, and no JSON can
// keep naming a record that is gone. A name is unique within its case in any letter case:
// `name_key` holds it folded (lower case, NFKC) because SQLite's NOCASE folds ASCII only.
import type { Migration } from './index.js';

export const migration014: Migration = {
  version: 14,
  name: 'redaction profiles',
  up(db) {
    db.exec(`
      CREATE TABLE redaction_profiles (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (case_id, name_key)
      );

      CREATE TABLE redaction_regions (
        profile_id TEXT NOT NULL REFERENCES redaction_profiles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page > 0),
        x REAL NOT NULL CHECK (x >= 0 AND x <= 1),
        y REAL NOT NULL CHECK (y >= 0 AND y <= 1),
        width REAL NOT NULL CHECK (width > 0 AND width <= 1),
        height REAL NOT NULL CHECK (height > 0 AND height <= 1),
        reason TEXT NOT NULL,
        PRIMARY KEY (profile_id, position)
      ) WITHOUT ROWID;
      CREATE INDEX redaction_regions_evidence ON redaction_regions(evidence_id);

      CREATE TABLE redaction_withheld_evidence (
        profile_id TEXT NOT NULL REFERENCES redaction_profiles(id) ON DELETE CASCADE,
        evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (profile_id, evidence_id)
      ) WITHOUT ROWID;
      CREATE INDEX redaction_withheld_evidence_evidence ON redaction_withheld_evidence(evidence_id);

      CREATE TABLE redaction_withheld_events (
        profile_id TEXT NOT NULL REFERENCES redaction_profiles(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (profile_id, event_id)
      ) WITHOUT ROWID;
      CREATE INDEX redaction_withheld_events_event ON redaction_withheld_events(event_id);
    `);
  },
};
