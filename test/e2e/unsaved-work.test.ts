// Nothing typed is lost, in the built window in Debian's Chromium against the real core, in
// English and in Russian: a file's description typed and then left at once (a click on another
// file, the arrow keys in the list, another tab, the Lock shortcut) is in the vault; a draft the
// schema refuses (an empty title) stays on screen with its problem; a new client's form, the
// new-case dialog and a new event's form ask before what was typed is thrown away. And: the preview pages through a four-page PDF, the timeline band
// zooms to months so four events of one month stand apart, unlocking comes back to the case and
// tab that were open, and the client's name in the reader's script comes first.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { expect, it } from 'vitest';
import type { InterfaceLanguage } from '../../src/shared/contract';
import { PASSPHRASE } from '../support/sample-case';
import { CasePage } from './pages/case-page';
import { ClientPage, ClientsPage } from './pages/clients-page';
import { VaultGate } from './pages/vault-gate';
import { exactName, WindowPage } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { scanAndPhotographView } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';
import { callCore } from './support/core-calls';

const VIEWPORT = { width: 1280, height: 800 };
const client = { fullName: 'Yerlan Toktarov', fullNameNative: 'Ерлан Токтаров' };
const caseTitle = 'Toktarov: interim measures';
const files = { first: 'witness-note-first', second: 'witness-note-second', order: 'four-page-order' };
/** Four events in November 2021, with the case's first and last events years apart. */
const november = ['2021-11-03', '2021-11-10', '2021-11-17', '2021-11-24'];

/** A four-page PDF, each page saying which it is. */
async function fourPagePdf(file: string): Promise<void> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= 4; page++) pdf.addPage([595, 842]).drawText(`Court order, page ${page} of 4`, { x: 60, y: 760, size: 28, font });
  await writeFile(file, await pdf.save());
}

async function seed(app: AppWindow): Promise<string> {
  const created = await callCore(app, 'clients.create', client);
  const record = await callCore(app, 'cases.create', { clientId: created.id, case: { title: caseTitle, forum: 'un_cat' } });
  const paths = [path.join(app.dataDir, `${files.first}.txt`), path.join(app.dataDir, `${files.second}.txt`), path.join(app.dataDir, `${files.order}.pdf`)];
  await writeFile(paths[0]!, 'What the neighbour saw on 3 November 2021.\n');
  await writeFile(paths[1]!, 'What the cellmate saw.\n');
  await fourPagePdf(paths[2]!);
  const { imported } = await callCore(app, 'evidence.import', { caseId: record.id, files: paths, jobId: 'seed-unsaved-work' });
  // A deadline in ten days, so the home page lists the client.
  const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  await callCore(app, 'deadlines.create', { caseId: record.id, deadline: { title: 'File the communication', due } });
  expect(imported).toHaveLength(3);
  for (const [index, date] of ['2019-05-06', ...november, '2022-02-14'].entries()) {
    await callCore(app, 'events.create', { caseId: record.id, event: { date, precision: 'day', type: 'arrest', title: `Event ${index + 1}`, status: 'confirmed' } });
  }
  return record.id;
}

async function descriptionOf(app: AppWindow, caseId: string, title: string): Promise<string | undefined> {
  const items = await callCore(app, 'evidence.list', { caseId });
  return items.find((item) => item.title === title)?.description;
}

/** No serious accessibility violation, and a picture of the whole view (as tall as its scrolled content). */
async function look(app: AppWindow, name: string): Promise<void> {
  await scanAndPhotographView(app.page, `unsaved-work-${app.language}-${name}`);
}

async function walkThrough(app: AppWindow, caseId: string): Promise<void> {
  const ru = app.language === 'ru';
  const workspace = new Workspace(app);
  const gate = new VaultGate(app);
  await workspace.heading('shell:home.title').waitFor();

  const question = app.page.getByRole('dialog', { name: exactName(app.text('common:unsaved.title')) });
  const answer = (key: 'keepEditing' | 'discard') => new WindowPage(app, question).button(`common:unsaved.${key}`).click();

  // A new client's form, typed in and left for another page: asked first; discarding goes on.
  await workspace.openClients();
  await new ClientsPage(app).button('clients:list.newClient').first().click();
  const clientForm = new WindowPage(app, app.page.getByRole('form', { name: exactName(app.text('clients:form.createTitle')) }));
  await clientForm.field('clients:fields.fullName').fill('Aliya Nurlanovna');
  await workspace.navigationEntry('shell:nav.deadlines').click();
  await question.waitFor();
  await answer('discard');
  await workspace.heading('shell:home.title').waitFor();

  // The home deadlines name the client in the reader's script first, the other name after it.
  const [first, second] = ru ? [client.fullNameNative, client.fullName] : [client.fullName, client.fullNameNative];
  const deadlineRow = workspace.main.getByRole('row').filter({ hasText: 'File the communication' });
  await expect(deadlineRow.innerText()).resolves.toContain(`${first} (${second})`);
  // So does a search hit for the client.
  const results = await workspace.search('Токтаров', client.fullName);
  await expect(results.getByRole('option').locator('.search-hit__title').first().innerText()).resolves.toBe(`${first} (${second})`);
  await app.page.keyboard.press('Escape');
  await results.waitFor({ state: 'detached' });

  // Names: the one in the reader's script first, in the list and as the client page's heading.
  await workspace.openClients();
  const row = new ClientsPage(app).row(client.fullName);
  await expect(row.innerText()).resolves.toMatch(new RegExp(`^\\s*${first}\\s+${second}`));
  await row.click();
  await expect(app.page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(first);

  // The new-case dialog closed by Escape with a title typed: asked first, kept on "Keep editing".
  await new ClientPage(app).button('clients:cases.newCase').first().click();
  const caseDialog = app.page.getByRole('dialog', { name: exactName(app.text('clients:cases.createTitle')) });
  const newCaseTitle = new WindowPage(app, caseDialog).field('clients:cases.fields.title');
  await newCaseTitle.fill('Appeal against extradition');
  await app.page.keyboard.press('Escape');
  await question.waitFor();
  await answer('keepEditing');
  await expect(newCaseTitle.inputValue()).resolves.toBe('Appeal against extradition');
  await app.page.keyboard.press('Escape');
  await question.waitFor();
  await answer('discard');
  await expect.poll(() => caseDialog.count()).toBe(0);
  await new ClientPage(app).openCase(caseTitle);
  const casePage = new CasePage(app);
  await expect(casePage.clientNames.innerText()).resolves.toMatch(new RegExp(`^${first}`));

  // A description typed, then another file clicked at once: saved, and there on coming back.
  const evidence = await casePage.evidence();
  let details = await evidence.select(files.first);
  let form = evidence.metadataForm(details);
  const byMouse = ru ? 'Соседка видела задержание из окна.' : 'The neighbour saw the arrest from her window.';
  await form.field('evidence:metadata.description').fill(byMouse);
  await evidence.file(files.second).click();
  await evidence.details(files.second).waitFor();
  await expect.poll(() => descriptionOf(app, caseId, files.first)).toBe(byMouse);
  details = await evidence.select(files.first);
  form = evidence.metadataForm(details);
  await expect(form.field('evidence:metadata.description').inputValue()).resolves.toBe(byMouse);

  // The same by keyboard: typed, then the arrow keys in the list move to the next file and back.
  const byKeyboard = ru ? 'Сокамерник видел следы побоев.' : 'The cellmate saw the bruises.';
  await form.field('evidence:metadata.description').fill(byKeyboard);
  await evidence.files.focus();
  await app.page.keyboard.press('ArrowDown');
  await expect.poll(() => evidence.details(files.first).count()).toBe(0);
  await expect.poll(() => descriptionOf(app, caseId, files.first)).toBe(byKeyboard);
  await app.page.keyboard.press('ArrowUp');
  details = evidence.details(files.first);
  await details.waitFor();
  form = evidence.metadataForm(details);
  await expect(form.field('evidence:metadata.description').inputValue()).resolves.toBe(byKeyboard);

  // An empty title is not saved and not lost: the draft stays, with its problem, after a look elsewhere.
  const title = form.field('evidence:metadata.title');
  await title.fill('');
  await form.status('common:notSavedInvalid').waitFor();
  await details.getByText(app.text('common:validation.required')).waitFor();
  await evidence.file(files.second).click();
  await evidence.details(files.second).waitFor();
  await evidence.file(files.first).click();
  details = evidence.details(files.first);
  form = evidence.metadataForm(details);
  await expect(form.field('evidence:metadata.title').inputValue()).resolves.toBe('');
  await form.status('common:notSavedInvalid').waitFor();
  await look(app, '01-evidence-title-refused');
  await expect.poll(() => descriptionOf(app, caseId, files.first)).toBe(byKeyboard);
  const renamed = ru ? 'Показания соседки' : "The neighbour's statement";
  await form.field('evidence:metadata.title').fill(renamed);
  await evidence.file(renamed).waitFor();
  details = evidence.details(renamed);
  form = evidence.metadataForm(details);
  await form.status('common:saved').waitFor();
  await look(app, '02-evidence-saved');

  // Typed, then another tab at once: in the vault before the tab shows.
  const beforeTab = `${byKeyboard} ${ru ? 'Подписано.' : 'Signed.'}`;
  await form.field('evidence:metadata.description').fill(beforeTab);
  await casePage.viewTab('timeline').click();
  await expect.poll(() => descriptionOf(app, caseId, renamed)).toBe(beforeTab);

  // The preview pages through the four-page PDF: buttons, then Page Down and End on the page itself.
  const pdfEvidence = await casePage.evidence();
  const order = await pdfEvidence.select(files.order);
  const pager = new WindowPage(app, order);
  await order.getByText(exactName(app.text('evidence:preview.pageOf', { page: 1, count: 4 }))).waitFor();
  await pager.button('evidence:preview.nextPage').click();
  await order.getByText(exactName(app.text('evidence:preview.pageOf', { page: 2, count: 4 }))).waitFor();
  const page = order.getByRole('img', { name: exactName(app.text('evidence:preview.pdfAlt', { page: 2, title: files.order })) });
  await page.focus();
  await app.page.keyboard.press('PageDown');
  await order.getByText(exactName(app.text('evidence:preview.pageOf', { page: 3, count: 4 }))).waitFor();
  await app.page.keyboard.press('End');
  await order.getByText(exactName(app.text('evidence:preview.pageOf', { page: 4, count: 4 }))).waitFor();
  await expect(pager.button('evidence:preview.nextPage').isDisabled()).resolves.toBe(true);
  await app.page.keyboard.press('PageUp');
  await order.getByText(exactName(app.text('evidence:preview.pageOf', { page: 3, count: 4 }))).waitFor();
  await look(app, '03-pdf-page-3-of-4');

  // The band: by years the four November events pile into lanes; by months they stand apart on one line.
  const timeline = await casePage.timeline();
  const novemberMarkers = async () => (await timeline.markers()).filter((marker) => /2021/.test(marker.title) && !/2022|2019/.test(marker.title));
  await expect.poll(async () => (await novemberMarkers()).length).toBe(4);
  expect(new Set((await novemberMarkers()).map((marker) => marker.y)).size).toBeGreaterThan(1);
  // With an event selected, zooming brings it into view.
  await timeline.event('Event 3').click();
  await timeline.zoomButton('months').focus();
  await app.page.keyboard.press('Enter');
  await expect(timeline.zoomButton('months').getAttribute('aria-pressed')).resolves.toBe('true');
  await expect.poll(async () => new Set((await novemberMarkers()).map((marker) => marker.y)).size).toBe(1);
  const xs = (await novemberMarkers()).map((marker) => marker.x).sort((a, b) => a - b);
  for (let index = 1; index < xs.length; index++) expect(xs[index]! - xs[index - 1]!).toBeGreaterThan(11);
  // Wider than the view now: the keyboard scrolls it.
  await expect(timeline.bandScroll.getAttribute('tabindex')).resolves.toBe('0');
  await timeline.bandScroll.focus();
  const scrolled = async () => (await app.page.evaluate(`document.querySelector('.cw-panel:not([hidden]) .cw-band__scroll').scrollLeft`)) as number;
  const before = await scrolled();
  // It is scrolled to the selected November, at the end: the arrow keys take it back in time.
  expect(before).toBeGreaterThan(0);
  for (let step = 0; step < 5; step++) await app.page.keyboard.press('ArrowLeft');
  await expect.poll(scrolled).toBeLessThan(before);
  for (let step = 0; step < 5; step++) await app.page.keyboard.press('ArrowRight');
  await expect.poll(scrolled).toBe(before);
  await look(app, '04-band-months');

  // A new event's form asks before what was typed is thrown away, by mouse (Clients) and by Cancel.
  await timeline.button('timeline:addEvent').first().click();
  const eventForm = new WindowPage(app, timeline.root!.getByRole('form', { name: exactName(app.text('timeline:form.newTitle')) }));
  const eventTitle = ru ? 'Допрос без адвоката' : 'Questioned without a lawyer';
  await eventForm.field('timeline:form.title').fill(eventTitle);
  await workspace.openClients();
  await question.waitFor();
  await look(app, '05-discard-question');
  await answer('keepEditing');
  await question.waitFor({ state: 'detached' });
  await expect(eventForm.field('timeline:form.title').inputValue()).resolves.toBe(eventTitle);
  await eventForm.button('common:cancel').focus();
  await app.page.keyboard.press('Enter');
  await question.waitFor();
  await answer('discard');
  await expect.poll(() => eventForm.root!.count()).toBe(0);

  // Typed, then Ctrl+L at once: saved before the lock; unlocking comes back to this case and tab.
  const beforeLock = `${beforeTab} ${ru ? 'Заверено.' : 'Certified.'}`;
  const lastEvidence = await casePage.evidence();
  const lastDetails = await lastEvidence.select(renamed);
  await lastEvidence.metadataForm(lastDetails).field('evidence:metadata.description').fill(beforeLock);
  await app.page.keyboard.press('Control+L');
  await gate.heading('vault:unlock.title').waitFor();
  await expect.poll(() => app.page.getByText(beforeLock).count()).toBe(0);
  await gate.unlock(PASSPHRASE);
  await casePage.title(caseTitle).waitFor({ timeout: 30_000 });
  await expect(casePage.viewTab('evidence').getAttribute('aria-selected')).resolves.toBe('true');
  await look(app, '06-back-after-unlock');
  const backDetails = await (await casePage.evidence()).select(renamed);
  await expect(lastEvidence.metadataForm(backDetails).field('evidence:metadata.description').inputValue()).resolves.toBe(beforeLock);
}

describeInChromium('nothing typed is lost, and the window comes back where it was', () => {
  const e2e = useChromium();

  for (const language of ['en', 'ru'] as const satisfies readonly InterfaceLanguage[]) {
    it(`keeps every description typed, pages a PDF, zooms the band and returns after the lock, in ${language === 'en' ? 'English' : 'Russian'}`, async () => {
      const app = await openWindow(e2e(), { unlocked: true, language, viewport: VIEWPORT });
      const caseId = await seed(app);
      await walkThrough(app, caseId);
      expect(app.problems).toEqual([]);
    }, 180_000);
  }
});
