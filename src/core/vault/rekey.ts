// Rekey: a new random vault key for everything, crash-safe and resumable. A kill -9 at any instant
// leaves a vault that opens with the passphrase and loses nothing:
//   (a) vault.json gains a pendingRekey: the new key (format 2, next generation), wrapped under
//       the current one. From here new files are written under the new key.
//   (b) each evidence file under an older key is re-encrypted to a copy, flushed, and renamed
//       over the original (blob-store.ts). Every file's header names its key's generation, so an
//       open in between reads each one with its own key.
//   (c) the database is copied under the new database key (database.ts), flushed, and renamed
//       over vault.db; an open in between tries the new key, then the old one.
//   (d) the slots are replaced by a passphrase slot and a new recovery slot for the new key, in
//       one atomic write: the old key, and with it the old recovery key, stop working here.
// Running it again on a vault with a pendingRekey picks up at whatever step remains.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DossierError } from '../../shared/errors.js';
import type { BlobStore } from '../evidence/blob-store.js';
import { FileIntegrityError } from '../evidence/file-cipher.js';
import { openDatabase, writeRekeyedCopy, type SqliteDatabase } from './database.js';
import { hasPassphraseSlot, rekeyedHeader, VAULT_KEY_BYTES, withPendingRekey, type Argon2Params, type VaultHeader } from './key-slots.js';
import type { VaultLayout } from './layout.js';
import { deriveKeySet, dropKeySet, nextGeneration, type KeySet } from './vault-keys.js';
import type { HeldKey } from './vault.js';

export interface RekeyOptions {
  signal?: AbortSignal | undefined;
  /** Bytes of evidence files moved to the new key so far, of how many; then the database. */
  onProgress?: ((step: { stage: 'files' | 'database'; done: number; total: number }) => void) | undefined;
}

/** What the rekey reads and changes of an open vault (vault.ts hands it out). */
export interface RekeyState {
  layout: VaultLayout;
  blobs: BlobStore;
  argon2: Argon2Params | undefined;
  header(): VaultHeader;
  current(): HeldKey;
  pending(): HeldKey | undefined;
  databaseKeys(): KeySet;
  database(): SqliteDatabase;
  isOpen(): boolean;
  /** Writes vault.json, with the audit entry `auditAction` in the same step (vault.ts). */
  writeHeader(header: VaultHeader, auditAction?: string): Promise<void>;
  setPending(held: HeldKey): void;
  setDatabase(db: SqliteDatabase, keys: KeySet): void;
  /** The new key becomes the vault's key; the old one is zeroed. */
  finish(): void;
}

const STOPPED = 'Renewing the vault key was stopped. Nothing is lost: the vault opens as before, and renewing it again continues where it stopped.';

const diskProblems: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EACCES: 'Dossier is not allowed to write there',
  EPERM: 'Dossier is not allowed to write there',
  EROFS: 'the disk is read-only',
  SQLITE_FULL: 'the disk is full',
};

/** A failure of the disk or of SQLite while moving `what`, in words that say nothing was lost. */
function moveFailed(what: string, error: unknown): DossierError {
  if (error instanceof DossierError) return error;
  const code = (error as { code?: string } | undefined)?.code;
  const why = (code && diskProblems[code]) ?? `it could not be written${code ? ` (${code})` : ''}`;
  return new DossierError('INVALID_INPUT', `${what} could not move to the new key: ${why}. ${STOPPED}`, { cause: error });
}

function checkStillGoing(state: RekeyState, signal: AbortSignal | undefined): void {
  if (!state.isOpen()) throw new DossierError('VAULT_LOCKED', `The vault was locked. ${STOPPED}`);
  if (signal?.aborted) throw new DossierError('CANCELLED', STOPPED);
}

function fsyncDirectorySync(dir: string): void {
  if (process.platform === 'win32') return;
  const handle = openSync(dir, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/** (a): the new key announced in vault.json, or the one an interrupted rekey announced. */
async function announceNewKey(state: RekeyState): Promise<HeldKey> {
  const announced = state.pending();
  if (announced) return announced;
  const key = randomBytes(VAULT_KEY_BYTES);
  const held: HeldKey = { key, keys: deriveKeySet(key, 2, nextGeneration(state.current().keys.generation)) };
  try {
    await state.writeHeader(withPendingRekey(state.header(), state.current().key, key, held.keys.generation));
  } catch (error) {
    key.fill(0);
    dropKeySet(held.keys);
    throw error;
  }
  state.setPending(held);
  return held;
}

/** (b): every evidence file under an older key, re-encrypted under the new one. */
async function moveFiles(state: RekeyState, next: HeldKey, options: RekeyOptions): Promise<void> {
  const { blobs } = state;
  const stale: { blobId: string; size: number }[] = [];
  for (const blobId of await blobs.listPublished()) {
    const generation = await blobs.keyGenerationOf(blobId).catch(() => undefined);
    if (generation !== next.keys.generation) stale.push({ blobId, size: (await stat(blobs.pathOf(blobId))).size });
  }
  const total = stale.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  options.onProgress?.({ stage: 'files', done, total });
  for (const { blobId, size } of stale) {
    checkStillGoing(state, options.signal);
    try {
      await blobs.reencrypt(blobId, state.isOpen, options.signal);
    } catch (error) {
      checkStillGoing(state, options.signal);
      if (error instanceof FileIntegrityError) {
        throw new DossierError(
          'VAULT_DAMAGED',
          `The encrypted file ${blobs.pathOf(blobId)} is damaged (${error.message}), so it cannot move to the new key. Run "dossier verify" to see which item it holds. The key was not renewed; nothing else changed.`,
        );
      }
      throw moveFailed(`The encrypted file ${blobs.pathOf(blobId)}`, error);
    }
    done += size;
    options.onProgress?.({ stage: 'files', done, total });
  }
}

/** (c): vault.db replaced by its copy under the new database key. Synchronous: no call can use the database meanwhile. */
function moveDatabase(state: RekeyState, next: HeldKey, options: RekeyOptions): void {
  if (state.databaseKeys() === next.keys) return;
  options.onProgress?.({ stage: 'database', done: 0, total: 1 });
  const { layout } = state;
  const db = state.database();
  const old = state.databaseKeys();
  try {
    writeRekeyedCopy(db, old.database, layout.rekeyedDatabase, next.keys.database);
  } catch (error) {
    rmSync(layout.rekeyedDatabase, { force: true });
    throw moveFailed(`The vault database ${layout.database}`, error);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  try {
    // Checkpointed and closed: a WAL left beside the new file would be replayed into it.
    rmSync(`${layout.database}-wal`, { force: true });
    rmSync(`${layout.database}-shm`, { force: true });
    renameSync(layout.rekeyedDatabase, layout.database);
    fsyncDirectorySync(layout.dir);
  } catch (error) {
    // vault.db is whichever file the rename left: reopen it, so the vault stays usable.
    try {
      state.setDatabase(openDatabase(layout.database, old.database, { create: false }), old);
    } catch {
      state.setDatabase(openDatabase(layout.database, next.keys.database, { create: false }), next.keys);
    }
    throw moveFailed(`The vault database ${layout.database}`, error);
  }
  state.setDatabase(openDatabase(layout.database, next.keys.database, { create: false }), next.keys);
  options.onProgress?.({ stage: 'database', done: 1, total: 1 });
}

/**
 * Waits until no file begun under an older key is still being written (an import that started
 * before the new key was announced): once published, such a file must move too, or the old
 * key's end would leave it unreadable.
 */
async function settleOlderWrites(state: RekeyState, next: HeldKey, options: RekeyOptions): Promise<void> {
  while (state.blobs.pendingWritesNotUnder(next.keys.generation) > 0) {
    checkStillGoing(state, options.signal);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function runRekey(state: RekeyState, passphrase: string, options: RekeyOptions = {}): Promise<string> {
  if (!hasPassphraseSlot(state.header())) {
    throw new DossierError('INVALID_INPUT', 'This vault has no passphrase (travel mode). Set one first, then renew the key.');
  }
  if (state.blobs.pendingWrites > 0) {
    throw new DossierError('INVALID_INPUT', 'Files are still being imported into this vault. Renew the key once the import has finished.');
  }
  // A staged file of another writer would be published later under the key this rekey retires.
  // Another process's folder is gone once it closes; a worker thread terminated by a lock shares
  // this process's id, so its folder looks alive until Dossier restarts and recovers it.
  if ((await state.blobs.countStagedElsewhere()) > 0) {
    throw new DossierError(
      'INVALID_INPUT',
      `Files from an import that did not finish are still waiting in ${state.layout.partialFiles}, and renewing the key now would leave them unreadable. Close Dossier wherever else this vault is open. Restart Dossier, then renew the key.`,
    );
  }
  const next = await announceNewKey(state);
  await moveFiles(state, next, options);
  // Files written from the announcement on are under the new key; one begun just before it may
  // have been published since the first pass: a second pass moves it.
  await settleOlderWrites(state, next, options);
  await moveFiles(state, next, options);
  checkStillGoing(state, options.signal);
  moveDatabase(state, next, options);
  const { header, recoveryKey } = await rekeyedHeader(state.header(), next.key, next.keys.generation, passphrase, state.argon2);
  // A lock during the KDF zeroed the new key: writeHeader refuses, and the rekey stays resumable.
  await state.writeHeader(header, 'vault.rekey');
  // Written: the old recovery key no longer works, so from here nothing may keep the new one
  // from the caller, not even a lock that came in during the write (finish only swaps keys).
  state.finish();
  return recoveryKey;
}
