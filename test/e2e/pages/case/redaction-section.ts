// The Redaction tab: the case's profiles, and the chosen profile's terms (with the case's
// suggestions), withheld fields, exhibits and events, and the boxes drawn on an exhibit's page by
// mouse or keyboard.
import type { Locator } from 'playwright-core';
import type { RedactionReason, WithholdableField } from '../../../../src/shared/redaction';
import { exactName, WindowPage } from '../window-page';

export class RedactionSection extends WindowPage {
  /** The profiles, one button each (pressed: the one shown). */
  get profiles(): Locator {
    return this.scope.getByRole('list', { name: exactName(this.t('redaction:profiles.listLabel')) }).getByRole('button');
  }

  profile(name: string): Locator {
    return this.profiles.filter({ hasText: name });
  }

  /** Resolves once the tab shows these words (a note, an error under a field). */
  async said(key: string, values?: Record<string, string | number>): Promise<void> {
    await this.scope.getByText(exactName(this.t(key, values))).first().waitFor();
  }

  /** Types a name and presses Enter in the field: the profile is made and shown. */
  async createProfile(name: string): Promise<void> {
    await this.field('redaction:profiles.newName').fill(name);
    await this.field('redaction:profiles.newName').press('Enter');
    await this.heading('redaction:profiles.editing', { name }).waitFor();
  }

  /** Resolves once the profile's status line says everything is saved. */
  async saved(): Promise<void> {
    await this.scope.locator('.cw-save-status').filter({ hasText: exactName(this.t('common:saved')) }).waitFor({ timeout: 15_000 });
  }

  /** The button that adds one of the case's suggestions as a term. */
  suggestion(text: string): Locator {
    return this.button('redaction:terms.addSuggestion', { text });
  }

  get terms(): Locator {
    return this.scope.getByRole('list', { name: exactName(this.t('redaction:terms.listLabel')) }).getByRole('listitem');
  }

  withheldField(field: WithholdableField): Locator {
    return this.checkbox(`redaction:withheld.fieldLabels.${field}`);
  }

  /** Chooses the exhibit whose page is shown to draw on. */
  async chooseExhibit(title: string): Promise<void> {
    await this.field('redaction:regions.exhibit').selectOption({ label: title });
  }

  /** The reason given to the next box drawn. */
  get reason(): Locator {
    return this.field('redaction:regions.reason');
  }

  reasonLabel(reason: RedactionReason): string {
    return this.t(`redaction:reasons.${reason}`);
  }

  /** The page boxes are drawn on (it takes the keyboard), by its page and the exhibit's title. */
  surface(page: number, title: string): Locator {
    return this.scope.getByRole('application', { name: exactName(this.t('redaction:regions.surface', { page, title })) });
  }

  /** The page's picture (a canvas for a PDF), to measure where a drag goes. */
  picture(page: number, title: string): Locator {
    return this.surface(page, title).locator('.rd-page__picture');
  }

  /** The kept boxes on the page shown. */
  get boxes(): Locator {
    return this.scope.getByTestId('redaction-box');
  }

  /** The boxes of the page shown, as listed beside it. */
  get boxList(): Locator {
    return this.scope.getByRole('list', { name: exactName(this.t('redaction:regions.listLabel')) }).getByRole('listitem');
  }

  /** Drags the mouse over the page picture from one point to another, each as fractions of the picture. */
  async drag(page: number, title: string, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    const picture = this.picture(page, title);
    // The page's top at the top of the scrolling area: a page is taller than the window, and a
    // point under the case's header would press on the header instead.
    await picture.waitFor();
    await this.page.evaluate('document.querySelector(".rd-page .rd-page__picture").scrollIntoView({ block: "start" })');
    const box = await picture.boundingBox();
    if (!box) throw new Error('The page is not on screen.');
    await this.page.mouse.move(box.x + from.x * box.width, box.y + from.y * box.height);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + ((from.x + to.x) / 2) * box.width, box.y + ((from.y + to.y) / 2) * box.height, { steps: 4 });
    await this.page.mouse.move(box.x + to.x * box.width, box.y + to.y * box.height, { steps: 4 });
    await this.page.mouse.up();
  }
}
