// A PDF exhibit whose page holds drawing data that does not decode (test/support/damaged-pdf.ts),
// exported from the built window in English and in Russian against the real core: the contents
// name the page in the warnings and offer "Damaged pages as images" with a hint that counts the
// pages; ticked, the window asks the core for the pages as images (the request on the wire says
// so), the warning goes, and the dossier it writes has that page as one image and passes
// `qpdf --check`. axe and a screenshot of the offer and of the choice made.
import { execFile, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { dossierText } from '../../src/core/dossier/dossier-text';
import { dossierTemplates } from '../../src/core/dossier/templates';
import type { InterfaceLanguage } from '../../src/shared/contract';
import { undrawablePdf } from '../support/damaged-pdf';
import { CasePage } from './pages/case-page';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';
import { callCore } from './support/core-calls';

const run = promisify(execFile);
const client = { fullName: 'Aibek Saparov', fullNameNative: 'Айбек Сапаров' };
const FILE_NAME = 'detention-order.pdf';
const TEMPLATE = 'national-asylum-bundle';

/** What the window sent the core for `method`, each call in order, read off the test transport's wire (POST /api/<method>). */
function watchRequests(app: AppWindow, method: 'dossier.plan' | 'dossier.export'): Array<Record<string, unknown>> {
  const sent: Array<Record<string, unknown>> = [];
  app.page.on('request', (request: Request) => {
    if (request.method() !== 'POST' || decodeURIComponent(new URL(request.url()).pathname) !== `/api/${method}`) return;
    const body = JSON.parse(request.postData() ?? '{}') as { args?: Array<Record<string, unknown>> };
    sent.push(body.args?.[0] ?? {});
  });
  return sent;
}

/** What describes `element` (its aria-describedby): here the hint under a tick box. */
async function hintOf(app: AppWindow, element: Locator): Promise<Locator> {
  const ids = ((await element.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  expect(ids).toHaveLength(1);
  return app.page.locator(`[id="${ids[0]}"]`);
}

describeInChromium('export: exhibit pages whose drawing data is damaged', () => {
  const e2e = useChromium();

  it.each<InterfaceLanguage>(['en', 'ru'])('%s: names the page, offers it as an image, and the dossier then passes qpdf', async (language) => {
    const app = await openWindow(e2e(), { language, unlocked: true });
    const created = await callCore(app, 'clients.create', client);
    const caseTitle = language === 'ru' ? 'Сапаров: убежище' : 'Saparov: asylum';
    await callCore(app, 'cases.create', { clientId: created.id, case: { title: caseTitle, forum: 'national_asylum', reference: 'SA-2026-11' } });
    const dir = path.join(app.dataDir, 'files');
    await mkdir(dir);
    const file = path.join(dir, FILE_NAME);
    await writeFile(file, await undrawablePdf());
    const plans = watchRequests(app, 'dossier.plan');
    const exports = watchRequests(app, 'dossier.export');

    const workspace = new Workspace(app);
    await workspace.heading('shell:home.title').waitFor();
    await workspace.openCase(client.fullName, caseTitle);
    const casePage = new CasePage(app);
    const evidence = await casePage.evidence();
    await evidence.addFiles([file], 1);

    const exporting = await casePage.export();
    await expect.poll(() => exporting.template.inputValue()).toBe(TEMPLATE);
    // The dossier in the window's language, so that the Russian run reads Russian warnings.
    await exporting.radio(`exportView:languages.${language}`).check();
    // Nothing is offered before the contents have counted the damaged pages.
    expect(await exporting.undrawableAsImages.count()).toBe(0);

    // As they are: the plan names the page, and the offer shows, unticked, with its count.
    const t = dossierText[language];
    const exhibit = `${dossierTemplates.find((template) => template.id === TEMPLATE)!.exhibitWord![language]} A`;
    const pages = await exporting.showContents();
    const damaged = t.warnings.undrawablePages(exhibit, FILE_NAME, '1');
    expect(await exporting.contentsWarnings).toContain(damaged);
    const box = exporting.undrawableAsImages;
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    const hint = await hintOf(app, box);
    expect(await hint.innerText()).toBe(app.text('exportView:contents.undrawableHint', { count: 1 }));
    expect(plans.at(-1)).not.toHaveProperty('undrawablePagesAsImages');
    await hint.scrollIntoViewIfNeeded();
    await scanAccessibility(app.page, `export-damaged-pages-${language}-offered`);
    await saveScreenshot(app.page, `export-damaged-pages-${language}-offered`);

    // Ticked from the keyboard: the contents shown are now stale until asked again.
    await box.focus();
    await app.page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    const stale = app.page.getByText(app.text('exportView:contents.stale'));
    await stale.waitFor();
    await exporting.button('exportView:contents.show').click();
    await stale.waitFor({ state: 'detached' });
    expect(plans.at(-1)).toMatchObject({ template: TEMPLATE, language, undrawablePagesAsImages: true });
    expect(await exporting.contentsWarnings).not.toContain(damaged);
    const hintAfter = await hintOf(app, box);
    expect(await hintAfter.innerText()).toBe(app.text('exportView:contents.undrawableHint', { count: 1 }));
    await hintAfter.scrollIntoViewIfNeeded();
    await scanAccessibility(app.page, `export-damaged-pages-${language}-as-images`);
    await saveScreenshot(app.page, `export-damaged-pages-${language}-as-images`);

    // The export asks for images too, and says the page was reproduced as one.
    const dossier = path.join(app.dataDir, 'dossier.pdf');
    await exporting.exportTo(dossier, pages);
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ template: TEMPLATE, language, undrawablePagesAsImages: true });
    const exportedWarnings = await app.page.locator('.cw-export-result .cw-warnings li').allInnerTexts();
    expect(exportedWarnings).toContain(t.warnings.partlyReproduced(exhibit, FILE_NAME, t.reproduction.asImages('1', 200)));
    expect(exportedWarnings).not.toContain(damaged);

    // The dossier is sound, and the exhibit's one page, after the separator the contents point to, is one image.
    const check = spawnSync('qpdf', ['--check', dossier], { encoding: 'utf8' });
    expect({ status: check.status, output: check.stderr }).toEqual({ status: 0, output: '' });
    const entry = exporting.contents.locator('li').filter({ has: app.page.locator('.cw-toc__title', { hasText: exhibit }) });
    const separatorPage = Number((await entry.locator('.cw-toc__page').innerText()).replace(/\D+/g, ''));
    const { stdout: separator } = await run('pdftotext', ['-enc', 'UTF-8', '-f', String(separatorPage), '-l', String(separatorPage), dossier, '-']);
    const separatorText = separator.replace(/\s+/g, ' ');
    expect(separatorText).toContain(exhibit);
    expect(separatorText).toContain(t.reproduction.asImages('1', 200));
    const page = String(separatorPage + 1);
    const { stdout: images } = await run('pdfimages', ['-list', '-f', page, '-l', page, dossier]);
    // Two header lines, then one line per image.
    expect(images.trim().split('\n')).toHaveLength(3);
    expect(app.problems).toEqual([]);
  }, 240_000);
});
