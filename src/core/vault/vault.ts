// A vault is a folder: vault.json (key slots), vault.db (SQLCipher 4) and files/ (encrypted
// evidence). Opening it unwraps the vault key in this process only; closing drops the key.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import { DossierError } from '../../shared/errors.js';
import { describeIssues } from '../../shared/validation.js';
import { BlobStore } from '../evidence/blob-store.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { appendAudit } from '../records/audit.js';
import { blobReferences } from '../records/evidence.js';
import { openDatabase, type SqliteDatabase } from './database.js';
import {
  createHeader,
  rewrapPassphrase,
  unlockHeader,
  vaultHeaderSchema,
  type Argon2Params,
  type VaultHeader,
  type VaultSecret,
} from './key-slots.js';
import { vaultLayout, type VaultLayout } from './layout.js';
import { migrate } from './migrations/index.js';

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

export async function readHeader(layout: VaultLayout): Promise<VaultHeader> {
  let text: string;
  try {
    text = await readFile(layout.header, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new DossierError('VAULT_NOT_FOUND', `No vault at ${layout.dir} (vault.json is missing).`);
    }
    throw new DossierError('VAULT_DAMAGED', `${layout.header} cannot be read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DossierError('VAULT_DAMAGED', `${layout.header} is damaged: it is not valid JSON.`);
  }
  const parsed = vaultHeaderSchema.safeParse(json);
  if (!parsed.success) {
    throw new DossierError('VAULT_DAMAGED', `${layout.header} is damaged: ${describeIssues(parsed.error).join('; ')}`);
  }
  return parsed.data;
}

export class Vault {
  readonly blobs: BlobStore;
  private closed = false;

  private constructor(
    readonly layout: VaultLayout,
    readonly db: SqliteDatabase,
    private readonly key: Buffer,
    private header: VaultHeader,
    readonly actor: string,
    private readonly argon2: Argon2Params | undefined,
  ) {
    this.blobs = new BlobStore(layout, key);
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
    await mkdir(layout.files, { recursive: true, mode: 0o700 });
    const db = openDatabase(layout.database, vaultKey, { create: true });
    try {
      migrate(db);
      appendAudit(db, options.actor ?? defaultActor(), 'vault.create', 'vault');
      // The header is written last: a folder without vault.json is not a vault yet.
      await writeFileAtomic(layout.header, `${JSON.stringify(header, null, 2)}\n`);
    } catch (error) {
      db.close();
      throw error;
    }
    return { vault: new Vault(layout, db, vaultKey, header, options.actor ?? defaultActor(), options.argon2), recoveryKey };
  }

  /** Opens a vault; a wrong secret fails before any file of the vault is touched. */
  static async open(dir: string, secret: VaultSecret, options: VaultOptions = {}): Promise<Vault> {
    const layout = vaultLayout(dir);
    const header = await readHeader(layout);
    const key = await unlockHeader(header, secret);
    if (!existsSync(layout.database)) {
      key.fill(0);
      throw new DossierError('VAULT_DAMAGED', `The vault database ${layout.database} is missing.`);
    }
    let db: SqliteDatabase;
    try {
      db = openDatabase(layout.database, key, { create: false });
    } catch (error) {
      key.fill(0);
      throw error;
    }
    try {
      migrate(db);
    } catch (error) {
      db.close();
      key.fill(0);
      throw error;
    }
    const vault = new Vault(layout, db, key, header, options.actor ?? defaultActor(), options.argon2);
    await vault.blobs.recoverStaging(blobReferences(db));
    return vault;
  }

  get id(): string {
    return this.header.vaultId;
  }

  private ensureOpen(): void {
    if (this.closed) throw new DossierError('VAULT_LOCKED', 'The vault is locked.');
  }

  /** Re-wraps the vault key under a new passphrase. The database and files are not rewritten. */
  async changePassphrase(newPassphrase: string): Promise<void> {
    this.ensureOpen();
    const header = await rewrapPassphrase(this.header, this.key, newPassphrase, this.argon2);
    this.ensureOpen(); // a lock during the KDF zeroed the key that was just wrapped: write nothing
    await writeFileAtomic(this.layout.header, `${JSON.stringify(header, null, 2)}\n`);
    this.header = header;
    appendAudit(this.db, this.actor, 'vault.passphrase-change', 'vault');
  }

  /** The raw SQLCipher key, so stock SQLCipher 4 can open the records without this app. */
  rawKeyHex(): string {
    this.ensureOpen();
    appendAudit(this.db, this.actor, 'vault.raw-key-export', 'vault');
    return this.key.toString('hex');
  }

  /** Runs `work` in one database transaction; the audit entries it appends commit or vanish with it. */
  transaction<T>(work: (db: SqliteDatabase) => T): T {
    this.ensureOpen();
    return this.db.transaction(() => work(this.db))();
  }

  audit(action: string, entity: string, entityId?: string): void {
    appendAudit(this.db, this.actor, action, entity, entityId);
  }

  /** Locks the vault: closes the database and overwrites the key in memory. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
    this.key.fill(0);
    this.blobs.closeStaging();
  }
}
