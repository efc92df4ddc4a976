// The export view's pre-flight: "Check the dossier", the findings grouped by severity with a
// "Fix in …" link each, and the confirm step an export the pre-flight blocks asks for.
import type { Locator } from 'playwright-core';
import { exactName, nameContaining, WindowPage } from '../window-page';

export class PreflightPanel extends WindowPage {
  get region(): Locator {
    return this.scope.getByRole('region', { name: exactName(this.t('preflight:heading')) });
  }

  /** Runs the check and resolves once its findings (or "nothing to fix") are shown. */
  async check(): Promise<void> {
    await this.region.getByRole('button', { name: exactName(this.t('preflight:run')) }).click();
    await this.region.locator('.cw-preflight__group, .cw-note--info').first().waitFor();
  }

  /** The list of one severity's findings, named by its heading ("Blocks the export"). */
  group(severity: 'block' | 'warn' | 'info'): Locator {
    return this.region.getByRole('list', { name: exactName(this.t(`preflight:severity.${severity}`)) });
  }

  /** A finding by its stable code (and the words it must show). */
  finding(code: string, words?: string): Locator {
    const item = this.region.locator(`li[data-code="${code}"]`);
    return words === undefined ? item : item.filter({ hasText: nameContaining(words) });
  }

  /** A finding's "Fix in …" link. */
  fixLink(finding: Locator, place: string): Locator {
    return finding.getByRole('button', { name: exactName(this.t('preflight:open', { place: this.t(`preflight:places.${place}`) })) });
  }

  /** The confirm step of a blocked export. */
  get confirm(): Locator {
    return this.scope.getByRole('alertdialog', { name: exactName(this.t('preflight:confirm.heading')) });
  }

  get exportAnyway(): Locator {
    return this.confirm.getByRole('button', { name: exactName(this.t('preflight:confirm.override')) });
  }

  get goBack(): Locator {
    return this.confirm.getByRole('button', { name: exactName(this.t('preflight:confirm.cancel')) });
  }
}
