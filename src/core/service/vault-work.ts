// Work that awaits (reading stored files, laying out a dossier) can be overtaken by a lock, or by
// another vault's unlock. The key is zeroed under it, so what fails next looks like something
// else: a stored file "altered on disk", an export "cancelled" by a user who did nothing. Such
// work runs through here: when the vault it started on is no longer the open one as it ends, the
// call fails with VAULT_LOCKED, says what became of the work, and nothing it read reaches a
// window that is now locked. The one exception is a result the user must see because the work
// has already replaced what it stood for: a new recovery key once vault.json holds its slot.
import { DossierError } from '../../shared/errors.js';
import type { Vault } from '../vault/vault.js';
import type { ServiceContext } from './service-context.js';

export function isStillOpen(ctx: ServiceContext, vault: Vault): boolean {
  try {
    return ctx.vault() === vault;
  } catch {
    return false;
  }
}

export interface VaultWorkOptions {
  /**
   * The result goes to the caller even if a lock came in before the work ended: it is a secret
   * that replaced the old one on disk (a new recovery key), and would be lost for good otherwise.
   */
  resultOutlivesLock?: boolean;
}

/** Runs `work` on the open vault; `lockedMessage` says what became of it if a lock ends it. */
export async function onOpenVault<T>(
  ctx: ServiceContext,
  lockedMessage: () => string,
  work: (vault: Vault) => Promise<T>,
  options: VaultWorkOptions = {},
): Promise<T> {
  const vault = ctx.vault();
  let result: T;
  try {
    result = await work(vault);
  } catch (error) {
    if (isStillOpen(ctx, vault)) throw error;
    throw new DossierError('VAULT_LOCKED', lockedMessage(), { cause: error });
  }
  if (!options.resultOutlivesLock && !isStillOpen(ctx, vault)) throw new DossierError('VAULT_LOCKED', lockedMessage());
  return result;
}

/** `item`: when done and total count the bytes of one file among several, which one (from 1) of how many. */
export type ReportProgress = (phase: string, done: number, total: number, label?: string, item?: { index: number; count: number }) => void;

/**
 * A long job on the open vault (an import, an export): registered so that jobs.cancel and a lock
 * can stop it, ended whatever happens, and reporting progress under the window's job id.
 */
export function runVaultJob<T>(
  ctx: ServiceContext,
  jobId: string,
  lockedMessage: () => string,
  work: (vault: Vault, signal: AbortSignal, progress: ReportProgress) => Promise<T>,
  options: VaultWorkOptions = {},
): Promise<T> {
  return onOpenVault(
    ctx,
    lockedMessage,
    async (vault) => {
      const signal = ctx.startJob(jobId);
      const progress: ReportProgress = (phase, done, total, label, item) => {
        // Once stopped, the job's window has moved on (or locked): late progress would mislead it.
        if (signal.aborted) return;
        ctx.emit({ type: 'progress', jobId, phase, done, total, ...(label === undefined ? {} : { label }), ...(item === undefined ? {} : { item }) });
      };
      try {
        return await work(vault, signal, progress);
      } finally {
        ctx.endJob(jobId);
      }
    },
    options,
  );
}

/**
 * Registers work the core starts by itself (it does not hold off the inactivity lock) on the
 * open vault; undefined when the vault is locked, and the next unlock starts it again.
 */
export function startBackgroundJob(ctx: ServiceContext, jobId: string): { vault: Vault; signal: AbortSignal } | undefined {
  try {
    const vault = ctx.vault();
    return { vault, signal: ctx.startJob(jobId, { background: true }) };
  } catch {
    return undefined;
  }
}
