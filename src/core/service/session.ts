// Which vault is open, if any. One at a time: opening another closes the first. A lock can
// arrive at any moment (idle, suspend, screen lock), even while a key is still being derived,
// so every open checks afterwards that no lock came in between and drops the vault if one did.
import path from 'node:path';
import type { z } from 'zod';
import type { vaultStatus } from '../../shared/contract.js';
import { DossierError } from '../../shared/errors.js';
import { unlockHeader, type Argon2Params, type VaultSecret } from '../vault/key-slots.js';
import { readHeader, Vault } from '../vault/vault.js';

export type VaultStatus = z.output<typeof vaultStatus>;

const fileProblems: Record<string, string> = {
  EACCES: 'Dossier is not allowed to write there',
  EPERM: 'Dossier is not allowed to write there',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ENOTDIR: 'it is a file, not a folder',
  EEXIST: 'it is a file, not a folder',
};

/**
 * The vault's folder as chosen in a dialog. A relative path would be resolved against wherever
 * the app happens to run, so it is refused rather than guessed.
 */
function vaultFolder(dir: string): string {
  if (!path.isAbsolute(dir)) {
    throw new DossierError('INVALID_INPUT', `The vault folder "${dir}" was not given with its full location; choose the folder again.`);
  }
  return path.resolve(dir);
}

/** A file system failure while creating a vault, as a message naming the folder. */
function folderError(dir: string, error: unknown): unknown {
  if (error instanceof DossierError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code) return error;
  return new DossierError('INVALID_INPUT', `A vault cannot be created in ${dir}: ${fileProblems[code] ?? `the folder cannot be written (${code})`}.`, {
    cause: error,
  });
}

export interface SessionOptions {
  /** Argon2id cost for new passphrase slots (tests use a cheap one). */
  argon2?: Argon2Params | undefined;
  /** Runs before an open vault is closed, by a lock or by opening another. */
  beforeClose?: (() => void) | undefined;
}

export class Session {
  private open: { vault: Vault; dir: string } | undefined;
  /** Counts locks, so an open that was under way when one came in can tell. */
  private locks = 0;

  constructor(private readonly options: SessionOptions = {}) {}

  /** The open vault; VAULT_LOCKED when there is none. */
  vault(): Vault {
    if (!this.open) throw new DossierError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.open.vault;
  }

  status(): VaultStatus {
    return this.open ? { state: 'unlocked', dir: this.open.dir, name: path.basename(this.open.dir) } : { state: 'locked' };
  }

  /** Creates a vault in an empty or new folder and opens it; returns the recovery key (shown once). */
  async create(dir: string, passphrase: string): Promise<{ dir: string; recoveryKey: string }> {
    const absolute = vaultFolder(dir);
    const locksBefore = this.locks;
    let created: Awaited<ReturnType<typeof Vault.create>>;
    try {
      created = await Vault.create(absolute, passphrase, { argon2: this.options.argon2 });
    } catch (error) {
      throw folderError(absolute, error);
    }
    // The vault exists now whatever happens: the recovery key must still reach the user.
    if (this.locks !== locksBefore) created.vault.close();
    else this.adopt(created.vault, absolute);
    return { dir: absolute, recoveryKey: created.recoveryKey };
  }

  /** Opens a vault with its passphrase or its recovery key; WRONG_SECRET leaves everything as it was. */
  async unlock(dir: string, secret: VaultSecret): Promise<{ dir: string }> {
    const absolute = vaultFolder(dir);
    const locksBefore = this.locks;
    const vault = await Vault.open(absolute, secret, { argon2: this.options.argon2 });
    if (this.locks !== locksBefore) {
      vault.close();
      throw new DossierError('VAULT_LOCKED', 'The vault was locked while it was being opened. Unlock it again.');
    }
    this.adopt(vault, absolute);
    return { dir: absolute };
  }

  /** Closes the open vault and drops its key; true when one was open. */
  lock(): boolean {
    this.locks += 1;
    if (!this.open) return false;
    this.options.beforeClose?.();
    this.open.vault.close();
    this.open = undefined;
    return true;
  }

  /** Checks the current passphrase against the vault's header, then re-wraps the key under the next. */
  changePassphrase(current: string, next: string): Promise<void> {
    return this.rewrapChecked({ passphrase: current }, 'The current passphrase is wrong. The passphrase was not changed.', next);
  }

  /** Checks the recovery key against the vault's header, then wraps the key under a new passphrase (a forgotten one's reset). */
  resetPassphrase(recoveryKey: string, next: string): Promise<void> {
    return this.rewrapChecked({ recoveryKey }, 'The recovery key is wrong. The passphrase was not changed.', next);
  }

  /** Wraps the open vault's key under `next` once `secret` opens its header; `wrong` is the words for a secret that does not. */
  private async rewrapChecked(secret: VaultSecret, wrong: string, next: string): Promise<void> {
    const vault = this.vault();
    const header = await readHeader(vault.layout);
    try {
      (await unlockHeader(header, secret)).fill(0);
    } catch (error) {
      if (error instanceof DossierError && error.code === 'WRONG_SECRET') throw new DossierError('WRONG_SECRET', wrong);
      throw error;
    }
    await vault.changePassphrase(next);
  }

  private adopt(vault: Vault, dir: string): void {
    if (this.open) {
      this.options.beforeClose?.();
      this.open.vault.close();
    }
    this.open = { vault, dir };
  }
}
