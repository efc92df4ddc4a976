// The parts a dossier will be written in, shown with its contents before export, in English and
// Russian, through the built window against the real core: under a typed limit with photos kept at
// full size, "Show contents" lists each predicted part (pages, estimated size, exhibits), and the
// export then writes as many parts over the same pages. axe and a screenshot of the prediction.
import path from 'node:path';
import { expect, it } from 'vitest';
import type { InterfaceLanguage } from '../../src/shared/contract';
import { exactName } from './pages/window-page';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium } from './support/fixtures';
import { exportPhotoCase } from './support/photo-case';

/** "pages 12–30" in a row of either list, as numbers. */
function pageRange(row: string): string {
  const [first, last] = row.match(/\d[\d\s\u00a0]*[–-]\s*\d+/)![0].split(/[–-]/).map((part) => part.replace(/\D/g, ''));
  return `${first}-${last}`;
}

describeInChromium('export: the parts predicted before export', () => {
  const e2e = useChromium();

  it.each<InterfaceLanguage>(['en', 'ru'])('%s: lists the parts with the contents, and the export writes those parts', async (language) => {
    const app = await openWindow(e2e(), { language, unlocked: true });
    const { exporting } = await exportPhotoCase(app, language, 5, 31);
    await expect.poll(() => exporting.template.inputValue()).toBe('national-asylum-bundle');
    await exporting.partLimit.fill(language === 'ru' ? '2,5' : '2.5');
    await exporting.shrinkPhotos.uncheck();

    const pages = await exporting.showContents();
    const predicted = app.page.getByRole('list', { name: exactName(app.text('exportView:parts.predictedLabel')) });
    await predicted.waitFor();
    const rows = await predicted.locator('li').allInnerTexts();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    await app.page.getByRole('heading', { name: exactName(app.text('exportView:parts.predicted', { count: rows.length })) }).waitFor();
    // Each photo is a tab of its own part; the last part also holds the manifest.
    expect(rows[0]).toContain(language === 'ru' ? 'Вкладка A' : 'Tab A');
    await predicted.scrollIntoViewIfNeeded();
    await scanAccessibility(app.page, `parts-predicted-${language}`);
    await saveScreenshot(app.page, `parts-predicted-${language}`);

    await exporting.exportTo(path.join(app.dataDir, 'Karimova.pdf'), pages);
    const written = await exporting.partsWritten.locator('li').allInnerTexts();
    expect(written.map(pageRange)).toEqual(rows.map(pageRange));
    expect(app.problems).toEqual([]);
  }, 240_000);
});
