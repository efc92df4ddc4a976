// The export view's choice of how disputed events print, in English and in Russian, through the
// built window against the real core: the select shows the template's default and how many
// events are disputed, the lawyer picks another choice from the keyboard, and the exported
// dossier (read back with pdftotext) follows it. axe and a screenshot of the view.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { dossierText } from '../../src/core/dossier/dossier-text';
import { CasePage } from './pages/case-page';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium } from './support/fixtures';
import { callCore } from './support/core-calls';

const run = promisify(execFile);

describeInChromium('export options: disputed events', () => {
  const e2e = useChromium();

  // English leaves the disputed event out; Russian prints it without a mark.
  const runs = [
    { language: 'en', choice: 'omit' },
    { language: 'ru', choice: 'include' },
  ] as const;

  for (const { language, choice } of runs) {
    it(`prints disputed events as chosen in the export view (${language}: ${choice})`, async () => {
      const ru = language === 'ru';
      const app = await openWindow(e2e(), { language, unlocked: true });
      const client = await callCore(app, 'clients.create', { fullName: 'Yerlan Toktarov', fullNameNative: 'Ерлан Токтаров' });
      const caseTitle = ru ? 'Токтаров: временные меры' : 'Toktarov: interim measures';
      const matter = await callCore(app, 'cases.create', { clientId: client.id, case: { title: caseTitle, forum: 'un_cat', reference: 'TK-2026-03' } });
      const confirmedTitle = ru ? 'Задержание на проверке документов' : 'Detained at a document check';
      const disputedTitle = ru ? 'Рапорт о несданной винтовке' : 'Report of a rifle not handed in';
      await callCore(app, 'events.create', { caseId: matter.id, event: { date: '2025-10-07', type: 'arrest', title: confirmedTitle } });
      await callCore(app, 'events.create', { caseId: matter.id, event: { date: '2023-04-21', type: 'other', title: disputedTitle, status: 'disputed' } });

      const workspace = new Workspace(app);
      await workspace.heading('shell:home.title').waitFor();
      await workspace.openCase(client.fullName, caseTitle);
      const exporting = await new CasePage(app).export();
      await exporting.template.selectOption('un-cat-interim-measures');
      await exporting.radio(`exportView:languages.${language}`).check();

      // The CAT template's default is the neutral mark; the hint says so and counts the disputed event.
      const select = exporting.disputedEvents;
      await expect(select.inputValue()).resolves.toBe('mark');
      const describedBy = ((await select.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
      const description = (await Promise.all(describedBy.map((id) => app.page.locator(`[id="${id}"]`).textContent()))).join(' ');
      expect(description).toContain(app.text('exportView:disputed.count', { count: 1 }));
      expect(description).toContain(app.text('exportView:disputed.templateDefault', { choice: app.text('exportView:disputed.choices.mark') }));

      // Chosen from the keyboard: the options run omit, mark, include; the arrow keys move from mark.
      await select.focus();
      await app.page.keyboard.press(choice === 'omit' ? 'ArrowUp' : 'ArrowDown');
      await expect(select.inputValue()).resolves.toBe(choice);
      await expect(select.locator('option:checked').textContent()).resolves.toBe(app.text(`exportView:disputed.choices.${choice}`));
      await select.scrollIntoViewIfNeeded();
      const label = `export-options-${language}-${choice}`;
      await scanAccessibility(app.page, label);
      await saveScreenshot(app.page, label);

      const pages = await exporting.showContents();
      const file = path.join(app.dataDir, 'dossier.pdf');
      await exporting.exportTo(file, pages);
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
      const text = stdout.replace(/\s+/g, ' ');
      expect(text).toContain(confirmedTitle);
      const mark = `(${dossierText[language].chronology.disputed})`;
      if (choice === 'omit') expect(text).not.toContain(disputedTitle);
      else {
        expect(text).toContain(disputedTitle);
        expect(text).not.toContain(mark);
      }
      expect(app.problems).toEqual([]);
    }, 240_000);
  }
});
