// Which vault is open, if any. One at a time: opening another closes the first. A lock can
// arrive at any moment (idle, suspend, screen lock), even while a key is still being derived,
// so every open checks afterwards that no lock came in between and drops the vault if one did.
import path from 'node:path';
import type { z } from 'zod';
import type { vaultStatus } from '../../shared/contract.js';
import { DossierError } from '../../shared/errors.js';
import { readHeader, wipeHeader } from '../vault/header-file.js';
import { unlockHeader, type Argon2Params, type VaultSecret } from '../vault/key-slots.js';
import { vaultLayout } from '../vault/layout.js';
import type { RekeyOptions } from '../vault/rekey.js';
import { Vault } from '../vault/vault.js';

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
    if (!this.open) return { state: 'locked' };
    const { vault, dir } = this.open;
    return {
      state: 'unlocked',
      dir,
      name: path.basename(dir),
      ...(vault.hasPassphrase ? {} : { needsPassphrase: true }),
      ...(vault.usesOldKeyScheme ? { oldKeyScheme: true } : {}),
      ...(vault.headerWarning ? { headerWarning: vault.headerWarning } : {}),
    };
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
    const vault = await this.proven(secret, wrong);
    await vault.changePassphrase(next);
  }

  /** The open vault, once `secret` opens its header as it is on disk now; WRONG_SECRET in the words of `wrong` otherwise. */
  private async proven(secret: VaultSecret, wrong: string): Promise<Vault> {
    const vault = this.vault();
    const header = await readHeader(vault.layout);
    try {
      (await unlockHeader(header, secret)).fill(0);
    } catch (error) {
      if (error instanceof DossierError && error.code === 'WRONG_SECRET') throw new DossierError('WRONG_SECRET', wrong);
      throw error;
    }
    return vault;
  }

  /** After travel mode: a passphrase for a vault that has none (opened with its recovery key). */
  async setPassphrase(next: string): Promise<void> {
    const vault = this.vault();
    if (vault.hasPassphrase) {
      throw new DossierError('INVALID_INPUT', 'This vault already has a passphrase. Change it with the current one instead.');
    }
    await vault.changePassphrase(next);
  }

  /** A new recovery key (shown once); the old one stops working. Proven with the passphrase. */
  async newRecoveryKey(passphrase: string): Promise<string> {
    const vault = await this.proven({ passphrase }, 'The passphrase is wrong. The recovery key was not changed.');
    return vault.newRecoveryKey();
  }

  /**
   * Travel mode: once the recovery key typed now opens the vault (so the user can type it on
   * return), every passphrase slot goes. The caller then locks the vault.
   */
  async travel(recoveryKey: string): Promise<void> {
    const vault = await this.proven({ recoveryKey }, 'The recovery key is wrong. Travel mode was not turned on; nothing changed.');
    await vault.removePassphrases();
  }

  /** Renews the vault key (vault/rekey.ts), proven with the passphrase; returns the new recovery key. */
  async rekey(passphrase: string, options: RekeyOptions): Promise<string> {
    const vault = await this.proven({ passphrase }, 'The passphrase is wrong. The vault key was not renewed.');
    return vault.rekey(passphrase, options);
  }

  /**
   * Quick wipe of the open vault, proven with its passphrase, or its recovery key in travel mode.
   * The caller then locks (the vault is closed already).
   */
  async wipe(secret: VaultSecret): Promise<void> {
    const wrong = 'passphrase' in secret ? 'The passphrase is wrong. The vault was not wiped; nothing changed.' : 'The recovery key is wrong. The vault was not wiped; nothing changed.';
    const vault = await this.proven(secret, wrong);
    await vault.wipe();
  }

  /**
   * Quick wipe of the vault in `dir`, open or not: no secret is needed to destroy the keys (the
   * command line's `dossier wipe`). An open vault there is wiped through its handle and closed.
   */
  async wipeFolder(dir: string): Promise<{ wipedAt: string }> {
    const absolute = vaultFolder(dir);
    if (this.open && this.open.dir === absolute) {
      const wiped = await this.open.vault.wipe();
      this.lock();
      return wiped;
    }
    return wipeHeader(vaultLayout(absolute));
  }

  private adopt(vault: Vault, dir: string): void {
    if (this.open) {
      this.options.beforeClose?.();
      this.open.vault.close();
    }
    this.open = { vault, dir };
  }
}
