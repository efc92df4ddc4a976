// The screens before a vault is open: first-run creation with the recovery key shown once, and
// unlocking. Folder dialogs are answered by the transport's dialog script.
import { expect } from 'vitest';
import { WindowPage } from './window-page';

export class VaultGate extends WindowPage {
  /** First run: "Create your vault", visible without any click. */
  get firstRunTitle() {
    return this.heading('vault:create.firstRunTitle');
  }

  get unlockTitle() {
    return this.heading('vault:unlock.title');
  }

  /**
   * Creates a vault in `dir` through the form, stores the recovery key as asked and goes on to
   * the workspace. Returns the recovery key as the window showed it.
   */
  async createVault({ dir, passphrase }: { dir: string; passphrase: string }): Promise<string> {
    const recoveryKey = await this.submitNewVault({ dir, passphrase });
    await this.confirmRecoveryKeyStored();
    return recoveryKey;
  }

  /** Fills the first-run form and creates the vault; resolves on the recovery key, shown once. */
  async submitNewVault({ dir, passphrase }: { dir: string; passphrase: string }): Promise<string> {
    this.app.transport.dialogs.nextVaultFolder(dir);
    await this.button('vault:create.chooseFolder').click();
    await expect.poll(() => this.field('vault:create.folder').inputValue()).toBe(dir);
    await this.field('vault:passphrase.label').fill(passphrase);
    await this.field('vault:passphrase.confirm').fill(passphrase);
    await this.button('vault:create.submit').click();

    await this.heading('vault:recovery.title').waitFor({ timeout: 30_000 });
    return (await this.recoveryKey.innerText()).trim();
  }

  get recoveryKey() {
    return this.page.locator('.recovery__key');
  }

  /** Ticks "I have stored the recovery key safely" and goes on to the vault. */
  async confirmRecoveryKeyStored(): Promise<void> {
    await this.checkbox('vault:recovery.confirm').check();
    await this.button('vault:recovery.continue').click();
  }

  /** Unlocks the vault chosen in the list (the most recent by default) with its passphrase. */
  async unlock(passphrase: string): Promise<void> {
    await this.field('vault:unlock.passphrase').fill(passphrase);
    await this.button('vault:unlock.submit').click();
  }
}
