// The Export tab: template and language, the exhibits in order, the table of contents before
// anything is written, then the export to the file the save dialog (scripted) names.
import type { Locator } from 'playwright-core';
import { exactName, nameStartingWith, WindowPage } from '../window-page';

export class ExportSection extends WindowPage {
  get template(): Locator {
    return this.field('exportView:template');
  }

  /** "Disputed events in the chronology": leave them out, mark them, or print them plainly. */
  get disputedEvents(): Locator {
    return this.field('exportView:disputed.label');
  }

  /** An exhibit's tick box; its label goes on with the file's kind and date. */
  exhibit(title: string): Locator {
    return this.scope.getByRole('checkbox', { name: nameStartingWith(title) });
  }

  /** The exhibits in dossier order; only the rows in view are in the page. */
  get exhibits(): Locator {
    return this.scope.getByRole('list', { name: exactName(this.t('exportView:exhibits.listLabel')) });
  }

  /** The titles of the exhibit rows in the page, in order. */
  get exhibitTitles(): Promise<string[]> {
    return this.exhibits.locator('.cw-exhibit__title').allInnerTexts();
  }

  /** The line over the exhibits: "2,000 of 2,000 files included". */
  exhibitCount(included: number, total: number): Locator {
    return this.scope.getByText(exactName(this.t('exportView:exhibits.count', { count: included, total })));
  }

  async moveUp(title: string): Promise<void> {
    await this.button('exportView:order.moveUp', { title }).click();
  }

  /** "Dates the filing states": the marked deadlines as the dossier will print them. */
  get filingDates(): Locator {
    return this.scope.getByRole('region', { name: exactName(this.t('deadlines:filing.heading')) });
  }

  get contents(): Locator {
    return this.scope.getByRole('list', { name: exactName(this.t('exportView:contents.listLabel')) });
  }

  get contentsSection(): Locator {
    return this.scope.getByRole('region', { name: exactName(this.t('exportView:contents.heading')) });
  }

  /** The warnings under the contents: files the dossier shows only as a separator, and why. */
  get contentsWarnings(): Promise<string[]> {
    return this.contentsSection.locator('.cw-warnings li').allInnerTexts();
  }

  /** "Damaged pages as images": there once the contents count pages whose drawing data is damaged. */
  get undrawableAsImages(): Locator {
    return this.contentsSection.getByRole('checkbox', { name: exactName(this.t('exportView:contents.undrawableAsImages')) });
  }

  /**
   * "Show contents": resolves with the page count the window announces ("12 pages in all"),
   * after checking the words around the number are the window's own.
   */
  async showContents(): Promise<number> {
    await this.button('exportView:contents.show').click();
    await this.contents.waitFor();
    const total = this.contentsSection.locator('strong');
    const text = (await total.innerText()).trim();
    const pages = Number(text.replace(/\D+/g, ''));
    if (text !== this.t('exportView:contents.totalPages', { count: pages })) {
      throw new Error(`The contents announce "${text}", not the page count in the window's words.`);
    }
    return pages;
  }

  /**
   * Exports to `file` (the save dialog's scripted answer); resolves once the window says the
   * dossier is ready, with the labels of the progress bars that showed meanwhile.
   */
  async exportTo(file: string, pages: number): Promise<{ progressBars: string[] }> {
    const progressBars = await this.startExport(file);
    await this.exported(pages);
    return { progressBars: await progressBars() };
  }

  /**
   * Clicks "Export" with `file` as the save dialog's scripted answer and returns at once, with
   * the function that gives the labels of the progress bars shown since.
   */
  async startExport(file: string): Promise<() => Promise<string[]>> {
    this.app.transport.dialogs.nextExportFile(file);
    const progressBars = await this.watchProgressBars();
    await this.button('exportView:run.export').click();
    await this.overridePreflight();
    return progressBars;
  }

  /**
   * The export checks first, and asks to confirm when the pre-flight blocks (preflight.test.ts
   * tests that step): these exports are about what gets written, so they export anyway. Waits
   * until the export runs, has ended, or the confirm step shows.
   */
  private async overridePreflight(): Promise<void> {
    const confirm = this.scope.getByRole('alertdialog', { name: exactName(this.t('preflight:confirm.heading')) });
    // The run's own status line: other live lines of the view (the exhibit order's "moved to
    // position 1") already hold words before the click, and would settle this at once.
    const run = this.scope.getByRole('region', { name: exactName(this.t('exportView:run.heading')) });
    const settled = this.progressBar.or(confirm).or(run.getByRole('status').filter({ hasText: /\S/ })).or(this.scope.getByRole('alert'));
    await settled.first().waitFor({ timeout: 60_000 });
    if (await confirm.isVisible()) await confirm.getByRole('button', { name: exactName(this.t('preflight:confirm.override')) }).click();
  }

  /** The export's progress bar, there while the export runs. */
  get progressBar(): Locator {
    return this.scope.getByRole('progressbar');
  }

  /** Resolves once the window says the dossier of `pages` pages is ready. */
  async exported(pages: number, timeout = 60_000): Promise<void> {
    // The size is the file's; the sentence up to it names the pages.
    const [ready = ''] = this.t('exportView:run.done', { count: pages, size: '\u0000' }).split('\u0000');
    await this.scope.getByRole('status').filter({ hasText: ready }).waitFor({ timeout });
  }

  /** "Open the dossier": the shell opens the file in the system's PDF viewer. */
  async openDossier(): Promise<void> {
    await this.button('exportView:run.open').click();
  }

  /** "Largest file (MB)": a larger dossier is written in parts. */
  get partLimit(): Locator {
    return this.field('exportView:parts.limit');
  }

  /** "Reduce photos to 300 dpi". */
  get shrinkPhotos(): Locator {
    return this.checkbox('exportView:parts.shrink');
  }

  /** The parts an export wrote, in order, each its file name, pages and size. */
  get partsWritten(): Locator {
    return this.scope.getByRole('list', { name: exactName(this.t('exportView:parts.listLabel')) });
  }

  /** "Show in folder": the shell shows the file in the system's file manager. */
  async showInFolder(): Promise<void> {
    await this.button('exportView:run.showInFolder').click();
  }
}
