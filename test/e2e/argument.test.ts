// The argument through the window, in English and Russian, on the demo case (a CAT case): the
// element map shows the Convention against Torture's elements with a warning on each that nothing
// supports; linking a fact, an exhibit with its pages and a country report lifts the warnings; an
// argument gets a citation from the picker by keyboard only ("[[", a search, arrow keys, a page,
// Enter), which goes in at the caret, is listed in words under the field and saved as a token of
// the exhibit's id; the export view's citation report lists it and its link leads back to the
// text; Ctrl+K finds the argument and opens the map at it. axe and a screenshot at each screen.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { argumentText } from '../../src/core/dossier/argument-text';
import { demoCase } from '../../src/demo/demo-case';
import { citationsIn } from '../../src/shared/citations';
import { elementsOfBasis, legalElement, type LegalElementKey } from '../../src/shared/legal-elements';
import { CasePage } from './pages/case-page';
import { CitationPickerDialog } from './pages/case/citation-picker';
import { CitationReportPanel } from './pages/case/citation-report';
import { PreflightPanel } from './pages/case/preflight-panel';
import { exactName, WindowPage } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { callCore } from './support/core-calls';
import { seedDemoCase } from './support/demo-seed';
import { BorderGate } from './pages/security-settings';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp-dir';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';

const run = promisify(execFile);
/** What `dossier demo` protects its vault with (src/cli/main.ts). */
const DEMO_PASSPHRASE = 'demo passphrase, fictional data only';

async function look(app: AppWindow, step: string, name: string): Promise<void> {
  const label = `argument-${app.language}-${step}-${name}`;
  await scanAccessibility(app.page, label);
  await saveScreenshot(app.page, label);
}

// A string, not a function: the test files are typed without the DOM.
const focusedField = "[document.activeElement?.tagName, document.activeElement?.getAttribute('data-field'), document.activeElement?.selectionStart, document.activeElement?.value]";

const focusedElement = "[document.activeElement?.tagName, document.activeElement?.getAttribute('data-field'), document.activeElement?.closest('[data-element]')?.getAttribute('data-element')]";

const words = {
  en: { before: 'He was beaten in the pit, as the court’s own record shows ', after: ' and the beating left scars.', searchFor: 'scars', newSource: 'Memorial: the fate of deserters returned to Russia',
    official: { before: 'Russian border guards stamped his exit ', after: ', and border guards are public officials.' },
    event: { date: '2022-02-27', precision: 'day', type: 'protest', status: 'confirmed', title: 'Photographed at the picket', place: 'Orenburg', description: 'A friend photographed him holding the placard ' } },
  ru: { before: 'Его избивали в яме, что видно из материалов суда ', after: ' и оставили шрамы.', searchFor: 'шрамы', newSource: 'Мемориал: судьба дезертиров, выданных России',
    official: { before: 'Российские пограничники поставили отметку о выезде ', after: ', а пограничники — должностные лица.' },
    event: { date: '2022-02-27', precision: 'day', type: 'protest', status: 'confirmed', title: 'Сфотографирован на пикете', place: 'Оренбург', description: 'Подруга сфотографировала его с плакатом ' } },
} as const;

async function argueByElement(app: AppWindow): Promise<void> {
  const language = app.language === 'ru' ? 'ru' : 'en';
  const demo = await seedDemoCase(app, ['picket-photo', 'case-opening', 'arrest-ruling', 'passport']);
  const arrestRuling = demo.titles.get('arrest-ruling')!;
  const caseOpening = demo.titles.get('case-opening')!;
  const picketPhoto = demo.titles.get('picket-photo')!;
  const passport = demo.titles.get('passport')!;
  const storedArgument = async (element: LegalElementKey) => (await callCore(app, 'cases.get', { id: demo.caseId })).elementArguments?.find((entry) => entry.element === element);
  // Two ranges of one file linked to an element, as an import of a CASE.json can link them.
  const caseOpeningId = demo.evidenceIds.get('case-opening')!;
  await callCore(app, 'arguments.save', {
    caseId: demo.caseId,
    argument: { element: 'cat_diplomatic_assurances', exhibits: [{ evidenceId: caseOpeningId, pages: { from: 1, to: 1 } }, { evidenceId: caseOpeningId, pages: { from: 2, to: 2 } }] },
  });
  const workspace = new Workspace(app);
  await workspace.heading('shell:home.title').waitFor();
  await workspace.openCase(demo.clientName, demo.caseTitle);
  const casePage = new CasePage(app);

  // The map: the CAT's test, each element that is not conditional warned of.
  const map = await casePage.argument();
  await map.heading('argument:heading').waitFor();
  const unconditional = elementsOfBasis('cat_art3').filter((element) => !element.conditional);
  await expect.poll(() => map.warnings.count()).toBe(unconditional.length);
  await expect(map.summary.textContent()).resolves.toBe(app.text('argument:unsupportedCount', { count: unconditional.length }));
  await look(app, '01', 'element-map');

  // Unlink takes out the one link it is beside, not both ranges of the file; the card emptied,
  // its stored argument is removed rather than kept empty.
  const assurances = map.element('cat_diplomatic_assurances');
  await expect.poll(() => assurances.linked('exhibits').count()).toBe(2);
  await assurances.unlink('exhibits', 1);
  await expect.poll(() => assurances.linked('exhibits').count()).toBe(1);
  await expect(assurances.linked('exhibits').first().textContent()).resolves.toContain(app.text('citations:words.page', { page: 1 }));
  await expect.poll(async () => (await storedArgument('cat_diplomatic_assurances'))?.exhibits).toEqual([{ evidenceId: caseOpeningId, pages: { from: 1, to: 1 } }]);
  await assurances.unlink('exhibits', 0);
  await expect.poll(() => assurances.linked('exhibits').count()).toBe(0);
  await expect.poll(() => storedArgument('cat_diplomatic_assurances')).toBeUndefined();

  // A fact (from the keyboard) and an exhibit with its page: the element is supported.
  const risk = map.element('cat_personal_risk');
  await risk.linkFact('Held in a pit for three days');
  // The keyboard is back on the button that links another.
  await expect.poll(() => app.page.evaluate('document.activeElement?.textContent')).toBe(app.text('argument:facts.start'));
  await risk.linkExhibit(caseOpening, '1');
  await expect.poll(() => risk.warning.count()).toBe(0);
  await expect(risk.linked('facts').count()).resolves.toBe(1);
  await expect(risk.linked('exhibits').first().textContent()).resolves.toContain(caseOpening);
  await expect.poll(() => map.warnings.count()).toBe(unconditional.length - 1);
  // The general situation rests on a country report of the profile.
  const general = map.element('cat_general_situation');
  const group = new WindowPage(app, general.root!.getByRole('group', { name: app.text('argument:countryInformation.legend') }));
  await group.button('argument:countryInformation.start').click();
  const source = (await group.field('argument:countryInformation.choose').locator('option').allTextContents())[1]!;
  await group.field('argument:countryInformation.choose').selectOption({ label: source });
  await group.button('argument:countryInformation.add').click();
  await expect.poll(() => map.warnings.count()).toBe(unconditional.length - 2);
  // A source added in the persecution profile is offered here next time the map shows.
  const persecution = await casePage.persecution();
  await persecution.button('persecution:countryInformation.add').click();
  const rowName = app.text('persecution:countryInformation.row', { n: (demoCase.persecution?.countryInformation?.length ?? 0) + 1 });
  await new WindowPage(app, persecution.root!.getByRole('group', { name: exactName(rowName) })).field('persecution:countryInformation.title').fill(words[language].newSource);
  await persecution.saved();
  await casePage.argument();
  await group.button('argument:countryInformation.start').click();
  await expect.poll(() => group.field('argument:countryInformation.choose').locator('option').allTextContents()).toContain(words[language].newSource);
  await group.button('common:cancel').click();

  // The argument, and a citation put in by keyboard only at the caret.
  await risk.argument.click();
  await app.page.keyboard.type(words[language].before);
  await app.page.keyboard.type('[[');
  const picker = new CitationPickerDialog(app);
  await picker.dialog.waitFor();
  await expect.poll(() => app.page.evaluate("document.activeElement?.getAttribute('role')")).toBe('combobox');
  await look(app, '02', 'picker-search');
  await picker.chooseByKeyboard('Orenburg', arrestRuling);
  // The ruling is a three-page PDF: three thumbnails drawn by pdf.js.
  await expect.poll(() => picker.thumbnails.count()).toBe(3);
  await app.page.keyboard.type('2');
  await expect(picker.thumbnails.nth(1).getAttribute('aria-pressed')).resolves.toBe('true');
  await look(app, '03', 'picker-pages');
  await app.page.keyboard.press('Enter');
  await picker.dialog.waitFor({ state: 'detached' });
  // The keyboard is back in the argument, just after the citation: typing goes on there.
  const token = `[[cite:${demo.evidenceIds.get('arrest-ruling')} p.2]]`;
  const caret = words[language].before.length + token.length;
  await expect.poll(() => app.page.evaluate(focusedField)).toEqual(['TEXTAREA', 'argument', caret, words[language].before + token]);
  await app.page.keyboard.type(words[language].after);
  const pageWords = app.text('citations:words.page', { page: 2 });
  await expect(risk.citations.allTextContents()).resolves.toEqual([expect.stringContaining(app.text('citations:words.cited', { title: arrestRuling, pages: pageWords }))]);
  await risk.saved();
  await risk.argument.scrollIntoViewIfNeeded();
  await look(app, '04', 'argument-cited');

  // Saved as the exhibit's id and page, never as a label.
  await expect
    .poll(async () => {
      const detail = await callCore(app, 'cases.get', { id: demo.caseId });
      const saved = detail.elementArguments?.find((entry) => entry.element === 'cat_personal_risk');
      return [saved?.argument, citationsIn(saved?.argument), saved?.eventIds.length, saved?.exhibits];
    })
    .toEqual([
      words[language].before + token + words[language].after,
      [{ evidenceId: demo.evidenceIds.get('arrest-ruling'), pages: { from: 2, to: 2 } }],
      1,
      [{ evidenceId: demo.evidenceIds.get('case-opening'), pages: { from: 1, to: 1 } }],
    ]);

  // The public official: a fact, and the exit stamp cited on page 2 of the passport scan, a
  // two-page TIFF whose thumbnail is its first page only.
  const doomed = 'Officers visit his mother and threaten the family';
  const official = map.element('cat_public_official');
  await official.linkFact(doomed);
  await official.argument.click();
  await app.page.keyboard.type(words[language].official.before);
  await app.page.keyboard.type('[[');
  await picker.dialog.waitFor();
  await expect.poll(() => app.page.evaluate("document.activeElement?.getAttribute('role')")).toBe('combobox');
  await picker.chooseByKeyboard('exit stamp', passport);
  await expect.poll(() => picker.thumbnails.count()).toBe(1);
  await picker.dialog.getByText(app.text('citations:picker.imageFirstPage')).waitFor();
  await app.page.keyboard.type('2');
  await look(app, '04', 'picker-tiff-page-2');
  await app.page.keyboard.press('Enter');
  await picker.dialog.waitFor({ state: 'detached' });
  const stampCited = `${words[language].official.before}[[cite:${demo.evidenceIds.get('passport')} p.2]]`;
  await expect.poll(async () => (await storedArgument('cat_public_official'))?.argument).toBe(stampCited);
  // The fact deleted in the timeline: back on the map it is linked no more, and what is typed next
  // is saved (a save still naming the deleted fact would be refused).
  const eventsTab = await casePage.timeline();
  // The list draws only the rows in view: the filter brings the event up.
  await eventsTab.filter.fill(doomed);
  await eventsTab.event(doomed).click();
  const doomedDetails = new WindowPage(app, casePage.panel('timeline').locator('.cw-details'));
  await doomedDetails.button('timeline:details.delete').click();
  await doomedDetails.button('timeline:details.deleteConfirmed').click();
  await expect.poll(() => eventsTab.event(doomed).count()).toBe(0);
  await eventsTab.filter.fill('');
  await casePage.argument();
  await expect.poll(() => official.linked('facts').count()).toBe(0);
  await official.argument.click();
  await app.page.keyboard.press('Control+End');
  await app.page.keyboard.type(words[language].official.after);
  await expect
    .poll(async () => {
      const saved = await storedArgument('cat_public_official');
      return [saved?.argument, saved?.eventIds];
    })
    .toEqual([stampCited + words[language].official.after, []]);
  await expect(official.root!.getByRole('alert').count()).resolves.toBe(0);

  // An event's description cites by mouse: Ctrl+Shift+K, the photo clicked, its one page clicked, "Insert citation".
  const timeline = await casePage.timeline();
  const form = await timeline.fillNewEvent({ ...words[language].event, evidence: [] });
  await form.field('timeline:form.description').focus();
  await app.page.keyboard.press('End');
  await app.page.keyboard.press('Control+Shift+K');
  await picker.dialog.waitFor();
  await picker.options.filter({ hasText: picketPhoto }).click();
  await expect.poll(() => picker.thumbnails.count()).toBe(1);
  await picker.thumbnails.first().click();
  await look(app, '05', 'picker-image');
  await picker.dialog.getByRole('button', { name: app.text('citations:picker.insert') }).click();
  await picker.dialog.waitFor({ state: 'detached' });
  await form.root!.getByRole('listitem').filter({ hasText: app.text('citations:words.cited', { title: picketPhoto, pages: app.text('citations:words.page', { page: 1 }) }) }).waitFor();
  await form.submit();
  // Read, the description says the citation in words, never its token.
  const details = casePage.panel('timeline').locator('.cw-details');
  await details.getByText(`(${app.text('citations:words.cited', { title: picketPhoto, pages: app.text('citations:words.page', { page: 1 }) })})`).waitFor();
  await expect(details.innerText()).resolves.not.toContain('[[cite:');
  await expect
    .poll(async () => (await callCore(app, 'cases.get', { id: demo.caseId })).events.find((event) => event.title === words[language].event.title)?.description)
    .toBe(`${words[language].event.description}[[cite:${demo.evidenceIds.get('picket-photo')} p.1]]`);

  // The export view's report lists it, where it lands, and leads back to the text.
  const exporting = await casePage.export();
  const report = CitationReportPanel.in(exporting);
  await report.list();
  const entry = report.entries.filter({ hasText: arrestRuling });
  await expect(entry.count()).resolves.toBe(1);
  await expect(entry.textContent()).resolves.toContain(app.text('citations:report.places.argument', { element: legalElement('cat_personal_risk').label[language] }));
  await expect(report.broken.count()).resolves.toBe(0);
  // Moved up, the exhibit lands elsewhere and the citation follows it; left out, the citation is broken.
  const landed = await report.lands(entry).innerText();
  await exporting.moveUp(arrestRuling);
  await report.relist();
  await expect.poll(() => report.lands(entry).innerText()).not.toBe(landed);
  await expect(report.broken.count()).resolves.toBe(0);
  await exporting.exhibit(arrestRuling).uncheck();
  await report.relist();
  await expect.poll(() => report.broken.count()).toBe(1);
  await expect(report.lands(entry).innerText()).resolves.toContain(app.text('citations:report.problems.excluded'));
  await entry.scrollIntoViewIfNeeded();
  await look(app, '06', 'citation-report-broken');
  await exporting.exhibit(arrestRuling).check();
  await report.relist();
  await expect.poll(() => report.broken.count()).toBe(0);
  // Left out, an exhibit the element rests on blocks the pre-flight, whose link opens that element's exhibits.
  await exporting.exhibit(caseOpening).uncheck();
  const preflight = new PreflightPanel(app, casePage.panel('export'));
  await preflight.check();
  await preflight.fixLink(preflight.finding('citation.excluded', caseOpening), 'argument').click();
  await casePage.panel('argument').waitFor({ state: 'visible' });
  await expect.poll(() => app.page.evaluate(focusedElement)).toEqual(['FIELDSET', 'exhibits', 'cat_personal_risk']);
  await casePage.export();
  await exporting.exhibit(caseOpening).check();
  await entry.scrollIntoViewIfNeeded();
  await look(app, '06', 'citation-report');
  // The table of facts by element, asked for, is in the dossier (English: the case's first language).
  await exporting.checkbox('argument:factsByElement.label').check();
  const file = path.join(app.dataDir, 'facts-by-element.pdf');
  await exporting.exportTo(file, await exporting.showContents());
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  expect(stdout).toContain(argumentText.en.factsByElement.heading);
  await report.open(entry).click();
  await casePage.panel('argument').waitFor({ state: 'visible' });
  await expect.poll(() => app.page.evaluate(focusedElement)).toEqual([
    'TEXTAREA',
    'argument',
    'cat_personal_risk',
  ]);

  // Ctrl+K finds the argument by its words, and its hit opens the map at the element's argument.
  await casePage.open('profile');
  const label = legalElement('cat_personal_risk').label[language];
  const results = await workspace.search(words[language].searchFor, label);
  await workspace.openSearchResult(results, label);
  await casePage.panel('argument').waitFor({ state: 'visible' });
  await expect.poll(() => app.page.evaluate(focusedElement)).toEqual(['TEXTAREA', 'argument', 'cat_personal_risk']);
}

/** The demo as `dossier demo` writes it, opened in the window: its argument fills the map. */
async function demoArgument(app: AppWindow): Promise<void> {
  const dir = path.join(await tempDir('dossier-e2e-demo-'), 'demo');
  const made = await runCli(['demo', dir]);
  expect(made.code, made.stderr).toBe(0);
  await new BorderGate(app).openExistingVault(path.join(dir, 'vault'), DEMO_PASSPHRASE);
  const workspace = new Workspace(app);
  await workspace.heading('shell:home.title').waitFor({ timeout: 60_000 });
  await workspace.openCase(demoCase.client.fullName, demoCase.case.title);
  const map = await new CasePage(app).argument();
  // Every element of the CAT's test argued and supported: no warning.
  const risk = map.element('cat_personal_risk');
  await expect.poll(() => risk.citations.count()).toBeGreaterThan(0);
  await expect(map.warnings.count()).resolves.toBe(0);
  await expect(map.summary.textContent()).resolves.toBe(app.text('argument:allSupported'));
  // Its citations, imported from CASE.json's keys, read as the exhibits' titles and pages.
  const caseOpening = demoCase.evidence?.find((entry) => entry.key === 'case-opening')?.title ?? '';
  await expect(risk.citations.first().textContent()).resolves.toContain(app.text('citations:words.cited', { title: caseOpening, pages: app.text('citations:words.page', { page: 1 }) }));
  await risk.argument.scrollIntoViewIfNeeded();
  await look(app, '08', 'demo-element-map');
}

describeInChromium('the argument element by element, with citations, through the window', () => {
  const e2e = useChromium();
  for (const language of ['en', 'ru'] as const) {
    describe(language === 'en' ? 'English' : 'Russian', () => {
      it('maps the elements, links support, cites a page with the picker by keyboard and lists it in the citation report', async () => {
        const app = await openWindow(e2e(), { language, unlocked: true });
        await argueByElement(app);
        expect(app.problems).toEqual([]);
      }, 300_000);

      it('shows the demo’s argument, as the demo command writes it, with its citations in words and no warning', async () => {
        const app = await openWindow(e2e(), { language });
        await demoArgument(app);
        expect(app.problems).toEqual([]);
      }, 300_000);
    });
  }
});
