import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Vault } from '../../src/core/vault/vault.js';
import { PASSPHRASE } from './sample-case.js';
import { tempDir } from './temp-dir.js';

/** A new vault in its own temporary folder, closed when the test ends. */
export async function newVault(): Promise<{ vault: Vault; dir: string; recoveryKey: string }> {
  const dir = path.join(await tempDir(), 'vault');
  const { vault, recoveryKey } = await Vault.create(dir, PASSPHRASE, { actor: 'test' });
  return { vault, dir, recoveryKey };
}

/** Every file under a folder with its SHA-256 and modification time, to prove nothing changed. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const info = await stat(file);
    const hash = createHash('sha256').update(await readFile(file)).digest('hex');
    result[path.relative(dir, file)] = `${hash} ${info.mtimeMs} ${info.size}`;
  }
  return result;
}
