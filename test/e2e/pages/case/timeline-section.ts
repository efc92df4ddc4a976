// The Timeline tab: the list of events and the form that adds one, with the files it links.
import type { Locator } from 'playwright-core';
import type { AppWindow } from '../../support/fixtures';
import { exactName, nameContaining, nameStartingWith, WindowPage } from '../window-page';

export interface EventToAdd {
  /** As typed: 2021-11-03, or 2021-11 for a month. */
  date: string;
  /** A precision value (day, month, year…), chosen by value. */
  precision: string;
  /** An event type value (arrest, charge…), chosen by value. */
  type: string;
  status: 'confirmed' | 'disputed';
  title: string;
  place: string;
  description: string;
  /** Titles of the case's files that prove it. */
  evidence: string[];
}

export class TimelineSection extends WindowPage {
  get events(): Locator {
    return this.scope.getByRole('listbox', { name: exactName(this.t('timeline:listLabel')) });
  }

  event(title: string): Locator {
    return this.events.getByRole('option', { name: nameContaining(title) });
  }

  /** The box that narrows the list to events whose words match. */
  get filter(): Locator {
    return this.field('timeline:filter');
  }

  /** The header's count of the case's events ("5,000 events"). */
  count(events: number): Locator {
    return this.scope.getByText(exactName(this.t('timeline:count', { count: events })));
  }

  /** The line under the filter while it narrows the list ("Showing 1 of 5,000 events"). */
  showing(shown: number, total: number): Locator {
    return this.scope.getByText(exactName(this.t('timeline:showing', { count: shown, total })));
  }

  /** The band's zoom buttons ("Years", "Months"), pressed when chosen. */
  zoomButton(scale: 'years' | 'months'): Locator {
    return this.scope.getByRole('group', { name: exactName(this.t('timeline:band.zoom')) }).getByRole('button', { name: exactName(this.t(`timeline:band.${scale}`)) });
  }

  /** The band's scrolling area (focusable when the band is wider than the view). */
  get bandScroll(): Locator {
    return this.scope.locator('.cw-band__scroll');
  }

  /** Where each event's marker is drawn on the band: its title (the marker's tooltip) and centre. */
  async markers(): Promise<{ title: string; x: number; y: number }[]> {
    // A string, not a function: the test runner's transform could add helpers a page lacks.
    return (await this.page.evaluate(`[...document.querySelectorAll('.cw-panel:not([hidden]) .cw-band__scroll .cw-marker')].map((marker) => {
      const circle = marker.querySelector('circle');
      return { title: marker.querySelector('title')?.textContent ?? '', x: Number(circle.getAttribute('cx')), y: Number(circle.getAttribute('cy')) };
    })`)) as { title: string; x: number; y: number }[];
  }

  /** "Add event", then the form filled in and the files ticked; `submit` adds the event. */
  async fillNewEvent(event: EventToAdd): Promise<NewEventForm> {
    await this.button('timeline:addEvent').first().click();
    const form = new NewEventForm(this.app, this.scope.getByRole('form', { name: exactName(this.t('timeline:form.newTitle')) }), this, event);
    await form.fill();
    return form;
  }

  async addEvent(event: EventToAdd): Promise<void> {
    await (await this.fillNewEvent(event)).submit();
  }
}

export class NewEventForm extends WindowPage {
  constructor(
    app: AppWindow,
    root: Locator,
    private readonly timeline: TimelineSection,
    private readonly event: EventToAdd,
  ) {
    super(app, root);
  }

  async fill(): Promise<void> {
    const { event } = this;
    await this.field('timeline:form.date').fill(event.date);
    await this.field('timeline:form.precision').selectOption(event.precision);
    await this.field('timeline:form.type').selectOption(event.type);
    await this.radio(`vocab:eventStatuses.${event.status}`).check();
    await this.field('timeline:form.title').fill(event.title);
    await this.field('timeline:form.place').fill(event.place);
    await this.field('timeline:form.description').fill(event.description);
    for (const title of event.evidence) {
      await this.field('timeline:form.findEvidence').fill(title);
      await this.scope.getByRole('checkbox', { name: nameStartingWith(title) }).check();
    }
    await this.field('timeline:form.findEvidence').fill('');
  }

  /** "Add event"; resolves once the timeline says it was added. */
  async submit(): Promise<void> {
    await this.button('timeline:form.create').click();
    await this.timeline.status('timeline:status.created', { title: this.event.title }).waitFor();
  }
}
