// A vault written by Dossier before issue 12 (header format 1: one key for the database and the
// files), kept in test/fixtures/vault-v1 with the sample case imported. Tests open a copy.
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fixturesDir } from './sample-case.js';
import { tempDir } from './temp-dir.js';

export const V1_RECOVERY_KEY = 'HFEA-KGW9-E459-94WF-RWVY-8J2T-HZFZ-M8GX';
export const V1_CASE_ID = 'faadea19-ba64-448e-9e8a-a99261b60cf9';
/** The passphrase is the sample case's PASSPHRASE. */
export async function copyOfV1Vault(): Promise<string> {
  const dir = path.join(await tempDir(), 'old-vault');
  await cp(path.join(fixturesDir, 'vault-v1'), dir, { recursive: true });
  return dir;
}
