// A protected PDF's password from the command line and from CASE.json, through the real CLI in
// a child process, against a real vault and a real AES-256 PDF: `dossier password` reads it from
// stdin (or a hidden prompt), never from argv; a wrong one exits 5 and keeps nothing; a right one
// is kept and the export reproduces the pages; CASE.json's `password` is checked at import the
// same way. The password never appears in what the CLI prints. (An exhibit's pages in the export
// count its separator page.)
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, startCli, type CliResult } from '../support/cli.js';
import { PROTECTED_PDF, PROTECTED_PDF_PAGES, PROTECTED_PDF_PASSWORD } from '../support/protected-pdf.js';
import { PASSPHRASE, writeCaseFile } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const secret = { DOSSIER_PASSPHRASE: PASSPHRASE };
const WRONG = 'not the statement password';

/** A vault and a case file holding the protected PDF, with `password` in its entry when given. */
async function vaultAndCase(password?: string) {
  const work = await tempDir();
  const vault = path.join(work, 'vault');
  expect((await runCli(['init', vault], secret)).code).toBe(0);
  await copyFile(PROTECTED_PDF, path.join(work, 'statement.pdf'));
  const caseFile = await writeCaseFile(work, {
    client: { fullName: 'Timur Bekov' },
    case: { title: 'Bekov: asylum', forum: 'national_asylum', reference: 'PW-1' },
    evidence: [{ key: 'statement', file: 'statement.pdf', title: 'Bank statement', kind: 'other', ...(password === undefined ? {} : { password }) }],
  });
  return { work, vault, caseFile };
}

/** `dossier password` with the password piped in. */
function passwordCommand(vault: string, id: string, input: string, extra: string[] = []): Promise<CliResult> {
  return startCli(['password', vault, id, '--password-stdin', ...extra], { env: { ...secret, DOSSIER_NEW_PASSPHRASE: undefined, DOSSIER_RECOVERY_KEY: undefined }, input }).done;
}

function printed(result: CliResult): string {
  return `${result.stdout}\n${result.stderr}`;
}

async function importCase(vault: string, caseFile: string) {
  const result = await runCli(['import', vault, caseFile, '--json'], secret);
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout) as { caseId: string; imported: { evidenceId: string }[] };
  return { result, caseId: report.caseId, id: report.imported[0]!.evidenceId };
}

describe('command line: the password of a protected PDF', () => {
  it('refuses a wrong password with exit code 5 and keeps nothing; keeps the right one, and the export reproduces the pages; --clear forgets it', async () => {
    const { work, vault, caseFile } = await vaultAndCase();
    const { caseId, id } = await importCase(vault, caseFile);

    const wrong = await passwordCommand(vault, id, `${WRONG}\n`);
    expect(wrong.code).toBe(5);
    expect(wrong.stderr).toBe('dossier: The password does not open "Bank statement". Nothing was kept.\n');
    expect(printed(wrong)).not.toContain(WRONG);

    const right = await passwordCommand(vault, id, `${PROTECTED_PDF_PASSWORD}\n`, ['--json']);
    expect(right.code, right.stderr).toBe(0);
    expect(JSON.parse(right.stdout)).toEqual({ id, title: 'Bank statement', passwordKept: true, dossierSupport: 'pages' });
    expect(printed(right)).not.toContain(PROTECTED_PDF_PASSWORD);

    const shown = await runCli(['show', vault, caseId, '--json'], secret);
    expect(shown.stdout).not.toContain(PROTECTED_PDF_PASSWORD);
    const exported = await runCli(['export', vault, caseId, '--out', path.join(work, 'dossier.pdf'), '--override-blocks', '--json'], secret);
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout).exhibits).toEqual([expect.objectContaining({ title: 'Bank statement', pages: PROTECTED_PDF_PAGES + 1, rendered: true })]);
    expect(printed(exported)).not.toContain(PROTECTED_PDF_PASSWORD);

    const cleared = await runCli(['password', vault, id, '--clear', '--json'], secret);
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(JSON.parse(cleared.stdout)).toEqual({ id, title: 'Bank statement', passwordKept: false, dossierSupport: 'not_reproduced', supportReason: 'needs_password' });
  });

  it('takes the password from stdin or a terminal only: never as an argument, and says how when there is neither', async () => {
    const { vault, caseFile } = await vaultAndCase();
    const { id } = await importCase(vault, caseFile);

    const asArgument = await runCli(['password', vault, id, '--password', PROTECTED_PDF_PASSWORD], secret);
    expect(asArgument.code).toBe(2);
    const noInput = await runCli(['password', vault, id], secret);
    expect(noInput).toMatchObject({ code: 1, stderr: 'dossier: No password: run the command in a terminal to type it, or pipe it in with --password-stdin.\n' });
    const empty = await passwordCommand(vault, id, '\n');
    expect(empty).toMatchObject({ code: 1, stderr: 'dossier: No password was given; nothing was changed.\n' });
    expect((await runCli(['password', vault, id, '--clear', '--password-stdin'], secret)).code).toBe(2);
  });

  it('CASE.json: a right password is checked and kept at import, and the export reproduces the pages; a wrong one is named in a warning and not kept', async () => {
    const right = await vaultAndCase(PROTECTED_PDF_PASSWORD);
    const { result, caseId } = await importCase(right.vault, right.caseFile);
    expect(printed(result)).not.toContain(PROTECTED_PDF_PASSWORD);
    expect(result.stderr).not.toMatch(/warning/);
    const exported = await runCli(['export', right.vault, caseId, '--out', path.join(right.work, 'dossier.pdf'), '--override-blocks', '--json'], secret);
    expect(JSON.parse(exported.stdout).exhibits).toEqual([expect.objectContaining({ pages: PROTECTED_PDF_PAGES + 1, rendered: true })]);

    const wrong = await vaultAndCase(WRONG);
    const refused = await importCase(wrong.vault, wrong.caseFile);
    expect(refused.result.stderr).toContain('warning: statement.pdf: the password given does not open it; it was not kept, and the dossier shows only its separator page until the right one is given.');
    expect(printed(refused.result)).not.toContain(WRONG);
    // Nothing was kept: forgetting finds nothing to forget, and the file still asks for its password.
    const cleared = await runCli(['password', wrong.vault, refused.id, '--clear', '--json'], secret);
    expect(JSON.parse(cleared.stdout)).toMatchObject({ passwordKept: false, dossierSupport: 'not_reproduced' });
    expect(['needs_password', 'wrong_password']).toContain(JSON.parse(cleared.stdout).supportReason);
  });
});
