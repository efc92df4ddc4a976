// The dialog that asks for a protected PDF's password, opened from the file's details with
// "Enter password…" where the dossier cannot reproduce it for want of one.
import type { Locator } from 'playwright-core';
import { exactName, WindowPage } from '../window-page';

export class PdfPasswordDialog extends WindowPage {
  constructor(app: WindowPage['app']) {
    super(app, app.page.getByRole('dialog', { name: exactName(app.text('evidence:password.title')) }));
  }

  /** "Enter password…" in a file's details. */
  static opener(details: Locator, app: WindowPage['app']): Locator {
    return details.getByRole('button', { name: exactName(app.text('evidence:password.open')) });
  }

  get dialog(): Locator {
    return this.root!;
  }

  get passwordField(): Locator {
    return this.field('evidence:password.label');
  }

  /** The message under the field: missing or wrong. */
  fieldError(key: 'evidence:password.missing' | 'evidence:password.wrong'): Locator {
    return this.dialog.getByText(exactName(this.t(key)));
  }

  /** Types the password and submits it with Enter, as a person would. */
  async submitWithEnter(password: string): Promise<void> {
    await this.passwordField.fill(password);
    await this.passwordField.press('Enter');
  }
}
