// A scanned Russian order (Cyrillic typeset in the shipped Noto Sans on a white page, as a
// scanner at 300 dpi would give it) added through the window in English and in Russian: the core
// reads it in the background with the real Tesseract in the exhibit reader, the text shows beside
// the preview with the note that it was recognised automatically; a search for "Tokarev" (Latin)
// finds the Cyrillic "Токарев" in the file's text, names the file and the page, and opens the
// file there with the word highlighted in the text and boxed on the picture; read again, the
// progress line's Cancel stops it and the text read before stays; a scan cut short says, in the
// window's language, that its text could not be read. A two-page scanned PDF whose
// second page holds the name opens on that page, the word boxed there. axe and screenshots.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { InterfaceLanguage } from '../../src/shared/contract';
import { PDFDocument } from '@cantoo/pdf-lib';
import { scannedPdf, scannedWords } from '../support/scanned-words';
import { CasePage } from './pages/case-page';
import { FileText } from './pages/case/file-text';
import { exactName } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { callCore } from './support/core-calls';
import { openWindow, useChromium } from './support/fixtures';

const client = { fullName: 'Ivan Tokarev', fullNameNative: 'Иван Токарев' };
/** The order's lines: "Токарев" and "207.3" are only in the picture, nowhere in the records. */
const ORDER = [['ПОСТАНОВЛЕНИЕ'], ['о', 'розыске', 'обвиняемого'], ['Токарев', 'Иван', 'Петрович'], ['статья', '207.3', 'УК', 'РФ']];
/** Long enough for Tesseract on a busy machine; the test waits for the reading, never for a time. */
const OCR_WAIT = { timeout: 240_000, interval: 250 };

describeInChromium('evidence: the text of a scanned order, found by search and shown beside its preview', () => {
  const e2e = useChromium();

  it.each<InterfaceLanguage>(['en', 'ru', 'fr'])('%s: read in the background, found as "Tokarev" with its page, opened highlighted', async (language) => {
    const app = await openWindow(e2e(), { language, unlocked: true, viewport: { width: 1440, height: 1000 } });
    const created = await callCore(app, 'clients.create', client);
    const caseTitle = { en: 'Tokarev: asylum', ru: 'Токарев: убежище', fr: 'Tokarev : asile' }[language];
    const { id: caseId } = await callCore(app, 'cases.create', { clientId: created.id, case: { title: caseTitle, forum: 'national_asylum' } });
    // An A5-wide page at 300 dpi (1,240 pixels), letters some 4 mm high, as a scanner gives an order.
    const scan = await scannedWords(ORDER, { width: 1240, height: 1000, size: 48, top: 110, left: 110 });
    const dir = path.join(app.dataDir, 'files');
    await mkdir(dir);
    const file = path.join(dir, 'postanovlenie-o-rozyske.png');
    await writeFile(file, scan.png);
    // A scan cut short after its header: kept by the import, its text cannot be read.
    const cut = path.join(dir, 'skan-obrezan.png');
    await writeFile(cut, scan.png.subarray(0, 200));

    const workspace = new Workspace(app);
    await workspace.heading('shell:home.title').waitFor();
    await workspace.openCase(client.fullName, caseTitle);
    const evidence = await new CasePage(app).evidence();
    await evidence.addFiles([file, cut], 2);
    const items = await callCore(app, 'evidence.list', { caseId });
    const title = items.find((item) => item.originalName === path.basename(file))!.title;
    const cutTitle = items.find((item) => item.originalName === path.basename(cut))!.title;

    // The reading follows the import in the background; the line with Cancel shows while it runs,
    // and goes when the files are read.
    const cancel = evidence.button('evidence:reading.cancel');
    await expect
      .poll(async () => {
        const status = await callCore(app, 'evidence.textStatus', { caseId });
        return { read: status.read, failed: status.failed, running: status.running };
      }, OCR_WAIT)
      .toEqual({ read: 1, failed: 1, running: null });
    await cancel.waitFor({ state: 'detached' });

    // The cut scan says why its text is missing, in the window's words (never the reader's English detail).
    const cutText = await callCore(app, 'evidence.text', { id: items.find((item) => item.title === cutTitle)!.id });
    expect(cutText).toMatchObject({ state: 'failed', reason: 'unreadable' });
    const cutDetails = await evidence.select(cutTitle);
    const failure = app.text('evidence:text.failed', { reason: app.text('evidence:text.reasons.unreadable') });
    await cutDetails.getByText(exactName(failure)).waitFor();
    expect(await cutDetails.innerText()).not.toContain(cutText.detail!);
    await scanAccessibility(app.page, `evidence-text-${language}-failed`);
    await saveScreenshot(app.page, `evidence-text-${language}-failed`);

    // Selected, the file shows its recognised text beside the picture, with the note on OCR.
    const details = await evidence.select(title);
    const text = new FileText(app, details);
    const pages = text.pages(title);
    await pages.waitFor();
    await text.ocrNote.waitFor();
    const recognised = await pages.innerText();
    expect(recognised).toContain('Токарев');
    expect(recognised).toContain('207.3');
    expect(await text.marks.count()).toBe(0);
    await scanAccessibility(app.page, `evidence-text-${language}-read`);
    await saveScreenshot(app.page, `evidence-text-${language}-read`);

    // Latin "Tokarev" finds the Cyrillic word in the file's text: the hit names the file and the page.
    const results = await workspace.search('Tokarev', title);
    const hit = results.getByRole('option').filter({ hasText: title });
    expect(await hit.locator('.search-hit__title').innerText()).toBe(`${title} · ${app.text('search:page', { page: 1 })}`);
    expect(await hit.locator('mark').allInnerTexts()).toContain('Токарев');
    await scanAccessibility(app.page, `evidence-text-${language}-search`);
    await saveScreenshot(app.page, `evidence-text-${language}-search`);
    await workspace.openSearchResult(results, title);

    // Opened on the file: the word highlighted in the text and boxed on the picture where the OCR found it.
    const opened = new FileText(app, evidence.details(title));
    await opened.marks.first().waitFor();
    expect(await opened.marks.allInnerTexts()).toEqual(['Токарев']);
    await opened.status('evidence:text.found', { page: 1, words: 'Токарев' }).waitFor();
    // The boxes are drawn once the picture has loaded.
    await expect.poll(() => opened.hitBoxes.count()).toBe(1);
    const word = scan.page.lines[2]!.words[0]!;
    const picture = await evidence.details(title).getByRole('img', { name: exactName(app.text('evidence:preview.imageAlt', { title })) }).boundingBox();
    const box = await opened.hitBoxes.first().boundingBox();
    // The box sits on the word as typeset (a few pixels of the shown picture either way).
    const scale = picture!.width / scan.width;
    expect(Math.abs(box!.x - (picture!.x + word.box.x0 * scale))).toBeLessThan(12);
    expect(Math.abs(box!.y - (picture!.y + word.box.y0 * scale))).toBeLessThan(12);
    // The text is reached from the keyboard.
    await opened.pages(title).focus();
    expect(await opened.pages(title).evaluate((element) => (element as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === element)).toBe(true);
    await scanAccessibility(app.page, `evidence-text-${language}-hit`);
    await saveScreenshot(app.page, `evidence-text-${language}-hit`);

    // Read again on request: the line says which file of how many, and Cancel stops it; the text read before stays.
    await evidence.button('evidence:reading.again').click();
    await cancel.waitFor();
    await scanAccessibility(app.page, `evidence-text-${language}-reading`);
    await saveScreenshot(app.page, `evidence-text-${language}-reading`);
    await cancel.click();
    await evidence.status('evidence:reading.cancelled').waitFor();
    expect(await opened.pages(title).innerText()).toContain('Токарев');
    expect(await callCore(app, 'evidence.textStatus', { caseId })).toMatchObject({ read: 1, running: null });
    expect(app.problems).toEqual([]);
  }, 300_000);

  it('en: a hit on the second page of a scanned PDF opens the preview at that page, the word boxed there', async () => {
    const app = await openWindow(e2e(), { language: 'en', unlocked: true, viewport: { width: 1440, height: 1000 } });
    const created = await callCore(app, 'clients.create', client);
    const caseTitle = 'Tokarev: interrogation';
    const { id: caseId } = await callCore(app, 'cases.create', { clientId: created.id, case: { title: caseTitle, forum: 'national_asylum' } });
    const layout = { width: 1240, height: 900, size: 48, top: 110, left: 110 };
    const first = await scannedPdf(await scannedWords([['ПРОТОКОЛ'], ['допроса', 'свидетеля']], layout), 300);
    const second = await scannedWords([['Свидетель'], ['Токарев', 'Иван', 'Петрович']], layout);
    const pdf = await PDFDocument.create();
    for (const bytes of [first, await scannedPdf(second, 300)]) {
      const part = await PDFDocument.load(bytes);
      for (const page of await pdf.copyPages(part, part.getPageIndices())) pdf.addPage(page);
    }
    const dir = path.join(app.dataDir, 'files');
    await mkdir(dir);
    const file = path.join(dir, 'protokol-doprosa.pdf');
    await writeFile(file, await pdf.save());

    const workspace = new Workspace(app);
    await workspace.heading('shell:home.title').waitFor();
    await workspace.openCase(client.fullName, caseTitle);
    const evidence = await new CasePage(app).evidence();
    await evidence.addFiles([file], 1);
    const [item] = await callCore(app, 'evidence.list', { caseId });
    const title = item!.title;
    await expect
      .poll(async () => (await callCore(app, 'evidence.textStatus', { caseId })).read, OCR_WAIT)
      .toBe(1);

    const results = await workspace.search('Tokarev', title);
    const hit = results.getByRole('option').filter({ hasText: title });
    expect(await hit.locator('.search-hit__title').innerText()).toBe(`${title} · ${app.text('search:page', { page: 2 })}`);
    await workspace.openSearchResult(results, title);

    const details = evidence.details(title);
    const text = new FileText(app, details);
    await details.getByText(exactName(app.text('evidence:preview.pageOf', { page: 2, count: 2 }))).waitFor();
    await text.status('evidence:text.found', { page: 2, words: 'Токарев' }).waitFor();
    expect(await text.marks.allInnerTexts()).toEqual(['Токарев']);
    // Both pages' text, each under its number.
    for (const page of [1, 2]) await text.pages(title).getByText(exactName(app.text('evidence:text.page', { page }))).waitFor();
    await text.hitBoxes.first().waitFor();
    await expect.poll(() => text.hitBoxes.count()).toBe(1);
    await scanAccessibility(app.page, 'evidence-text-en-pdf-page-2');
    await saveScreenshot(app.page, 'evidence-text-en-pdf-page-2');
    const canvas = await details.getByRole('img', { name: exactName(app.text('evidence:preview.pdfAlt', { page: 2, title })) }).boundingBox();
    const box = await text.hitBoxes.first().boundingBox();
    const word = second.page.lines[1]!.words[0]!;
    const scale = canvas!.width / second.width;
    expect(Math.abs(box!.x - (canvas!.x + word.box.x0 * scale))).toBeLessThan(12);
    expect(Math.abs(box!.y - (canvas!.y + word.box.y0 * scale))).toBeLessThan(12);
    expect(app.problems).toEqual([]);
  }, 300_000);
});
