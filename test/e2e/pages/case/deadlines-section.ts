// The Deadlines tab: the countdowns, and the form for a deadline entered by hand.
import type { Locator } from 'playwright-core';
import { exactName, nameStartingWith, WindowPage } from '../window-page';

export interface DeadlineToAdd {
  title: string;
  /** YYYY-MM-DD. */
  due: string;
  consequence: string;
}

export class DeadlinesSection extends WindowPage {
  /** A deadline's entry in the list, found by its heading. */
  deadline(title: string): Locator {
    return this.scope.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: nameStartingWith(title) }) });
  }

  /** The words that mark a deadline with fewer than seven days left. */
  urgentBadge(entry: Locator): Locator {
    return entry.getByText(exactName(this.t('deadlines:urgentBadge')));
  }

  async add(deadline: DeadlineToAdd): Promise<Locator> {
    await this.button('deadlines:add').click();
    const form = new WindowPage(this.app, this.scope.getByRole('form', { name: exactName(this.t('deadlines:form.heading')) }));
    await form.field('deadlines:form.title').fill(deadline.title);
    await form.field('deadlines:form.due').fill(deadline.due);
    await form.field('deadlines:form.consequence').fill(deadline.consequence);
    await form.button('deadlines:form.save').click();
    await this.status('deadlines:created', { title: deadline.title }).waitFor();
    return this.deadline(deadline.title);
  }
}
