// The pages of a PDF whose drawing instructions do not decode (exhibits/content-streams.ts): kept
// with the file's inspection, as a JSON array of page numbers, so that a plan warns of them and
// an export can reproduce them as images without reading the file again. NULL when there are none.
import type { Migration } from './index.js';

export const migration008: Migration = {
  version: 8,
  name: 'undrawable pages',
  up(db) {
    db.exec(`
      ALTER TABLE inspections ADD COLUMN undrawable_pages TEXT
        CHECK (undrawable_pages IS NULL OR (kind = 'pages' AND json_valid(undrawable_pages) AND json_type(undrawable_pages) = 'array'));
    `);
  },
};
