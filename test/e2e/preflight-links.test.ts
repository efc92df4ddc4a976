// The pre-flight's links land on the very thing to fix, in English and Russian, against the real
// core: a committee case that lacks its State party and remedies, whose client's passport has
// expired, with an undated file, an event no evidence supports, a missed deadline, a
// translation by a translator whose record has no address, another by no one, and a statement
// read back by someone not recorded as an interpreter. Each kind of link (case field, client
// document, persecution field, evidence, event, a text's version, deadline, translator) is clicked, and the
// keyboard must then be in the right control of the right record (`document.activeElement`).
// axe and a screenshot of the findings and of where the links land (the case's fields, a file's
// date, a deadline, the translator's record, and the translators' page after the fix).
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { InterfaceLanguage } from '../../src/shared/contract';
import { CasePage } from './pages/case-page';
import { PreflightPanel } from './pages/case/preflight-panel';
import { exactName, nameContaining } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { callCore } from './support/core-calls';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';

const client = {
  fullName: 'Aigerim Sadykova',
  fullNameNative: 'Айгерим Садыкова',
  documents: [{ kind: 'passport', number: 'N1234567', issuingState: 'KZ', issued: '2015-04-01', expires: '2025-04-01' }],
};

// Strings, not functions: the test files are typed without the DOM.
const focusedField = "document.activeElement?.getAttribute('data-field') ?? null";
const focusedId = 'document.activeElement?.id ?? null';
const focusedRecord = "document.activeElement?.closest('article')?.getAttribute('aria-labelledby') ?? null";
const focusedOption = "document.activeElement?.getAttribute('aria-activedescendant') ?? null";
const focusedInDialog = "document.activeElement?.closest('dialog[open]') !== null";

async function check(app: AppWindow, label: string): Promise<void> {
  await scanAccessibility(app.page, label);
  await saveScreenshot(app.page, label);
}

describeInChromium('export: the pre-flight links open the very field', () => {
  const e2e = useChromium();

  it.each<InterfaceLanguage>(['en', 'ru'])('%s: each kind of link puts the keyboard in its record and field', async (language) => {
    const app = await openWindow(e2e(), { language, unlocked: true });
    const created = await callCore(app, 'clients.create', client);
    const caseTitle = language === 'ru' ? 'Садыкова: временные меры' : 'Sadykova: interim measures';
    const matter = await callCore(app, 'cases.create', { clientId: created.id, case: { title: caseTitle, forum: 'un_cat', reference: 'CAT-2026-015' } });
    const eventTitle = language === 'ru' ? 'Приказ об экстрадиции' : 'Extradition order';
    const event = await callCore(app, 'events.create', { caseId: matter.id, event: { date: '2026-03-11', type: 'extradition_order', title: eventTitle } });
    const deadline = (await callCore(app, 'cases.get', { id: matter.id })).deadlines.find((candidate) => candidate.eventId === event.id);
    expect(deadline).toBeDefined();

    // A statement with no date, and its translation by a translator whose record lacks an address.
    const dir = path.join(app.dataDir, 'files');
    await mkdir(dir);
    await writeFile(path.join(dir, 'statement.txt'), 'Меня задержали 3 ноября 2021 года.\n');
    await writeFile(path.join(dir, 'statement-en.txt'), 'I was detained on 3 November 2021.\n');
    await writeFile(path.join(dir, 'statement-fr.txt'), 'J’ai été arrêtée le 3 novembre 2021.\n');
    const files = ['statement.txt', 'statement-en.txt', 'statement-fr.txt'].map((name) => path.join(dir, name));
    const { imported } = await callCore(app, 'evidence.import', { caseId: matter.id, files, jobId: randomUUID() });
    const original = imported.find((item) => item.originalName === 'statement.txt')!;
    const translation = imported.find((item) => item.originalName === 'statement-en.txt')!;
    // A second translation, which names no translator.
    const unsigned = imported.find((item) => item.originalName === 'statement-fr.txt')!;
    const translator = await callCore(app, 'translators.create', { name: 'Dana Omarova', roles: ['translator'], languages: ['ru', 'en'] });
    const originalTitle = language === 'ru' ? 'Заявление заявителя' : 'Applicant’s statement';
    await callCore(app, 'evidence.update', { id: original.id, metadata: { title: originalTitle, kind: 'statement', language: 'ru' } });
    await callCore(app, 'evidence.update', {
      id: translation.id,
      metadata: { title: 'Statement (English translation)', kind: 'statement', date: '2026-02-01', language: 'en', translation: { translatorId: translator.id, sourceLanguage: 'ru', targetLanguage: 'en' } },
      translationOfId: original.id,
    });
    await callCore(app, 'evidence.update', {
      id: unsigned.id,
      metadata: { title: 'Déclaration (traduction)', kind: 'statement', date: '2026-02-02', language: 'fr', translation: { sourceLanguage: 'ru', targetLanguage: 'fr' } },
      translationOfId: original.id,
    });
    // The statement was read back by the same person, who is not recorded as an interpreter.
    await callCore(app, 'persecution.save', {
      caseId: matter.id,
      profile: { narrative: 'I was detained on 3 November 2021.', statementInterpretation: { interpreterId: translator.id, language: 'ru' } },
    });

    const workspace = new Workspace(app);
    await workspace.heading('shell:home.title').waitFor();
    await workspace.openCase(client.fullName, caseTitle);
    const casePage = new CasePage(app);
    const exporting = await casePage.export();
    await exporting.template.selectOption('un-cat-interim-measures');
    const preflight = new PreflightPanel(app, casePage.panel('export'));
    await preflight.check();
    await expect.poll(() => preflight.finding('field.state-party').count()).toBe(1);
    // The subject and the message are set apart (a colon between), for every finding that has a subject.
    const undated = preflight.finding('exhibit.no-date');
    await expect.poll(() => undated.innerText()).toContain(`${originalTitle}: ${app.text('preflight:codes.exhibit.no-date')}`);
    await preflight.group('warn').scrollIntoViewIfNeeded();
    await check(app, `preflight-links-findings-${language}`);

    // A case field: the case's edit mode opens with the keyboard in the State party.
    await preflight.fixLink(preflight.finding('field.state-party'), 'case').click();
    await casePage.panel('profile').waitFor({ state: 'visible' });
    await expect.poll(() => app.page.evaluate(focusedField)).toBe('stateParty');
    expect(await casePage.panel('profile').getByRole('button', { name: exactName(app.text('profile:saveCase')) }).count()).toBe(1);
    await check(app, `preflight-links-case-field-${language}`);
    // Another case field while the edit mode is open: the keyboard moves there, the edit mode stays.
    await casePage.export();
    await preflight.fixLink(preflight.finding('field.removal-manner'), 'case').click();
    await expect.poll(() => app.page.evaluate(focusedField)).toBe('removal.manner');

    // The client's expired passport: the client's form opens at that document's expiry.
    await casePage.export();
    await preflight.fixLink(preflight.finding('identity.expired'), 'profile').click();
    await expect.poll(() => app.page.evaluate(focusedField)).toBe('documents.0.expires');
    expect(await app.page.evaluate(focusedInDialog)).toBe(true);
    await app.page.keyboard.press('Escape');
    await app.page.locator('dialog[open]').waitFor({ state: 'detached' });

    // A persecution field.
    await casePage.export();
    await preflight.fixLink(preflight.finding('field.remedies-exhausted'), 'persecution').click();
    await casePage.panel('persecution').waitFor({ state: 'visible' });
    await expect.poll(() => app.page.evaluate(focusedField)).toBe('remediesExhausted');

    // An exhibit's field: the file selected, the keyboard in its date (not back on the list).
    await casePage.export();
    await preflight.fixLink(undated, 'evidence').click();
    await casePage.panel('evidence').waitFor({ state: 'visible' });
    await expect.poll(() => app.page.evaluate(focusedField)).toBe('date');
    expect(await app.page.evaluate(focusedRecord)).toBe(`evidence-heading-${original.id}`);
    await check(app, `preflight-links-evidence-${language}`);

    // A translation that names no translator: its file, the keyboard in its translator's choice.
    await casePage.export();
    await preflight.fixLink(preflight.finding('translation.no-translator'), 'evidence').click();
    await expect.poll(() => app.page.evaluate(focusedField)).toBe('translation.translatorId');
    expect(await app.page.evaluate(focusedRecord)).toBe(`evidence-heading-${unsigned.id}`);

    // The statement's interpreter, on the persecution profile.
    await casePage.export();
    await preflight.fixLink(preflight.finding('interpretation.not-interpreter'), 'persecution').click();
    await expect.poll(() => app.page.evaluate(focusedField)).toBe('statementInterpretation.interpreterId');

    // An event: selected in the timeline's list, which has the keyboard.
    await casePage.export();
    await preflight.fixLink(preflight.finding('event.no-evidence'), 'timeline').click();
    await casePage.panel('timeline').waitFor({ state: 'visible' });
    await expect.poll(() => app.page.evaluate(focusedOption)).toBe(`timeline-event-${event.id}`);

    // A deadline: its entry in view, marked, with the keyboard on it.
    await casePage.export();
    // (The expired passport's own deadline is missed too: the order's appeal is the one clicked.)
    await preflight.fixLink(preflight.finding('deadline.missed', eventTitle), 'deadlines').click();
    await casePage.panel('deadlines').waitFor({ state: 'visible' });
    await expect.poll(() => app.page.evaluate(focusedId)).toBe(`deadline-${deadline!.id}`);
    await check(app, `preflight-links-deadline-${language}`);

    // A text with no French version: named by its form's label, and the link opens the event's
    // form with the keyboard in the French version of its title (the versions' table opened).
    await casePage.export();
    await exporting.radio('exportView:languages.fr').check();
    await preflight.check();
    const untranslated = preflight.finding('text.no-version', eventTitle).filter({ hasText: nameContaining(app.text('timeline:form.title')) });
    await expect.poll(() => untranslated.count()).toBe(1);
    expect(await untranslated.innerText()).toContain(`${eventTitle}: ${language === 'ru' ? '«' : '“'}${app.text('timeline:form.title')}`);
    await preflight.fixLink(untranslated, 'timeline').click();
    await casePage.panel('timeline').waitFor({ state: 'visible' });
    await expect.poll(() => app.page.evaluate(focusedField)).toBe('versions.fr.title');
    expect(await app.page.evaluate('document.activeElement?.tagName')).toBe('INPUT');
    expect(await app.page.evaluate("document.activeElement?.getAttribute('lang')")).toBe('fr');

    // A finding about no one file (an urgent request with no exhibit marked key): the file shown
    // in the evidence view, the keyboard on its "Key exhibit" box.
    await casePage.export();
    await exporting.template.selectOption('urgent-interim-measures');
    await preflight.check();
    await expect.poll(() => preflight.finding('exhibit.no-key').count()).toBe(1);
    await preflight.fixLink(preflight.finding('exhibit.no-key'), 'evidence').click();
    await casePage.panel('evidence').waitFor({ state: 'visible' });
    await expect.poll(() => app.page.evaluate(focusedField)).toBe('key');
    expect(await app.page.evaluate("document.activeElement?.getAttribute('type')")).toBe('checkbox');

    // A translator's record: the EOIR certificate prints an address and a phone. The link opens
    // the translators' page with that record's form, the keyboard in the first field it lacks.
    await casePage.export();
    await exporting.template.selectOption('us-immigration-court');
    await preflight.check();
    const incomplete = preflight.finding('translation.translator-incomplete').first();
    await expect.poll(() => incomplete.count()).toBe(1);
    await preflight.fixLink(incomplete, 'translators').click();
    const form = app.page.getByRole('form', { name: exactName(app.text('translators:editHeading', { name: translator.name })) });
    await form.waitFor();
    await expect.poll(() => app.page.evaluate(focusedField)).toBe('address');
    await check(app, `preflight-links-translator-${language}`);

    // Fixed there, the way back leads to the case's export, where the check no longer lists it.
    await form.getByLabel(exactName(app.text('translators:address'))).fill('12 Abay Avenue, Almaty');
    await form.getByLabel(exactName(app.text('translators:phone'))).fill('+7 727 000 0000');
    await form.getByRole('button', { name: exactName(app.text('translators:save')) }).click();
    await form.waitFor({ state: 'detached' });
    const back = app.page.getByRole('button', { name: exactName(app.text('translators:backToCase')) });
    await back.scrollIntoViewIfNeeded();
    await check(app, `preflight-links-translator-saved-${language}`);
    await back.click();
    await casePage.panel('export').waitFor({ state: 'visible' });
    expect(await casePage.viewTab('export').getAttribute('aria-selected')).toBe('true');
    const again = await casePage.export();
    await again.template.selectOption('us-immigration-court');
    await preflight.check();
    await expect.poll(() => preflight.finding('translation.no-translator').count()).toBe(1);
    expect(await preflight.finding('translation.translator-incomplete').count()).toBe(0);
    expect(app.problems).toEqual([]);
  }, 240_000);
});
