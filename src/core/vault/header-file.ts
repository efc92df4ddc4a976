// Reading and writing vault.json, and the quick wipe that destroys it. Reading is strict (every
// field bounded by the schema in key-slots.ts); a wiped header says so plainly.
import { link, open, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DossierError } from '../../shared/errors.js';
import { describeIssues } from '../../shared/validation.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { vaultHeaderSchema, type VaultHeader } from './key-slots.js';
import type { VaultLayout } from './layout.js';

/** What is left of vault.json after a wipe: no slot, so no key can ever be unwrapped. */
const wipedHeaderSchema = z.object({ format: z.literal('dossier-vault'), wipedAt: z.string().max(40), slots: z.array(z.never()).max(0) });

/** The largest vault.json Dossier reads: 8 slots take about 4 KB. */
const MAX_HEADER_BYTES = 64 * 1024;

function wipedMessage(wipedAt: string): string {
  const when = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(wipedAt) ? `${wipedAt.slice(0, 10)} at ${wipedAt.slice(11, 16)} UTC` : wipedAt;
  return `This vault was wiped on ${when}; it cannot be opened. Its key slots were destroyed, so nobody can read its records or files.`;
}

async function readText(layout: VaultLayout): Promise<string> {
  try {
    const handle = await open(layout.header, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_HEADER_BYTES) throw new DossierError('VAULT_DAMAGED', `${layout.header} is damaged: it is ${size} bytes, far more than a vault header holds.`);
      return await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof DossierError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new DossierError('VAULT_NOT_FOUND', `No vault at ${layout.dir} (vault.json is missing).`);
    }
    throw new DossierError('VAULT_DAMAGED', `${layout.header} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
}

export async function readHeader(layout: VaultLayout): Promise<VaultHeader> {
  const text = await readText(layout);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DossierError('VAULT_DAMAGED', `${layout.header} is damaged: it is not valid JSON.`);
  }
  const wiped = wipedHeaderSchema.safeParse(json);
  if (wiped.success) throw new DossierError('VAULT_DAMAGED', wipedMessage(wiped.data.wipedAt));
  const parsed = vaultHeaderSchema.safeParse(json);
  if (!parsed.success) {
    throw new DossierError('VAULT_DAMAGED', `${layout.header} is damaged: ${describeIssues(parsed.error).join('; ')}`);
  }
  return parsed.data;
}

/**
 * Writes vault.json atomically, then overwrites the replaced file's bytes. An atomic replace
 * writes a new file, and the old one's blocks would keep every slot the new header drops (travel
 * mode, a new recovery key, a passphrase change, a rekey's end). Overwriting the old file before
 * the replace would leave no readable header if a crash came in between, so a second link keeps
 * the old file reachable past the rename and is overwritten then. Where links are not supported
 * (FAT) the old bytes stay; a crash before the overwrite leaves the link, which wipe sweeps.
 */
export async function writeHeader(layout: VaultLayout, header: VaultHeader): Promise<void> {
  const retired = path.join(layout.dir, `.${path.basename(layout.header)}.${process.pid}.${Date.now()}.retired.tmp`);
  const linked = await link(layout.header, retired).then(
    () => true,
    () => false,
  );
  try {
    await writeFileAtomic(layout.header, `${JSON.stringify(header, null, 2)}\n`);
  } finally {
    // Best effort: the new header is in place (or the old one still is), so its outcome stands.
    if (linked) await destroyRetired(retired, layout.header).catch(() => undefined);
  }
}

/** Overwrites and removes the old header's second link, unless it is still vault.json itself (the replace failed). */
async function destroyRetired(retired: string, live: string): Promise<void> {
  const old = await stat(retired, { bigint: true });
  const current = await stat(live, { bigint: true }).catch(() => undefined);
  if (!current) return; // vault.json is gone: the retired link is the only header left; keep it.
  if (old.ino !== current.ino || old.dev !== current.dev) await overwriteInPlace(retired);
  await rm(retired, { force: true });
}

/** Overwrites a file in place with random bytes of its length and flushes it, before it is replaced. */
async function overwriteInPlace(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    const { size } = await handle.stat();
    await handle.write(randomBytes(size), 0, size, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Quick wipe (crypto-erase): vault.json is overwritten in place with random bytes and flushed,
 * then replaced by a header with no slot that records the wipe. The database and files stay on
 * disk, encrypted under keys nothing can unwrap any more, so this takes the same time whatever
 * the vault's size. Copies of vault.json elsewhere (backups) are not affected; flash storage may
 * keep old blocks (docs/vault-format.md). Refuses a folder that holds no Dossier vault.
 */
export async function wipeHeader(layout: VaultLayout, now = new Date()): Promise<{ wipedAt: string }> {
  const text = await readText(layout);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (wipedHeaderSchema.safeParse(json).success) throw new DossierError('INVALID_INPUT', `${layout.dir} was already wiped; nothing was changed.`);
  if (!(json && typeof json === 'object' && (json as { format?: unknown }).format === 'dossier-vault')) {
    throw new DossierError('INVALID_INPUT', `${layout.header} is not a Dossier vault header; nothing was wiped.`);
  }
  await overwriteInPlace(layout.header);
  const wipedAt = now.toISOString();
  await writeFileAtomic(layout.header, `${JSON.stringify({ format: 'dossier-vault', wipedAt, slots: [] }, null, 2)}\n`);
  // A header write killed before its rename leaves a temporary copy (atomic-write.ts): it holds slots too.
  for (const name of await readdir(layout.dir)) {
    if (!name.startsWith(`.${path.basename(layout.header)}.`) || !name.endsWith('.tmp')) continue;
    const leftover = path.join(layout.dir, name);
    await overwriteInPlace(leftover).catch(() => undefined);
    await rm(leftover, { force: true });
  }
  return { wipedAt };
}
