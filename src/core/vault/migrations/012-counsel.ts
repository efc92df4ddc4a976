// Counsel (issue 15): the practice's lawyers, whose details a forum's cover and proof of service
// print. Records of the vault, named by a case inside its own JSON (`counselId`), so no foreign
// key guards a removal: records/counsel.ts refuses to remove one a case still names.
import type { Migration } from './index.js';

export const migration012: Migration = {
  version: 12,
  name: 'counsel',
  up(db) {
    db.exec(`
      CREATE TABLE counsel (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
