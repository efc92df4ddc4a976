// "Versions in other languages" under a form: the toggle, and the version fields it opens, each
// labelled with its field and language ("Title in Russian"), found as a screen reader finds them.
import type { Locator } from 'playwright-core';
import type { AppWindow } from '../../support/fixtures';
import { exactName, nameStartingWith, WindowPage } from '../window-page';

export class TextVersionsPanel extends WindowPage {
  constructor(app: AppWindow, root: Locator) {
    super(app, root);
  }

  /** The toggle; its name may go on with how many versions are missing. */
  get toggle(): Locator {
    return this.scope.getByRole('button', { name: nameStartingWith(this.t('textVersions:toggle')) });
  }

  /** Opens the versions from the keyboard, as someone without a mouse would. */
  async open(): Promise<void> {
    await this.toggle.focus();
    await this.page.keyboard.press('Enter');
    await this.scope.getByRole('group', { name: nameStartingWith(this.t('textVersions:toggle')) }).waitFor();
  }

  /** The version of a field (its label's message key) in a language. */
  version(fieldKey: string, language: 'en' | 'ru' | 'fr', values?: Record<string, string | number>): Locator {
    const name = this.t('textVersions:fieldIn', { field: this.t(fieldKey, values), language: this.t(`textVersions:languageNames.${language}`) });
    return this.scope.getByLabel(exactName(name));
  }
}
