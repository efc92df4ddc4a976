// The export view's citation report: every citation of the case's texts and where it lands.
import type { Locator } from 'playwright-core';
import { exactName, WindowPage } from '../window-page';

export class CitationReportPanel extends WindowPage {
  async list(): Promise<void> {
    await this.button('citations:report.check').click();
    await this.scope.getByRole('status').filter({ hasText: /\d/ }).first().waitFor({ timeout: 60_000 });
  }

  /** "List again", for the choices now on screen. */
  async relist(): Promise<void> {
    await this.button('citations:report.again').click();
    await this.scope.getByText(this.t('citations:report.stale')).waitFor({ state: 'detached' });
  }

  /** Where an entry lands in the dossier ("Annex 3, p. 2; dossier p. 20"), or why it cannot. */
  lands(entry: Locator): Locator {
    return entry.locator('.citation-report__lands');
  }

  get entries(): Locator {
    return this.scope.locator('.citation-report__entry');
  }

  get broken(): Locator {
    return this.scope.locator('.citation-report__entry--broken');
  }

  /** The entry's link to the text it is in. */
  open(entry: Locator): Locator {
    return entry.getByRole('button', { name: new RegExp(`^${this.t('citations:report.open').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  static in(page: WindowPage): CitationReportPanel {
    return new CitationReportPanel(page.app, page.page.getByRole('region', { name: exactName(page.t('citations:report.heading')) }));
  }
}
