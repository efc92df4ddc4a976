// CASE.json's redaction profiles, imported into a real vault: terms as strings or {text, reason},
// regions and withheld exhibits by evidence key, withheld events by key or title; a file the
// import refused leaves a warning and the rest of the profile; what the file does not hold is
// refused, each problem named by its place.
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { listRedactionProfiles } from '../../src/core/records/redaction-profiles.js';
import { sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const events = sampleCase.events.map((event) => (event.type === 'extradition_order' ? { ...event, key: 'order-issued' } : event));

describe('CASE.json redaction profiles', () => {
  it('are imported with the vault’s ids, warning of a file that was not imported', async () => {
    const { vault } = await newVault();
    const file = await writeSampleCase(await tempDir(), {
      events,
      evidence: [...sampleCase.evidence, { key: 'gone', file: 'gone.pdf', title: 'Lost letter', kind: 'correspondence' }],
      redactionProfiles: [
        {
          name: 'Embassy',
          terms: ['Нұрлан Садықов', { text: 'Toktogul St 12', reason: 'address' }],
          regions: [
            { evidence: 'order', page: 1, x: 0.1, y: 0.2, width: 0.5, height: 0.05, reason: 'address' },
            { evidence: 'gone', page: 1, x: 0, y: 0, width: 1, height: 1 },
          ],
          withheld: { fields: ['contacts', 'family'], evidence: ['photo', 'gone'], events: ['order-issued', 'Пикет против мобилизации'] },
          logPage: false,
        },
        { name: 'Host-country court' },
      ],
    } as never);
    const report = await importCase(vault, file);
    const profiles = vault.transaction((db) => listRedactionProfiles(db, report.caseId));
    const eventIds = vault.transaction((db) => db.prepare('SELECT type, id FROM events WHERE case_id = ?').all(report.caseId) as { type: string; id: string }[]);
    vault.close();

    const id = (key: string) => report.imported.find((item) => item.key === key)!.evidenceId;
    const eventId = (type: string) => eventIds.find((event) => event.type === type)!.id;
    expect(profiles.map((profile) => profile.name)).toEqual(['Embassy', 'Host-country court']);
    expect(profiles[0]).toMatchObject({
      terms: [{ text: 'Нұрлан Садықов', reason: 'other' }, { text: 'Toktogul St 12', reason: 'address' }],
      regions: [{ evidenceId: id('order'), page: 1, x: 0.1, y: 0.2, width: 0.5, height: 0.05, reason: 'address' }],
      withheldFields: ['contacts', 'family'],
      withheldEvidenceIds: [id('photo')],
      withheldEventIds: [eventId('extradition_order'), eventId('protest')],
      logPage: false,
    });
    expect(profiles[1]).toMatchObject({ terms: [], regions: [], withheldFields: [], withheldEvidenceIds: [], withheldEventIds: [], logPage: true });
    expect(report.warnings).toEqual([
      'redaction profile "Embassy": evidence "gone" was not imported, its region dropped.',
      'redaction profile "Embassy": evidence "gone" was not imported, withholding it dropped.',
    ]);
  });

  it('are refused, each problem named by its place, when they name what the file does not hold', async () => {
    const refusal = async (redactionProfiles: unknown[]) => {
      const { vault } = await newVault();
      const failure = await importCase(vault, await writeSampleCase(await tempDir(), { redactionProfiles } as never)).catch((error: Error) => error);
      vault.close();
      expect(failure).toBeInstanceOf(Error);
      return (failure as Error).message;
    };
    const shapes = await refusal([{ name: 'Embassy', terms: ['x'], regions: [{ evidence: 'order', page: 1, x: 0, y: 0, width: 0.5, height: 0.1, reason: 'secret' }], withheld: { fields: ['diary'] } }]);
    expect(shapes).toContain('redactionProfiles[0].terms[0].text: a term must have at least 2 characters');
    expect(shapes).toContain('redactionProfiles[0].regions[0].reason: Invalid option');
    expect(shapes).toContain('redactionProfiles[0].withheld.fields[0]: Invalid option');
    const links = await refusal([
      { name: 'Embassy', regions: [{ evidence: 'nowhere', page: 1, x: 0, y: 0, width: 0.5, height: 0.1 }] },
      { name: 'EMBASSY', withheld: { evidence: ['nowhere'], events: ['no such event'] } },
    ]);
    expect(links).toContain('redactionProfiles[0].regions[0].evidence: no evidence has key "nowhere"');
    expect(links).toContain('redactionProfiles[1].name: redaction profile "EMBASSY" is named twice');
    expect(links).toContain('redactionProfiles[1].withheld.evidence[0]: no evidence has key "nowhere"');
    expect(links).toContain('redactionProfiles[1].withheld.events[0]: no event has key or title "no such event"');
  });

  it('refuse a box off the page where the file says it', async () => {
    const { vault } = await newVault();
    const file = await writeSampleCase(await tempDir(), {
      redactionProfiles: [{ name: 'Embassy', regions: [{ evidence: 'order', page: 1, x: 0.8, y: 0, width: 0.5, height: 0.1 }] }],
    } as never);
    const failure = await importCase(vault, file).catch((error: Error) => error);
    vault.close();
    expect((failure as Error).message).toContain('redactionProfiles[0].regions[0]: the box must lie on the page');
  });
});
