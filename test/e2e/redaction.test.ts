// Redaction through the window, in English and Russian, on the demo case: a profile made (a
// second one refused under the same name, then made, renamed and deleted), a term added from the
// case's suggestions by keyboard, an applicant's field withheld, a box drawn on a PDF page with
// the mouse and another with the keyboard only (Enter, arrows, Shift+arrows, a reason key, Enter),
// a third removed with Delete, one on a photo; all of it stored as the profile (boxes as
// fractions of the page).
// The export view's chooser then exports the same case without and with the profile: the
// mother's name is on a typeset page of the first and nowhere in the second. Then an exhibit with
// a box is removed (the box is dropped from the profile and said), and the profile is deleted and
// made again (the chooser says so and holds the export back until None or a profile is chosen).
// axe and a screenshot at each screen.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { demoCase } from '../../src/demo/demo-case';
import type { RedactionProfile } from '../../src/shared/redaction';
import { CasePage } from './pages/case-page';
import type { RedactionSection } from './pages/case/redaction-section';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility, scanAndPhotographView } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { callCore } from './support/core-calls';
import { seedDemoCase } from './support/demo-seed';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';

const run = promisify(execFile);

async function look(app: AppWindow, step: string, name: string): Promise<void> {
  const label = `redaction-${app.language}-${step}-${name}`;
  await scanAccessibility(app.page, label);
  await saveScreenshot(app.page, label);
}

/** The whole tab, the window made as tall as it for the picture. */
async function lookAtAll(app: AppWindow, step: string, name: string): Promise<void> {
  await scanAndPhotographView(app.page, `redaction-${app.language}-${step}-${name}`);
}

const names = {
  en: { profile: 'Embassy', other: 'Host-country court', renamed: 'Host-country court (appeal)' },
  ru: { profile: 'Посольство', other: 'Суд страны пребывания', renamed: 'Суд страны пребывания (апелляция)' },
} as const;

/** The mother, whom the demo's applicant section names among the family. */
const mother = demoCase.client.family?.find((member) => member.relation === 'mother')?.name ?? '';

/** A box as stored, each side to within a pixel or two of a drawn page. */
const near = (value: number) => expect.closeTo(value, 2);

async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout;
}

async function redactThroughTheWindow(app: AppWindow): Promise<void> {
  const language = app.language === 'ru' ? 'ru' : 'en';
  const words = names[language];
  const demo = await seedDemoCase(app, ['arrest-ruling', 'picket-photo']);
  const ruling = demo.titles.get('arrest-ruling')!;
  const rulingId = demo.evidenceIds.get('arrest-ruling')!;
  const stored = async (): Promise<RedactionProfile[]> => callCore(app, 'redaction.list', { caseId: demo.caseId });
  const workspace = new Workspace(app);
  await workspace.heading('shell:home.title').waitFor();
  await workspace.openCase(demo.clientName, demo.caseTitle);
  const casePage = new CasePage(app);

  // No profile yet; one made by typing its name and Enter is shown at once.
  const tab: RedactionSection = await casePage.redaction();
  await tab.heading('redaction:heading').waitFor();
  await tab.said('redaction:profiles.none');
  await look(app, '01', 'no-profiles');
  await tab.createProfile(words.profile);
  await expect.poll(async () => (await stored()).map((profile) => profile.name)).toEqual([words.profile]);

  // A second profile of the same name (capitals aside) is refused in words, the name kept typed.
  await tab.field('redaction:profiles.newName').fill(words.profile.toUpperCase());
  await tab.button('redaction:profiles.create').click();
  await tab.said('redaction:profiles.nameTaken', { name: words.profile.toUpperCase() });
  await expect(tab.field('redaction:profiles.newName').inputValue()).resolves.toBe(words.profile.toUpperCase());
  // Another name is made, renamed and deleted.
  await tab.createProfile(words.other);
  await tab.button('redaction:profiles.renameNamed', { name: words.other }).click();
  await tab.field('redaction:profiles.name').fill(words.renamed);
  await tab.field('redaction:profiles.name').press('Enter');
  await tab.heading('redaction:profiles.editing', { name: words.renamed }).waitFor();
  await expect.poll(async () => (await stored()).map((profile) => profile.name).sort()).toEqual([words.profile, words.renamed].sort());
  await tab.button('redaction:profiles.deleteNamed', { name: words.renamed }).click();
  await tab.button('redaction:profiles.deleteConfirm').click();
  await expect.poll(async () => (await stored()).map((profile) => profile.name)).toEqual([words.profile]);
  await tab.profile(words.profile).click();
  await tab.heading('redaction:profiles.editing', { name: words.profile }).waitFor();

  // The mother's name, suggested by the case, added from the keyboard.
  await tab.suggestion(mother).focus();
  await app.page.keyboard.press('Enter');
  await expect.poll(() => tab.terms.count()).toBe(1);
  await expect(tab.terms.first().innerText()).resolves.toContain(mother);
  await expect(tab.suggestion(mother).count()).resolves.toBe(0);
  // The keyboard stays in the suggestions, on the one that took its place.
  await expect.poll(() => app.page.evaluate("document.activeElement?.closest('.rd-suggestions') !== null")).toBe(true);
  // The applicant's contacts withheld whole.
  await tab.withheldField('contacts').check();
  await tab.saved();
  await expect
    .poll(async () => {
      const [profile] = await stored();
      return [profile?.terms, profile?.withheldFields];
    })
    .toEqual([[{ text: mother, reason: 'third_party' }], ['contacts']]);

  // A box drawn on page 1 of the ruling with the mouse, for a third party.
  await tab.chooseExhibit(ruling);
  const surface = tab.surface(1, ruling);
  await surface.waitFor();
  await expect.poll(async () => (await tab.picture(1, ruling).boundingBox())?.height ?? 0).toBeGreaterThan(100);
  await tab.drag(1, ruling, { x: 0.1, y: 0.1 }, { x: 0.5, y: 0.25 });
  await expect.poll(() => tab.boxes.count()).toBe(1);
  await expect(tab.boxList.first().innerText()).resolves.toContain(app.text('redaction:regions.box', { n: 1 }));

  // Another by keyboard only: Enter starts it in the middle, the arrows move it, Shift+arrows
  // make it taller, 2 gives it the address reason, Enter keeps it.
  await surface.focus();
  await app.page.keyboard.press('Enter');
  await app.page.getByTestId('redaction-draft').waitFor();
  for (let step = 0; step < 3; step += 1) await app.page.keyboard.press('ArrowRight');
  for (let step = 0; step < 2; step += 1) await app.page.keyboard.press('Shift+ArrowDown');
  await app.page.keyboard.press('2');
  await expect(tab.reason.inputValue()).resolves.toBe('address');
  await look(app, '02', 'box-by-keyboard');
  await app.page.keyboard.press('Enter');
  await expect.poll(() => tab.boxes.count()).toBe(2);
  await expect(tab.status('redaction:regions.kept', { n: 2, reason: tab.reasonLabel('address') }).count()).resolves.toBe(1);
  // A third, kept and then removed with Delete on its own box.
  await app.page.keyboard.press('n');
  await app.page.keyboard.press('Enter');
  await expect.poll(() => tab.boxes.count()).toBe(3);
  await tab.boxes.nth(2).focus();
  await app.page.keyboard.press('Delete');
  await expect.poll(() => tab.boxes.count()).toBe(2);
  await expect(tab.boxList.count()).resolves.toBe(2);
  await tab.saved();
  await expect
    .poll(async () => (await stored())[0]?.regions)
    .toEqual([
      { evidenceId: rulingId, page: 1, x: near(0.1), y: near(0.1), width: near(0.4), height: near(0.15), reason: 'third_party' },
      { evidenceId: rulingId, page: 1, x: near(0.38), y: near(0.45), width: near(0.3), height: near(0.12), reason: 'address' },
    ]);
  await surface.scrollIntoViewIfNeeded();
  await lookAtAll(app, '03', 'boxes');
  // Page 2 typed: its page has none of page 1's boxes.
  await tab.field('redaction:regions.goTo').fill('2');
  await tab.field('redaction:regions.goTo').press('Enter');
  await tab.surface(2, ruling).waitFor();
  await tab.said('redaction:regions.none');
  await expect(tab.boxes.count()).resolves.toBe(0);
  // On a photo (the core's upright preview), a box by keyboard at the reason chosen beside it.
  const photo = demo.titles.get('picket-photo')!;
  await tab.chooseExhibit(photo);
  await tab.reason.selectOption('source_protection');
  await tab.picture(1, photo).waitFor();
  await tab.surface(1, photo).focus();
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.press('Shift+ArrowLeft');
  await app.page.keyboard.press('Enter');
  await expect.poll(() => tab.boxes.count()).toBe(1);
  await tab.said('redaction:regions.elsewhere', { count: 2 });
  await tab.saved();
  await expect
    .poll(async () => (await stored())[0]?.regions[2])
    .toEqual({ evidenceId: demo.evidenceIds.get('picket-photo'), page: 1, x: near(0.35), y: near(0.45), width: near(0.29), height: near(0.1), reason: 'source_protection' });
  await look(app, '03', 'box-on-photo');

  // The export view: without a profile the mother's name is on a typeset page; under the profile
  // it is nowhere in the dossier.
  const exporting = await casePage.export();
  const chooser = exporting.field('redaction:chooser.label');
  await expect(chooser.inputValue()).resolves.toBe('');
  const plain = path.join(app.dataDir, 'plain.pdf');
  await exporting.exportTo(plain, await exporting.showContents());
  expect(await pdfText(plain)).toContain(mother);
  await chooser.selectOption({ label: words.profile });
  const redacted = path.join(app.dataDir, 'redacted.pdf');
  // The contents shown for no profile are marked out of date, then shown again for this one.
  const stale = casePage.panel('export').getByText(app.text('exportView:contents.stale'));
  await stale.waitFor();
  await exporting.button('exportView:contents.show').click();
  const planRefused = exporting.contentsSection.getByRole('alert');
  await expect.poll(async () => (await stale.count()) + (await planRefused.count()), { timeout: 60_000 }).toBe(0);
  const pages = await exporting.showContents();
  await lookAtAll(app, '04', 'export-under-profile');
  await exporting.startExport(redacted);
  // A redacted export draws its boxed pages again and checks the file after writing it: longer.
  const run = casePage.panel('export').getByRole('region', { name: app.text('exportView:run.heading') });
  const [ready = ''] = app.text('exportView:run.done', { count: pages, size: '\u0000' }).split('\u0000');
  const refusal = run.getByRole('alert');
  const done = run.getByRole('status').filter({ hasText: ready });
  await done.or(refusal).first().waitFor({ timeout: 240_000 });
  if ((await refusal.count()) > 0) throw new Error(`The redacted export failed: ${await refusal.innerText()}`);
  const text = await pdfText(redacted);
  expect(text.length).toBeGreaterThan(0);
  expect(text).not.toContain(mother);
  await look(app, '05', 'exported-under-profile');

  // The photo removed in the Evidence tab while the profile is open: its box is dropped from the
  // profile, said in words, and the profile's next change is saved (not refused for naming it).
  const evidence = await casePage.evidence();
  await evidence.select(photo);
  await evidence.button('evidence:remove.accessible', { title: photo }).click();
  await app.page.getByRole('group', { name: app.text('evidence:remove.group', { title: photo }) }).getByRole('button', { name: app.text('evidence:remove.confirm') }).click();
  await evidence.status('evidence:bulk.removed', { count: 1 }).waitFor();
  const again = await casePage.redaction();
  await again.status('redaction:profiles.goneBoxes', { count: 1 }).waitFor();
  await again.withheldField('family').check();
  await again.saved();
  await expect
    .poll(async () => {
      const [profile] = await stored();
      return [profile?.regions.map((region) => region.evidenceId), [...(profile?.withheldFields ?? [])].sort()];
    })
    .toEqual([[rulingId, rulingId], ['contacts', 'family']]);
  await again.status('redaction:profiles.goneBoxes', { count: 1 }).scrollIntoViewIfNeeded();
  await look(app, '06', 'removed-exhibit-dropped');

  // The profile deleted and made again under its name (the CLI, another window): the export view
  // says the chosen one is gone, beside the chooser, and holds the export back until a choice.
  const [chosen] = await stored();
  await callCore(app, 'redaction.remove', { caseId: demo.caseId, id: chosen!.id });
  await callCore(app, 'redaction.save', { caseId: demo.caseId, profile: { name: words.profile } });
  const back = await casePage.export();
  const lost = back.status('redaction:chooser.lost', { name: words.profile });
  await lost.waitFor();
  await expect(casePage.panel('export').getByText(app.text('redaction:chooser.lost', { name: words.profile })).first().isVisible()).resolves.toBe(true);
  await expect(back.field('redaction:chooser.label').getAttribute('aria-invalid')).resolves.toBe('true');
  const exportButton = back.button('exportView:run.export');
  await expect(exportButton.isDisabled()).resolves.toBe(true);
  await back.field('redaction:chooser.label').scrollIntoViewIfNeeded();
  await look(app, '07', 'chosen-profile-gone');
  // None chosen on purpose: the words go and the export may go out.
  await back.field('redaction:chooser.label').selectOption({ label: app.text('redaction:chooser.none') });
  await expect.poll(() => lost.count()).toBe(0);
  await expect(back.field('redaction:chooser.label').inputValue()).resolves.toBe('');
  await expect(exportButton.isDisabled()).resolves.toBe(false);
}

describeInChromium('redaction profiles through the window', () => {
  const e2e = useChromium();
  for (const language of ['en', 'ru'] as const) {
    describe(language === 'en' ? 'English' : 'Russian', () => {
      it('makes a profile, adds a suggested term, withholds a field, draws boxes by mouse and keyboard, and exports under it', async () => {
        const app = await openWindow(e2e(), { language, unlocked: true });
        await redactThroughTheWindow(app);
        expect(app.problems).toEqual([]);
      }, 300_000);
    });
  }
});
