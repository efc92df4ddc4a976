// Translators and interpreters: records of the vault, imported from CASE.json, named by
// translations and interpreted statements, and never removed while named.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { listAudit } from '../../src/core/records/audit.js';
import { listTranslators } from '../../src/core/records/translators.js';
import { Vault } from '../../src/core/vault/vault.js';
import { CHEAP_ARGON2, startService } from '../support/core-service.js';
import { PASSPHRASE, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const translators = [
  {
    id: 't1',
    name: 'Dana Zhaksylykova',
    roles: ['translator', 'interpreter'],
    address: '12 Abay Ave, Almaty',
    phone: '+7 701 000 00 00',
    qualifications: 'Sworn translator',
    certifiedBy: 'Almaty notary chamber, no. 118',
    languages: ['kk', 'ru', 'en'],
  },
];

/** The sample case with an English translation of the order (pages 1-1 of it) by t1, and its statement read back in Kazakh by t1. */
async function translatedCase(dir: string) {
  await writeFile(path.join(dir, 'order-en.txt'), 'Extradition order (translation).\n');
  return writeSampleCase(dir, {
    translators,
    evidence: [
      ...sampleCase.evidence,
      {
        key: 'order-en',
        file: 'order-en.txt',
        title: 'Extradition order (English translation)',
        kind: 'court_document',
        language: 'en',
        translationOf: 'order',
        translation: { translator: 't1', sourceLanguage: 'ru', targetLanguage: 'en', excerpt: { from: 1, to: 1 } },
      },
    ],
    persecution: { ...sampleCase.persecution, statementInterpretation: { interpreter: 't1', language: 'kk', date: '2026-11-18' } },
  } as Partial<typeof sampleCase>);
}

async function importedVault(count = 1) {
  const work = await tempDir();
  const dir = path.join(work, 'vault');
  const { vault } = await Vault.create(dir, PASSPHRASE, { argon2: CHEAP_ARGON2, actor: 'test' });
  const reports = [];
  for (let index = 0; index < count; index += 1) {
    const folder = path.join(work, `case-${index}`);
    await mkdir(folder);
    reports.push(await importCase(vault, await translatedCase(folder)));
  }
  vault.close();
  const service = await startService();
  await service.value('vault.unlock', { dir, passphrase: PASSPHRASE });
  return { ...service, dir, reports };
}

describe('translators', () => {
  it('come from CASE.json as records of the vault, and the translation and the statement name them', async () => {
    const { value, reports } = await importedVault();
    const [translator, ...others] = await value('translators.list');
    expect(others).toEqual([]);
    expect(translator).toMatchObject({ name: 'Dana Zhaksylykova', phone: '+7 701 000 00 00', qualifications: 'Sworn translator', languages: ['kk', 'ru', 'en'] });
    expect(translator!.id).not.toBe('t1');

    const caseId = reports[0]!.caseId;
    const evidence = await value('evidence.list', { caseId });
    const translation = evidence.find((item) => item.title === 'Extradition order (English translation)')!;
    const original = evidence.find((item) => item.title === 'Extradition order')!;
    expect(translation.translationOfId).toBe(original.id);
    expect(translation.translation).toEqual({ translatorId: translator!.id, sourceLanguage: 'ru', targetLanguage: 'en', excerpt: { from: 1, to: 1 } });
    expect((await value('persecution.get', { caseId }))?.statementInterpretation).toEqual({ interpreterId: translator!.id, language: 'kk', date: '2026-11-18' });
    expect(translator!.uses).toEqual({
      translations: [{ evidenceId: translation.id, caseId, title: 'Extradition order (English translation)' }],
      statements: [{ caseId, caseTitle: sampleCase.case.title }],
    });
  });

  it('are reused by name when a second case names the same person', async () => {
    const { value, reports } = await importedVault(2);
    const list = await value('translators.list');
    expect(list).toHaveLength(1);
    expect(list[0]!.uses.translations.map((use) => use.caseId).sort()).toEqual(reports.map((report) => report.caseId).sort());
  });

  it('refuse CASE.json naming a translator it does not list, or translation details on an item that translates nothing', async () => {
    const work = await tempDir();
    const { vault } = await Vault.create(path.join(work, 'vault'), PASSPHRASE, { argon2: CHEAP_ARGON2, actor: 'test' });
    try {
      const unknown = await writeSampleCase(work, {
        evidence: [{ ...sampleCase.evidence[0]!, translationOf: 'order', translation: { translator: 'nobody' } }, ...sampleCase.evidence.slice(1)],
      } as Partial<typeof sampleCase>);
      await expect(importCase(vault, unknown)).rejects.toThrow(/evidence\[0\]\.translation\.translator: no translator has id "nobody"/);
      const orphan = await writeSampleCase(work, {
        translators,
        evidence: [{ ...sampleCase.evidence[0]!, translation: { translator: 't1' } }, ...sampleCase.evidence.slice(1)],
      } as Partial<typeof sampleCase>);
      await expect(importCase(vault, orphan)).rejects.toThrow(/set "translationOf" too/);
    } finally {
      vault.close();
    }
  });

  it('are created, edited and removed through the service, each change audited', async () => {
    const { value, call, dir } = await importedVault(0);
    const created = await value('translators.create', { name: 'Marie Dubois', roles: ['interpreter'], languages: ['fr', 'ru'] });
    expect(created.uses).toEqual({ translations: [], statements: [] });
    const updated = await value('translators.update', { id: created.id, translator: { name: 'Marie Dubois', roles: ['interpreter', 'translator'], languages: ['fr', 'ru'], phone: '+33 1 00 00 00 00' } });
    expect(updated).toMatchObject({ roles: ['interpreter', 'translator'], phone: '+33 1 00 00 00 00', createdAt: created.createdAt });
    const invalid = await call('translators.create', { name: 'Nobody', roles: [], languages: [] });
    expect(invalid.ok || invalid.error.code).toBe('INVALID_INPUT');
    await value('translators.remove', { id: created.id });
    expect(await value('translators.list')).toEqual([]);
    const missing = await call('translators.remove', { id: created.id });
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND');

    await value('vault.lock');
    const vault = await Vault.open(dir, { passphrase: PASSPHRASE });
    try {
      const actions = listAudit(vault.db).filter((entry) => entry.entity === 'translator').map((entry) => [entry.action, entry.entityId]).reverse();
      expect(actions).toEqual([
        ['translator.create', created.id],
        ['translator.update', created.id],
        ['translator.remove', created.id],
      ]);
    } finally {
      vault.close();
    }
  });

  it('are not removed while a translation or an interpreted statement names them, and the refusal says where', async () => {
    const { value, call } = await importedVault();
    const [translator] = await value('translators.list');
    const refused = await call('translators.remove', { id: translator!.id });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('INVALID_INPUT');
    expect(refused.error.message).toContain('Dana Zhaksylykova cannot be removed');
    expect(refused.error.message).toContain('the translation "Extradition order (English translation)"');
    expect(refused.error.message).toContain(`the interpreted statement of case "${sampleCase.case.title}"`);
    expect(await value('translators.list')).toHaveLength(1);
  });
});

describe('the demo case', () => {
  it('names the translator of its translated exhibit and the interpreter of its statement', async () => {
    const { writeDemoCase } = await import('../../src/demo/write-demo-case.js');
    const work = await tempDir();
    const { vault } = await Vault.create(path.join(work, 'vault'), PASSPHRASE, { argon2: CHEAP_ARGON2, actor: 'test' });
    try {
      const demo = path.join(work, 'demo');
      await mkdir(demo);
      const { caseId } = await importCase(vault, await writeDemoCase(demo));
      const detail = (await import('../../src/core/records/case-detail.js')).getCaseDetail(vault, caseId);
      const translators = vault.transaction((db) => listTranslators(db));
      const nameOf = (id: string | undefined) => translators.find((translator) => translator.id === id)?.name;
      const translation = detail.evidence.find((item) => item.translationOfId !== undefined)!;
      expect(nameOf(translation.translation?.translatorId)).toBe('Sarah Milner');
      expect(nameOf(detail.persecution?.statementInterpretation?.interpreterId)).toBe('Aliya Nurpeisova');
    } finally {
      vault.close();
    }
  });
});
