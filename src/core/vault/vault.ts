// A vault is a folder: vault.json (key slots), vault.db (SQLCipher 4) and files/ (encrypted
// evidence). Opening it unwraps the vault key in this process only; closing drops the key.
// The vault key only wraps and derives: the database and the files have keys of their own
// (vault-keys.ts), except in a format 1 vault, which keeps its single key until it is rekeyed.
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import os from 'node:os';
import { DossierError } from '../../shared/errors.js';
import { BlobStore, type BlobKeys } from '../evidence/blob-store.js';
import { appendAudit } from '../records/audit.js';
import { blobReferences } from '../records/evidence.js';
import { openDatabase, type SqliteDatabase } from './database.js';
import { readHeader, wipeHeader, writeHeader } from './header-file.js';
import {
  createHeader,
  hasPassphraseSlot,
  pendingRekeyKey,
  replaceRecoverySlot,
  rewrapPassphrase,
  slotChangeWarning,
  unlockHeader,
  withoutPassphraseSlots,
  type Argon2Params,
  type VaultHeader,
  type VaultSecret,
} from './key-slots.js';
import { vaultLayout, type VaultLayout } from './layout.js';
import { migrate } from './migrations/index.js';
import { runRekey, type RekeyOptions, type RekeyState } from './rekey.js';
import { deriveKeySet, dropKeySet, type KeySet } from './vault-keys.js';

export { readHeader } from './header-file.js';

export interface VaultOptions {
  /** Who the audit log names for changes made through this handle. */
  actor?: string;
  /** Argon2id cost for a new passphrase slot; the default suits a 2-core laptop. */
  argon2?: Argon2Params;
}

function defaultActor(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** The keys a header's own vault key gives, by its format. */
function keysOf(header: VaultHeader, vaultKey: Buffer): KeySet {
  return deriveKeySet(vaultKey, header.version, header.keyGeneration ?? 0);
}

/** A vault key and what derives from it. */
export interface HeldKey {
  key: Buffer;
  keys: KeySet;
}

function blobKeys(write: KeySet, readable: KeySet[]): BlobKeys {
  return { write: { generation: write.generation, key: write.files }, read: new Map(readable.map((keys) => [keys.generation, keys.files])) };
}

/** Opens vault.db with the first key set that opens it: during a rekey it is under the old key or the new. */
function openWithEither(file: string, candidates: KeySet[]): { db: SqliteDatabase; keys: KeySet } {
  let failure: unknown;
  for (const keys of candidates) {
    try {
      return { db: openDatabase(file, keys.database, { create: false }), keys };
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

export class Vault {
  readonly blobs: BlobStore;
  private closed = false;

  private constructor(
    readonly layout: VaultLayout,
    private database: SqliteDatabase,
    /** The vault key the slots wrap, and its derived keys. */
    private current: HeldKey,
    /** The new key of a rekey under way (the header's pendingRekey). */
    private pending: HeldKey | undefined,
    /** Which key set vault.db is under. */
    private databaseKeys: KeySet,
    private header: VaultHeader,
    /** What was done to vault.json's slot list outside Dossier, as found on opening. */
    readonly headerWarning: string | undefined,
    readonly actor: string,
    private readonly argon2: Argon2Params | undefined,
  ) {
    this.blobs = new BlobStore(layout, pending ? blobKeys(pending.keys, [current.keys, pending.keys]) : blobKeys(current.keys, [current.keys]));
  }

  /** Creates a vault in an empty (or new) folder. The recovery key is returned once, never stored. */
  static async create(dir: string, passphrase: string, options: VaultOptions = {}): Promise<{ vault: Vault; recoveryKey: string }> {
    const layout = vaultLayout(dir);
    if (existsSync(layout.dir)) {
      const entries = (await readdir(layout.dir)).filter((name) => !name.startsWith('.'));
      if (entries.length > 0) {
        throw new DossierError('VAULT_EXISTS', `${layout.dir} is not empty; choose a new folder for the vault.`);
      }
    }
    const { header, vaultKey, recoveryKey } = await createHeader(passphrase, options.argon2);
    const keys = keysOf(header, vaultKey);
    await mkdir(layout.files, { recursive: true, mode: 0o700 });
    const db = openDatabase(layout.database, keys.database, { create: true });
    try {
      migrate(db);
      appendAudit(db, options.actor ?? defaultActor(), 'vault.create', 'vault');
      // The header is written last: a folder without vault.json is not a vault yet.
      await writeHeader(layout, header);
    } catch (error) {
      db.close();
      throw error;
    }
    const vault = new Vault(layout, db, { key: vaultKey, keys }, undefined, keys, header, undefined, options.actor ?? defaultActor(), options.argon2);
    return { vault, recoveryKey };
  }

  /** Opens a vault; a wrong secret fails before any file of the vault is touched. */
  static async open(dir: string, secret: VaultSecret, options: VaultOptions = {}): Promise<Vault> {
    const layout = vaultLayout(dir);
    const header = await readHeader(layout);
    const key = await unlockHeader(header, secret);
    const current: HeldKey = { key, keys: keysOf(header, key) };
    let pending: HeldKey | undefined;
    const drop = () => {
      for (const held of [current, pending]) {
        if (!held) continue;
        held.key.fill(0);
        dropKeySet(held.keys);
      }
    };
    let opened: { db: SqliteDatabase; keys: KeySet };
    try {
      const pendingKey = pendingRekeyKey(header, key);
      if (pendingKey) pending = { key: pendingKey.key, keys: deriveKeySet(pendingKey.key, 2, pendingKey.generation) };
      if (!existsSync(layout.database)) throw new DossierError('VAULT_DAMAGED', `The vault database ${layout.database} is missing.`);
      opened = openWithEither(layout.database, pending ? [pending.keys, current.keys] : [current.keys]);
    } catch (error) {
      drop();
      throw error;
    }
    try {
      migrate(opened.db);
    } catch (error) {
      opened.db.close();
      drop();
      throw error;
    }
    const warning = slotChangeWarning(header, key);
    const vault = new Vault(layout, opened.db, current, pending, opened.keys, header, warning, options.actor ?? defaultActor(), options.argon2);
    await vault.blobs.recoverStaging(blobReferences(opened.db));
    return vault;
  }

  get id(): string {
    return this.header.vaultId;
  }

  /** The open database; a rekey replaces it with the copy under the new key. */
  get db(): SqliteDatabase {
    return this.database;
  }

  /** False in travel mode: only the recovery key opens the vault until a passphrase is set. */
  get hasPassphrase(): boolean {
    return hasPassphraseSlot(this.header);
  }

  /** Format 1 (one key for the records and the files), or a rekey left unfinished: a rekey is due. */
  get usesOldKeyScheme(): boolean {
    return this.header.version === 1 || this.pending !== undefined;
  }

  private ensureOpen(): void {
    if (this.closed) throw new DossierError('VAULT_LOCKED', 'The vault is locked.');
  }

  /**
   * Writes a new header and its audit entry as one step. Nothing awaits between the check that
   * the vault is open and the entry, so a lock either comes before both (its keys are zeroed:
   * nothing is written, nothing logged) or after both: the log never misses a change of the
   * slots, and a lock during the write cannot fail the call after the fact. A write that fails
   * is logged as such, so the first entry does not stand alone claiming it.
   */
  private async replaceHeader(header: VaultHeader, auditAction?: string): Promise<void> {
    this.ensureOpen();
    if (auditAction) appendAudit(this.db, this.actor, auditAction, 'vault');
    try {
      await writeHeader(this.layout, header);
    } catch (error) {
      if (auditAction && !this.closed) appendAudit(this.db, this.actor, `${auditAction}-failed`, 'vault');
      throw error;
    }
    this.header = header;
  }

  /** Re-wraps the vault key under a new passphrase. The database and files are not rewritten. */
  async changePassphrase(newPassphrase: string): Promise<void> {
    this.ensureOpen();
    const header = await rewrapPassphrase(this.header, this.current.key, newPassphrase, this.argon2);
    // A lock during the KDF zeroed the key that was just wrapped: replaceHeader writes nothing.
    await this.replaceHeader(header, 'vault.passphrase-change');
  }

  /** Replaces the recovery slot: the old recovery key stops opening the vault. Returns the new one (shown once). */
  async newRecoveryKey(): Promise<string> {
    this.ensureOpen();
    const { header, recoveryKey } = replaceRecoverySlot(this.header, this.current.key);
    await this.replaceHeader(header, 'vault.recovery-key-change');
    // Written: the old recovery key no longer works, so this one is returned even if a lock came in meanwhile.
    return recoveryKey;
  }

  /** Travel mode: removes every passphrase slot; only the recovery key opens the vault afterwards. */
  async removePassphrases(): Promise<void> {
    this.ensureOpen();
    const header = withoutPassphraseSlots(this.header, this.current.key);
    await this.replaceHeader(header, 'vault.travel-mode');
  }

  /** Crypto-erase (header-file.ts), then the vault closes: nobody can open it again. */
  async wipe(): Promise<{ wipedAt: string }> {
    this.ensureOpen();
    appendAudit(this.db, this.actor, 'vault.wipe', 'vault');
    try {
      return await wipeHeader(this.layout);
    } finally {
      this.close();
    }
  }

  /**
   * Renews the vault key (rekey.ts): every file and the database move to a new random key, and
   * the slots are replaced by a passphrase slot for `passphrase` and a new recovery slot, whose
   * key is returned (shown once). Resumes a rekey left unfinished.
   */
  async rekey(passphrase: string, options: RekeyOptions = {}): Promise<string> {
    this.ensureOpen();
    const state: RekeyState = {
      layout: this.layout,
      blobs: this.blobs,
      argon2: this.argon2,
      header: () => this.header,
      current: () => this.current,
      pending: () => this.pending,
      databaseKeys: () => this.databaseKeys,
      database: () => this.database,
      isOpen: () => !this.closed,
      writeHeader: (header, auditAction) => this.replaceHeader(header, auditAction),
      setPending: (held) => {
        this.pending = held;
        this.blobs.setKeys(blobKeys(held.keys, [this.current.keys, held.keys]));
      },
      setDatabase: (db, keys) => {
        this.database = db;
        this.databaseKeys = keys;
      },
      finish: () => {
        const next = this.pending!;
        this.blobs.setKeys(blobKeys(next.keys, [next.keys]));
        this.current.key.fill(0);
        dropKeySet(this.current.keys);
        this.current = next;
        this.pending = undefined;
      },
    };
    return runRekey(state, passphrase, options);
  }

  /** The raw SQLCipher key, so stock SQLCipher 4 can open the records without this app. */
  rawKeyHex(): string {
    this.ensureOpen();
    if (this.header.version === 1 && !this.pending) {
      throw new DossierError(
        'INVALID_INPUT',
        'This vault still uses one key for its records and its evidence files, so its database key would also open every file. Renew the key first (dossier rekey VAULT, or Settings), then ask for the database key again.',
      );
    }
    if (this.pending) {
      throw new DossierError('INVALID_INPUT', 'Renewing this vault\'s key was interrupted. Finish it first (dossier rekey VAULT, or Settings), then ask for the database key again.');
    }
    appendAudit(this.db, this.actor, 'vault.raw-key-export', 'vault');
    return this.databaseKeys.database.toString('hex');
  }

  /** Runs `work` in one database transaction; the audit entries it appends commit or vanish with it. */
  transaction<T>(work: (db: SqliteDatabase) => T): T {
    this.ensureOpen();
    return this.db.transaction(() => work(this.db))();
  }

  audit(action: string, entity: string, entityId?: string): void {
    appendAudit(this.db, this.actor, action, entity, entityId);
  }

  /** Locks the vault: closes the database and overwrites every key in memory. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.database.close();
    for (const held of [this.current, this.pending]) {
      if (!held) continue;
      held.key.fill(0);
      dropKeySet(held.keys);
    }
    this.blobs.closeStaging();
  }
}
