// The argument element by element through the service, on a real vault: saved whole, read back
// in the order of the legal test with cases.get, found by search, audited under the case; a
// removed event or exhibit leaves the element's support while a citation in its text stays.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { listAudit } from '../../src/core/records/audit.js';
import { Vault } from '../../src/core/vault/vault.js';
import { citationToken } from '../../src/shared/citations.js';
import { CHEAP_ARGON2, startService } from '../support/core-service.js';
import { PASSPHRASE, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

async function sampleVault() {
  const work = await tempDir();
  const dir = path.join(work, 'vault');
  const { vault } = await Vault.create(dir, PASSPHRASE, { argon2: CHEAP_ARGON2, actor: 'test' });
  const folder = path.join(work, 'case');
  await mkdir(folder);
  const report = await importCase(vault, await writeSampleCase(folder));
  vault.close();
  const service = await startService();
  await service.value('vault.unlock', { dir, passphrase: PASSPHRASE });
  const detail = await service.value('cases.get', { id: report.caseId });
  return { ...service, dir, caseId: report.caseId, detail };
}

describe('arguments', () => {
  it('are saved whole per element, read back in the legal test’s order, and found by search', async () => {
    const { value, call, caseId, detail } = await sampleVault();
    const order = detail.evidence.find((item) => item.title === 'Extradition order')!;
    const photo = detail.evidence.find((item) => item.title === 'Photo of the picket')!;
    const orderEvent = detail.events.find((event) => event.type === 'extradition_order')!;

    const risk = await value('arguments.save', {
      caseId,
      argument: {
        element: 'cat_personal_risk',
        argument: `The order names her ${citationToken({ evidenceId: order.id, pages: { from: 1, to: 1 } })} as wanted for a picket.`,
        eventIds: [orderEvent.id],
        exhibits: [{ evidenceId: order.id, pages: { from: 1, to: 1 } }, { evidenceId: photo.id }],
        countryInformation: ['Amnesty International, Kazakhstan 2025'],
        versions: { ru: { argument: 'Постановление называет её разыскиваемой.' } },
      },
    });
    expect(risk).toMatchObject({ caseId, element: 'cat_personal_risk', eventIds: [orderEvent.id], exhibits: [{ evidenceId: order.id, pages: { from: 1, to: 1 } }, { evidenceId: photo.id }] });
    await value('arguments.save', { caseId, argument: { element: 'cat_substantial_grounds', argument: 'Grounds.' } });
    // Saving again replaces the element's row whole: the photo is no longer linked.
    await value('arguments.save', { caseId, argument: { ...risk, exhibits: [{ evidenceId: order.id, pages: { from: 1, to: 1 } }] } });

    const { elementArguments } = await value('cases.get', { id: caseId });
    expect(elementArguments!.map((argument) => argument.element)).toEqual(['cat_substantial_grounds', 'cat_personal_risk']);
    expect(elementArguments![1]!.exhibits).toEqual([{ evidenceId: order.id, pages: { from: 1, to: 1 } }]);
    expect(elementArguments![1]!.versions?.ru?.argument).toBe('Постановление называет её разыскиваемой.');

    const hits = await value('search', { query: 'разыскиваемой', caseId });
    expect(hits.map((hit) => [hit.entity, hit.entityId])).toEqual([['argument', `${caseId}:cat_personal_risk`]]);
    expect(hits[0]!.title).toContain('A personal, present, foreseeable and real risk of torture');

    // Another case's event, or an unknown element, is refused in words.
    const refused = await call('arguments.save', { caseId, argument: { element: 'cat_public_official', eventIds: ['no-such-event'] } });
    expect(refused.ok ? undefined : refused.error.code).toBe('INVALID_INPUT');
    expect((await call('arguments.save', { caseId, argument: { element: 'no_such_element' as never } })).ok).toBe(false);

    await value('arguments.remove', { caseId, element: 'cat_substantial_grounds' });
    expect((await value('cases.get', { id: caseId })).elementArguments!.map((argument) => argument.element)).toEqual(['cat_personal_risk']);
    expect(await value('search', { query: 'grounds', caseId })).not.toContainEqual(expect.objectContaining({ entity: 'argument', entityId: `${caseId}:cat_substantial_grounds` }));
    const again = await call('arguments.remove', { caseId, element: 'cat_substantial_grounds' });
    expect(again.ok ? undefined : again.error.code).toBe('NOT_FOUND');
  });

  it('lose a removed event or exhibit from their support, keep the citation in the text, and are audited under the case', async () => {
    const { value, service, dir, caseId, detail } = await sampleVault();
    const order = detail.evidence.find((item) => item.title === 'Extradition order')!;
    const orderEvent = detail.events.find((event) => event.type === 'extradition_order')!;
    const token = citationToken({ evidenceId: order.id, pages: { from: 1, to: 1 } });
    await value('arguments.save', {
      caseId,
      argument: { element: 'cat_personal_risk', argument: `Wanted ${token}.`, eventIds: [orderEvent.id], exhibits: [{ evidenceId: order.id }] },
    });
    await value('events.delete', { id: orderEvent.id });
    await value('evidence.remove', { ids: [order.id] });
    const [kept] = (await value('cases.get', { id: caseId })).elementArguments!;
    expect(kept).toMatchObject({ element: 'cat_personal_risk', argument: `Wanted ${token}.`, eventIds: [], exhibits: [] });
    service.close();

    const vault = await Vault.open(dir, { passphrase: PASSPHRASE });
    try {
      const entries = listAudit(vault.db).filter((entry) => entry.action.startsWith('argument.'));
      expect(entries.map(({ action, entity, entityId }) => ({ action, entity, entityId }))).toEqual([{ action: 'argument.save', entity: 'case', entityId: caseId }]);
    } finally {
      vault.close();
    }
  });
});
