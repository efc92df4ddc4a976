// Deadlines through the built window, in English and in Russian, against the real core: a
// derived deadline is marked "State in the filing" from the keyboard, a hand-entered one is
// marked done (it stays listed, without the alarm) and edited to carry a time and its zone, a
// hearing is given its hour (a zone that does not exist is refused at its field first); the
// export view lists the dates the dossier will state; the exported CAT dossier's interim-measures
// section states the marked date in neutral words and none of the app's advice (read back with
// pdftotext). axe and a screenshot at each view.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { dossierText } from '../../src/core/dossier/dossier-text';
import { findTemplate } from '../../src/core/dossier/templates';
import { deadlineTexts, deadlineWords } from '../../src/shared/deadline-text';
import { CasePage } from './pages/case-page';
import { nameStartingWith } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';
import { callCore } from './support/core-calls';

const run = promisify(execFile);

async function look(app: AppWindow, step: string, name: string): Promise<void> {
  const label = `deadlines-${app.language}-${step}-${name}`;
  await scanAccessibility(app.page, label);
  await saveScreenshot(app.page, label);
}

/** The window's today is Almaty's (fixtures.ts), wherever the test runs. */
function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describeInChromium('deadlines: done, stated in the filing, edited with a time', () => {
  const e2e = useChromium();

  for (const language of ['en', 'ru'] as const) {
    it(`marks, edits and states deadlines, and the dossier prints only the marked date, neutrally (${language})`, async () => {
      const ru = language === 'ru';
      const app = await openWindow(e2e(), { language, unlocked: true });
      const client = await callCore(app, 'clients.create', { fullName: 'Yerlan Toktarov', fullNameNative: 'Ерлан Токтаров' });
      const caseTitle = ru ? 'Токтаров: временные меры' : 'Toktarov: interim measures';
      const matter = await callCore(app, 'cases.create', { clientId: client.id, case: { title: caseTitle, forum: 'un_cat', reference: 'TK-2026-03' } });
      const orderTitle = ru ? 'Решение Генпрокуратуры об экстрадиции' : 'Extradition order of the Prosecutor General';
      const order = await callCore(app, 'events.create', { caseId: matter.id, event: { date: dayFromToday(-2), type: 'extradition_order', title: orderTitle } });
      const hearingTitle = ru ? 'Заседание Алмалинского суда' : 'Hearing at the Almaly court';
      await callCore(app, 'events.create', { caseId: matter.id, event: { date: dayFromToday(12), type: 'court_hearing', title: hearingTitle } });
      const slot = ru ? 'Собеседование в консульстве' : 'Consulate interview';
      const advice = ru ? 'Записаться заново через petitions@ohchr.org' : 'Book again through petitions@ohchr.org';
      await callCore(app, 'deadlines.create', { caseId: matter.id, deadline: { title: slot, due: dayFromToday(3), consequence: advice } });

      const workspace = new Workspace(app);
      await workspace.heading('shell:home.title').waitFor();
      await workspace.openCase(client.fullName, caseTitle);
      const casePage = new CasePage(app);
      const deadlines = await casePage.deadlines();
      const appeal = deadlineWords({ origin: 'derived', rule: 'extradition-order-appeal', subject: orderTitle, title: '' }, language).title;
      await deadlines.deadline(appeal).waitFor();
      // The consulate slot is three days away: the tab counts it as urgent.
      await expect(casePage.viewTab('deadlines').textContent()).resolves.toContain('1');
      await look(app, '01', 'list');

      await deadlines.stateInFiling(appeal);
      await expect(deadlines.mark(appeal, 'inFiling').isChecked()).resolves.toBe(true);
      await deadlines.markDone(slot);
      const done = deadlines.deadline(slot);
      // The status is said before the case reloads: wait for the list to show it.
      await expect.poll(() => deadlines.countdown(slot).textContent()).toBe(app.text('deadlines:statusDone'));
      await expect.poll(() => deadlines.urgentBadge(done).count()).toBe(0);
      // Listed still, no longer counted among the urgent ones.
      await expect.poll(() => casePage.viewTab('deadlines').getByText(app.text('caseView:urgentDeadlines', { count: 1 })).count()).toBe(0);

      await deadlines.edit(slot, { time: '10:00', timeZone: 'Asia/Almaty' });
      await deadlines.deadline(slot).getByText(/10:00/).waitFor();
      await expect(deadlines.mark(slot, 'done').isChecked()).resolves.toBe(true);
      await look(app, '02', 'marked-and-edited');

      // A hearing at 10:00 Almaty time: a zone that does not exist is refused at its field, in words.
      const hearing = deadlineWords({ origin: 'derived', rule: 'court-hearing', subject: hearingTitle, title: '' }, language).title;
      const timeForm = await deadlines.openTimeForm(hearing);
      await timeForm.field('deadlines:form.time').fill('10:00');
      await timeForm.field('deadlines:form.timeZone').fill('Asia/Almatyy');
      await timeForm.button('deadlines:form.saveChanges').click();
      await timeForm.root!.getByText(app.text('common:validation.timeZone')).waitFor();
      await expect(timeForm.field('deadlines:form.timeZone').getAttribute('aria-invalid')).resolves.toBe('true');
      await look(app, '02a', 'time-zone-refused');
      await deadlines.saveTime(timeForm, hearing, { time: '10:00', timeZone: 'Asia/Almaty' });
      await deadlines.deadline(hearing).getByText(/10:00/).waitFor();

      // The home page lists the done deadline as done, and raises no alarm for it.
      await workspace.openDeadlines();
      const row = app.page.getByRole('row').filter({ hasText: slot });
      await row.getByText(app.text('deadlines:statusDone'), { exact: true }).waitFor();
      await expect(row.getAttribute('class')).resolves.toBeNull();
      await expect(app.page.locator('.urgent-summary').count()).resolves.toBe(0);
      await look(app, '02b', 'home-done');
      await workspace.openCase(client.fullName, caseTitle);

      // The marks are stored: the core has them on a fresh read.
      const stored = (await callCore(app, 'cases.get', { id: matter.id })).deadlines;
      expect(stored.find((deadline) => deadline.eventId === order.id)).toMatchObject({ inFiling: true });
      expect(stored.find((deadline) => deadline.title === slot)).toMatchObject({ done: true, time: '10:00', timeZone: 'Asia/Almaty' });
      expect(stored.find((deadline) => deadline.rule === 'court-hearing')).toMatchObject({ time: '10:00', timeZone: 'Asia/Almaty' });

      // The export view lists the dates the dossier will state, as it will word them.
      const exporting = await casePage.export();
      await exporting.template.selectOption('un-cat-interim-measures');
      await exporting.radio(`exportView:languages.${language}`).check();
      const filing = deadlineWords({ origin: 'derived', rule: 'extradition-order-appeal', subject: orderTitle, title: '' }, language).filing;
      await exporting.filingDates.getByRole('listitem').filter({ hasText: nameStartingWith(filing) }).waitFor();
      await expect(exporting.filingDates.getByRole('listitem').count()).resolves.toBe(1);
      await exporting.filingDates.scrollIntoViewIfNeeded();
      await look(app, '03', 'export-filing-dates');

      const pages = await exporting.showContents();
      const file = path.join(app.dataDir, 'dossier.pdf');
      await exporting.exportTo(file, pages);
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
      const text = stdout.replace(/\s+/g, ' ');
      const template = findTemplate('un-cat-interim-measures')!;
      const heading = template.headings?.interimMeasures?.[language] ?? dossierText[language].sections.interimMeasures;
      const next = template.headings?.applicant?.[language] ?? dossierText[language].sections.applicant;
      const start = text.indexOf(heading, text.indexOf(heading) + 1);
      const section = text.slice(start, text.indexOf(next, start));
      expect(start).toBeGreaterThan(0);
      expect(section).toContain(filing);
      expect(section).not.toContain(slot);
      expect(section).not.toContain('petitions@ohchr.org');
      for (const words of Object.values(deadlineTexts[language])) expect(section).not.toContain(words.consequence.slice(0, 25));
      expect(app.problems).toEqual([]);
    }, 240_000);
  }
});
