// Where each part of a vault lives inside its folder.
import path from 'node:path';

export interface VaultLayout {
  dir: string;
  header: string;
  database: string;
  /** The database's copy under the new key while a rekey writes it (rekey.ts). */
  rekeyedDatabase: string;
  files: string;
  partialFiles: string;
}

export function vaultLayout(dir: string): VaultLayout {
  const root = path.resolve(dir);
  return {
    dir: root,
    header: path.join(root, 'vault.json'),
    database: path.join(root, 'vault.db'),
    rekeyedDatabase: path.join(root, 'vault.db.rekey'),
    files: path.join(root, 'files'),
    partialFiles: path.join(root, 'files', 'partial'),
  };
}
