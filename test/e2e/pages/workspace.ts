// The unlocked window's frame: main navigation, search, settings and the lock button. Views
// inside a case get page objects of their own, built on WindowPage the same way.
import type { Locator } from 'playwright-core';
import { ClientPage, ClientsPage } from './clients-page';
import { exactName, WindowPage } from './window-page';

export class Workspace extends WindowPage {
  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: exactName(this.t('shell:mainNavigation')) });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** A main navigation entry by its message key (shell:nav.deadlines, shell:nav.clients). */
  navigationEntry(key: string): Locator {
    return this.navigation.getByRole('button', { name: exactName(this.t(key)) });
  }

  async openDeadlines(): Promise<void> {
    await this.navigationEntry('shell:nav.deadlines').click();
    await this.heading('shell:home.title').waitFor();
  }

  async openClients(): Promise<void> {
    await this.navigationEntry('shell:nav.clients').click();
  }

  /** Clients, then the client's row, then the case: how a test reaches a case it seeded. */
  async openCase(clientName: string, caseTitle: string): Promise<void> {
    await this.openClients();
    await new ClientsPage(this.app).row(clientName).click();
    await new ClientPage(this.app).openCase(caseTitle);
  }

  async openSettings(): Promise<void> {
    await this.button('shell:settings').click();
  }

  /** Ctrl+K, as a person would; resolves when the search dialog is open. */
  async openSearch(): Promise<Locator> {
    await this.page.keyboard.press('Control+K');
    const dialog = this.page.getByRole('dialog');
    await dialog.waitFor();
    return dialog;
  }

  /**
   * Searches the vault with Ctrl+K; resolves with the dialog once a result's title holds `title`
   * (a client's title holds both names, the one in the reader's script first).
   */
  async search(query: string, title: string): Promise<Locator> {
    const dialog = await this.openSearch();
    await dialog.getByRole('combobox').fill(query);
    await this.resultTitles(dialog).filter({ hasText: title }).first().waitFor();
    return dialog;
  }

  private resultTitles(dialog: Locator): Locator {
    return dialog.getByRole('option').locator('.search-hit__title');
  }

  /** Opens the first search result whose title holds `title` the way the dialog invites: arrows, then Enter. */
  async openSearchResult(dialog: Locator, title: string): Promise<void> {
    const index = (await this.resultTitles(dialog).allInnerTexts()).findIndex((text) => text.includes(title));
    if (index < 0) throw new Error(`No search result starts with "${title}".`);
    for (let step = 0; step < index; step++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
  }

  /** Locks with the header button; resolves once the unlock screen shows. */
  async lock(): Promise<void> {
    await this.button('shell:lock').click();
    await this.heading('vault:unlock.title').waitFor();
  }
}
