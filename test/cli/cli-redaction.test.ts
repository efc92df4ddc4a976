// The command line's redaction profiles: created, given terms (typed and suggested), withheld
// items and a region by exhibit title, shown, refused in words when a name is unknown or taken,
// deleted; export, plan, check and citations take --redaction NAME and refuse an unknown one,
// naming the case's profiles.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PASSPHRASE, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const secret = { DOSSIER_PASSPHRASE: PASSPHRASE };
const ref = sampleCase.case.reference;

describe('command line: redaction', () => {
  it('edits a case’s profiles and resolves --redaction NAME for the dossier commands', async () => {
    const work = await tempDir();
    const vault = path.join(work, 'vault');
    expect((await runCli(['init', vault], secret)).code).toBe(0);
    const client = { ...sampleCase.client, family: [{ name: 'Nurlan Sadykov', nameNative: 'Нұрлан Садықов', relation: 'father' }], currentLocation: 'Toktogul St 12, Bishkek' };
    expect((await runCli(['import', vault, await writeSampleCase(work, { client } as never)], secret)).code).toBe(0);
    const redaction = (...args: string[]) => runCli(['redaction', vault, ref, ...args], secret);

    expect((await redaction()).stdout).toContain('The case has no redaction profiles yet');
    const created = await redaction('create', 'Embassy', '--json');
    expect(created.code).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };
    const twin = await redaction('create', 'EMBASSY');
    expect(twin.code).toBe(1);
    expect(twin.stderr).toContain('already has a redaction profile named "Embassy"');

    // terms alone lists the suggestions; --suggested adds them with their reasons, --add with --reason.
    const listed = await redaction('terms', 'embassy');
    expect(listed.stdout).toContain('Nurlan Sadykov  [third_party, from family]');
    expect(listed.stdout).toContain('Toktogul St 12, Bishkek  [address, from currentLocation]');
    expect((await redaction('terms', 'Embassy', '--suggested')).code).toBe(0);
    const terms = await redaction('terms', 'Embassy', '--add', 'Өлзийбаяр', '--reason', 'source_protection', '--remove', 'n12345678');
    expect(terms.code).toBe(0);
    expect(terms.stdout).toContain('Өлзийбаяр  [source_protection]');
    expect(terms.stdout).toContain('Нұрлан Садықов  [third_party]');
    expect(terms.stdout).not.toContain('N12345678');

    const withheld = await redaction('withhold', 'Embassy', '--field', 'contacts', '--field', 'family', '--evidence', 'Photo of the picket', '--event', 'Criminal case under art. 274 opened');
    expect(withheld.code).toBe(0);
    expect(withheld.stdout).toContain('withheld fields: contacts, family');
    expect(withheld.stdout).toContain('withheld exhibit: "Photo of the picket"');
    expect(withheld.stdout).toContain('withheld event: "Criminal case under art. 274 opened"');
    const released = await redaction('withhold', 'Embassy', '--field', 'family', '--release');
    expect(released.stdout).toContain('withheld fields: contacts\n');

    const region = await redaction('region', 'Embassy', '--evidence', 'extradition order', '--page', '1', '--box', '0.1,0.2,0.5,0.05', '--reason', 'address');
    expect(region.code).toBe(0);
    expect(region.stdout).toContain('1. "Extradition order" page 1, box 0.1,0.2,0.5,0.05  [address]');
    const offPage = await redaction('region', 'Embassy', '--evidence', 'Extradition order', '--page', '1', '--box', '0.9,0.2,0.5,0.05');
    expect(offPage.code).toBe(1);
    expect(offPage.stderr).toContain('the box must lie on the page');
    const badReason = await redaction('region', 'Embassy', '--evidence', 'Extradition order', '--page', '1', '--box', '0,0,1,1', '--reason', 'secret');
    expect(badReason.stderr).toContain('--reason must be one of third_party, address, medical, source_protection, other');

    const shown = JSON.parse((await redaction('show', 'Embassy', '--json')).stdout) as { id: string; terms: { text: string }[]; regions: unknown[]; withheldEvidenceIds: string[] };
    expect(shown).toMatchObject({ id, regions: [expect.objectContaining({ page: 1, reason: 'address' })] });
    expect(shown.terms.map((term) => term.text)).toContain('Өлзийбаяр');
    expect(shown.withheldEvidenceIds).toHaveLength(1);
    expect((await redaction('region', 'Embassy', '--remove', '1')).stdout).toContain('regions: none');

    // An unknown profile is refused by every dossier command, naming the case's profiles.
    for (const command of ['check', 'plan', 'citations']) {
      const unknown = await runCli([command, vault, ref, '--redaction', 'Court'], secret);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('The case has no redaction profile named "Court": its profiles are "Embassy".');
    }
    const exported = await runCli(['export', vault, ref, '--out', path.join(work, 'out.pdf'), '--redaction', 'Court'], secret);
    expect(exported.stderr).toContain('no redaction profile named "Court"');

    const deleted = await redaction('delete', 'Embassy');
    expect(deleted.stdout).toContain('The redaction profile "Embassy" was removed.');
    expect((await redaction('show', 'Embassy')).stderr).toContain('it has none yet');
  });
});
