// Schema migrations: one file per step, applied in order inside one transaction, with the
// schema version in `user_version`. A vault written by a newer Dossier is refused rather than
// misread.
import { DossierError } from '../../../shared/errors.js';
import type { SqliteDatabase } from '../database.js';
import { migration001 } from './001-case-records.js';
import { migration002 } from './002-search-index.js';
import { migration003 } from './003-evidence-checks.js';
import { migration004 } from './004-deadline-marks.js';
import { migration005 } from './005-evidence-by-content.js';
import { migration006 } from './006-inspections.js';
import { migration007 } from './007-pdf-passwords.js';
import { migration008 } from './008-undrawable-pages.js';
import { migration009 } from './009-evidence-text.js';
import { migration010 } from './010-text-reading-failures.js';
import { migration011 } from './011-translators.js';
import { migration012 } from './012-counsel.js';
import { migration013 } from './013-element-arguments.js';
import { migration014 } from './014-redaction-profiles.js';

export interface Migration {
  version: number;
  name: string;
  up(db: SqliteDatabase): void;
}

export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014];
export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;

export function schemaVersion(db: SqliteDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the schema up to `target` (the latest by default); returns the versions applied. */
export function migrate(db: SqliteDatabase, target = LATEST_SCHEMA_VERSION): number[] {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new DossierError(
      'VAULT_TOO_NEW',
      `This vault was written by a newer version of Dossier (schema ${current}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Dossier to open it; the vault was not changed.`,
    );
  }
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return pending.map((m) => m.version);
}
