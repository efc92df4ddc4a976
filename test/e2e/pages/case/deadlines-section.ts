// The Deadlines tab: the countdowns, the marks on each deadline ("Done", "State in the filing"),
// and the form for a deadline entered by hand, to add one or edit it (with a time and zone).
import type { Locator } from 'playwright-core';
import { exactName, nameStartingWith, WindowPage } from '../window-page';

export interface DeadlineToAdd {
  title: string;
  /** YYYY-MM-DD. */
  due: string;
  consequence: string;
}

export interface DeadlineTime {
  /** HH:MM. */
  time: string;
  /** An IANA zone, "Asia/Almaty". */
  timeZone: string;
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

  /** The words over a deadline's date: its countdown, or "Done". */
  countdown(title: string): Locator {
    return this.deadline(title).locator('.cw-deadline__countdown');
  }

  /** A deadline's "Done" or "State in the filing" tick box. */
  mark(title: string, mark: 'done' | 'inFiling'): Locator {
    return this.deadline(title).getByRole('checkbox', { name: exactName(this.t(`deadlines:${mark}`)) });
  }

  /** Ticks "Done" with the mouse; resolves once the window says so. */
  async markDone(title: string): Promise<void> {
    await this.mark(title, 'done').check();
    await this.status('deadlines:markedDone', { title }).waitFor();
  }

  /** Ticks "State in the filing" from the keyboard (focus, Space); resolves once the window says so. */
  async stateInFiling(title: string): Promise<void> {
    await this.mark(title, 'inFiling').focus();
    await this.page.keyboard.press('Space');
    await this.status('deadlines:markedInFiling', { title }).waitFor();
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

  /** The form that sets a derived deadline's time, after "Set the time" on it. */
  async openTimeForm(title: string): Promise<WindowPage> {
    await this.button('deadlines:setTimeNamed', { title }).click();
    return new WindowPage(this.app, this.scope.getByRole('form', { name: exactName(this.t('deadlines:form.timeHeading')) }));
  }

  /** Fills the time form and saves; resolves once the window says so. */
  async saveTime(form: WindowPage, title: string, when: DeadlineTime): Promise<void> {
    await form.field('deadlines:form.time').fill(when.time);
    await form.field('deadlines:form.timeZone').fill(when.timeZone);
    await form.button('deadlines:form.saveChanges').click();
    await this.status('deadlines:updated', { title }).waitFor();
  }

  /** Opens a hand-entered deadline's edit form, sets what is given, and saves. */
  async edit(title: string, changes: Partial<DeadlineToAdd> & Partial<DeadlineTime>): Promise<void> {
    await this.button('deadlines:editNamed', { title }).click();
    const form = new WindowPage(this.app, this.scope.getByRole('form', { name: exactName(this.t('deadlines:form.editHeading')) }));
    if (changes.title !== undefined) await form.field('deadlines:form.title').fill(changes.title);
    if (changes.due !== undefined) await form.field('deadlines:form.due').fill(changes.due);
    if (changes.consequence !== undefined) await form.field('deadlines:form.consequence').fill(changes.consequence);
    if (changes.time !== undefined) await form.field('deadlines:form.time').fill(changes.time);
    if (changes.timeZone !== undefined) await form.field('deadlines:form.timeZone').fill(changes.timeZone);
    await form.button('deadlines:form.saveChanges').click();
    await this.status('deadlines:updated', { title: changes.title ?? title }).waitFor();
  }
}
