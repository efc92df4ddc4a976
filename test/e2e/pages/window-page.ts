// The base of every page object: finds things the way a person (or a screen reader) does, by
// role and accessible name, with names taken from the window's own message files.
import type { Locator, Page } from 'playwright-core';
import type { AppWindow } from '../support/fixtures';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as shown, allowing the asterisk the form adds to a required field's label. */
export function exactName(text: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(text)}(\\s*\\*)?\\s*$`);
}

export class WindowPage {
  constructor(readonly app: AppWindow) {}

  get page(): Page {
    return this.app.page;
  }

  /** The window's text for a message key ("namespace:path"), in its language. */
  t(key: string, values?: Record<string, string | number>): string {
    return this.app.text(key, values);
  }

  heading(key: string, values?: Record<string, string | number>): Locator {
    return this.page.getByRole('heading', { name: exactName(this.t(key, values)) });
  }

  button(key: string, values?: Record<string, string | number>): Locator {
    return this.page.getByRole('button', { name: exactName(this.t(key, values)) });
  }

  link(key: string, values?: Record<string, string | number>): Locator {
    return this.page.getByRole('link', { name: exactName(this.t(key, values)) });
  }

  tab(key: string, values?: Record<string, string | number>): Locator {
    return this.page.getByRole('tab', { name: exactName(this.t(key, values)) });
  }

  /** A form control by its label. */
  field(key: string, values?: Record<string, string | number>): Locator {
    return this.page.getByLabel(exactName(this.t(key, values)));
  }

  checkbox(key: string, values?: Record<string, string | number>): Locator {
    return this.page.getByRole('checkbox', { name: exactName(this.t(key, values)) });
  }

  /** Resolves with the text of the first heading once one is on screen (the app has started). */
  async firstHeading(timeout = 30_000): Promise<string> {
    const heading = this.page.getByRole('heading').first();
    await heading.waitFor({ state: 'visible', timeout });
    return (await heading.innerText()).trim();
  }
}
