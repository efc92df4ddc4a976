// Redaction profiles through the service, on a real vault: saved whole per case, unique by name in
// any letter case, refused when they name another case's exhibit or event, never found by search,
// audited by id only; a removed exhibit or event leaves every profile with its regions and
// withheld entries; the case's suggestions leave out what the profile already removes.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { listAudit } from '../../src/core/records/audit.js';
import { Vault } from '../../src/core/vault/vault.js';
import { CHEAP_ARGON2, startService } from '../support/core-service.js';
import { PASSPHRASE, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

async function sampleVault() {
  const work = await tempDir();
  const dir = path.join(work, 'vault');
  const { vault } = await Vault.create(dir, PASSPHRASE, { argon2: CHEAP_ARGON2, actor: 'test' });
  const folder = path.join(work, 'case');
  await mkdir(folder);
  const client = {
    ...sampleCase.client,
    currentLocation: 'ул. Токтогула 12, кв. 5, Бишкек',
    contacts: [
      { kind: 'phone', value: '+996 555 123 456' },
      { kind: 'email', value: 'aigerim@example.org' },
      { kind: 'address', value: 'Abay St 10, Almaty' },
    ],
    family: [
      { name: 'Nurlan Sadykov', nameNative: 'Нұрлан Садықов', relation: 'father' },
      { name: 'Ainur Sadykova', relation: 'sister' },
    ],
  };
  const events = [
    ...sampleCase.events,
    { date: '2022-10-06', precision: 'day', type: 'arrest', title: 'Detained after the picket', actors: [{ name: 'Ölziibayar', role: 'witness' }, { name: 'Major Akhmetov', role: 'officer' }] },
  ];
  const report = await importCase(vault, await writeSampleCase(folder, { client, events } as never));
  vault.close();
  const service = await startService();
  await service.value('vault.unlock', { dir, passphrase: PASSPHRASE });
  const detail = await service.value('cases.get', { id: report.caseId });
  return { ...service, dir, caseId: report.caseId, detail };
}

describe('redaction profiles', () => {
  it('are saved whole per case, unique by name in any letter case, and refuse what is not of their case', async () => {
    const { value, call, service, caseId, detail } = await sampleVault();
    const order = detail.evidence.find((item) => item.title === 'Extradition order')!;
    const photo = detail.evidence.find((item) => item.title === 'Photo of the picket')!;
    const arrest = detail.events.find((event) => event.type === 'arrest')!;

    const embassy = await value('redaction.save', {
      caseId,
      profile: {
        name: 'Embassy',
        terms: [{ text: 'Zhanibekovna-Kestrel', reason: 'third_party' }, { text: 'Токтогула 12' }, { text: 'ZHANIBEKOVNA-kestrel' }],
        regions: [{ evidenceId: order.id, page: 1, x: 0.1, y: 0.2, width: 0.3, height: 0.05, reason: 'address' }],
        withheldFields: ['contacts', 'family', 'contacts'],
        withheldEvidenceIds: [photo.id],
        withheldEventIds: [arrest.id],
        logPage: false,
      },
    });
    expect(embassy).toMatchObject({
      caseId,
      name: 'Embassy',
      // The same term twice (any letter case) is kept once; a term without a reason is "other".
      terms: [{ text: 'Zhanibekovna-Kestrel', reason: 'third_party' }, { text: 'Токтогула 12', reason: 'other' }],
      regions: [{ evidenceId: order.id, page: 1, x: 0.1, y: 0.2, width: 0.3, height: 0.05, reason: 'address' }],
      withheldFields: ['contacts', 'family'],
      withheldEvidenceIds: [photo.id],
      withheldEventIds: [arrest.id],
      logPage: false,
    });
    const court = await value('redaction.save', { caseId, profile: { name: 'Суд страны пребывания' } });
    expect(court).toMatchObject({ terms: [], regions: [], withheldFields: [], withheldEvidenceIds: [], withheldEventIds: [], logPage: true });
    expect((await value('redaction.list', { caseId })).map((profile) => profile.name)).toEqual(['Embassy', 'Суд страны пребывания']);

    // Another name already in the case, in any letter case, is refused in words; renaming to one's own is not.
    const twin = await call('redaction.save', { caseId, profile: { name: 'EMBASSY' } });
    expect(twin.ok ? undefined : twin.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('already has a redaction profile named "Embassy"') });
    const cyrillicTwin = await call('redaction.save', { caseId, id: embassy.id, profile: { name: 'СУД СТРАНЫ ПРЕБЫВАНИЯ' } });
    expect(cyrillicTwin.ok).toBe(false);
    const renamed = await value('redaction.save', { caseId, id: embassy.id, profile: { ...embassy, name: 'embassy' } });
    expect(renamed).toMatchObject({ id: embassy.id, name: 'embassy', regions: embassy.regions, withheldEventIds: [arrest.id] });

    // Another case's exhibit or event, or a box off the page, is refused with a clear error.
    const other = await value('cases.create', { clientId: detail.client.id, case: { title: 'Other case', forum: 'un_hrc' } });
    const foreign = await call('redaction.save', { caseId: other.id, profile: { name: 'Embassy', withheldEvidenceIds: [photo.id] } });
    expect(foreign.ok ? undefined : foreign.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining(`names an exhibit that is not in its case: ${photo.id}`) });
    const foreignRegion = await call('redaction.save', { caseId: other.id, profile: { name: 'Embassy', regions: [{ ...embassy.regions[0]! }] } });
    expect(foreignRegion.ok).toBe(false);
    const foreignEvent = await call('redaction.save', { caseId: other.id, profile: { name: 'Embassy', withheldEventIds: [arrest.id] } });
    expect(foreignEvent.ok ? undefined : foreignEvent.error.message).toContain('names a timeline event that is not in its case');
    const offPage = await call('redaction.save', { caseId, profile: { name: 'Wide', regions: [{ ...embassy.regions[0]!, x: 0.8, width: 0.5 }] } });
    expect(offPage.ok ? undefined : offPage.error.code).toBe('INVALID_INPUT');
    // A box on a page past the end of its exhibit, once the file check has counted its pages, is refused naming both.
    await service.filesChecked();
    const pastEnd = await call('redaction.save', { caseId, profile: { name: 'Wide', regions: [{ ...embassy.regions[0]!, page: 99 }] } });
    expect(pastEnd.ok ? undefined : pastEnd.error.message).toMatch(/^A region of the redaction profile is on page 99 of "Extradition order", which has \d+ pages?\.$/);
    // Another case never sees this case's profiles, and cannot remove them.
    expect(await value('redaction.list', { caseId: other.id })).toEqual([]);
    const removeForeign = await call('redaction.remove', { caseId: other.id, id: embassy.id });
    expect(removeForeign.ok ? undefined : removeForeign.error.code).toBe('NOT_FOUND');

    // A profile's terms are what must not be found: search never indexes them.
    expect(await value('search', { query: 'Zhanibekovna-Kestrel' })).toEqual([]);
    expect(await value('search', { query: 'Kestrel', caseId })).toEqual([]);
  });

  it('lose a removed exhibit’s regions and a removed event, and are audited by id only', async () => {
    const { value, service, dir, caseId, detail } = await sampleVault();
    const order = detail.evidence.find((item) => item.title === 'Extradition order')!;
    const photo = detail.evidence.find((item) => item.title === 'Photo of the picket')!;
    const arrest = detail.events.find((event) => event.type === 'arrest')!;
    const region = { evidenceId: order.id, page: 1, x: 0, y: 0, width: 1, height: 0.1, reason: 'source_protection' as const };
    const saved = await value('redaction.save', {
      caseId,
      profile: { name: 'Embassy', terms: [{ text: 'Petrova' }], regions: [region, { ...region, evidenceId: photo.id }], withheldEvidenceIds: [order.id, photo.id], withheldEventIds: [arrest.id] },
    });
    const second = await value('redaction.save', { caseId, profile: { name: 'Court', withheldEvidenceIds: [order.id] } });

    await value('evidence.remove', { ids: [order.id] });
    await value('events.delete', { id: arrest.id });
    const [court, embassy] = await value('redaction.list', { caseId });
    expect(embassy).toMatchObject({ id: saved.id, terms: [{ text: 'Petrova' }], regions: [{ ...region, evidenceId: photo.id }], withheldEvidenceIds: [photo.id], withheldEventIds: [] });
    expect(court).toMatchObject({ id: second.id, withheldEvidenceIds: [] });

    await value('redaction.remove', { caseId, id: second.id });
    expect((await value('redaction.list', { caseId })).map((profile) => profile.id)).toEqual([saved.id]);
    service.close();

    const vault = await Vault.open(dir, { passphrase: PASSPHRASE });
    try {
      const entries = listAudit(vault.db).filter((entry) => entry.action.startsWith('redaction.')).reverse();
      expect(entries.map(({ action, entity, entityId }) => ({ action, entity, entityId }))).toEqual([
        { action: 'redaction.save', entity: 'redaction_profile', entityId: saved.id },
        { action: 'redaction.save', entity: 'redaction_profile', entityId: second.id },
        { action: 'redaction.remove', entity: 'redaction_profile', entityId: second.id },
      ]);
    } finally {
      vault.close();
    }
  });

  it('are suggested the case’s names, contacts, address, document numbers and witnesses, less what the profile holds', async () => {
    const { value, caseId } = await sampleVault();
    const all = await value('redaction.suggestions', { caseId });
    expect(all).toEqual([
      { text: 'Nurlan Sadykov', reason: 'third_party', source: 'family' },
      { text: 'Нұрлан Садықов', reason: 'third_party', source: 'family' },
      { text: 'Ainur Sadykova', reason: 'third_party', source: 'family' },
      { text: '+996 555 123 456', reason: 'other', source: 'contacts' },
      { text: 'aigerim@example.org', reason: 'other', source: 'contacts' },
      { text: 'Abay St 10, Almaty', reason: 'address', source: 'contacts' },
      { text: 'ул. Токтогула 12, кв. 5, Бишкек', reason: 'address', source: 'currentLocation' },
      { text: 'N12345678', reason: 'other', source: 'documents' },
      { text: 'Ölziibayar', reason: 'source_protection', source: 'events' },
    ]);
    const profile = await value('redaction.save', { caseId, profile: { name: 'Embassy', terms: [{ text: 'nurlan  SADYKOV' }, { text: 'n12345678' }] } });
    const rest = await value('redaction.suggestions', { caseId, profileId: profile.id });
    expect(rest.map((suggestion) => suggestion.text)).not.toContain('Nurlan Sadykov');
    expect(rest.map((suggestion) => suggestion.text)).not.toContain('N12345678');
    expect(rest).toHaveLength(all.length - 2);
  });
});
