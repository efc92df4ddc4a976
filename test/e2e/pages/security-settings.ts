// Settings' security area (screen capture, a new recovery key, renewing the vault key, travel
// mode, quick wipe), and the screens around it: unlocking with the recovery key, and the new
// passphrase a vault back from travel mode asks for. Each action is found in its own region,
// by its heading, since "Current passphrase" appears in several of them.
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { exactName, WindowPage } from './window-page';
import { Workspace } from './workspace';

/** The recovery key as the window shows it (groups apart), in the form a person types it. */
export function typedKey(shown: string): string {
  return shown.trim().split(/\s+/).join('-');
}

export class SecuritySettings extends WindowPage {
  get title(): Locator {
    return this.heading('settings:security.title');
  }

  /** From anywhere in the workspace: Settings, then the security area. */
  async open(): Promise<void> {
    await new Workspace(this.app).openSettings();
    await this.title.waitFor();
  }

  /** One action's region, by its heading. */
  region(titleKey: string): Locator {
    return this.page.getByRole('region', { name: exactName(this.t(titleKey)) });
  }

  get captureCheckbox(): Locator {
    return this.region('settings:security.capture.title').getByRole('checkbox', { name: exactName(this.t('settings:security.capture.label')) });
  }

  /** The new key on screen; the region of the notice that shows it once. */
  get recoveryKeyNotice(): Locator {
    return this.page.getByRole('region', { name: exactName(this.t('vault:recovery.newTitle')) });
  }

  /** Reads the new recovery key shown once, ticks "stored" and leaves it ("Done"). */
  async storeNewRecoveryKey(): Promise<string> {
    const notice = this.recoveryKeyNotice;
    await notice.waitFor({ timeout: 60_000 });
    const key = typedKey(await notice.locator('.recovery__key').innerText());
    await notice.getByRole('checkbox', { name: exactName(this.t('vault:recovery.confirm')) }).check();
    await notice.getByRole('button', { name: exactName(this.t('settings:security.done')) }).click();
    return key;
  }

  /** Asks for a new recovery key with `passphrase`; resolves once the key shows. */
  async askNewRecoveryKey(passphrase: string): Promise<void> {
    const region = this.region('settings:security.recovery.title');
    await region.getByLabel(exactName(this.t('settings:passphrase.current'))).fill(passphrase);
    await region.getByRole('button', { name: exactName(this.t('settings:security.recovery.submit')) }).click();
  }

  async renewVaultKey(passphrase: string): Promise<void> {
    const region = this.region('settings:security.rekey.title');
    await region.getByLabel(exactName(this.t('settings:passphrase.current'))).fill(passphrase);
    await region.getByRole('button', { name: exactName(this.t('settings:security.rekey.submit')) }).click();
  }

  /** Types the recovery key into travel mode's form and starts it. */
  async startTravel(recoveryKey: string): Promise<void> {
    const region = this.region('settings:security.travel.title');
    await region.getByLabel(exactName(this.t('settings:security.travel.recoveryKey'))).fill(recoveryKey);
    await region.getByRole('button', { name: exactName(this.t('settings:security.travel.submit')) }).click();
  }

  get wipeRegion(): Locator {
    return this.region('settings:security.wipe.title');
  }

  /** The first ask: the button that opens the confirmation. */
  async beginWipe(vaultName: string): Promise<void> {
    await this.wipeRegion.getByRole('button', { name: exactName(this.t('settings:security.wipe.start', { name: vaultName })) }).click();
  }

  /** The second ask: types `typed` where the word is asked, then the passphrase, and presses the final button. */
  async confirmWipe(typed: string, passphrase: string): Promise<void> {
    const word = this.t('settings:security.wipe.word');
    await this.wipeRegion.getByLabel(exactName(this.t('settings:security.wipe.typeWord', { word }))).fill(typed);
    await this.wipeRegion.getByLabel(exactName(this.t('settings:passphrase.current'))).fill(passphrase);
    await this.wipeRegion.getByRole('button', { name: exactName(this.t('settings:security.wipe.confirm')) }).click();
  }
}

/** The unlock screen's recovery-key path and the new passphrase asked after travel mode. */
export class BorderGate extends WindowPage {
  /** The notice the unlock screen shows after travel mode or a wipe. */
  partedNotice(kind: 'travel' | 'wipe', vaultName: string): Locator {
    return this.status(`vault:parted.${kind}`, { name: vaultName });
  }

  async unlockWithPassphrase(passphrase: string): Promise<void> {
    await this.field('vault:unlock.passphrase').fill(passphrase);
    await this.button('vault:unlock.submit').click();
  }

  async unlockWithRecoveryKey(recoveryKey: string): Promise<void> {
    await this.button('vault:unlock.useRecoveryKey').click();
    await this.field('vault:unlock.recoveryKey').fill(recoveryKey);
    await this.button('vault:unlock.submit').click();
  }

  /** The first-run screen's way to another vault: "Open an existing vault", the folder, the passphrase. */
  async openExistingVault(dir: string, passphrase: string): Promise<void> {
    await this.button('vault:create.openExisting').click();
    this.app.transport.dialogs.nextVaultFolder(dir);
    await this.button('vault:unlock.openAnother').click();
    await this.unlockWithPassphrase(passphrase);
  }

  /**
   * Waits until the strength meter has judged what was typed: until its dictionaries arrive the
   * form cannot tell whether the core would accept the passphrase, and does not submit.
   */
  async strengthJudged(): Promise<void> {
    const checking = this.t('vault:strength.checking');
    await expect.poll(() => this.page.locator('.strength__text strong').innerText(), { timeout: 60_000 }).not.toBe(checking);
  }

  /**
   * First run: creates the vault in `dir` through the form, stores the recovery key as asked and
   * goes on. Returns the recovery key as a person types it.
   */
  async createVault(dir: string, passphrase: string): Promise<string> {
    await this.heading('vault:create.firstRunTitle').waitFor({ timeout: 30_000 });
    this.app.transport.dialogs.nextVaultFolder(dir);
    await this.button('vault:create.chooseFolder').click();
    await expect.poll(() => this.field('vault:create.folder').inputValue()).toBe(dir);
    await this.field('vault:passphrase.label').fill(passphrase);
    await this.field('vault:passphrase.confirm').fill(passphrase);
    await this.strengthJudged();
    await this.button('vault:create.submit').click();
    const key = this.page.locator('.recovery__key');
    await key.waitFor({ timeout: 60_000 });
    const shown = await key.innerText();
    await this.checkbox('vault:recovery.confirm').check();
    await this.button('vault:recovery.continue').click();
    return typedKey(shown);
  }

  get newPassphraseTitle(): Locator {
    return this.heading('vault:newPassphrase.title');
  }

  async setNewPassphrase(passphrase: string): Promise<void> {
    await this.field('vault:passphrase.new').fill(passphrase);
    await this.field('vault:passphrase.confirm').fill(passphrase);
    await this.strengthJudged();
    await this.button('vault:newPassphrase.submit').click();
  }
}
