// The Argument tab: the element map. One card per element of each legal test the case argues;
// each card holds the argument (a text with the citation picker) and the facts, exhibits and
// country information it rests on.
import type { Locator } from 'playwright-core';
import type { LegalElementKey } from '../../../../src/shared/legal-elements';
import { exactName, nameContaining, WindowPage } from '../window-page';

export class ArgumentSection extends WindowPage {
  /** The card of one element. */
  element(key: LegalElementKey): ElementCard {
    return new ElementCard(this.app, this.scope.locator(`[data-element="${key}"]`));
  }

  /** The plain warnings on the elements nothing supports. */
  get warnings(): Locator {
    return this.scope.locator('.cw-element__unsupported').filter({ hasText: this.t('argument:unsupported') });
  }

  /** The line at the top: how many elements nothing supports. */
  get summary(): Locator {
    return this.scope.getByRole('status').first();
  }
}

export class ElementCard extends WindowPage {
  get warning(): Locator {
    return this.scope.locator('.cw-element__unsupported').filter({ hasText: this.t('argument:unsupported') });
  }

  get argument(): Locator {
    return this.field('argument:argumentLabel');
  }

  links(kind: 'facts' | 'exhibits' | 'countryInformation'): Locator {
    return this.scope.getByRole('group', { name: exactName(this.t(`argument:${kind}.legend`)) });
  }

  /** What is linked, one list item each. */
  linked(kind: 'facts' | 'exhibits' | 'countryInformation'): Locator {
    return this.links(kind).getByRole('listitem');
  }

  /** Opens the choice of facts and chooses the one whose words hold `title`, linking it from the keyboard (Enter on the buttons). */
  async linkFact(title: string): Promise<void> {
    const group = new WindowPage(this.app, this.links('facts'));
    await group.button('argument:facts.start').focus();
    await this.page.keyboard.press('Enter');
    const select = group.field('argument:facts.choose');
    const label = (await select.locator('option').allTextContents()).find((text) => text.includes(title));
    if (!label) throw new Error(`No fact "${title}" to link.`);
    await select.selectOption({ label });
    await group.button('argument:facts.add').focus();
    await this.page.keyboard.press('Enter');
  }

  /** Unlinks the link at this position in its list, by its own Unlink button (named for what it unlinks). */
  async unlink(kind: 'facts' | 'exhibits' | 'countryInformation', index: number): Promise<void> {
    await this.linked(kind).nth(index).getByRole('button').click();
  }

  /** Opens the choice of exhibits, chooses one by its title, types its pages and links it by mouse. */
  async linkExhibit(title: string, pages: string): Promise<void> {
    const group = new WindowPage(this.app, this.links('exhibits'));
    await group.button('argument:exhibits.start').click();
    await group.field('argument:exhibits.choose').selectOption({ label: title });
    await group.field('argument:exhibits.pages').fill(pages);
    await group.button('argument:exhibits.add').click();
  }

  /** The citations of the argument, said in words under it. */
  get citations(): Locator {
    return this.scope.getByRole('list', { name: exactName(this.t('citations:field.listHeading', { field: this.t('argument:argumentLabel') })) }).getByRole('listitem');
  }

  /** The button that takes one citation out, by the words that name it. */
  removeCitation(words: string): Locator {
    return this.scope.getByRole('button', { name: nameContaining(words) });
  }

  /** Resolves once the card's status line says its newest text is saved. */
  async saved(): Promise<void> {
    await this.scope.locator('.cw-save-status').filter({ hasText: exactName(this.t('common:saved')) }).waitFor({ timeout: 15_000 });
  }
}
