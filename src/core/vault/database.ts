// Opening the SQLCipher database is a short, ordered recipe: choose the SQLCipher 4 scheme,
// give the raw key, prove the key works by reading the schema, and only then set the journal
// and safety pragmas. A pragma before the key would touch the file unencrypted.
import Database from 'better-sqlite3-multiple-ciphers';
import { DossierError } from '../../shared/errors.js';
import { nativeBindingPath } from './native-binding.js';

export type SqliteDatabase = Database.Database;

export function openDatabase(file: string, key: Buffer, options: { create: boolean }): SqliteDatabase {
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
  db.pragma('temp_store = MEMORY');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  return db;
}
