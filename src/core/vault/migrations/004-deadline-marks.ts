// What the lawyer marks on a deadline derived from an event or a document: done, "state in the
// filing", and the time of day a decision gives (a hearing at 10:00 Almaty time). A derived
// deadline is recomputed from its event on every read and has no row of its own, so its marks
// live here, keyed by case and the derived id ("rule:source"). A deadline entered by hand keeps
// its marks in its own JSON data. `marked_due` is the date the deadline had when marked done: if
// the event's date changes later, the new deadline is not silently taken as done.
import type { Migration } from './index.js';

export const migration004: Migration = {
  version: 4,
  name: 'deadline marks',
  up(db) {
    db.exec(`
      CREATE TABLE deadline_marks (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        deadline_id TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        marked_due TEXT,
        in_filing INTEGER NOT NULL DEFAULT 0 CHECK (in_filing IN (0, 1)),
        time TEXT,
        time_zone TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, deadline_id)
      ) WITHOUT ROWID;
    `);
  },
};
