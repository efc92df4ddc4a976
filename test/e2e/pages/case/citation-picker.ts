// The citation picker: the modal a long text opens on "[[" or Ctrl+Shift+K. First an exhibit
// (a search box over a list, arrow keys and Enter), then its pages (thumbnails, or typed).
import type { Locator } from 'playwright-core';
import { exactName, WindowPage } from '../window-page';

export class CitationPickerDialog extends WindowPage {
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: exactName(this.t('citations:picker.title')) });
  }

  get search(): Locator {
    return this.dialog.getByRole('combobox', { name: exactName(this.t('citations:picker.search')) });
  }

  get options(): Locator {
    return this.dialog.getByRole('option');
  }

  get pages(): Locator {
    return this.dialog.getByLabel(exactName(this.t('citations:picker.pages')));
  }

  /** The page thumbnails, one button each ("Page 2"). */
  get thumbnails(): Locator {
    return this.dialog.getByRole('group', { name: exactName(this.t('citations:picker.thumbnails')) }).getByRole('button');
  }

  /** Types the query, then moves down the list with the arrow keys to the exhibit titled `title`, and takes it with Enter. */
  async chooseByKeyboard(query: string, title: string): Promise<void> {
    await this.page.keyboard.type(query);
    await this.options.filter({ hasText: title }).first().waitFor();
    const titles = await this.options.locator('.search-hit__title').allInnerTexts();
    const index = titles.findIndex((text) => text === title);
    if (index < 0) throw new Error(`No exhibit "${title}" among ${titles.join(' | ')}.`);
    for (let step = 0; step < index; step++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    await this.pages.waitFor();
  }
}
