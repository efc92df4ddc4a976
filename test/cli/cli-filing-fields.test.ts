// What `show` prints of the case fields the forum templates need: the A-number, the expected
// removal, and which exhibits are key; all carried in from CASE.json.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PASSPHRASE, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const secret = { DOSSIER_PASSPHRASE: PASSPHRASE };

describe('command line: filing fields', () => {
  it('show prints the A-number, the expected removal and the key exhibits from CASE.json', async () => {
    const work = await tempDir();
    const vault = path.join(work, 'vault');
    expect((await runCli(['init', vault], secret)).code).toBe(0);
    const caseFile = await writeSampleCase(work, {
      case: { ...sampleCase.case, alienNumber: 'A 123-456-789', removal: { date: '2026-11-24', time: '06:40', place: 'Manas airport', destination: 'KZ', manner: 'scheduled flight' } },
      evidence: sampleCase.evidence.map((item) => (item.key === 'order' ? { ...item, keyExhibit: true } : item)),
    } as Partial<typeof sampleCase>);
    expect((await runCli(['import', vault, caseFile], secret)).code).toBe(0);

    const shown = await runCli(['show', vault, 'CAT-2026-014'], secret);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('  A-number A 123-456-789');
    expect(shown.stdout).toContain('  expected removal 2026-11-24 06:40 from Manas airport to KZ (scheduled flight)');
    expect(shown.stdout).toMatch(/^ {2}Extradition order — court_document, .*\[key exhibit\]$/m);
    expect(shown.stdout).not.toMatch(/^ {2}Photo of the picket .*\[key exhibit\]$/m);

    const json = JSON.parse((await runCli(['show', vault, 'CAT-2026-014', '--json'], secret)).stdout) as {
      case: { alienNumber: string; removal: { time: string } };
      evidence: { title: string; key: boolean }[];
    };
    expect(json.case.alienNumber).toBe('A 123-456-789');
    expect(json.case.removal.time).toBe('06:40');
    expect(json.evidence.filter((item) => item.key).map((item) => item.title)).toEqual(['Extradition order']);
  });
});
