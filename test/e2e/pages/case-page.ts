// One open case: its header and the six views as tabs. Each view's page object looks only inside
// its own tab panel (the views stay mounted once seen, so "Title" is in several of them).
import type { Locator } from 'playwright-core';
import { ArgumentSection } from './case/argument-section';
import { DeadlinesSection } from './case/deadlines-section';
import { EvidenceSection } from './case/evidence-section';
import { ExportSection } from './case/export-section';
import { PersecutionSection } from './case/persecution-section';
import { RedactionSection } from './case/redaction-section';
import { TimelineSection } from './case/timeline-section';
import { exactName, nameStartingWith, WindowPage } from './window-page';

export type CaseViewName = 'profile' | 'timeline' | 'evidence' | 'persecution' | 'argument' | 'deadlines' | 'redaction' | 'export';

export class CasePage extends WindowPage {
  title(caseTitle: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: exactName(caseTitle) });
  }

  /** The line under the case's title: the client's names in both scripts. */
  get clientNames(): Locator {
    return this.page.locator('.cw-header__client');
  }

  get tabs(): Locator {
    return this.page.getByRole('tablist', { name: exactName(this.t('caseView:tabsLabel')) });
  }

  /** A tab by its view; its name may go on with a count ("Deadlines 1 urgent deadline"). */
  viewTab(view: CaseViewName): Locator {
    return this.tabs.getByRole('tab', { name: nameStartingWith(this.t(`caseView:tabs.${view}`)) });
  }

  panel(view: CaseViewName): Locator {
    return this.page.locator(`#case-panel-${view}`);
  }

  /** Shows a view and resolves once its panel is on screen. */
  async open(view: CaseViewName): Promise<Locator> {
    await this.viewTab(view).click();
    const panel = this.panel(view);
    await panel.waitFor({ state: 'visible' });
    return panel;
  }

  async timeline(): Promise<TimelineSection> {
    return new TimelineSection(this.app, await this.open('timeline'));
  }

  async evidence(): Promise<EvidenceSection> {
    return new EvidenceSection(this.app, await this.open('evidence'));
  }

  async persecution(): Promise<PersecutionSection> {
    return new PersecutionSection(this.app, await this.open('persecution'));
  }

  async argument(): Promise<ArgumentSection> {
    return new ArgumentSection(this.app, await this.open('argument'));
  }

  async deadlines(): Promise<DeadlinesSection> {
    return new DeadlinesSection(this.app, await this.open('deadlines'));
  }

  async redaction(): Promise<RedactionSection> {
    return new RedactionSection(this.app, await this.open('redaction'));
  }

  async export(): Promise<ExportSection> {
    return new ExportSection(this.app, await this.open('export'));
  }

  async close(): Promise<void> {
    await this.button('caseView:closeCase').click();
  }
}
