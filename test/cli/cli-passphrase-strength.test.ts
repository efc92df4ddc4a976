// Finding 6 of issue 12 through the real command line: `dossier init` refuses a passphrase that
// is long enough but easy to guess, says how to make it stronger, and creates nothing.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

describe('command line passphrase rule', () => {
  it('init with a weak passphrase exits non-zero with the advice and leaves no vault', async () => {
    const work = await tempDir();
    const vault = path.join(work, 'vault');
    const result = await runCli(['init', vault], { DOSSIER_PASSPHRASE: 'password1234' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('The passphrase is too easy to guess.');
    expect(result.stderr).toContain('Add another word or two; a sentence of four or more uncommon words is strong and easy to remember.');
    expect(result.stdout).not.toMatch(/Recovery key/);
    expect(await readdir(work)).not.toContain('vault.json');
    const inside = await readdir(vault).catch(() => []);
    expect(inside).not.toContain('vault.json');
  });
});
