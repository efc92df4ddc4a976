// The command line's counsel: added, listed, edited field by field, named by a case, printed by
// show and on the exported EOIR cover.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PASSPHRASE, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const secret = { DOSSIER_PASSPHRASE: PASSPHRASE };

describe('command line: counsel', () => {
  it('adds counsel, changes only the fields given, names them in a case, and the EOIR cover prints them', async () => {
    const work = await tempDir();
    const vault = path.join(work, 'vault');
    expect((await runCli(['init', vault], secret)).code).toBe(0);
    expect((await runCli(['counsel', vault], secret)).stdout).toContain('The vault holds no counsel yet');
    const caseFile = await writeSampleCase(work, { case: { ...sampleCase.case, forum: 'us_immigration_court', alienNumber: 'A 123-456-789' } } as Partial<typeof sampleCase>);
    expect((await runCli(['import', vault, caseFile], secret)).code).toBe(0);

    const added = await runCli(['counsel', vault, 'add', '--name', 'Rosa Alvarez', '--address', '12 Pine Street', '--address', 'Newark, NJ 07102', '--phone', '+1 973 555 0142', '--json'], secret);
    expect(added.code).toBe(0);
    const { id } = JSON.parse(added.stdout) as { id: string };

    const edited = await runCli(['counsel', vault, 'edit', id.slice(0, 8), '--eoir-id', 'AB123456', '--firm', 'Hudson Refugee Law Project', '--case', 'CAT-2026-014'], secret);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain(`Rosa Alvarez, Hudson Refugee Law Project  id ${id}`);
    expect(edited.stdout).toContain('  Newark, NJ 07102');
    expect(edited.stdout).toContain('  EOIR ID AB123456');
    expect(edited.stdout).toContain('counsel in "');

    const shown = JSON.parse((await runCli(['show', vault, 'CAT-2026-014', '--json'], secret)).stdout) as { case: { counselId: string }; counsel: { phone: string } };
    expect(shown.case.counselId).toBe(id);
    expect(shown.counsel.phone).toBe('+1 973 555 0142');
    expect((await runCli(['show', vault, 'CAT-2026-014'], secret)).stdout).toContain('  counsel Rosa Alvarez, Hudson Refugee Law Project');

    // Without the EOIR ID's warning, the check still names nothing of counsel.
    const check = await runCli(['check', vault, 'CAT-2026-014', '--json'], secret);
    expect(check.stdout).not.toContain('counsel.');

    const out = path.join(work, 'eoir.pdf');
    expect((await runCli(['export', vault, 'CAT-2026-014', '--out', out, '--override-blocks'], secret)).code).toBe(0);
    const cover = execFileSync('pdftotext', ['-l', '1', '-layout', out, '-'], { encoding: 'utf8' });
    expect(cover).toContain('Hudson Refugee Law Project');
    expect(cover).toContain('EOIR ID: AB123456');

    const refused = await runCli(['counsel', vault, 'edit', 'nobody', '--phone', '1'], secret);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('No counsel has id nobody');
  });
});
