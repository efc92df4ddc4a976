// A communication to the UN Committee against Torture through the window, in English and in
// Russian: the client form names the country a typed code will print as; the case dialog asks
// for the State party only for a committee forum and names it too; the persecution tab takes the
// other international procedures; the exported dossier's cover names the State party as a
// country, and its sections include the other procedures and the page the complainant and
// counsel sign. axe and a screenshot at each view.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dossierText } from '../../src/core/dossier/dossier-text';
import type { InterfaceLanguage } from '../../src/shared/contract';
import { CasePage } from './pages/case-page';
import { ClientsPage } from './pages/clients-page';
import { exactName } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';

const run = promisify(execFile);

async function look(app: AppWindow, step: string, name: string): Promise<void> {
  const label = `committee-${app.language}-${step}-${name}`;
  await scanAccessibility(app.page, label);
  await saveScreenshot(app.page, label);
}

/** The text of some pages of a PDF, as pdftotext reads it, white space collapsed. */
async function pdfText(file: string, first?: number, last?: number): Promise<string> {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...range, file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

async function committeeCase(app: AppWindow): Promise<void> {
  const ru = app.language === 'ru';
  const kazakhstan = ru ? 'Казахстан' : 'Kazakhstan';
  const t = dossierText[app.language];
  const workspace = new Workspace(app);
  await workspace.heading('shell:home.title').waitFor();
  await workspace.openClients();
  const clients = new ClientsPage(app);
  const newClient = await clients.fillNewClient({
    fullName: 'Yerlan Toktarov',
    fullNameNative: 'Ерлан Токтаров',
    dateOfBirth: '1991-04-17',
    placeOfBirth: 'Sol-Iletsk',
    citizenships: 'RU',
    languages: 'ru, kk',
    status: 'detained',
    document: { kind: ru ? 'Паспорт' : 'Passport', number: '75 4821936', expires: '2030-07-29' },
  });
  // Under the citizenship, the name the code will print as.
  await newClient.root!.getByText(app.text('clients:printedAs', { name: ru ? 'Россия' : 'Russia' })).waitFor();
  await look(app, '00', 'new-client');
  const clientPage = await newClient.submit();

  // The case dialog: no State party for an embassy case; for the committee it appears, and a
  // code typed in lower case is named as the dossier will print it.
  const dialog = await clientPage.fillNewCase({
    title: ru ? 'Токтаров: временные меры против выдачи' : 'Toktarov: interim measures against extradition',
    forum: 'embassy_humanitarian_visa',
    destination: '',
    reference: 'TK-2026-03',
    responsibleLawyer: 'Dana Seitkali',
  });
  await expect(dialog.field('clients:cases.fields.stateParty').count()).resolves.toBe(0);
  await dialog.field('clients:cases.fields.forum').selectOption('un_cat');
  const stateParty = dialog.field('clients:cases.fields.stateParty');
  await stateParty.fill('kz');
  await dialog.root!.getByText(app.text('clients:printedAs', { name: kazakhstan })).waitFor();
  // The hint, with the name, is what a screen reader hears with the field.
  await expect(stateParty.getAttribute('aria-describedby')).resolves.toBeTruthy();
  await look(app, '01', 'new-committee-case');
  await dialog.submit();

  const casePage = new CasePage(app);
  const profile = app.page.getByRole('region', { name: exactName(app.text('profile:caseHeading')) });
  await profile.getByText(exactName(kazakhstan)).waitFor();
  await profile.scrollIntoViewIfNeeded();
  await look(app, '02', 'case-profile');

  // The other international procedures, saved as typed.
  const otherProcedures = ru
    ? 'Это же дело не рассматривалось и не рассматривается в порядке другой процедуры международного разбирательства.'
    : 'The same matter has not been and is not being examined under another procedure of international investigation or settlement.';
  const persecution = await casePage.persecution();
  await persecution.fillOtherProcedures(otherProcedures);
  await persecution.saved();
  await look(app, '03', 'persecution');

  // The dossier in the window's language: read back from the PDF.
  const exporting = await casePage.export();
  await expect.poll(() => exporting.template.inputValue()).toBe('un-cat-interim-measures');
  await exporting.radio(`exportView:languages.${app.language}`).check();
  const pages = await exporting.showContents();
  expect(pages).toBeGreaterThan(3);
  const file = path.join(app.dataDir, ru ? 'Токтаров КПП.pdf' : 'Toktarov CAT.pdf');
  await exporting.exportTo(file, pages);
  await look(app, '04', 'exported');

  const cover = await pdfText(file, 1);
  expect(cover).toContain(`${t.forum} ${t.forums.un_cat}`);
  expect(cover).toContain(`${t.stateParty} ${kazakhstan}`);
  expect(cover).not.toMatch(/\b(KZ|kz)\b/);
  const whole = await pdfText(file);
  expect(whole).toContain(t.sections.otherProcedures);
  expect(whole).toContain(otherProcedures);
  expect(whole).toContain(t.authorisation.consent('Yerlan Toktarov', 'Dana Seitkali'));
  expect(whole).toContain(`${t.fields.citizenships} ${ru ? 'Россия' : 'Russia'}`);
  // The page to sign comes after the exhibit index and before the closing manifest.
  const signing = whole.lastIndexOf(t.authorisation.consent('Yerlan Toktarov', 'Dana Seitkali'));
  expect(signing).toBeGreaterThan(whole.lastIndexOf(t.sections.exhibitIndex));
  expect(signing).toBeLessThan(whole.lastIndexOf(t.manifest));
}

describeInChromium('a UN committee case through the window', () => {
  const e2e = useChromium();
  for (const language of ['en', 'ru'] as const satisfies readonly InterfaceLanguage[]) {
    describe(language === 'en' ? 'English' : 'Russian', () => {
      it('asks for the State party, takes the other procedures, and prints both with the signature page', async () => {
        const app = await openWindow(e2e(), { language, unlocked: true });
        await committeeCase(app);
        expect(app.problems).toEqual([]);
      }, 180_000);
    });
  }
});
