// Many files at once in the evidence library, in English and in Russian, in the built window
// against the real core: a file imported twice is named as a duplicate and skipped, the kind is
// guessed from the name (a "postanovlenie" PDF is a court document), several files are chosen
// with the mouse and the keyboard and given a kind and a language together, and a file is
// removed after a confirmation, a duplicate is added after all with "Add anyway", and two files
// chosen with Shift-click are removed with one confirmation. Every step is scanned with axe and
// photographed.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { fixturesDir } from '../support/sample-case';
import { CasePage } from './pages/case-page';
import { WindowPage } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';
import { callCore } from './support/core-calls';

const client = { fullName: 'Aigerim Sadykova', fullNameNative: 'Әйгерім Садықова' };

async function check(app: AppWindow, label: string): Promise<void> {
  // Fails on any serious or critical violation.
  await scanAccessibility(app.page, label);
  await saveScreenshot(app.page, label);
}

describeInChromium('many files at once in the evidence library', () => {
  const e2e = useChromium();

  for (const language of ['en', 'ru'] as const) {
    it(`skips a duplicate, guesses a court order's kind, edits three files at once, removes one, adds a duplicate anyway and removes two at once (${language})`, async () => {
      const app = await openWindow(e2e(), { language, unlocked: true });
      const created = await callCore(app, 'clients.create', client);
      const caseTitle = language === 'ru' ? 'Садыкова: экстрадиция' : 'Sadykova: extradition';
      const matter = await callCore(app, 'cases.create', { clientId: created.id, case: { title: caseTitle, forum: 'un_cat' } });

      const dir = path.join(app.dataDir, 'files');
      await mkdir(dir);
      const file = (name: string) => path.join(dir, name);
      await copyFile(path.join(fixturesDir, 'order.pdf'), file('postanovlenie_suda.pdf'));
      await writeFile(file('statement-1.txt'), 'I was detained on 3 November 2021.\n');
      await writeFile(file('statement-2.txt'), 'Мой брат видел задержание.\n');
      await writeFile(file('statement-3.txt'), 'Менің інім ұсталғанын көрді.\n');
      await writeFile(file('statement-1 again.txt'), 'I was detained on 3 November 2021.\n');
      await writeFile(file('letter.txt'), 'Dear counsel, the hearing is on Monday.\n');

      const workspace = new Workspace(app);
      await workspace.heading('shell:home.title').waitFor();
      await workspace.openCase(client.fullName, caseTitle);
      const evidence = await new CasePage(app).evidence();

      // Four files in; then the same statement under another name, with one new file.
      await evidence.addFiles([file('postanovlenie_suda.pdf'), file('statement-1.txt'), file('statement-2.txt'), file('statement-3.txt')], 4);
      await evidence.addFiles([file('statement-1 again.txt'), file('letter.txt')], 1);
      const duplicates = evidence.duplicates;
      await duplicates.heading('evidence:duplicates.heading', { count: 1 }).waitFor();
      await duplicates.root!.getByText('statement-1 again.txt').waitFor();
      // "Skip" is the default: it has the focus, so Enter takes it.
      await expect.poll(() => duplicates.button('evidence:duplicates.skip').evaluate((button) => (button as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === button)).toBe(true);
      await check(app, `evidence-duplicates-${language}`);
      await app.page.keyboard.press('Enter');
      await duplicates.root!.waitFor({ state: 'detached' });
      await evidence.count(5).waitFor();

      // The kind was guessed from the name: the PDF "postanovlenie" is a court document, not "other" or a photograph.
      await evidence.file('postanovlenie_suda').getByText(app.text('vocab:evidenceKinds.court_document')).waitFor();

      // Choose three statements: a tick, Space on the keyboard, Ctrl-click.
      const chosen = (count: number) => app.page.getByText(app.text('evidence:choice.chosen', { count }), { exact: false }).first().waitFor();
      await evidence.toggleChoice('statement-1');
      await chosen(1);
      await evidence.file('statement-2').click();
      await app.page.keyboard.press('Space');
      await chosen(2);
      await evidence.file('statement-3').click({ modifiers: ['Control'] });
      await chosen(3);
      const bulk = evidence.bulkEdit(3);
      await bulk.root!.waitFor();
      await bulk.field('evidence:metadata.kind').selectOption('correspondence');
      await bulk.field('evidence:metadata.language').fill('kk');
      await bulk.root!.scrollIntoViewIfNeeded();
      await check(app, `evidence-bulk-edit-${language}`);
      await bulk.button('evidence:bulk.apply').click();
      await evidence.status('evidence:bulk.applied', { count: 3 }).waitFor();
      // The file shown beside the list is one of the three: typing in its description now saves
      // the description, and leaves the kind and language of the bulk change as they are.
      const shownForm = evidence.metadataForm(evidence.details('statement-3'));
      await shownForm.field('evidence:metadata.kind').waitFor();
      await expect(shownForm.field('evidence:metadata.kind').inputValue()).resolves.toBe('correspondence');
      await shownForm.field('evidence:metadata.description').fill('Written by the client to her lawyer.');
      await new WindowPage(app, evidence.details('statement-3')).status('common:saved').waitFor();

      const listed = await callCore(app, 'evidence.list', { caseId: matter.id });
      const byTitle = new Map(listed.map((item) => [item.title, item]));
      for (const title of ['statement-1', 'statement-2', 'statement-3']) {
        expect(byTitle.get(title)).toMatchObject({ kind: 'correspondence', language: 'kk' });
      }
      expect(byTitle.get('letter')!.language).toBeUndefined();
      expect(byTitle.get('postanovlenie_suda')!.kind).toBe('court_document');

      // Remove one file, after saying yes.
      await bulk.button('evidence:bulk.clear').click();
      await evidence.file('letter').click();
      await evidence.button('evidence:remove.accessible', { title: 'letter' }).click();
      const question = new WindowPage(app, app.page.getByRole('group', { name: app.text('evidence:remove.group', { title: 'letter' }) }));
      await question.root!.getByText(app.text('evidence:remove.question', { title: 'letter' })).waitFor();
      await check(app, `evidence-remove-${language}`);
      await question.button('evidence:remove.confirm').click();
      await evidence.status('evidence:bulk.removed', { count: 1 }).waitFor();
      await evidence.count(4).waitFor();
      expect((await callCore(app, 'evidence.list', { caseId: matter.id })).map((item) => item.title)).not.toContain('letter');

      // A duplicate the lawyer does want twice: "Add anyway" imports it again.
      await evidence.addFiles([file('statement-1 again.txt')], 0);
      await evidence.duplicates.button('evidence:duplicates.addAnyway').click();
      await evidence.status('evidence:import.added', { count: 1 }).waitFor();
      await evidence.duplicates.root!.waitFor({ state: 'detached' });
      await evidence.count(5).waitFor();
      // Both copies say so in the list.
      for (const title of ['statement-1 again', 'statement-1']) {
        await evidence.file(title).first().getByText(app.text('evidence:badges.sameContent')).waitFor();
      }
      await check(app, `evidence-same-content-${language}`);

      // Two files at once: a click, then a Shift-click on the next row chooses both; one confirmation removes them.
      await evidence.file('statement-2').click();
      await evidence.file('statement-3').click({ modifiers: ['Shift'] });
      const pair = evidence.bulkEdit(2);
      await pair.button('evidence:bulk.remove', { count: 2 }).click();
      await pair.button('evidence:bulk.removeConfirm').click();
      await evidence.status('evidence:bulk.removed', { count: 2 }).waitFor();
      await evidence.count(3).waitFor();
      const left = await callCore(app, 'evidence.list', { caseId: matter.id });
      expect(left.map((item) => item.title).sort()).toEqual(['postanovlenie_suda', 'statement-1', 'statement-1 again']);
      expect(app.problems).toEqual([]);
    });
  }
});
