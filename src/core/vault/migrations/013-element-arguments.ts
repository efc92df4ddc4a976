// The argument element by element (issue 16): one row per case and element of the legal test,
// holding the argument, its versions and the profile's country information it rests on as JSON;
// the facts and exhibits it rests on are rows of their own that reference the event and the
// evidence item, so removing either drops it from every element's support (ON DELETE CASCADE)
// whatever path removes it. A citation token inside the argument's text is not a link: it stays,
// and the pre-flight reports it once its exhibit is gone.
import type { Migration } from './index.js';

export const migration013: Migration = {
  version: 13,
  name: 'element arguments',
  up(db) {
    db.exec(`
      CREATE TABLE element_arguments (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        element TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, element)
      ) WITHOUT ROWID;

      CREATE TABLE element_argument_events (
        case_id TEXT NOT NULL,
        element TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (case_id, element, event_id),
        FOREIGN KEY (case_id, element) REFERENCES element_arguments(case_id, element) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX element_argument_events_event ON element_argument_events(event_id);

      CREATE TABLE element_argument_exhibits (
        case_id TEXT NOT NULL,
        element TEXT NOT NULL,
        position INTEGER NOT NULL,
        evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
        page_from INTEGER CHECK (page_from > 0),
        page_to INTEGER,
        PRIMARY KEY (case_id, element, position),
        FOREIGN KEY (case_id, element) REFERENCES element_arguments(case_id, element) ON DELETE CASCADE,
        CHECK ((page_from IS NULL) = (page_to IS NULL)),
        CHECK (page_to >= page_from)
      ) WITHOUT ROWID;
      CREATE INDEX element_argument_exhibits_evidence ON element_argument_exhibits(evidence_id);
    `);
  },
};
