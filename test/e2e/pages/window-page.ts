// The base of every page object: finds things the way a person (or a screen reader) does, by
// role and accessible name, with names taken from the window's own message files. A page object
// for one part of the window (a tab panel, a form, a dialog) passes that part as its root, so
// a label used twice in the window ("Title") is found where the person is looking.
import type { Locator, Page } from 'playwright-core';
import type { AppWindow } from '../support/fixtures';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as shown, allowing the asterisk the form adds to a required field's label. */
export function exactName(text: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(text)}(\\s*\\*)?\\s*$`);
}

/** A name that begins with `text`: a checkbox "Title (Kind)", a tab with a count badge. */
export function nameStartingWith(text: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(text)}`);
}

/** A name that holds `text` anywhere: a list row that shows a date and a type before its title. */
export function nameContaining(text: string): RegExp {
  return new RegExp(escapeRegExp(text));
}

export class WindowPage {
  constructor(
    readonly app: AppWindow,
    /** The part of the window this object looks in; the whole page by default. */
    readonly root?: Locator,
  ) {}

  get page(): Page {
    return this.app.page;
  }

  protected get scope(): Page | Locator {
    return this.root ?? this.page;
  }

  /** The window's text for a message key ("namespace:path"), in its language. */
  t(key: string, values?: Record<string, string | number>): string {
    return this.app.text(key, values);
  }

  heading(key: string, values?: Record<string, string | number>): Locator {
    return this.scope.getByRole('heading', { name: exactName(this.t(key, values)) });
  }

  button(key: string, values?: Record<string, string | number>): Locator {
    return this.scope.getByRole('button', { name: exactName(this.t(key, values)) });
  }

  link(key: string, values?: Record<string, string | number>): Locator {
    return this.scope.getByRole('link', { name: exactName(this.t(key, values)) });
  }

  tab(key: string, values?: Record<string, string | number>): Locator {
    return this.scope.getByRole('tab', { name: exactName(this.t(key, values)) });
  }

  /** A form control by its label. */
  field(key: string, values?: Record<string, string | number>): Locator {
    return this.scope.getByLabel(exactName(this.t(key, values)));
  }

  checkbox(key: string, values?: Record<string, string | number>): Locator {
    return this.scope.getByRole('checkbox', { name: exactName(this.t(key, values)) });
  }

  radio(key: string, values?: Record<string, string | number>): Locator {
    return this.scope.getByRole('radio', { name: exactName(this.t(key, values)) });
  }

  /** A live status line whose text is exactly the message (role "status"). */
  status(key: string, values?: Record<string, string | number>): Locator {
    return this.scope.getByRole('status').filter({ hasText: exactName(this.t(key, values)) });
  }

  /** Resolves with the text of the first heading once one is on screen (the app has started). */
  async firstHeading(timeout = 30_000): Promise<string> {
    const heading = this.page.getByRole('heading').first();
    await heading.waitFor({ state: 'visible', timeout });
    return (await heading.innerText()).trim();
  }

  /**
   * Starts noting every progress bar that appears in the page, however briefly (a small import
   * can finish between two polls of a locator). Returns a function that gives their labels.
   */
  async watchProgressBars(): Promise<() => Promise<string[]>> {
    const key = `__progressSeen${Math.random().toString(36).slice(2)}`;
    // A string, not a function: the test runner's transform could add helpers a page lacks.
    await this.page.evaluate(`(() => {
      const seen = (window[${JSON.stringify(key)}] = []);
      const note = (node) => {
        if (!(node instanceof Element)) return;
        const bars = node.matches('[role=progressbar]') ? [node] : [...node.querySelectorAll('[role=progressbar]')];
        for (const bar of bars) seen.push(bar.getAttribute('aria-label') || '');
      };
      new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(note))).observe(document.body, {
        childList: true,
        subtree: true,
      });
    })()`);
    return async () => (await this.page.evaluate(`window[${JSON.stringify(key)}]`)) as string[];
  }
}
