// The command line's translators, and what show prints of a translation and an interpreted statement.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PASSPHRASE, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const secret = { DOSSIER_PASSPHRASE: PASSPHRASE };

describe('command line: translators', () => {
  it('lists the translators and where each is named, and show names a translation\'s translator and the statement\'s interpreter', async () => {
    const work = await tempDir();
    const vault = path.join(work, 'vault');
    expect((await runCli(['init', vault], secret)).code).toBe(0);
    expect((await runCli(['translators', vault], secret)).stdout).toContain('The vault holds no translators or interpreters yet.');

    await writeFile(path.join(work, 'order-en.txt'), 'Extradition order (translation).\n');
    const caseFile = await writeSampleCase(work, {
      translators: [{ id: 't1', name: 'Dana Zhaksylykova', roles: ['translator', 'interpreter'], phone: '+7 701 555 01 02', qualifications: 'Sworn translator', languages: ['kk', 'ru', 'en'] }],
      evidence: [
        ...sampleCase.evidence,
        { key: 'order-en', file: 'order-en.txt', title: 'Extradition order, translation', kind: 'translation', language: 'en', translationOf: 'order', translation: { translator: 't1', sourceLanguage: 'ru', targetLanguage: 'en', excerpt: { from: 1, to: 2 } } },
      ],
      persecution: { ...sampleCase.persecution, statementInterpretation: { interpreter: 't1', language: 'kk', date: '2026-11-18' } },
    } as Partial<typeof sampleCase>);
    expect((await runCli(['import', vault, caseFile], secret)).code).toBe(0);

    const listed = await runCli(['translators', vault], secret);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^Dana Zhaksylykova {2}\(translator, interpreter\) {2}id [0-9a-f-]{36}$/m);
    expect(listed.stdout).toContain('  languages kk, ru, en');
    expect(listed.stdout).toContain('  named by 1 translation(s) and 1 interpreted statement(s)');
    const json = JSON.parse((await runCli(['translators', vault, '--json'], secret)).stdout) as { name: string; uses: { translations: unknown[] } }[];
    expect(json.map((t) => [t.name, t.uses.translations.length])).toEqual([['Dana Zhaksylykova', 1]]);

    const shown = await runCli(['show', vault, 'CAT-2026-014'], secret);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('    translation of "Extradition order" ru -> en by Dana Zhaksylykova, excerpt: pages 1-2');
    expect(shown.stdout).toContain('  statement read back in kk by Dana Zhaksylykova on 2026-11-18');
  });
});
