// Rechecks everything a vault holds: the database's own integrity (every page is also
// authenticated by SQLCipher's HMAC), and every evidence file decrypted and re-hashed against
// the SHA-256 taken at intake. Each problem names the item and its original file name.
import { createHash } from 'node:crypto';
import { DossierError } from '../../shared/errors.js';
import { allEvidenceFiles } from '../records/evidence.js';
import type { Vault } from './vault.js';

export interface VerifyProblem {
  evidenceId: string;
  file: string;
  problem: 'missing' | 'damaged' | 'hash-mismatch' | 'size-mismatch';
  detail: string;
}

export interface VerifyReport {
  ok: boolean;
  database: string;
  files: number;
  bytes: number;
  problems: VerifyProblem[];
  /** Files no record refers to, or still staged by another running Dossier. */
  strayFiles: number;
}

export interface VerifyOptions {
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Stops the check before the next file. */
  signal?: AbortSignal | undefined;
}

async function digest(vault: Vault, blobId: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of vault.blobs.read(blobId) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

export async function verifyVault(vault: Vault, options: VerifyOptions = {}): Promise<VerifyReport> {
  const checks = vault.db.pragma('quick_check') as { quick_check: string }[];
  const database = checks.map((row) => row.quick_check).join('; ');
  const files = allEvidenceFiles(vault.db);
  const problems: VerifyProblem[] = [];
  let bytes = 0;
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) throw new DossierError('CANCELLED', 'The check was cancelled; nothing was changed.');
    options.onProgress?.(index, files.length);
    try {
      const actual = await digest(vault, file.blobId);
      bytes += actual.size;
      if (actual.size !== file.size) {
        problems.push({ evidenceId: file.id, file: file.originalName, problem: 'size-mismatch', detail: `${actual.size} bytes stored, ${file.size} recorded` });
      } else if (actual.sha256 !== file.sha256) {
        problems.push({ evidenceId: file.id, file: file.originalName, problem: 'hash-mismatch', detail: `SHA-256 is ${actual.sha256}, ${file.sha256} was recorded at intake` });
      }
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push({
        evidenceId: file.id,
        file: file.originalName,
        problem: missing ? 'missing' : 'damaged',
        detail: missing ? `the encrypted file ${vault.blobs.pathOf(file.blobId)} is missing` : (error as Error).message,
      });
    }
  }
  options.onProgress?.(files.length, files.length);
  const referenced = new Set(files.map((file) => file.blobId));
  const published = await vault.blobs.listPublished();
  const strayFiles = published.filter((id) => !referenced.has(id)).length + (await vault.blobs.countStagedElsewhere());
  return { ok: database === 'ok' && problems.length === 0, database, files: files.length, bytes, problems, strayFiles };
}
