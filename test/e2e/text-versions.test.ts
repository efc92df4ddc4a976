// What the lawyer writes, in several languages, through the window in English and in Russian: a
// case says the language its texts are typed in (the case form) and gets versions in another
// beside the text as typed, in the evidence description, the event form and the persecution view
// (opened from the keyboard, each field named with its language); they are saved, and a dossier
// in the other language prints them (read back with pdftotext). axe and a screenshot at each view.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CasePage } from './pages/case-page';
import { PreflightPanel } from './pages/case/preflight-panel';
import { TextVersionsPanel } from './pages/case/text-versions-panel';
import { exactName, nameContaining, WindowPage } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { callCore } from './support/core-calls';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';
import { fixturesDir } from '../support/sample-case';

const run = promisify(execFile);

async function look(app: AppWindow, step: string, name: string): Promise<void> {
  const label = `text-versions-${app.language}-${step}-${name}`;
  await scanAccessibility(app.page, label);
  await saveScreenshot(app.page, label);
}

/** The case typed in the window's language; the versions are in the other of English and Russian. */
const texts = {
  en: {
    caseTitle: 'Toktarov: humanitarian visa',
    eventTitle: 'Detained at a document check',
    eventVersion: 'Задержан при проверке документов',
    photoTitle: 'Photograph of the picket',
    photoVersion: 'Фотография пикета',
    statement: 'I was detained in Almaty on the Russian wanted notice.',
    statementVersion: 'Меня задержали в Алматы по российской ориентировке.',
  },
  ru: {
    caseTitle: 'Токтаров: гуманитарная виза',
    eventTitle: 'Задержан при проверке документов',
    eventVersion: 'Detained at a document check',
    photoTitle: 'Фотография пикета',
    photoVersion: 'Photograph of the picket',
    statement: 'Меня задержали в Алматы по российской ориентировке.',
    statementVersion: 'I was detained in Almaty on the Russian wanted notice.',
  },
} as const;

async function textVersions(app: AppWindow): Promise<void> {
  const written = app.language === 'ru' ? 'ru' : 'en';
  const other = written === 'ru' ? 'en' : 'ru';
  const words = texts[written];
  const client = await callCore(app, 'clients.create', { fullName: 'Yerlan Toktarov', fullNameNative: 'Ерлан Токтаров' });
  const matter = await callCore(app, 'cases.create', { clientId: client.id, case: { title: words.caseTitle, forum: 'embassy_humanitarian_visa', destination: 'DE', reference: 'TK-2026-03', textLanguage: written } });
  await callCore(app, 'persecution.save', { caseId: matter.id, profile: { narrative: words.statement } });

  const workspace = new Workspace(app);
  await workspace.heading('shell:home.title').waitFor();
  await workspace.openCase(client.fullName, words.caseTitle);
  const casePage = new CasePage(app);

  // The case says which language its texts are typed in, and its form offers the three.
  const profile = new WindowPage(app, app.page.getByRole('region', { name: exactName(app.text('profile:caseHeading')) }));
  await profile.root!.getByText(exactName(app.text(`textVersions:languageNames.${written}`))).waitFor();
  await profile.button('profile:editCase').click();
  const textLanguage = profile.field('textVersions:textLanguage');
  await expect(textLanguage.inputValue()).resolves.toBe(written);
  await expect(textLanguage.locator('option').allTextContents()).resolves.toEqual([
    app.text('textVersions:textLanguageGuessed'),
    ...(['en', 'ru', 'fr'] as const).map((language) => app.text(`textVersions:languageNames.${language}`)),
  ]);
  await textLanguage.scrollIntoViewIfNeeded();
  await look(app, '00', 'case-form');
  await profile.button('common:cancel').click();

  // A file's description, with its title's version.
  const evidence = await casePage.evidence();
  await evidence.addFiles([path.join(fixturesDir, 'picket.png')], 1);
  await evidence.describe('picket', { title: words.photoTitle, kind: 'photo' });
  const details = await evidence.select(words.photoTitle);
  const evidenceVersions = new TextVersionsPanel(app, evidence.metadataForm(details).root!);
  await evidenceVersions.open();
  await evidenceVersions.version('evidence:metadata.title', other).fill(words.photoVersion);
  await evidenceVersions.version('evidence:metadata.title', other).scrollIntoViewIfNeeded();
  await new WindowPage(app, details).status('common:saved').waitFor();
  await look(app, '01', 'evidence-metadata');

  // An event, and its version in the other language beside the title as typed.
  const timeline = await casePage.timeline();
  const form = await timeline.fillNewEvent({ date: '2025-10-07', precision: 'day', type: 'arrest', status: 'confirmed', title: words.eventTitle, place: 'Almaty', description: '', evidence: [words.photoTitle] });
  const eventVersions = new TextVersionsPanel(app, form.root!);
  await expect(eventVersions.toggle.getAttribute('aria-expanded')).resolves.toBe('false');
  await eventVersions.open();
  await expect(eventVersions.toggle.getAttribute('aria-expanded')).resolves.toBe('true');
  // The text as typed shows beside the versions; French is offered too.
  await form.root!.getByRole('group', { name: exactName(app.text('textVersions:toggle')) }).getByText(words.eventTitle, { exact: true }).waitFor();
  await expect(eventVersions.version('timeline:form.title', 'fr').count()).resolves.toBe(1);
  await eventVersions.version('timeline:form.title', other).fill(words.eventVersion);
  await look(app, '02', 'event-form');
  await form.submit();

  // The statement's version, under the statement.
  const persecution = await casePage.persecution();
  const statementSection = app.page.getByRole('region', { name: exactName(app.text('persecution:narrativeHeading')) });
  const statementVersions = new TextVersionsPanel(app, statementSection);
  // Named after its section, apart from the profile's other blocks of versions.
  await expect(statementVersions.toggle.getAttribute('aria-expanded')).resolves.toBe('false');
  await expect(statementSection.getByRole('button', { name: nameContaining(app.text('persecution:narrativeHeading')) }).count()).resolves.toBe(1);
  await statementVersions.open();
  await statementVersions.version('persecution:narrative', other).fill(words.statementVersion);
  await persecution.saved();
  await statementVersions.version('persecution:narrative', other).scrollIntoViewIfNeeded();
  await look(app, '03', 'persecution-statement');

  // Saved with the records.
  await expect
    .poll(async () => {
      const detail = await callCore(app, 'cases.get', { id: matter.id });
      return [detail.events[0]?.versions?.[other]?.title, detail.evidence[0]?.versions?.[other]?.title, detail.persecution?.versions?.[other]?.narrative];
    })
    .toEqual([words.eventVersion, words.photoVersion, words.statementVersion]);

  // A dossier in the other language prints the versions.
  const exporting = await casePage.export();
  await exporting.radio(`exportView:languages.${other}`).check();
  const pages = await exporting.showContents();
  const file = path.join(app.dataDir, `versions-${other}.pdf`);
  await exporting.exportTo(file, pages);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  const printed = stdout.replace(/\s+/g, ' ');
  for (const version of [words.eventVersion, words.photoVersion, words.statementVersion]) expect(printed).toContain(version);
  for (const typed of [words.eventTitle, words.photoTitle, words.statement]) expect(printed).not.toContain(typed);

  // In French nothing has a version: the pre-flight warns of each text, with the place of the
  // version to write (its data-field), which the table offers even closed and opens when sent there.
  await casePage.export();
  await exporting.radio('exportView:languages.fr').check();
  const preflight = new PreflightPanel(app, casePage.panel('export'));
  await preflight.check();
  const missing = preflight.group('warn').locator('li[data-code="text.no-version"]');
  await expect.poll(() => missing.count()).toBe(3);
  await look(app, '04', 'preflight-warnings');
  await casePage.persecution();
  await statementVersions.toggle.click();
  await expect(statementVersions.toggle.getAttribute('aria-expanded')).resolves.toBe('false');
  // As the pre-flight's link does (PreflightPanel's focusField).
  await app.page.locator('#case-panel-persecution [data-field="versions.fr.narrative"]').focus();
  await expect.poll(() => statementVersions.toggle.getAttribute('aria-expanded')).toBe('true');
  // A string, not a function: the test files are typed without the DOM.
  const focused = "[document.activeElement?.tagName, document.activeElement?.getAttribute('data-field'), document.activeElement?.getAttribute('lang'), document.activeElement?.id]";
  await expect.poll(() => app.page.evaluate(focused)).toEqual(['TEXTAREA', 'versions.fr.narrative', 'fr', await statementVersions.version('persecution:narrative', 'fr').getAttribute('id')]);
}

describeInChromium('texts in several languages through the window', () => {
  const e2e = useChromium();
  for (const language of ['en', 'ru'] as const) {
    describe(language === 'en' ? 'English' : 'Russian', () => {
      it('edits the versions beside the text as typed, saves them, and a dossier in the other language prints them', async () => {
        const app = await openWindow(e2e(), { language, unlocked: true });
        await textVersions(app);
        expect(app.problems).toEqual([]);
      }, 240_000);
    });
  }
});
