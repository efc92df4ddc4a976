// The Persecution tab: a form that saves as the lawyer types, with its "Saving…" / "Saved" line.
import type { Locator } from 'playwright-core';
import { exactName, WindowPage } from '../window-page';

export interface PersecutionToFill {
  /** A ground value (political_opinion, religion…). */
  ground: string;
  reasoning: string;
  agent: string;
  charge: { state: string; code: string; article: string; text: string };
  risk: string;
  statement: string;
}

export class PersecutionSection extends WindowPage {
  /** The live line that says whether the last change is saved. */
  get saveStatus(): Locator {
    return this.scope.locator('.cw-save-status');
  }

  private row(key: string): WindowPage {
    return new WindowPage(this.app, this.scope.getByRole('group', { name: exactName(this.t(key, { n: 1 })) }));
  }

  async fill(profile: PersecutionToFill): Promise<void> {
    const ground = this.t(`vocab:persecutionGrounds.${profile.ground}`);
    await this.checkbox(`vocab:persecutionGrounds.${profile.ground}`).check();
    await this.field('persecution:groundReasoning', { ground }).fill(profile.reasoning);

    await this.button('persecution:agents.add').click();
    await this.row('persecution:agents.row').field('persecution:agents.row', { n: 1 }).fill(profile.agent);

    await this.button('persecution:charges.add').click();
    const charge = this.row('persecution:charges.row');
    await charge.field('persecution:charges.state').fill(profile.charge.state);
    await charge.field('persecution:charges.code').fill(profile.charge.code);
    await charge.field('persecution:charges.article').fill(profile.charge.article);
    await charge.field('persecution:charges.text').fill(profile.charge.text);

    await this.button('persecution:risks.add').click();
    await this.row('persecution:risks.row').field('persecution:risks.row', { n: 1 }).fill(profile.risk);

    await this.field('persecution:narrative').fill(profile.statement);
  }

  /** The CAT communication's other international procedures (art. 22(5)(a)). */
  async fillOtherProcedures(text: string): Promise<void> {
    await this.field('persecution:otherProcedures').fill(text);
  }

  /** Resolves once the status line says the newest text is saved. */
  async saved(): Promise<void> {
    await this.saveStatus.filter({ hasText: exactName(this.t('common:saved')) }).waitFor({ timeout: 15_000 });
  }
}
