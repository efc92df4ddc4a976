// The Evidence tab: adding files (the "Add files…" dialog, answered by the transport's script,
// or a drop on the drop zone), the list of the case's files, one file's preview and description.
import type { Locator } from 'playwright-core';
import { dropFiles } from '../../support/drop-files';
import { exactName, nameStartingWith, WindowPage } from '../window-page';

export interface ImportOutcome {
  /** Labels of the progress bars that showed while the files went in. */
  progressBars: string[];
  /** "name: reason" of each refused file, as listed. */
  refused: string[];
}

export class EvidenceSection extends WindowPage {
  get files(): Locator {
    return this.scope.getByRole('listbox', { name: exactName(this.t('evidence:listLabel')) });
  }

  file(title: string): Locator {
    return this.files.getByRole('option', { name: nameStartingWith(title) });
  }

  /** The box that narrows the list to files whose words match. */
  get filter(): Locator {
    return this.field('evidence:filter');
  }

  /** The header's count of the case's files ("2,000 files"). */
  count(files: number): Locator {
    return this.scope.getByText(exactName(this.t('evidence:count', { count: files })));
  }

  /** The line under the filter while it narrows the list ("Showing 1 of 5,000 files"). */
  showing(shown: number, total: number): Locator {
    return this.scope.getByText(exactName(this.t('evidence:showing', { count: shown, total })));
  }

  get dropZone(): Locator {
    return this.scope.getByTestId('evidence-drop-zone');
  }

  /** The refused files the last import listed. */
  get refusedFiles(): Locator {
    return this.scope.locator('.cw-refused li');
  }

  /** Adds files through "Add files…"; resolves once the window says how many went in. */
  async addFiles(files: string[], expectAdded: number): Promise<ImportOutcome> {
    this.app.transport.dialogs.nextEvidenceFiles(files);
    return this.importing(() => this.button('evidence:import.addFiles').click(), expectAdded);
  }

  /** Drops files on the drop zone; resolves once the window says how many went in. */
  async drop(files: string[], expectAdded: number): Promise<ImportOutcome> {
    return this.importing(() => dropFiles(this.dropZone, files), expectAdded);
  }

  private async importing(start: () => Promise<void>, expectAdded: number): Promise<ImportOutcome> {
    const progressBars = await this.watchProgressBars();
    await start();
    await this.scope
      .getByRole('status')
      .filter({ hasText: this.t('evidence:import.added', { count: expectAdded }) })
      .waitFor({ timeout: 30_000 });
    return { progressBars: await progressBars(), refused: (await this.refusedFiles.allInnerTexts()).map((text) => text.trim()) };
  }

  /** Selects a file in the list; its details (preview, facts, description) show beside it. */
  async select(title: string): Promise<Locator> {
    await this.file(title).click();
    const details = this.details(title);
    await details.waitFor();
    return details;
  }

  details(title: string): Locator {
    return this.scope.getByRole('article', { name: exactName(title) });
  }

  /** A file's description form, which saves as it is typed. */
  metadataForm(details: Locator): WindowPage {
    return new WindowPage(this.app, details.getByRole('form', { name: exactName(this.t('evidence:metadata.heading')) }));
  }

  /** Renames a file and sets its kind in its description form; resolves once both are saved. */
  async describe(currentTitle: string, description: { title: string; kind: string }): Promise<void> {
    const details = await this.select(currentTitle);
    const form = this.metadataForm(details);
    await form.field('evidence:metadata.title').fill(description.title);
    await form.field('evidence:metadata.kind').selectOption(description.kind);
    // Saved, the file goes by its new title: in the list and in the heading of its details.
    await this.file(description.title).waitFor();
    await new WindowPage(this.app, this.details(description.title)).status('common:saved').waitFor();
  }

  /** The files the last import found already in the case, with "Skip" and "Add anyway". */
  get duplicates(): WindowPage {
    return new WindowPage(this.app, this.scope.getByTestId('evidence-duplicates'));
  }

  /** Ticks or unticks a file with the box at the start of its row. */
  async toggleChoice(title: string): Promise<void> {
    await this.file(title).getByTestId('evidence-check').click();
  }

  /** The form that changes or removes the chosen files together. */
  bulkEdit(count: number): WindowPage {
    return new WindowPage(this.app, this.scope.getByRole('form', { name: exactName(this.t('evidence:bulk.heading', { count })) }));
  }
}
