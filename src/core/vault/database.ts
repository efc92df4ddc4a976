// Opening the SQLCipher database is a short, ordered recipe: choose the SQLCipher 4 scheme,
// give the raw key, prove the key works by reading the schema, and only then set the journal
// and safety pragmas. A pragma before the key would touch the file unencrypted.
import { closeSync, fsyncSync, openSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { DossierError } from '../../shared/errors.js';
import { nativeBindingPath } from './native-binding.js';
import { foldForIndex, foldFunctionName } from '../records/search-folding.js';

export type SqliteDatabase = Database.Database;

const statements = new WeakMap<SqliteDatabase, Map<string, Database.Statement>>();

/**
 * A prepared statement kept for the database's life: for statements run once per record, which
 * an import runs thousands of times (compiling SQL each time cost more than running it). Only for
 * run() and get(): a statement being iterated cannot be shared.
 */
export function cachedStatement(db: SqliteDatabase, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** The database file opened and keyed, the key proven by reading the schema; no other pragma yet. */
function openKeyed(file: string, key: Buffer, options: { create: boolean }): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    const nativeBinding = nativeBindingPath();
    db = new Database(file, { fileMustExist: !options.create, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    throw new DossierError('VAULT_DAMAGED', `The vault database ${file} cannot be opened: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    db.close();
    throw new DossierError(
      'VAULT_DAMAGED',
      `The vault database ${file} cannot be read: it is damaged, or it does not belong to this vault.`,
      { cause: error },
    );
  }
  return db;
}

export function openDatabase(file: string, key: Buffer, options: { create: boolean }): SqliteDatabase {
  const db = openKeyed(file, key, options);
  db.pragma('temp_store = MEMORY');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  // The search indexes' triggers fold text in JavaScript (migration 009), so every connection that may write records needs it.
  db.function(foldFunctionName, { deterministic: true }, (text) => foldForIndex(typeof text === 'string' ? text : null));
  return db;
}

/**
 * Writes a copy of the open database to `file` under `newKey`, flushed to disk, for a rekey.
 * VACUUM INTO copies under the same key and out of WAL mode, where PRAGMA rekey re-encrypts the
 * copy whole. sqlite3mc cannot rekey a WAL database, and rekeying vault.db in place could be cut
 * half-done by a kill; a kill here only spoils the copy, and the rekey starts it again.
 */
export function writeRekeyedCopy(db: SqliteDatabase, key: Buffer, file: string, newKey: Buffer): void {
  rmSync(file, { force: true });
  rmSync(`${file}-journal`, { force: true });
  db.prepare('VACUUM INTO ?').run(file);
  const copy = openKeyed(file, key, { create: false });
  try {
    copy.pragma(`rekey = "x'${newKey.toString('hex')}'"`);
  } finally {
    copy.close();
  }
  const handle = openSync(file, 'r+');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}
