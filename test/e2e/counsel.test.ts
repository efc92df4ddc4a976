// Counsel through the window, in English and Russian (issue 15): Settings' Counsel section, a
// refused form named at its field, counsel added with an address and an EOIR ID; the EOIR
// pre-flight's counsel warnings, whose link opens the case's choice of counsel with the keyboard
// in it; that counsel chosen and shown on the profile, the warnings gone; then the section says
// which case names them and offers no removal (one named nowhere is removed). Each checked by what
// the core then holds; axe and a screenshot at each view.
import { expect, it } from 'vitest';
import { PreflightPanel } from './pages/case/preflight-panel';
import { CasePage } from './pages/case-page';
import { exactName, WindowPage } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { scanAndPhotographView } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { callCore } from './support/core-calls';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';

const counsel = { name: 'Rosa Alvarez', firm: 'Hudson Refugee Law Project', address: '12 Pine Street, Suite 400\nNewark, NJ 07102', phone: '+1 973 555 0142', eoirId: 'AB123456' };

async function look(app: AppWindow, step: string, name: string): Promise<void> {
  await scanAndPhotographView(app.page, `counsel-${app.language}-${step}-${name}`);
}

async function counselJourney(app: AppWindow): Promise<void> {
  const client = await callCore(app, 'clients.create', { fullName: 'Yerlan Toktarov', fullNameNative: 'Ерлан Токтаров' });
  const caseTitle = 'Toktarov: immigration court';
  const matter = await callCore(app, 'cases.create', { clientId: client.id, case: { title: caseTitle, forum: 'us_immigration_court', responsibleLawyer: 'R. Alvarez' } });

  const workspace = new Workspace(app);
  await workspace.heading('shell:home.title').waitFor();
  await workspace.openSettings();
  const section = new WindowPage(app, app.page.getByRole('region', { name: exactName(app.text('counsel:title')) }));
  await section.root!.getByText(exactName(app.text('counsel:empty'))).waitFor();

  // A form without a name is refused at its field, in the window's language.
  await section.button('counsel:add').click();
  const form = new WindowPage(app, app.page.getByRole('form', { name: exactName(app.text('counsel:newHeading')) }));
  await form.field('counsel:phone').fill(counsel.phone);
  await form.button('counsel:save').click();
  await form.root!.getByText(exactName(app.text('counsel:nameRequired'))).waitFor();
  await look(app, '01', 'form-refused');

  for (const field of ['name', 'firm', 'address', 'eoirId'] as const) await form.field(`counsel:${field}`).fill(counsel[field]);
  await form.button('counsel:save').click();
  await section.status('counsel:saved', { name: counsel.name }).waitFor();
  await section.button('counsel:add').click();
  await new WindowPage(app, app.page.getByRole('form', { name: exactName(app.text('counsel:newHeading')) })).field('counsel:name').fill('Nobody Named');
  await app.page.keyboard.press('Enter');
  await section.status('counsel:saved', { name: 'Nobody Named' }).waitFor();
  await section.root!.scrollIntoViewIfNeeded();
  await look(app, '02', 'list');
  const records = await callCore(app, 'counsel.list', undefined);
  const rosa = records.find((record) => record.name === counsel.name)!;
  expect(rosa).toMatchObject({ firm: counsel.firm, address: ['12 Pine Street, Suite 400', 'Newark, NJ 07102'], phone: counsel.phone, eoirId: counsel.eoirId });

  // One named nowhere is removed, after the question.
  await section.button('counsel:removeLabel', { name: 'Nobody Named' }).click();
  await section.button('counsel:removeConfirm').click();
  await section.status('counsel:removed', { name: 'Nobody Named' }).waitFor();
  expect((await callCore(app, 'counsel.list', undefined)).map((record) => record.name)).toEqual([counsel.name]);

  // The EOIR pre-flight warns that the cover would leave counsel's address and EOIR ID blank;
  // its link opens the case's fields with the keyboard in the choice of counsel.
  await workspace.openCase(client.fullName, caseTitle);
  const casePage = new CasePage(app);
  await casePage.export();
  const preflight = new PreflightPanel(app, casePage.panel('export'));
  await preflight.check();
  const noAddress = preflight.finding('counsel.no-address', app.text('preflight:codes.counsel.no-address'));
  await noAddress.waitFor();
  await expect(preflight.finding('counsel.no-eoir-id').count()).resolves.toBe(1);
  await noAddress.scrollIntoViewIfNeeded();
  await look(app, '03', 'preflight-warning');
  await preflight.fixLink(noAddress, 'case').click();
  await casePage.panel('profile').waitFor({ state: 'visible' });
  await expect.poll(() => app.page.evaluate("document.activeElement?.getAttribute('data-field') ?? null")).toBe('counselId');

  // The case's counsel, chosen in its fields.
  const panel = casePage.panel('profile');
  const profile = new WindowPage(app, panel.getByRole('region', { name: exactName(app.text('profile:caseHeading')) }));
  await profile.field('counsel:chooser.label').selectOption({ label: `${counsel.name}, ${counsel.firm}` });
  await profile.field('counsel:chooser.label').scrollIntoViewIfNeeded();
  await look(app, '04', 'case-chooser');
  await profile.button('profile:saveCase').click();
  await profile.status('profile:caseSaved').waitFor();
  await profile.root!.getByText(`${counsel.name}, ${counsel.firm}`).waitFor();
  await look(app, '05', 'case-counsel');
  const detail = await callCore(app, 'cases.get', { id: matter.id });
  // With counsel's address and EOIR ID held, the check no longer warns of them.
  expect((await callCore(app, 'dossier.check', { caseId: matter.id, language: 'en' })).findings.filter((finding) => finding.code.startsWith('counsel.'))).toEqual([]);
  expect(detail.case.counselId).toBe(rosa.id);
  expect(detail.case.responsibleLawyer).toBe('R. Alvarez');
  expect(detail.counsel?.eoirId).toBe(counsel.eoirId);

  // Back in Settings: the case names them, so no removal is offered.
  await workspace.openSettings();
  await section.root!.getByText(app.text('counsel:uses', { count: 1 })).waitFor();
  await expect(section.button('counsel:removeLabel', { name: counsel.name }).count()).resolves.toBe(0);
  await section.root!.scrollIntoViewIfNeeded();
  await look(app, '06', 'list-named');
}

describeInChromium('counsel through the window', () => {
  const e2e = useChromium();
  for (const language of ['en', 'ru'] as const) {
    it(`adds counsel in Settings, names them as a case's counsel, and says which case names them (${language})`, async () => {
      const app = await openWindow(e2e(), { language, unlocked: true });
      await counselJourney(app);
      expect(app.problems).toEqual([]);
    }, 240_000);
  }
});
