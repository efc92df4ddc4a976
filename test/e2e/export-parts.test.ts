// A dossier over the size limit typed in the export view, in English and in Russian, through the
// built window against the real core: the limit's field (the template's limit while empty) and
// the photos' tick box (on when there is a limit, unticked here from the keyboard so the photos
// keep their size), the export
// written in parts that the window lists (file, pages, size, an Open button each), every part
// under the limit and accepted by qpdf, page labels the printed numbers. axe and screenshots of
// the choice and of the parts written.
import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, it } from 'vitest';
import type { InterfaceLanguage } from '../../src/shared/contract';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium } from './support/fixtures';
import { exportPhotoCase } from './support/photo-case';

async function pageLabels(file: string): Promise<string[] | null> {
  const doc = await getDocument({ data: new Uint8Array(await readFile(file)), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    return await doc.getPageLabels();
  } finally {
    await doc.destroy();
  }
}

describeInChromium('export: a dossier in parts under a size limit', () => {
  const e2e = useChromium();

  it.each<InterfaceLanguage>(['en', 'ru'])('%s: writes the parts under the limit typed and lists them', async (language) => {
    const app = await openWindow(e2e(), { language, unlocked: true });
    const { exporting } = await exportPhotoCase(app, language, 4, 11);

    // The asylum bundle's limit (50 MB) applies while the field is empty, and the photos are reduced for it.
    await expect.poll(() => exporting.template.inputValue()).toBe('national-asylum-bundle');
    const limitField = exporting.partLimit;
    await expect(limitField.inputValue()).resolves.toBe('');
    const hint = app.page.locator(`[id="${(await limitField.getAttribute('aria-describedby'))!.split(' ')[0]}"]`);
    expect(await hint.innerText()).toContain(app.text('exportView:parts.templateLimit', { size: '\u0000' }).split('\u0000')[0]!);
    expect(await exporting.shrinkPhotos.isChecked()).toBe(true);
    // A Russian lawyer types a decimal comma; the photos are kept at full size, so that they make parts.
    await limitField.fill(language === 'ru' ? '2,5' : '2.5');
    await exporting.shrinkPhotos.focus();
    await app.page.keyboard.press('Space');
    expect(await exporting.shrinkPhotos.isChecked()).toBe(false);
    await limitField.scrollIntoViewIfNeeded();
    await scanAccessibility(app.page, `export-parts-${language}-limit`);
    await saveScreenshot(app.page, `export-parts-${language}-limit`);

    const pages = await exporting.showContents();
    const target = path.join(app.dataDir, 'Karimova.pdf');
    await exporting.exportTo(target, pages);

    const listed = exporting.partsWritten;
    await listed.waitFor();
    const rows = await listed.locator('li').allInnerTexts();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    let next = 1;
    for (const [index, row] of rows.entries()) {
      const name = `Karimova_Part${index + 1}.pdf`;
      expect(row).toContain(name);
      const file = path.join(app.dataDir, name);
      expect((await stat(file)).size).toBeLessThan(2_500_000);
      execFileSync('qpdf', ['--check', file]);
      const labels = (await pageLabels(file))!;
      // The part's own pages first (its cover, then the index), then the dossier's pages from where the last part ended.
      const numbered = labels.filter((label) => /^\d+$/.test(label)).map(Number);
      expect(numbered[0]).toBe(next);
      expect(row).toContain(app.text('exportView:parts.pages', { first: numbered[0]!, last: numbered.at(-1)!, size: '\u0000' }).split('\u0000')[0]!);
      next = numbered.at(-1)! + 1;
    }
    expect(next - 1).toBe(pages);
    await expect(exporting.button('exportView:parts.openPart', { index: 2 }).count()).resolves.toBe(1);
    await listed.scrollIntoViewIfNeeded();
    await scanAccessibility(app.page, `export-parts-${language}-written`);
    await saveScreenshot(app.page, `export-parts-${language}-written`);
    expect(app.problems).toEqual([]);
  }, 240_000);
});
