// The pre-flight's argument rules on a real vault, with the plan made by the composer: an
// element of the case's legal test that nothing supports warns; a citation in a printed text to
// an exhibit the vault no longer holds, one this dossier leaves out, or a page the exhibit does
// not have, blocks, with a place that opens the text holding it.
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { saveElementArgument } from '../../src/core/records/element-arguments.js';
import { removeEvidence } from '../../src/core/records/evidence.js';
import { updateEvent } from '../../src/core/records/events.js';
import { savePersecution } from '../../src/core/records/persecution.js';
import { checkDossier } from '../../src/core/preflight/preflight.js';
import { citationToken } from '../../src/shared/citations.js';
import type { PreflightFinding } from '../../src/shared/preflight.js';
import { writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const today = '2026-11-21';

async function sampleVault() {
  const { vault } = await newVault();
  const { caseId } = await importCase(vault, await writeSampleCase(await tempDir()));
  const detail = getCaseDetail(vault, caseId);
  const byTitle = (title: string) => detail.evidence.find((item) => item.title === title)!;
  return { vault, caseId, detail, order: byTitle('Extradition order'), photo: byTitle('Photo of the picket'), statement: byTitle('Personal statement') };
}

describe('the argument pre-flight rules', () => {
  it('warn of each unsupported element of the forum’s test, not the conditional one, until a fact, exhibit, country information or citation supports it', async () => {
    const { vault, caseId, detail, order } = await sampleVault();
    const unsupported = async (language: 'en' | 'ru') =>
      (await checkDossier(vault, caseId, { language, today })).findings.filter((finding) => finding.code === 'element.unsupported');

    // The CAT committee's test: four elements; diplomatic assurances are argued only when raised.
    expect(await unsupported('en')).toEqual([
      { code: 'element.unsupported', severity: 'warn', place: { view: 'argument', id: 'cat_substantial_grounds' }, subject: 'Substantial grounds for believing' },
      { code: 'element.unsupported', severity: 'warn', place: { view: 'argument', id: 'cat_personal_risk' }, subject: 'A personal, present, foreseeable and real risk of torture' },
      { code: 'element.unsupported', severity: 'warn', place: { view: 'argument', id: 'cat_public_official' }, subject: expect.any(String) },
      { code: 'element.unsupported', severity: 'warn', place: { view: 'argument', id: 'cat_general_situation' }, subject: expect.any(String) },
    ]);
    expect((await unsupported('ru'))[0]!.subject).toMatch(/[а-я]/);

    const orderEvent = detail.events.find((event) => event.type === 'extradition_order')!;
    vault.transaction((db) => {
      // An argument alone does not support an element; what it rests on does.
      saveElementArgument(db, caseId, { element: 'cat_substantial_grounds', argument: 'She is at risk.' });
      saveElementArgument(db, caseId, { element: 'cat_personal_risk', eventIds: [orderEvent.id] });
      saveElementArgument(db, caseId, { element: 'cat_public_official', exhibits: [{ evidenceId: order.id, pages: { from: 1, to: 1 } }] });
      saveElementArgument(db, caseId, { element: 'cat_general_situation', countryInformation: ['Amnesty International 2025'] });
    });
    expect((await unsupported('en')).map((finding) => finding.place.id)).toEqual(['cat_substantial_grounds']);
    vault.transaction((db) => {
      saveElementArgument(db, caseId, { element: 'cat_substantial_grounds', versions: { ru: { argument: `Риск ${citationToken({ evidenceId: order.id })}.` } } });
    });
    expect(await unsupported('en')).toEqual([]);
    vault.close();
  }, 120_000);

  it('block a citation to a removed exhibit, to one left out, or beyond its pages, where the dossier prints the text, each pointing at that text', async () => {
    const { vault, caseId, detail, order, photo, statement } = await sampleVault();
    const orderEvent = detail.events.find((event) => event.type === 'extradition_order')!;
    vault.transaction((db) => {
      savePersecution(db, caseId, {
        grounds: ['political_opinion'],
        // The order has two pages: page 2 lands, page 3 does not.
        narrative: `The order ${citationToken({ evidenceId: order.id, pages: { from: 2, to: 2 } })} and ${citationToken({ evidenceId: order.id, pages: { from: 2, to: 3 } })}.`,
        // Only a Russian dossier prints this version.
        versions: { ru: { narrative: `Фото ${citationToken({ evidenceId: photo.id, pages: { from: 2, to: 2 } })}.` } },
      });
      updateEvent(db, orderEvent.id, { date: '2026-11-15', precision: 'day', type: 'extradition_order', title: orderEvent.title, description: `Signed ${citationToken({ evidenceId: statement.id })}.` }, [order.id]);
      saveElementArgument(db, caseId, { element: 'cat_personal_risk', argument: `Pictured ${citationToken({ evidenceId: photo.id })}.`, exhibits: [{ evidenceId: photo.id }] });
    });
    vault.transaction((db) => removeEvidence(db, [photo.id]));

    const blocks = async (language: 'en' | 'ru', exhibitIds?: string[]) =>
      (await checkDossier(vault, caseId, { language, today, exhibitIds })).findings.filter((finding) => finding.code.startsWith('citation.'));

    expect(await blocks('en', [order.id])).toEqual([
      { code: 'citation.page-out-of-range', severity: 'block', place: { view: 'persecution', field: 'narrative' }, subject: 'Extradition order', values: { text: 'narrative', pages: '2-3', label: expect.any(String), pageCount: 2 } },
      { code: 'citation.excluded', severity: 'block', place: { view: 'timeline', id: orderEvent.id, field: 'description' }, subject: 'Personal statement', values: { text: 'description' } },
      { code: 'citation.evidence-missing', severity: 'block', place: { view: 'argument', id: 'cat_personal_risk', field: 'argument' }, values: { text: 'argument', evidenceId: photo.id } },
    ]);
    // In Russian the statement's version is printed instead: its citation to the removed photo blocks, the English one's do not.
    const russian = await blocks('ru');
    expect(russian.map((finding) => [finding.code, finding.place])).toEqual([
      ['citation.evidence-missing', { view: 'persecution', field: 'versions.ru.narrative' }],
      ['citation.evidence-missing', { view: 'argument', id: 'cat_personal_risk', field: 'argument' }],
    ]);
    // The urgent letter prints the chronology but neither the statement nor the argument, and only key exhibits.
    const urgent = (await checkDossier(vault, caseId, { template: 'urgent-interim-measures', language: 'en', today })).findings.filter((finding) => finding.code.startsWith('citation.'));
    expect(urgent.map((finding) => [finding.code, finding.place.view])).toEqual([['citation.excluded', 'timeline']]);
    const report = await checkDossier(vault, caseId, { language: 'ru', today });
    expect(report.blocked).toBe(true);
    vault.close();
  }, 180_000);

  it('check the exhibits an element links as citations, count as support only links that land and facts the dossier prints, and check the text a dossier in the case’s own language prints', async () => {
    const { vault, caseId, detail, order, photo } = await sampleVault();
    const picket = detail.events.find((event) => event.type === 'protest')!;
    vault.transaction((db) => {
      // Linked, not cited: page 9 of the two-page order, and the photo this dossier leaves out.
      saveElementArgument(db, caseId, { element: 'cat_public_official', exhibits: [{ evidenceId: order.id, pages: { from: 9, to: 9 } }, { evidenceId: photo.id }] });
      // Resting only on a disputed fact, whose description cites a page the order does not have.
      saveElementArgument(db, caseId, { element: 'cat_personal_risk', eventIds: [picket.id] });
      updateEvent(
        db,
        picket.id,
        { date: picket.date, precision: picket.precision, type: picket.type, title: picket.title, status: 'disputed', description: `Filmed ${citationToken({ evidenceId: order.id, pages: { from: 5, to: 5 } })}.` },
        picket.evidenceIds,
      );
      // The case is written in English: an English dossier prints the text as typed, never an English "version".
      saveElementArgument(db, caseId, {
        element: 'cat_general_situation',
        argument: `Widespread ${citationToken({ evidenceId: order.id, pages: { from: 3, to: 3 } })}.`,
        versions: { en: { argument: `Widespread ${citationToken({ evidenceId: order.id, pages: { from: 4, to: 4 } })}.` } },
      });
    });
    const check = async (disputedEvents: 'omit' | 'mark') => (await checkDossier(vault, caseId, { language: 'en', today, exhibitIds: [order.id], disputedEvents })).findings;
    const citations = (findings: PreflightFinding[]) =>
      findings
        .filter((finding) => finding.code.startsWith('citation.'))
        .map((finding) => [finding.code, finding.place, finding.values?.pages ?? ''])
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const unsupported = (findings: PreflightFinding[]) => findings.filter((finding) => finding.code === 'element.unsupported').map((finding) => finding.place.id);

    // Omitted, the disputed fact is not printed: its citation cannot mislead, and it supports nothing.
    const omitted = await check('omit');
    expect(citations(omitted)).toEqual([
      ['citation.excluded', { view: 'argument', id: 'cat_public_official', field: 'exhibits' }, ''],
      ['citation.page-out-of-range', { view: 'argument', id: 'cat_general_situation', field: 'argument' }, '3'],
      ['citation.page-out-of-range', { view: 'argument', id: 'cat_public_official', field: 'exhibits' }, '9'],
    ]);
    expect(omitted.find((finding) => finding.place.field === 'exhibits' && finding.code === 'citation.page-out-of-range')!.values).toMatchObject({ text: 'exhibits', pageCount: 2 });
    expect(unsupported(omitted)).toEqual(['cat_substantial_grounds', 'cat_personal_risk', 'cat_public_official']);

    // Marked, the chronology prints it: its citation blocks, and it supports its element.
    const marked = await check('mark');
    expect(citations(marked)).toContainEqual(['citation.page-out-of-range', { view: 'timeline', id: picket.id, field: 'description' }, '5']);
    expect(unsupported(marked)).toEqual(['cat_substantial_grounds', 'cat_public_official']);
    vault.close();
  }, 180_000);

  it('leave alone an argument under a test the case does not argue, and warn of an argued one with no version in the dossier’s language', async () => {
    const { vault, caseId, photo } = await sampleVault();
    vault.transaction((db) => {
      // A CAT case argues art. 3 only: a Refugee Convention element is not printed, so its citation cannot mislead.
      saveElementArgument(db, caseId, { element: 'rc_nexus', argument: `Pictured ${citationToken({ evidenceId: photo.id })}.` });
      saveElementArgument(db, caseId, { element: 'cat_personal_risk', argument: 'She would be tortured on return.' });
    });
    vault.transaction((db) => removeEvidence(db, [photo.id]));
    const findings = (await checkDossier(vault, caseId, { language: 'ru', today })).findings;
    expect(findings.filter((finding) => finding.code.startsWith('citation.'))).toEqual([]);
    const noVersion = findings.filter((finding) => finding.code === 'text.no-version' && finding.place.view === 'argument');
    expect(noVersion).toEqual([
      {
        code: 'text.no-version',
        severity: 'warn',
        place: { view: 'argument', id: 'cat_personal_risk', field: 'versions.ru.argument' },
        subject: 'Личный, реальный, предсказуемый и наличный риск пыток',
        values: { field: 'argument', language: 'ru', written: 'en' },
      },
    ]);
    vault.close();
  }, 120_000);
});
