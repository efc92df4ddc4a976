// A case at the size the issue names, in the built window in Debian's Chromium against the real
// core: 5,000 timeline events and 2,000 files. The long lists are virtualized: only the rows in
// view are in the page, whatever the size, while the keyboard, the count and the filter still
// reach every row. And the window stays usable while a long export runs: Ctrl+K searches the
// vault meanwhile. Assertions only; how fast is for the benchmarks.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { eventTypes } from '../../src/shared/models';
import { fixturesDir } from '../support/sample-case';
import { CasePage } from './pages/case-page';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';
import { callCore } from './support/core-calls';

const run = promisify(execFile);

const EVENTS = 5_000;
const FILES = 2_000;
/** Far fewer than either list holds: what a virtualized list keeps in the page. */
const MAX_ROWS_IN_PAGE = 100;

const client = { fullName: 'Bakhyt Seitkali', fullNameNative: 'Бақыт Сейтқали' };
const number = (n: number) => String(n).padStart(4, '0');
const eventTitle = (n: number) => `Event ${number(n)}`;
const fileTitle = (n: number) => `exhibit-${number(n)}`;

/** The client and the case, made through the core. */
async function createCase(app: AppWindow, title: string): Promise<string> {
  const created = await callCore(app, 'clients.create', client);
  const record = await callCore(app, 'cases.create', { clientId: created.id, case: { title, forum: 'un_cat', reference: 'CAT/2025/5000' } });
  return record.id;
}

/**
 * Imports the files in one call, as a drop of all of them would; every one must go in. The export
 * test's 330 exhibits are copies of one PDF, so copies are let in ("Add anyway").
 */
async function importFiles(app: AppWindow, caseId: string, files: string[]): Promise<void> {
  const { imported, refused } = await callCore(app, 'evidence.import', { caseId, files, jobId: `seed-${Date.now()}`, allowDuplicates: true });
  expect(refused).toEqual([]);
  expect(imported).toHaveLength(files.length);
}

/** One event a day from 1 January 2010, so event n is the n-th in the list (oldest first). */
async function addEvents(app: AppWindow, caseId: string, count: number): Promise<void> {
  const places = ['Алматы', 'Қарағанды', 'Bishkek', 'Ulaanbaatar'];
  const batch = 100;
  for (let start = 1; start <= count; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, count - start + 1) }, (_, offset) => {
        const n = start + offset;
        const day = new Date(Date.UTC(2010, 0, n)).toISOString().slice(0, 10);
        return callCore(app, 'events.create', {
          caseId,
          event: {
            date: day,
            precision: 'day',
            type: eventTypes[n % eventTypes.length]!,
            title: eventTitle(n),
            place: places[n % places.length],
            status: n % 7 === 0 ? 'disputed' : 'confirmed',
          },
        });
      }),
    );
  }
}

/** Opens the case the way a lawyer does: Clients, the client, the case. */
async function openCase(app: AppWindow, caseTitle: string): Promise<CasePage> {
  const workspace = new Workspace(app);
  await workspace.heading('shell:home.title').waitFor();
  await workspace.openCase(client.fullName, caseTitle);
  return new CasePage(app);
}

/** Whether `row` lies wholly inside the visible box of its scrolling `list`. */
async function inView(list: Locator, row: Locator): Promise<boolean> {
  const [outer, inner] = await Promise.all([list.boundingBox(), row.boundingBox()]);
  if (!outer || !inner) return false;
  return inner.y >= outer.y - 1 && inner.y + inner.height <= outer.y + outer.height + 1;
}

describeInChromium('a large case in the window', () => {
  const e2e = useChromium();

  it('keeps 5,000 events and 2,000 files virtualized: few rows in the page, yet the count, the keyboard and the filter reach every one', async () => {
    const app = await openWindow(e2e(), { unlocked: true });
    const caseTitle = 'Seitkali: interim measures against extradition';
    const caseId = await createCase(app, caseTitle);
    const filesDir = path.join(app.dataDir, 'files');
    await mkdir(filesDir);
    const files = Array.from({ length: FILES }, (_, index) => path.join(filesDir, `${fileTitle(index + 1)}.txt`));
    await Promise.all(files.map((file, index) => writeFile(file, `Witness note ${index + 1}: what was seen at the picket.\n`)));
    await importFiles(app, caseId, files);
    await addEvents(app, caseId, EVENTS);

    const casePage = await openCase(app, caseTitle);

    // The timeline: the header counts every event, the page holds a few dozen rows.
    const timeline = await casePage.timeline();
    await timeline.count(EVENTS).waitFor();
    const events = timeline.events;
    const first = timeline.event(eventTitle(1));
    const last = timeline.event(eventTitle(EVENTS));
    await first.waitFor();
    const rows = await events.getByRole('option').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(MAX_ROWS_IN_PAGE);
    // Each row tells a screen reader where it stands among all of them.
    await expect(first.getAttribute('aria-setsize')).resolves.toBe(String(EVENTS));
    await expect(first.getAttribute('aria-posinset')).resolves.toBe('1');
    expect(await last.count()).toBe(0);
    await scanAccessibility(app.page, 'large-case-timeline-5000');
    await saveScreenshot(app.page, 'large-case-timeline-5000');

    // End reaches the last event, selected and in view; Home brings the first back.
    await first.click();
    await app.page.keyboard.press('End');
    await expect.poll(() => last.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => inView(events, last)).toBe(true);
    await expect(last.getAttribute('aria-posinset')).resolves.toBe(String(EVENTS));
    // The listbox keeps focus and points a screen reader at the selected row.
    await expect(events.getAttribute('aria-activedescendant')).resolves.toBe(await last.getAttribute('id'));
    expect(await first.count()).toBe(0);
    expect(await events.getByRole('option').count()).toBeLessThan(MAX_ROWS_IN_PAGE);
    await app.page.keyboard.press('Home');
    await expect.poll(() => first.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => inView(events, first)).toBe(true);
    expect(await last.count()).toBe(0);

    // The filter narrows 5,000 to the one event with that title.
    await timeline.filter.fill(eventTitle(2718));
    await expect.poll(() => events.getByRole('option').allInnerTexts()).toEqual([expect.stringContaining(eventTitle(2718))]);
    await timeline.showing(1, EVENTS).waitFor();
    await timeline.filter.fill('');
    await first.waitFor();

    // The evidence library: the same at 2,000 files.
    const evidence = await casePage.evidence();
    await evidence.count(FILES).waitFor();
    const firstFile = evidence.file(fileTitle(1));
    const lastFile = evidence.file(fileTitle(FILES));
    await firstFile.waitFor();
    const fileRows = await evidence.files.getByRole('option').count();
    expect(fileRows).toBeGreaterThan(0);
    expect(fileRows).toBeLessThan(MAX_ROWS_IN_PAGE);
    await expect(firstFile.getAttribute('aria-setsize')).resolves.toBe(String(FILES));
    expect(await lastFile.count()).toBe(0);
    await scanAccessibility(app.page, 'large-case-evidence-2000');
    await saveScreenshot(app.page, 'large-case-evidence-2000');

    await firstFile.click();
    await app.page.keyboard.press('End');
    await expect.poll(() => lastFile.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => inView(evidence.files, lastFile)).toBe(true);
    await evidence.details(fileTitle(FILES)).waitFor();
    expect(await firstFile.count()).toBe(0);
    expect(await evidence.files.getByRole('option').count()).toBeLessThan(MAX_ROWS_IN_PAGE);
    await app.page.keyboard.press('Home');
    await expect.poll(() => firstFile.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => inView(evidence.files, firstFile)).toBe(true);

    await evidence.filter.fill(fileTitle(1234));
    await expect.poll(() => evidence.files.getByRole('option').allInnerTexts()).toEqual([expect.stringContaining(fileTitle(1234))]);
    await evidence.showing(1, FILES).waitFor();
    await evidence.filter.fill('');

    // The export's exhibit list: all 2,000 chosen, a few dozen rows in the page, the last one
    // reached by scrolling the list.
    const exporting = await casePage.export();
    await exporting.exhibitCount(FILES, FILES).waitFor();
    const exhibitRows = exporting.exhibits.getByRole('listitem');
    await expect.poll(() => exhibitRows.count()).toBeGreaterThan(0);
    expect(await exhibitRows.count()).toBeLessThan(MAX_ROWS_IN_PAGE);
    expect((await exporting.exhibitTitles)[0]).toBe(fileTitle(1));
    await expect(exhibitRows.first().getAttribute('aria-setsize')).resolves.toBe(String(FILES));
    expect(await exporting.exhibitTitles).not.toContain(fileTitle(FILES));
    await exporting.exhibits.hover();
    await expect
      .poll(async () => {
        await app.page.mouse.wheel(0, 20_000);
        return exporting.exhibitTitles;
      })
      .toContain(fileTitle(FILES));
    expect(await exhibitRows.count()).toBeLessThan(MAX_ROWS_IN_PAGE);
    expect(await exporting.exhibitTitles).not.toContain(fileTitle(1));
    await scanAccessibility(app.page, 'large-case-export-2000');
    await saveScreenshot(app.page, 'large-case-export-2000');

    expect(app.problems).toEqual([]);
  }, 300_000);

  it('stays usable during a 1,000-page export: Ctrl+K searches the vault and closes, then the dossier is written', async () => {
    const EXHIBITS = 330;
    const app = await openWindow(e2e(), { unlocked: true });
    const caseTitle = 'Seitkali: humanitarian visa';
    const caseId = await createCase(app, caseTitle);
    const filesDir = path.join(app.dataDir, 'orders');
    await mkdir(filesDir);
    const files = Array.from({ length: EXHIBITS }, (_, index) => path.join(filesDir, `order-${number(index + 1)}.pdf`));
    await Promise.all(files.map((file) => copyFile(path.join(fixturesDir, 'order.pdf'), file)));
    await importFiles(app, caseId, files);

    const casePage = await openCase(app, caseTitle);
    const exporting = await casePage.export();
    await exporting.exhibitCount(EXHIBITS, EXHIBITS).waitFor();
    const pages = await exporting.showContents();
    // Each exhibit is a separator and its two pages, after the front matter: the 1,000-page export.
    expect(pages).toBeGreaterThan(EXHIBITS * 3);
    expect(pages).toBeGreaterThanOrEqual(1_000);

    const file = path.join(app.dataDir, 'Seitkali dossier.pdf');
    const progressBars = await exporting.startExport(file);
    await exporting.progressBar.waitFor();

    // Meanwhile the vault answers a search, and the dialog closes with Escape.
    const workspace = new Workspace(app);
    const results = await workspace.search(client.fullNameNative, client.fullName);
    // The bar still shows: the search was answered while the export ran, not after it.
    expect(await exporting.progressBar.count()).toBe(1);
    await saveScreenshot(app.page, 'large-case-search-during-export');
    await app.page.keyboard.press('Escape');
    await results.waitFor({ state: 'detached' });

    await exporting.exported(pages, 120_000);
    expect(await exporting.progressBar.count()).toBe(0);
    const phases = ['starting', 'reading', 'composing', 'exhibits', 'finishing'].map((phase) => app.text(`exportView:phases.${phase}`));
    expect((await progressBars()).filter((label) => phases.includes(label))).not.toEqual([]);
    expect(existsSync(file)).toBe(true);
    const { stdout: info } = await run('pdfinfo', [file]);
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(pages);
    expect(app.problems).toEqual([]);
  }, 180_000);
});
