// Taking files out of a case, for the window and the CLI alike: the records go in one
// transaction, then the encrypted files. A kill between the two leaves files no record refers
// to; verify counts them as stray files (not problems) and the next removal sweeps them.
import { blobReferences, removeEvidence } from '../records/evidence.js';
import type { Vault } from '../vault/vault.js';

export async function removeEvidenceFiles(vault: Vault, ids: readonly string[]): Promise<{ removed: number; swept: number }> {
  const { removed, blobIds } = vault.transaction((db) => {
    const result = removeEvidence(db, ids);
    // The audit names the item only, never its title or content.
    for (const item of result.removed) vault.audit('evidence.remove', 'evidence', item.id);
    return result;
  });
  // The removal has happened once the records are gone: a file that cannot be deleted now (the
  // vault locked meanwhile, a permission) is left as a stray one for verify to count and the next
  // removal to sweep, rather than reported as a failed removal.
  let swept = 0;
  try {
    await vault.blobs.remove(blobIds);
    swept = await vault.blobs.sweepUnreferenced(blobReferences(vault.db));
  } catch {
    // Left for the next removal.
  }
  return { removed: removed.length, swept };
}
