// The grounds-and-risk section laid out by the legal test: the case's bases, each element the
// lawyer argued or supported with its argument, facts, exhibits and country information; the
// profile's texts kept unless an argued element stands in for them; the table of facts by
// element when asked for. Read back from the exported PDF.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDossier, planDossier } from '../../src/core/dossier/export-dossier.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { saveElementArgument } from '../../src/core/records/element-arguments.js';
import { updateManyEvidence } from '../../src/core/records/evidence.js';
import { updateEvent } from '../../src/core/records/events.js';
import type { Vault } from '../../src/core/vault/vault.js';
import { legalBasisTitles, legalElement } from '../../src/shared/legal-elements.js';
import type { ElementArgumentInput } from '../../src/shared/models.js';
import { flatText, readPdf } from '../support/pdf-reader.js';
import { sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const today = '2026-11-20';

async function caseWith(overrides: Partial<typeof sampleCase>): Promise<{ vault: Vault; caseId: string; dir: string }> {
  const { vault } = await newVault();
  const dir = await tempDir();
  const { caseId } = await importCase(vault, await writeSampleCase(dir, overrides));
  return { vault, caseId, dir };
}

async function dossierText(vault: Vault, caseId: string, file: string, options: Parameters<typeof exportDossier>[3]): Promise<string> {
  const result = await exportDossier(vault, caseId, file, { today, ...options });
  const pdf = await readPdf(result.file);
  return flatText(pdf.pages.map((page) => page.text).join('\n'));
}

function argue(vault: Vault, caseId: string, argument: ElementArgumentInput): void {
  vault.transaction((db) => saveElementArgument(db, caseId, argument));
}

describe('the argument by element in the dossier', () => {
  it('prints the committee case’s CAT elements in the test’s order, each with its argument and support, and the table of facts by element', { timeout: 300_000 }, async () => {
    const { vault, caseId, dir } = await caseWith({
      persecution: { ...sampleCase.persecution, countryInformation: [{ title: 'Concluding observations on Kazakhstan', source: 'UN Committee against Torture', date: '2021-12' }] } as never,
    });
    const detail = getCaseDetail(vault, caseId);
    const order = detail.evidence.find((item) => item.title === 'Extradition order')!;
    const extradition = detail.events.find((event) => event.type === 'extradition_order')!;
    argue(vault, caseId, {
      element: 'cat_public_official',
      argument: 'The National Security Committee is a public authority of the State.',
      eventIds: [extradition.id],
      versions: { ru: { argument: 'Комитет национальной безопасности — государственный орган.' } },
    });
    argue(vault, caseId, {
      element: 'cat_personal_risk',
      argument: `She is named in the order [[cite:${order.id} p.1]].`,
      exhibits: [{ evidenceId: order.id, pages: { from: 1, to: 1 } }],
      countryInformation: ['Concluding observations on Kazakhstan'],
    });
    // Another basis than the committee's: the map keeps it, this dossier does not print it.
    argue(vault, caseId, { element: 'rc_state_protection', argument: 'Nothing the refugee test would print here.' });
    // No argument and no support: nothing to print.
    argue(vault, caseId, { element: 'cat_general_situation' });

    const text = await dossierText(vault, caseId, path.join(dir, 'en.pdf'), { language: 'en', factsByElement: true });
    const plan = await planDossier(vault, caseId, { today, language: 'en' });
    const annex = plan.exhibits.find((exhibit) => exhibit.evidenceId === order.id)!;
    const personal = legalElement('cat_personal_risk').label.en;
    const official = legalElement('cat_public_official').label.en;
    const basis = text.indexOf(legalBasisTitles.cat_art3.en);
    expect(basis).toBeGreaterThan(0);
    // The legal test's order (personal risk before public officials), whatever the saving order.
    expect(text.indexOf(personal)).toBeGreaterThan(basis);
    expect(text.indexOf(official)).toBeGreaterThan(text.indexOf(personal));
    expect(text).toContain(`She is named in the order (${annex.name}, p. 1; dossier p. ${annex.firstPage + 1}).`);
    expect(text).toContain(`Exhibits • Extradition order (${annex.name}, p. 1; dossier p. ${annex.firstPage + 1})`);
    expect(text).toContain('Country information • Concluding observations on Kazakhstan — UN Committee against Torture — December 2021');
    expect(text).toContain(`Facts • 15 November 2026: Extradition order by the Prosecutor General (${annex.name})`);
    expect(text).not.toContain('Nothing the refugee test would print here.');
    expect(text).not.toContain(legalElement('cat_general_situation').label.en);
    // The profile's texts still print after the argument.
    expect(text.indexOf('National Security Committee (KNB)')).toBeGreaterThan(text.indexOf(official));
    // The table: one row per fact and per exhibit of each element.
    const table = text.slice(text.indexOf('Facts by element'));
    expect(table).toContain('Element Fact Date Exhibit and page');
    expect(table).toContain(`${personal} Extradition order 15 November 2026 (${annex.name}, p. 1; dossier p. ${annex.firstPage + 1})`);
    expect(table).toContain(`${official} Extradition order by the Prosecutor General 15 November 2026 (${annex.name}; dossier p. ${annex.firstPage})`);

    // In Russian: the labels and the argument's Russian version; no table unless asked for.
    const russian = await dossierText(vault, caseId, path.join(dir, 'ru.pdf'), { language: 'ru' });
    expect(russian).toContain(legalBasisTitles.cat_art3.ru);
    expect(russian).toContain(legalElement('cat_public_official').label.ru);
    expect(russian).toContain('Комитет национальной безопасности — государственный орган.');
    expect(russian).toContain(`(Приложение ${annex.name.split(' ')[1]}, с. 1; досье, с. ${annex.firstPage + 1})`);
    expect(russian).not.toContain('Факты по элементам');
  });

  it('prints an argued element of the Refugee Convention instead of the profile’s text it stands for, and keeps the others', { timeout: 300_000 }, async () => {
    const { vault, caseId, dir } = await caseWith({
      case: { ...sampleCase.case, forum: 'national_asylum' },
      persecution: { ...sampleCase.persecution, stateProtection: 'The police answer to the same committee.', internalRelocation: 'The KNB operates nationwide.' } as never,
    });
    const before = await dossierText(vault, caseId, path.join(dir, 'before.pdf'), { language: 'en' });
    expect(before).toContain('The police answer to the same committee.');
    expect(before).not.toContain(legalBasisTitles.refugee_convention.en);

    argue(vault, caseId, { element: 'rc_state_protection', argument: 'State protection is unavailable: the persecutor is the State.' });
    const after = await dossierText(vault, caseId, path.join(dir, 'after.pdf'), { language: 'en' });
    expect(after).toContain(legalBasisTitles.refugee_convention.en);
    expect(after).toContain(`${legalElement('rc_state_protection').label.en} State protection is unavailable: the persecutor is the State.`);
    expect(after).not.toContain('The police answer to the same committee.');
    expect(after).toContain('The KNB operates nationwide.');
  });

  it('omits a disputed fact the dossier omits and marks one it marks, names no confidential exhibit left out, and prints the text as typed in the case’s own language', { timeout: 300_000 }, async () => {
    const { vault, caseId, dir } = await caseWith({});
    const detail = getCaseDetail(vault, caseId);
    const photo = detail.evidence.find((item) => item.title === 'Photo of the picket')!;
    const picket = detail.events.find((event) => event.type === 'protest')!;
    const orderEvent = detail.events.find((event) => event.type === 'extradition_order')!;
    vault.transaction((db) => {
      updateEvent(db, picket.id, { date: picket.date, precision: picket.precision, type: picket.type, title: picket.title, place: picket.place, status: 'disputed' }, picket.evidenceIds);
      // Confidential: the export leaves it out, and its title must not reach the filing either.
      updateManyEvidence(db, [photo.id], { confidential: true });
    });
    argue(vault, caseId, {
      element: 'cat_personal_risk',
      argument: `Typed in English, the case’s language [[cite:${photo.id}]].`,
      eventIds: [picket.id, orderEvent.id],
      exhibits: [{ evidenceId: photo.id }],
      versions: { en: { argument: 'An English version the English dossier never prints.' } },
    });
    const personal = legalElement('cat_personal_risk').label.en;

    const omitted = await dossierText(vault, caseId, path.join(dir, 'omit.pdf'), { language: 'en', disputedEvents: 'omit', factsByElement: true });
    const argument = omitted.slice(omitted.indexOf(personal));
    expect(argument).toContain('Typed in English, the case’s language (an exhibit not included in this dossier).');
    expect(argument).toContain('Exhibits • (an exhibit not included in this dossier)');
    expect(omitted).not.toContain('An English version the English dossier never prints.');
    expect(omitted).not.toContain(photo.title);
    // Neither the chronology nor the argument's facts nor the table print the omitted fact.
    expect(omitted).not.toContain(picket.title);
    expect(argument).toContain(orderEvent.title);

    const marked = await dossierText(vault, caseId, path.join(dir, 'mark.pdf'), { language: 'en', disputedEvents: 'mark', factsByElement: true });
    const markedArgument = marked.slice(marked.indexOf(personal));
    expect(markedArgument).toContain(`${picket.title} (contested)`);
    const table = marked.slice(marked.indexOf('Facts by element'));
    expect(table).toContain(`${personal} ${picket.title} (contested)`);
    expect(marked).not.toContain(photo.title);
  });
});
