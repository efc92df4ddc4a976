// The pre-flight's translation rules (translationRules), each firing on a case built to break it:
// a real vault, the case imported from CASE.json, then the rules given the case as the
// pre-flight engine reads it (the vault's translators, the exhibits the export includes).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../src/core/dossier/templates.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { translationRules } from '../../src/core/preflight/translation-rules.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { listTranslators } from '../../src/core/records/translators.js';
import { savePersecution } from '../../src/core/records/persecution.js';
import type { PreflightFinding } from '../../src/shared/preflight.js';
import { sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const complete = {
  id: 't1',
  name: 'Dana Zhaksylykova',
  roles: ['translator', 'interpreter'],
  address: '12 Abay Avenue, Almaty',
  phone: '+7 701 555 01 02',
  qualifications: 'Sworn translator',
  languages: ['kk', 'ru', 'en'],
};

interface Broken {
  translator?: Record<string, unknown>;
  /** The translation's details as CASE.json writes them. */
  translation?: Record<string, unknown>;
  language?: string | undefined;
  interpreter?: string;
}

/** The sample case with two English translations of the order (by the same translator) and an interpreted statement, broken as told. */
async function check(templateId: string, broken: Broken = {}): Promise<PreflightFinding[]> {
  const { vault } = await newVault();
  try {
    const dir = path.join(await tempDir(), 'case');
    await mkdir(dir);
    await writeFile(path.join(dir, 'order-en.txt'), 'Extradition order (translation).\n');
    await writeFile(path.join(dir, 'order-en-2.txt'), 'Extradition order (second translation).\n');
    const translation = broken.translation ?? { translator: 't1', sourceLanguage: 'ru', targetLanguage: 'en' };
    const translated = (key: string, file: string, title: string) => ({
      key,
      file,
      title,
      kind: 'translation',
      ...(broken.language === undefined && 'language' in broken ? {} : { language: broken.language ?? 'en' }),
      translationOf: 'order',
      translation,
    });
    const file = await writeSampleCase(dir, {
      translators: [broken.translator ?? complete],
      evidence: [...sampleCase.evidence, translated('order-en', 'order-en.txt', 'Order, translation'), translated('order-en-2', 'order-en-2.txt', 'Order, second translation')],
      persecution: { ...sampleCase.persecution, statementInterpretation: { interpreter: 't1', language: 'kk' } },
    } as Partial<typeof sampleCase>);
    const { caseId } = await importCase(vault, file);
    if (broken.interpreter !== undefined) {
      vault.transaction((db) => savePersecution(db, caseId, { ...sampleCase.persecution, statementInterpretation: { interpreterId: broken.interpreter!, language: 'kk' } } as never));
    }
    const detail = getCaseDetail(vault, caseId);
    return translationRules({
      detail,
      template: findTemplate(templateId)!,
      language: 'en',
      today: '2026-11-20',
      now: new Date('2026-11-20T12:00:00'),
      translators: vault.transaction((db) => listTranslators(db)),
      includedEvidenceIds: detail.evidence.map((item) => item.id),
    });
  } finally {
    vault.close();
  }
}

const codes = (findings: PreflightFinding[]) => findings.map((finding) => `${finding.severity} ${finding.code} ${finding.place.field ?? ''}`.trim());

describe('translationRules', () => {
  it('find nothing when every translation names a translator with what the form prints, and the statement its interpreter', async () => {
    for (const template of ['us-immigration-court', 'national-asylum-bundle', 'un-cat-interim-measures']) {
      expect(await check(template), template).toEqual([]);
    }
  });

  it('block a translation without a translator, once per translation, where its translator is chosen', async () => {
    const findings = await check('un-cat-interim-measures', { translation: { sourceLanguage: 'ru', targetLanguage: 'en' } });
    expect(codes(findings)).toEqual(['block translation.no-translator translation.translatorId', 'block translation.no-translator translation.translatorId']);
    expect(findings.map((finding) => finding.subject)).toEqual(['Order, translation', 'Order, second translation']);
    expect(findings[0]!.place.view).toBe('evidence');
  });

  it("block the US court's form without the translator's address and phone, once per translator however many translations", async () => {
    const { address: _address, phone: _phone, ...bare } = complete;
    const findings = await check('us-immigration-court', { translator: bare });
    expect(codes(findings)).toEqual(['block translation.translator-incomplete address', 'block translation.translator-incomplete phone']);
    expect(findings[0]).toMatchObject({ place: { view: 'translators' }, subject: complete.name, values: { field: 'address', form: 'eoir' } });
    // The UK form asks for qualifications instead, the generic form for neither.
    expect(await check('national-asylum-bundle', { translator: bare })).toEqual([]);
    expect(await check('un-cat-interim-measures', { translator: bare })).toEqual([]);
  });

  it("block the UK form without the translator's qualifications", async () => {
    const { qualifications: _qualifications, ...bare } = complete;
    expect(codes(await check('national-asylum-bundle', { translator: bare }))).toEqual(['block translation.translator-incomplete qualifications']);
  });

  it('block a statement interpretation naming no interpreter record, and warn when the record is not an interpreter', async () => {
    expect(codes(await check('un-cat-interim-measures', { interpreter: 'gone' }))).toEqual(['block interpretation.no-interpreter statementInterpretation.interpreterId']);
    const findings = await check('un-cat-interim-measures', { translator: { ...complete, roles: ['translator'] } });
    expect(codes(findings)).toEqual(['warn interpretation.not-interpreter statementInterpretation.interpreterId']);
    expect(findings[0]!.place.view).toBe('persecution');
  });

  it('warn when the certificate could not name the language a translation was made into', async () => {
    const findings = await check('un-cat-interim-measures', { translation: { translator: 't1' }, language: undefined });
    expect(codes(findings)).toEqual(['warn translation.no-languages translation.targetLanguage', 'warn translation.no-languages translation.targetLanguage']);
  });
});
