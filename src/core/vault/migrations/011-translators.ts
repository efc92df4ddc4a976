// Translators and interpreters (issue 15): records of the vault, not of one case, since a
// practice works with the same few people across its cases. A translation evidence item and a
// persecution profile's statement interpretation name one by id inside their own JSON, so no
// foreign key guards a removal: records/translators.ts refuses to remove one still named.
import type { Migration } from './index.js';

export const migration011: Migration = {
  version: 11,
  name: 'translators',
  up(db) {
    db.exec(`
      CREATE TABLE translators (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
