// The export command's choice of how disputed events print (--disputed omit|mark|include), as a
// user runs it, and its refusal of anything else with the usage text.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { flatText, readPdf } from '../support/pdf-reader.js';
import { PASSPHRASE, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

describe('dossier export --disputed', () => {
  it('leaves disputed events out, marks them or prints them plainly, and refuses other values', async () => {
    const work = await tempDir();
    const vaultDir = path.join(work, 'vault');
    const env = { DOSSIER_PASSPHRASE: PASSPHRASE };
    expect((await runCli(['init', vaultDir], env)).code).toBe(0);
    const events = sampleCase.events.map((event, index) => (index === 1 ? { ...event, status: 'disputed' } : event));
    const imported = await runCli(['import', vaultDir, await writeSampleCase(work, { events })], env);
    expect(imported.code, imported.stderr).toBe(0);
    const disputedTitle = 'Criminal case under art. 274 opened';

    const textOf = async (choice: string) => {
      const out = path.join(work, `${choice}.pdf`);
      const run = await runCli(['export', vaultDir, 'CAT-2026-014', '--out', out, '--disputed', choice, '--override-blocks'], env);
      expect(run.code, run.stderr).toBe(0);
      return flatText((await readPdf(out)).pages.map((page) => page.text).join(' '));
    };
    expect(await textOf('omit')).not.toContain(disputedTitle);
    expect(await textOf('mark')).toContain(`${disputedTitle} (contested)`);
    const plain = await textOf('include');
    expect(plain).toContain(disputedTitle);
    expect(plain).not.toContain('(contested)');

    const wrong = await runCli(['export', vaultDir, 'CAT-2026-014', '--out', path.join(work, 'x.pdf'), '--disputed', 'hide'], env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--disputed must be one of omit, mark, include');
    expect(wrong.stderr).toContain('[--disputed omit|mark|include]');
  }, 120_000);
});
