// export --facts-by-element, as a user runs it on a CASE.json that argues the legal test with a
// citation: the dossier prints the argument by element, the citation as "(Annex 2, p. 1; dossier
// p. N)", and the table of facts by element only when asked for (read back with pdftotext);
// the citation report with the same flag lands where that export's citation does.
import { execFileSync } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { fixturesDir, PASSPHRASE, sampleCase, writeCaseFile } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('dossier export --facts-by-element', () => {
  it('adds the table of facts by element after the argument', { timeout: 180_000 }, async () => {
    const work = await tempDir();
    const vaultDir = path.join(work, 'vault');
    const env = { DOSSIER_PASSPHRASE: PASSPHRASE };
    expect((await runCli(['init', vaultDir], env)).code).toBe(0);
    await copyFile(path.join(fixturesDir, 'picket.png'), path.join(work, 'picket.png'));
    await copyFile(path.join(fixturesDir, 'order.pdf'), path.join(work, 'order.pdf'));
    const caseFile = await writeCaseFile(work, {
      ...sampleCase,
      evidence: sampleCase.evidence.slice(0, 2),
      elements: [{ element: 'cat_personal_risk', argument: 'She is named in the order [[cite:order p.1]].', events: ['Extradition order by the Prosecutor General'], exhibits: [{ key: 'order', pages: '1' }] }],
    });
    const imported = await runCli(['import', vaultDir, caseFile], env);
    expect(imported.code, imported.stderr).toBe(0);

    const plain = path.join(work, 'plain.pdf');
    const withTable = path.join(work, 'table.pdf');
    for (const [out, flags] of [[plain, []], [withTable, ['--facts-by-element']]] as const) {
      const run = await runCli(['export', vaultDir, 'CAT-2026-014', '--out', out, '--override-blocks', ...flags], env);
      expect(run.code, run.stderr).toBe(0);
    }
    // Annex 2 (the order) begins on the page its separator is on (one page later with the table); its page 1 follows.
    const citation = (file: string) => `(Annex 2, p. 1; dossier p. ${Number(/Annex 2 — Extradition order[ .]*(\d+)/.exec(text(file))?.[1]) + 1})`;
    expect(text(plain)).toContain(`A personal, present, foreseeable and real risk of torture She is named in the order ${citation(plain)}.`);
    expect(text(plain)).not.toContain('Facts by element');
    const table = text(withTable).slice(text(withTable).indexOf('Facts by element'));
    expect(table).toContain('Element Fact Date Exhibit and page');
    // Laid out in columns, a row's cells interleave line by line: each is looked for on its own.
    expect(table).toContain('Extradition order by the Prosecutor');
    expect(table).toContain(citation(withTable));

    // The citation report reads the same options, so it lands where this export's citation does.
    const report = await runCli(['citations', vaultDir, 'CAT-2026-014', '--facts-by-element', '--json'], env);
    const entries = JSON.parse(report.stdout) as { place: { record: string }; dossierPage?: number }[];
    const argued = entries.find((entry) => entry.place.record === 'element');
    expect(`(Annex 2, p. 1; dossier p. ${argued?.dossierPage})`).toBe(citation(withTable));
  });
});
