// The pre-flight in the export view, in English and Russian, against the real core: a committee
// case with no State party, no remedies and no removal, and an event no evidence supports. The
// check lists them under "Blocks the export" and "Look at this" in the window's words; a
// finding's link opens the tab where it is fixed (the event selected in the timeline); Export
// then asks to confirm, "Go back" writes nothing, "Export anyway" exports with the override said
// on the wire. axe and a screenshot of the findings and of the confirm step.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { expect, it } from 'vitest';
import type { InterfaceLanguage } from '../../src/shared/contract';
import { CasePage } from './pages/case-page';
import { PreflightPanel } from './pages/case/preflight-panel';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { callCore } from './support/core-calls';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';

const client = { fullName: 'Aigerim Sadykova', fullNameNative: 'Айгерим Садыкова' };

/** What the window sent the core for dossier.export, each call in order, read off the test transport's wire. */
function watchExports(app: AppWindow): Array<Record<string, unknown>> {
  const sent: Array<Record<string, unknown>> = [];
  app.page.on('request', (request: Request) => {
    if (request.method() !== 'POST' || decodeURIComponent(new URL(request.url()).pathname) !== '/api/dossier.export') return;
    const body = JSON.parse(request.postData() ?? '{}') as { args?: Array<Record<string, unknown>> };
    sent.push(body.args?.[0] ?? {});
  });
  return sent;
}

describeInChromium('export: the pre-flight check', () => {
  const e2e = useChromium();

  it.each<InterfaceLanguage>(['en', 'ru'])('%s: lists what blocks and warns, links each to its place, and asks before an override', async (language) => {
    const app = await openWindow(e2e(), { language, unlocked: true });
    const created = await callCore(app, 'clients.create', client);
    const caseTitle = language === 'ru' ? 'Садыкова: временные меры' : 'Sadykova: interim measures';
    const matter = await callCore(app, 'cases.create', { clientId: created.id, case: { title: caseTitle, forum: 'un_cat', reference: 'CAT-2026-015' } });
    const eventTitle = language === 'ru' ? 'Приказ об экстрадиции' : 'Extradition order';
    await callCore(app, 'events.create', { caseId: matter.id, event: { date: '2026-03-11', type: 'extradition_order', title: eventTitle } });
    const exports = watchExports(app);

    const workspace = new Workspace(app);
    await workspace.heading('shell:home.title').waitFor();
    await workspace.openCase(client.fullName, caseTitle);
    const casePage = new CasePage(app);
    await casePage.export();
    const preflight = new PreflightPanel(app, casePage.panel('export'));
    await preflight.check();

    // Each finding in the window's words, under its severity.
    const stateParty = preflight.finding('field.state-party', app.text('preflight:codes.field.state-party'));
    await expect.poll(() => preflight.group('block').locator(`li[data-code="field.state-party"]`).count()).toBe(1);
    expect(await stateParty.count()).toBe(1);
    // The extradition order's appeal deadline (ten days by default) passed long before today's check.
    for (const code of ['field.remedies-exhausted', 'field.removal-date', 'field.removal-place', 'field.removal-manner', 'deadline.missed']) {
      expect(await preflight.group('block').locator(`li[data-code="${code}"]`).count(), code).toBe(1);
    }
    expect(await preflight.group('block').locator('li').count()).toBe(6);
    const event = preflight.group('warn').locator('li[data-code="event.no-evidence"]');
    await expect.poll(() => event.innerText()).toContain(eventTitle);
    expect(await event.innerText()).toContain(app.text('preflight:codes.event.no-evidence'));
    await scanAccessibility(app.page, `preflight-findings-${language}`);
    await saveScreenshot(app.page, `preflight-findings-${language}`);

    // The event's link opens the timeline with that event selected.
    await preflight.fixLink(event, 'timeline').click();
    await casePage.panel('timeline').waitFor({ state: 'visible' });
    expect(await casePage.viewTab('timeline').getAttribute('aria-selected')).toBe('true');
    const timeline = casePage.panel('timeline');
    await expect.poll(() => timeline.getByRole('option', { selected: true }).innerText()).toContain(eventTitle);
    // The State party's link opens the case's profile, where the case's fields are edited.
    await casePage.export();
    await preflight.fixLink(stateParty, 'case').click();
    await casePage.panel('profile').waitFor({ state: 'visible' });
    expect(await casePage.viewTab('profile').getAttribute('aria-selected')).toBe('true');

    // The remedies' link opens the persecution profile with the keyboard in that field.
    await casePage.export();
    await preflight.fixLink(preflight.finding('field.remedies-exhausted'), 'persecution').click();
    await casePage.panel('persecution').waitFor({ state: 'visible' });
    await expect.poll(() => app.page.evaluate("document.activeElement?.getAttribute('data-field')")).toBe('remediesExhausted');

    // Export asks first: going back writes nothing and sends no export.
    await casePage.export();
    const file = path.join(app.dataDir, 'dossier.pdf');
    await casePage.panel('export').getByRole('button', { name: app.text('exportView:run.export') }).click();
    await preflight.confirm.waitFor();
    expect(await preflight.confirm.innerText()).toContain(app.text('preflight:confirm.text', { count: await preflight.group('block').locator('li').count() }));
    await scanAccessibility(app.page, `preflight-confirm-${language}`);
    await saveScreenshot(app.page, `preflight-confirm-${language}`);
    await preflight.goBack.click();
    await preflight.confirm.waitFor({ state: 'detached' });
    expect(exports).toEqual([]);

    // Fixed elsewhere (the State party given), the next check no longer lists it.
    await callCore(app, 'cases.update', { id: matter.id, case: { title: caseTitle, forum: 'un_cat', reference: 'CAT-2026-015', stateParty: 'KZ' } });
    await preflight.check();
    await expect.poll(() => preflight.group('block').locator('li').count()).toBe(5);
    expect(await preflight.finding('field.state-party').count()).toBe(0);

    // Export anyway: the override is said to the core explicitly, and the dossier is written.
    await casePage.panel('export').getByRole('button', { name: app.text('exportView:run.export') }).click();
    app.transport.dialogs.nextExportFile(file);
    await preflight.exportAnyway.click();
    await expect.poll(() => existsSync(file), { timeout: 60_000 }).toBe(true);
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ caseId: matter.id, overrideBlocks: true });
    expect(app.problems).toEqual([]);
  }, 180_000);
});
