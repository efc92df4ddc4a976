// The case fields the forum templates need, edited in the window against the real core, in
// English and Russian: the A-number (asked for once the forum is the US immigration court) and
// the expected removal on the case's profile, a wrong time named at its field, the saved values
// shown as facts; a file marked key in its description and two more in the bulk edit, each with
// the "Key exhibit" badge. Every step is scanned with axe and photographed.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { fixturesDir } from '../support/sample-case';
import { CasePage } from './pages/case-page';
import { exactName, WindowPage } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';
import { callCore } from './support/core-calls';

const client = { fullName: 'Yerlan Toktarov', fullNameNative: 'Ерлан Токтаров', status: 'detained' as const };

async function check(app: AppWindow, label: string): Promise<void> {
  // Fails on any serious or critical violation.
  await scanAccessibility(app.page, label);
  await saveScreenshot(app.page, label);
}

describeInChromium('the filing fields of a case and its key exhibits', () => {
  const e2e = useChromium();

  for (const language of ['en', 'ru'] as const) {
    it(`edits the A-number and the expected removal, and marks key exhibits one by one and together (${language})`, async () => {
      const app = await openWindow(e2e(), { language, unlocked: true });
      const created = await callCore(app, 'clients.create', client);
      const caseTitle = language === 'ru' ? 'Токтаров: иммиграционный суд' : 'Toktarov: immigration court';
      const matter = await callCore(app, 'cases.create', { clientId: created.id, case: { title: caseTitle, forum: 'un_cat' } });

      const workspace = new Workspace(app);
      await workspace.heading('shell:home.title').waitFor();
      await workspace.openCase(client.fullName, caseTitle);
      const casePage = new CasePage(app);
      const panel = await casePage.open('profile');
      const profile = new WindowPage(app, panel.getByRole('region', { name: exactName(app.text('profile:caseHeading')) }));

      // No A-number for a committee case; the US immigration court asks for one.
      await profile.button('profile:editCase').click();
      await expect(profile.field('clients:cases.fields.alienNumber').count()).resolves.toBe(0);
      await profile.field('clients:cases.fields.forum').selectOption('us_immigration_court');
      await profile.field('clients:cases.fields.alienNumber').fill('A 212-345-678');
      await profile.field('clients:cases.fields.removalDate').fill('2026-03-23');
      await profile.field('clients:cases.fields.removalTime').fill('7:15');
      await profile.field('clients:cases.fields.removalPlace').fill(language === 'ru' ? 'Аэропорт Алматы' : 'Almaty International Airport');
      await profile.field('clients:cases.fields.removalDestination').fill('RU');
      await profile.root!.getByText(app.text('clients:printedAs', { name: language === 'ru' ? 'Россия' : 'Russia' })).first().waitFor();
      await profile.field('clients:cases.fields.removalManner').fill(language === 'ru' ? 'Рейсом в Москву под конвоем' : 'Scheduled flight to Moscow under escort');
      // A time not written HH:MM is named at its field, in the window's language, and nothing is saved.
      await profile.button('profile:saveCase').click();
      await profile.root!.getByText(app.text('common:validation.time')).waitFor();
      await profile.field('clients:cases.fields.removalTime').scrollIntoViewIfNeeded();
      await check(app, `filing-fields-case-error-${language}`);
      expect((await callCore(app, 'cases.get', { id: matter.id })).case.removal).toBeUndefined();

      await profile.field('clients:cases.fields.removalTime').fill('07:15');
      await profile.button('profile:saveCase').click();
      await profile.status('profile:caseSaved').waitFor();
      await profile.root!.getByText('A 212-345-678').waitFor();
      await profile.root!.getByText(`${app.text('clients:cases.fields.removalTime')}: 07:15`).waitFor();
      await profile.root!.getByText(`${app.text('clients:cases.fields.removalDestination')}: ${language === 'ru' ? 'Россия' : 'Russia'}`).waitFor();
      await profile.root!.scrollIntoViewIfNeeded();
      await check(app, `filing-fields-case-${language}`);
      const saved = (await callCore(app, 'cases.get', { id: matter.id })).case;
      expect(saved).toMatchObject({ forum: 'us_immigration_court', alienNumber: 'A 212-345-678', removal: { date: '2026-03-23', time: '07:15', destination: 'RU' } });

      // Key exhibits: one ticked in its description, two more together.
      const dir = path.join(app.dataDir, 'files');
      await mkdir(dir);
      await copyFile(path.join(fixturesDir, 'order.pdf'), path.join(dir, 'order.pdf'));
      await writeFile(path.join(dir, 'statement.txt'), 'I was detained on 3 November 2021.\n');
      await writeFile(path.join(dir, 'letter.txt'), 'Dear counsel, the hearing is on Monday.\n');
      const evidence = await casePage.evidence();
      await evidence.addFiles([path.join(dir, 'order.pdf'), path.join(dir, 'statement.txt'), path.join(dir, 'letter.txt')], 3);
      const details = await evidence.select('order');
      const form = evidence.metadataForm(details);
      await form.checkbox('evidence:metadata.key').check();
      await new WindowPage(app, details).status('common:saved').waitFor();
      await evidence.file('order').getByText(app.text('evidence:badges.key')).waitFor();
      await form.checkbox('evidence:metadata.key').scrollIntoViewIfNeeded();
      await check(app, `filing-fields-key-exhibit-${language}`);

      await evidence.toggleChoice('statement');
      await evidence.toggleChoice('letter');
      const bulk = evidence.bulkEdit(2);
      await bulk.field('evidence:metadata.key').selectOption('yes');
      await bulk.root!.scrollIntoViewIfNeeded();
      await check(app, `filing-fields-key-bulk-${language}`);
      await bulk.button('evidence:bulk.apply').click();
      await evidence.status('evidence:bulk.applied', { count: 2 }).waitFor();
      for (const title of ['statement', 'letter']) await evidence.file(title).getByText(app.text('evidence:badges.key')).waitFor();
      const listed = await callCore(app, 'evidence.list', { caseId: matter.id });
      expect(listed.filter((item) => item.key).map((item) => item.title).sort()).toEqual(['letter', 'order', 'statement']);
      expect(app.problems).toEqual([]);
    }, 180_000);
  }
});
