// The composer runs in the exhibit reader, beside the parsers of hostile files: nothing it loads
// may reach the vault, its records or its key (the vault, records, evidence and service folders,
// the SQLCipher binding). Followed through every import it makes, as the reader loads it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../support/imports.js';
import { repoRoot } from '../support/sample-case.js';

const core = path.join(repoRoot, 'src', 'core');
const keyHolders = ['vault', 'records', 'evidence', 'service', 'intake'].map((folder) => path.join(core, folder) + path.sep);

/** Every source file `entry` loads at run time (type-only imports are erased), and the packages it names. */
function loadedBy(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const { from, typeOnly } of importsOf(file)) {
      if (typeOnly) continue;
      if (!from.startsWith('.')) {
        packages.add(from);
        continue;
      }
      const resolved = path.resolve(path.dirname(file), from.replace(/\.js$/, '.ts'));
      visit(existsSync(resolved) ? resolved : resolved.replace(/\.ts$/, '.tsx'));
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the dossier composer', () => {
  it('loads nothing that reaches the vault, as the reader process runs it', () => {
    const { files, packages } = loadedBy(path.join(core, 'dossier', 'dossier-tasks.ts'));
    expect(files.has(path.join(core, 'dossier', 'compose-dossier.ts'))).toBe(true);
    expect(files.has(path.join(core, 'exhibits', 'pdf-reading.ts'))).toBe(true);
    const reaching = [...files].filter((file) => keyHolders.some((folder) => file.startsWith(folder))).map((file) => path.relative(repoRoot, file));
    expect(reaching).toEqual([]);
    expect([...packages].filter((name) => /sqlite|argon2|electron/.test(name))).toEqual([]);
  });
});
