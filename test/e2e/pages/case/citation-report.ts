// The export view's citation report: every citation of the case's texts and where it lands.
import type { Locator } from 'playwright-core';
import { exactName, WindowPage } from '../window-page';

export class CitationReportPanel extends WindowPage {
  async list(): Promise<void> {
    await this.button('citations:report.check').click();
    await this.scope.getByRole('status').filter({ hasText: /\d/ }).first().waitFor({ timeout: 60_000 });
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
