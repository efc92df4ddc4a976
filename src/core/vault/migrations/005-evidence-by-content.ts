// Looks evidence up by content within a case: every file imported through the window is checked
// against the case's SHA-256s before it is recorded (a duplicate is named, not added twice), and
// a case of 2,000 files should not be scanned 2,000 times for a batch of 2,000.
import type { Migration } from './index.js';

export const migration005: Migration = {
  version: 5,
  name: 'evidence by content',
  up(db) {
    // position last: the lookup names the first of several copies without a sort.
    db.exec('CREATE INDEX evidence_case_sha256 ON evidence(case_id, sha256, position);');
  },
};
