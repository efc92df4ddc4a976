// Where the repository and the shared hostile-input corpus are, and a file hash for tests that
// compare what the vault holds with the original bytes.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './sample-case.js';

export { repoRoot };

/** ../shared/corpus beside the checkout (absent in a fresh user checkout); DOSSIER_CORPUS_DIR overrides it. */
export const corpusDir = path.resolve(repoRoot, process.env.DOSSIER_CORPUS_DIR ?? path.join('..', 'shared', 'corpus'));
export const corpusExists = existsSync(corpusDir);

/** Files that describe the corpus rather than belong to it. */
const NOT_CORPUS = new Set(['SOURCE.md', 'LICENSE', 'files.json']);

/** Every corpus file as a '/'-separated path relative to corpusDir, sorted; hidden entries skipped. */
export function listCorpusFiles(): string[] {
  if (!corpusExists) return [];
  const out: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(corpusDir, relative), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && !NOT_CORPUS.has(entry.name)) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/** SHA-256 (hex) of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
