// Translators and interpreters through the window, in English and in Russian (issue 15): the
// Translators page reached from the main menu by keyboard, a translator and an interpreter added
// there, a translation's translator, languages and excerpt chosen in the evidence form, the
// statement's interpreter under the personal statement; each checked by what the core then
// holds, and the page then says where each person is named and offers no removal for them (one
// named nowhere is removed). axe and a screenshot at each view.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/sample-case';
import { CasePage } from './pages/case-page';
import { exactName, WindowPage } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { scanAndPhotographView } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { callCore } from './support/core-calls';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';

const translator = { name: 'Sarah Milner', languages: 'ru, en', address: '14 Albion Street, Leeds', phone: '+44 113 496 0731', qualifications: 'MCIL' };
const interpreter = { name: 'Aliya Nurpeisova', languages: 'kk, ru, en' };

async function look(app: AppWindow, step: string, name: string): Promise<void> {
  await scanAndPhotographView(app.page, `translators-${app.language}-${step}-${name}`);
}

/** The Translators page's form: fills what is given, submits with Enter, waits for "saved". */
async function addPerson(app: AppWindow, person: Record<string, string>, roles: { translator: boolean; interpreter: boolean }): Promise<void> {
  const page = new WindowPage(app, app.page.getByRole('main'));
  await page.button('translators:add').click();
  const form = new WindowPage(app, app.page.getByRole('form', { name: exactName(app.text('translators:newHeading')) }));
  for (const [field, value] of Object.entries(person)) await form.field(`translators:${field}`).fill(value);
  for (const role of ['translator', 'interpreter'] as const) await form.checkbox(`translators:roleNames.${role}`).setChecked(roles[role]);
  await form.field('translators:name').press('Enter');
  await page.status('translators:saved', { name: person.name! }).waitFor();
}

async function translators(app: AppWindow): Promise<void> {
  const client = await callCore(app, 'clients.create', { fullName: 'Yerlan Toktarov', fullNameNative: 'Ерлан Токтаров' });
  const matter = await callCore(app, 'cases.create', { clientId: client.id, case: { title: 'Toktarov: interim measures', forum: 'un_cat', reference: 'TK-2026-03' } });
  await callCore(app, 'persecution.save', { caseId: matter.id, profile: { narrative: 'I was detained in Almaty on the Russian wanted notice.' } });

  // The Translators page from the main menu, by keyboard.
  const workspace = new Workspace(app);
  await workspace.heading('shell:home.title').waitFor();
  await workspace.navigationEntry('shell:nav.translators').focus();
  await app.page.keyboard.press('Enter');
  await workspace.heading('translators:title').waitFor();
  await app.page.getByText(exactName(app.text('translators:empty'))).waitFor();

  // A refused form says what is missing in the window's language, at its field.
  await workspace.button('translators:add').click();
  const form = new WindowPage(app, app.page.getByRole('form', { name: exactName(app.text('translators:newHeading')) }));
  await form.field('translators:languages').fill('Kazakh!');
  await form.button('translators:save').click();
  await form.root!.getByText(exactName(app.text('translators:nameRequired'))).waitFor();
  await form.root!.getByText(exactName(app.text('translators:languagesInvalid'))).waitFor();
  await look(app, '01', 'form-refused');
  await form.button('translators:cancel').click();

  await addPerson(app, translator, { translator: true, interpreter: false });
  await addPerson(app, interpreter, { translator: false, interpreter: true });
  await addPerson(app, { name: 'Nobody Named' }, { translator: true, interpreter: false });
  await look(app, '02', 'list');

  // One named nowhere is removed, after the question.
  await workspace.button('translators:removeLabel', { name: 'Nobody Named' }).click();
  await workspace.button('translators:removeConfirm').click();
  await workspace.status('translators:removed', { name: 'Nobody Named' }).waitFor();
  expect((await callCore(app, 'translators.list', undefined)).map((record) => record.name).sort()).toEqual([interpreter.name, translator.name].sort());

  // A translation: its original, then its translator, languages and excerpt.
  await workspace.openCase(client.fullName, 'Toktarov: interim measures');
  const casePage = new CasePage(app);
  const evidence = await casePage.evidence();
  const translationFile = path.join(app.dataDir, 'order-en.txt');
  await writeFile(translationFile, 'Extradition order (English translation).\n');
  await evidence.addFiles([path.join(fixturesDir, 'order.pdf'), translationFile], 2);
  const details = await evidence.select('order-en');
  const metadata = evidence.metadataForm(details);
  await metadata.field('evidence:metadata.translationOf').selectOption({ label: 'order' });
  await metadata.field('translators:translation.translator').selectOption({ label: translator.name });
  await metadata.field('translators:translation.sourceLanguage').fill('ru');
  await metadata.field('translators:translation.targetLanguage').fill('en');
  await metadata.radio('translators:translation.excerpt').check();
  await metadata.field('translators:translation.to').fill('2');
  await metadata.field('translators:translation.to').scrollIntoViewIfNeeded();
  await new WindowPage(app, details).status('common:saved').waitFor();
  await look(app, '03', 'evidence-translation');
  await expect
    .poll(async () => (await callCore(app, 'evidence.list', { caseId: matter.id })).find((item) => item.title === 'order-en')?.translation)
    .toEqual({ translatorId: expect.any(String), sourceLanguage: 'ru', targetLanguage: 'en', excerpt: { from: 1, to: 2 } });

  // The statement's interpreter, under the statement.
  const persecution = await casePage.persecution();
  const statement = new WindowPage(app, app.page.getByRole('region', { name: exactName(app.text('persecution:narrativeHeading')) }));
  await statement.checkbox('translators:interpretation.readBack').check();
  await statement.field('translators:interpretation.interpreter').selectOption({ label: interpreter.name });
  await statement.field('translators:interpretation.language').fill('kk');
  await statement.field('translators:interpretation.date').fill('2026-03-14');
  await persecution.saved();
  await statement.field('translators:interpretation.date').scrollIntoViewIfNeeded();
  await look(app, '04', 'statement-interpreter');
  const records = await callCore(app, 'translators.list', undefined);
  const idOf = (name: string) => records.find((record) => record.name === name)!.id;
  await expect.poll(async () => (await callCore(app, 'persecution.get', { caseId: matter.id }))?.statementInterpretation).toEqual({
    interpreterId: idOf(interpreter.name),
    language: 'kk',
    date: '2026-03-14',
  });
  expect((await callCore(app, 'evidence.list', { caseId: matter.id })).find((item) => item.title === 'order-en')?.translation?.translatorId).toBe(idOf(translator.name));

  // Back on the page: each says where they are named, and neither can be removed.
  await workspace.navigationEntry('shell:nav.translators').click();
  await workspace.heading('translators:title').waitFor();
  const main = app.page.getByRole('main');
  await main.getByText(app.text('translators:uses', { count: 1 })).first().waitFor();
  await expect(main.getByText(app.text('translators:uses', { count: 1 })).count()).resolves.toBe(2);
  await expect(workspace.button('translators:removeLabel', { name: translator.name }).count()).resolves.toBe(0);
  await main.getByText('“order-en”', { exact: false }).waitFor();
  await look(app, '05', 'list-named');
}

describeInChromium('translators and interpreters through the window', () => {
  const e2e = useChromium();
  for (const language of ['en', 'ru'] as const) {
    describe(language === 'en' ? 'English' : 'Russian', () => {
      it('adds translators and interpreters, names them on a translation and the statement, and says where each is named', async () => {
        const app = await openWindow(e2e(), { language, unlocked: true });
        await translators(app);
        expect(app.problems).toEqual([]);
      }, 240_000);
    });
  }
});
