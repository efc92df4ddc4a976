// The core must run in plain Node (tests, CLI) and the contract on both sides of IPC, so the
// folder boundaries of docs/architecture.md are checked here rather than hoped for (and by the
// lint rules of eslint.config.js, which lint-boundaries.test.ts proves).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf as parsedImports } from '../support/imports.js';
import { repoRoot } from '../support/sample-case.js';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.tsx?$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

async function importsOf(file: string): Promise<string[]> {
  return parsedImports(file).map((entry) => entry.from);
}

describe('module boundaries', () => {
  it('src/core never imports electron', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(path.join(repoRoot, 'src', 'core'))) {
      for (const spec of await importsOf(file)) {
        if (spec === 'electron' || spec.startsWith('electron/') || spec.includes('/electron/')) offenders.push(`${file}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('src/shared imports neither Node, Electron nor the core', async () => {
    const offenders: string[] = [];
    const shared = path.join(repoRoot, 'src', 'shared');
    for (const file of await sourceFiles(shared)) {
      for (const spec of await importsOf(file)) {
        const own = spec.startsWith('.') && !path.relative(shared, path.resolve(path.dirname(file), spec)).startsWith('..');
        // zxcvbn-ts is plain JavaScript (no Node, no DOM): the one passphrase estimator both sides share.
        const allowed = spec === 'zod' || spec.startsWith('@zxcvbn-ts/') || own;
        if (!allowed) offenders.push(`${path.relative(repoRoot, file)}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('finds the imports it checks (the scan itself works)', async () => {
    const specs = await importsOf(path.join(repoRoot, 'src', 'core', 'vault', 'vault.ts'));
    expect(specs).toContain('node:fs');
  });
});
