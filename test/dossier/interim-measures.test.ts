// The interim-measures section of the CAT dossier states facts: only the dates the lawyer marked
// "state in the filing", each worded neutrally in the dossier's language; never the app's advice
// ("if missed…"), a countdown, or a deadline the lawyer did not mark. Read back with pdf.js.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { insertDeadline, markDeadline } from '../../src/core/records/deadlines.js';
import { deadlineTexts, filingDatesLead } from '../../src/shared/deadline-text.js';
import type { DossierLanguage } from '../../src/core/dossier/dossier-text.js';
import { dossierText } from '../../src/core/dossier/dossier-text.js';
import { findTemplate, type SectionId } from '../../src/core/dossier/templates.js';
import { flatText, readPdf } from '../support/pdf-reader.js';
import { writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const orderTitle = 'Extradition order by the Prosecutor General';
const toDo = 'Send the request to petitions@ohchr.org';

/** The sample case (an extradition order of 15 November 2026), with deadlines marked as a lawyer would. */
async function markedCase(mark: boolean) {
  const { vault } = await newVault();
  const dir = await tempDir();
  const { caseId } = await importCase(vault, await writeSampleCase(dir));
  vault.transaction((db) => {
    insertDeadline(db, caseId, { title: 'Ask the Committee for interim measures', due: '2026-11-22', consequence: toDo });
    if (!mark) return;
    markDeadline(db, caseId, `extradition-order-appeal:${vault.db.prepare("SELECT id FROM events WHERE type = 'extradition_order'").pluck().get() as string}`, { inFiling: true });
    const hearing = insertDeadline(db, caseId, { title: 'Суд: рассмотрение жалобы', due: '2026-11-24', time: '10:00', timeZone: 'Asia/Almaty' });
    markDeadline(db, caseId, hearing.id, { inFiling: true });
  });
  return { vault, dir, caseId };
}

/** The text of the interim-measures section: from its heading to the next section's. */
async function sectionText(vault: Awaited<ReturnType<typeof newVault>>['vault'], dir: string, caseId: string, language: DossierLanguage): Promise<string> {
  const out = path.join(dir, `dossier-${language}.pdf`);
  await exportDossier(vault, caseId, out, { today: '2026-11-21', language, template: 'un-cat-interim-measures' });
  const pdf = await readPdf(out);
  const all = pdf.pages.map((page) => flatText(page.text)).join(' ');
  const template = findTemplate('un-cat-interim-measures')!;
  const heading = (section: SectionId) => template.headings?.[section]?.[language] ?? dossierText[language].sections[section];
  const [first, next] = template.sections as [SectionId, SectionId];
  expect(first).toBe('interimMeasures');
  const start = all.indexOf(heading(first), all.indexOf(heading(first)) + 1); // the contents name it first
  const end = all.indexOf(heading(next), start);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return all.slice(start + heading(first).length, end);
}

describe('the interim-measures section', () => {
  it('prints no deadline, advice or to-do the lawyer did not mark', async () => {
    const { vault, dir, caseId } = await markedCase(false);
    const text = await sectionText(vault, dir, caseId, 'en');
    expect(text).not.toContain('petitions@ohchr.org');
    expect(text).not.toContain('Ask the Committee');
    expect(text).not.toContain(orderTitle);
    expect(text).not.toMatch(/days left|File the appeal|time limit/);
    expect(text).toContain(dossierText.en.nothingRecorded);
  });

  it('states the marked dates neutrally in en, ru and fr, with the time and its zone, and no English word of Dossier in ru or fr', async () => {
    const { vault, dir, caseId } = await markedCase(true);
    const texts = Object.fromEntries(
      await Promise.all((['en', 'ru', 'fr'] as const).map(async (language) => [language, await sectionText(vault, dir, caseId, language)] as const)),
    ) as Record<DossierLanguage, string>;

    expect(texts.en).toContain(`End of the time limit for appeal against the extradition order (${orderTitle}), after which it becomes enforceable: 25 November 2026`);
    expect(texts.en).toMatch(/Суд: рассмотрение жалобы: 24 November 2026, 10:00 \(Kazakhstan Time, GMT\+5\)/);
    expect(texts.ru).toContain(`Окончание срока обжалования решения об экстрадиции (${orderTitle}), по истечении которого оно подлежит исполнению: 25 ноября 2026`);
    expect(texts.ru).toMatch(/Суд: рассмотрение жалобы: 24 ноября 2026( г\.)?, 10:00 \(Казахстан, GMT\+5\)/);
    expect(texts.fr).toContain(`Fin du délai de recours contre la décision d’extradition (${orderTitle}), à l’issue duquel elle devient exécutoire : 25 novembre 2026`);

    for (const language of ['en', 'ru', 'fr'] as const) {
      const text = texts[language];
      // Advice, to-dos and unmarked deadlines stay in the window.
      expect(text).not.toContain('petitions@ohchr.org');
      expect(text).not.toContain('Ask the Committee');
      for (const words of Object.values(deadlineTexts[language])) expect(text).not.toContain(words.consequence.slice(0, 30));
      expect(text).not.toMatch(/days left|осталось дней|jours restants/);
    }

    // What the lawyer typed prints as typed; every other word is Dossier's, and in ru and fr
    // none of them is an English word of the deadline table or an English month.
    const englishWords = new Set(
      [...Object.values(deadlineTexts.en).flatMap((words) => [words.title, words.filing, words.consequence]), filingDatesLead.en, 'November December Time']
        .join(' ')
        .match(/[A-Za-z]{4,}/g),
    );
    for (const language of ['ru', 'fr'] as const) {
      const own = [...Object.values(deadlineTexts[language]).flatMap((words) => [words.title, words.filing]), filingDatesLead[language]].join(' ');
      const ownWords = new Set(own.match(/[A-Za-z]{4,}/g));
      const dossierWords = texts[language].replaceAll(orderTitle, '').replaceAll('Суд: рассмотрение жалобы', '').match(/[A-Za-z]{4,}/g) ?? [];
      expect(dossierWords.filter((word) => englishWords.has(word) && !ownWords.has(word)), language).toEqual([]);
    }
  });
});
