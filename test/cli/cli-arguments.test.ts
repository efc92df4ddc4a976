// `dossier show` prints the element map and the citations; `dossier citations` prints where each
// citation lands in the dossier, and exits 3 when one cannot (a page the exhibit does not have).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitationReportEntry } from '../../src/shared/citations.js';
import { runCli } from '../support/cli.js';
import { PASSPHRASE, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

describe('dossier show and dossier citations', () => {
  it('print the argument by element, what supports each, the citations, and where they land', async () => {
    const work = await tempDir();
    const vaultDir = path.join(work, 'vault');
    const env = { DOSSIER_PASSPHRASE: PASSPHRASE };
    expect((await runCli(['init', vaultDir], env)).code).toBe(0);
    const file = await writeSampleCase(work, {
      persecution: { ...sampleCase.persecution, narrative: 'The order [[cite:order p.2]] and its page five [[cite:order p.5]].' },
      elements: [
        {
          element: 'cat_personal_risk',
          argument: 'The order names her as wanted [[cite:order p.1]].\nMore reasons follow.',
          events: ['Extradition order by the Prosecutor General'],
          exhibits: [{ key: 'order', pages: '1-2' }],
          // Only a French dossier prints this version: its page 7 cannot mislead an English or Russian one.
          versions: { fr: { argument: 'Le mandat la désigne [[cite:order p.7]].' } },
        },
      ],
    } as Partial<typeof sampleCase>);
    const imported = await runCli(['import', vaultDir, file], env);
    expect(imported.code, imported.stderr).toBe(0);

    const show = await runCli(['show', vaultDir, 'CAT-2026-014'], env);
    expect(show.code, show.stderr).toBe(0);
    const map = show.stdout.slice(show.stdout.indexOf('Argument, element by element:'));
    expect(map).toContain('  Convention against Torture, art. 3\n    Substantial grounds for believing\n      NOTHING SUPPORTS IT YET');
    expect(map).toContain(
      '    A personal, present, foreseeable and real risk of torture\n      The order names her as wanted (Extradition order, p. 1).\n      fact:',
    );
    expect(map).toContain('      fact: Extradition order by the Prosecutor General\n      exhibit: Extradition order, pp. 1-2\n');
    // Diplomatic assurances are argued only when raised: never "nothing supports it".
    expect(map).toMatch(/Diplomatic assurances[^\n]*\n {6}\(argued only when the facts raise it\)/i);
    expect(map).toContain('Citations (4):\n  the statement -> Extradition order, p. 2\n  the statement -> Extradition order, p. 5\n');
    expect(map).toContain('  argument "A personal, present, foreseeable and real risk of torture" -> Extradition order, p. 1');

    const citations = await runCli(['citations', vaultDir, 'CAT-2026-014'], env);
    expect(citations.code, citations.stderr).toBe(3);
    expect(citations.stdout).toMatch(/the statement: Extradition order, p\. 2\n {6}-> [^\n]+, dossier p\. \d+/);
    expect(citations.stdout).toContain('the statement: Extradition order, p. 5\n      -> BROKEN: the exhibit has no such page');
    expect(citations.stdout).toContain('argument "A personal, present, foreseeable and real risk of torture" (fr): Extradition order, p. 7\n      -> not printed in this dossier');
    expect(citations.stdout).toMatch(/argument "A personal, present, foreseeable and real risk of torture", exhibits it rests on: Extradition order, pp\. 1-2\n {6}-> [^\n]+, dossier p\. \d+/);
    expect(citations.stdout).toContain('1 citation(s) cannot land');

    // The urgent letter prints neither the statement nor the argument: nothing it prints is broken.
    const urgent = await runCli(['citations', vaultDir, 'CAT-2026-014', '--template', 'urgent-interim-measures'], env);
    expect(urgent.stdout).not.toContain('BROKEN');
    expect(urgent.stdout).toContain('Every citation this dossier prints lands on its page.');
    expect(urgent.code, urgent.stdout).toBe(0);

    // The pre-flight names the unsupported element by its key and the broken citation by the text holding it.
    const check = await runCli(['check', vaultDir, 'CAT-2026-014'], env);
    expect(check.stdout).toMatch(/element\.unsupported {2}"Substantial grounds for believing": nothing supports [^\n]+\[fix in: argument › cat_substantial_grounds\]/);
    expect(check.stdout).toMatch(/citation\.page-out-of-range {2}"Extradition order": a citation in the narrative points to page 5, but the exhibit has 2 {2}\[fix in: persecution › narrative\]/);

    const json = await runCli(['citations', vaultDir, 'CAT-2026-014', '--lang', 'ru', '--json'], env);
    expect(json.code).toBe(3);
    const entries = JSON.parse(json.stdout) as CitationReportEntry[];
    // Last, the exhibit the element rests on, printed with its pages in the grounds section.
    expect(entries.map((entry) => entry.problem ?? 'lands')).toEqual(['lands', 'page_out_of_range', 'lands', 'page_out_of_range', 'lands']);
    expect(entries.map((entry) => entry.printed ?? true)).toEqual([true, true, true, false, true]);
    expect(entries.at(-1)!.place).toEqual({ record: 'element', recordId: 'cat_personal_risk', field: 'exhibits' });
  }, 180_000);
});
