// The dossier commands as a user runs them: demo (the first thing a new user runs), export with
// its warnings and exit codes, and templates.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { readPdf } from '../support/pdf-reader.js';
import { PASSPHRASE } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

describe('dossier commands', () => {
  it('demo builds a vault with the fictional case and exports its dossier, which export can then redo in Russian', async () => {
    const work = await tempDir();
    const demoDir = path.join(work, 'demo');
    const demo = await runCli(['demo', demoDir]);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/Dossier written: .*dossier-en\.pdf/);
    expect(demo.stdout).toMatch(/Recovery key: [0-9A-Z]{4}(-[0-9A-Z]{4}){7}/);
    // The audio recording and the password-protected report are named, with the reason, on stderr.
    expect(demo.stderr).toMatch(/mother-voice-message\.wav\) is not reproduced: an audio recording/);
    expect(demo.stderr).toMatch(/medical-report-2025-11-20\.pdf\) is not reproduced: the PDF is protected by a password/);
    expect((await readdir(demoDir)).sort()).toEqual(['case', 'dossier-en.pdf', 'vault']);
    const english = await readPdf(path.join(demoDir, 'dossier-en.pdf'));
    expect(english.pages[0]!.text).toContain('Ерлан Серікұлы Тоқтаров');

    const passphrase = /^Passphrase: (.+)$/m.exec(demo.stdout)![1]!;
    const out = path.join(work, 'досье-ru.pdf');
    // Run on today's clock, not the demo's: its deadlines of March 2026 are past, which the pre-flight blocks.
    const exported = await runCli(['export', path.join(demoDir, 'vault'), 'TK-2026-03', '--out', out, '--lang', 'ru', '--template', 'embassy-humanitarian-visa', '--override-blocks', '--json'], {
      DOSSIER_PASSPHRASE: passphrase,
    });
    expect(exported.code, exported.stderr).toBe(0);
    const result = JSON.parse(exported.stdout) as { pages: number; template: string; exhibits: { rendered: boolean }[] };
    expect(result.template).toBe('embassy-humanitarian-visa');
    expect(result.exhibits.filter((exhibit) => !exhibit.rendered)).toHaveLength(2);
    const russian = await readPdf(out);
    expect(russian.pageCount).toBe(result.pages);
    expect(russian.outline.map((entry) => entry.title)).toContain('Содержание');
  });

  it('refuses a second demo into a folder that is not empty, and bad options with usage', async () => {
    const work = await tempDir();
    const again = await runCli(['demo', work, '--lang', 'de']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--lang must be one of en, ru, fr');
    await runCli(['init', path.join(work, 'v')], { DOSSIER_PASSPHRASE: PASSPHRASE });
    const notEmpty = await runCli(['demo', work]);
    expect(notEmpty.code).toBe(1);
    expect(notEmpty.stderr).toContain('is not empty');
    const noOut = await runCli(['export', path.join(work, 'v'), 'x'], { DOSSIER_PASSPHRASE: PASSPHRASE });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('export needs --out FILE.pdf');
  });

  it('lists the templates', async () => {
    const listed = await runCli(['templates']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^un-cat-interim-measures\s+Communication to the UN Committee against Torture/m);
  });
});
