// Border mode and the vault's keys in the built window, in Debian's Chromium against the real
// core, in English and in Russian: Settings' security area (screen capture, a new recovery key,
// renewing the vault key, travel mode, quick wipe), the new passphrase a vault back from travel
// asks for, and the warning when vault.json's key slots were changed outside Dossier. Every
// action is checked by its real effect on the vault (which secret opens it afterwards), not by
// what the window says; and every new screen is scanned with axe and photographed.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { InterfaceLanguage } from '../../src/shared/contract';
import { copyOfV1Vault, V1_RECOVERY_KEY } from '../support/old-vault';
import { PASSPHRASE } from '../support/sample-case';
import { BorderGate, SecuritySettings } from './pages/security-settings';
import { VaultGate } from './pages/vault-gate';
import { exactName } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { scanAccessibility, scanAndPhotographView, saveScreenshot } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';
import { callCore } from './support/core-calls';

/** The passphrase chosen after travel mode: a new one, strong enough for the core's rule. */
const NEW_PASSPHRASE = 'violet harbour climbs seven quiet ladders';
const bothLanguages: InterfaceLanguage[] = ['en', 'ru'];

/** Creates the vault through the first-run screen; returns its recovery key as a person types it. */
async function createVaultInWindow(app: AppWindow): Promise<string> {
  const recoveryKey = await new BorderGate(app).createVault(app.vaultDir, PASSPHRASE);
  await new Workspace(app).heading('shell:home.title').waitFor({ timeout: 30_000 });
  return recoveryKey;
}

/** The workspace is on screen (after an unlock it goes back to the page it was on, Settings here). */
async function inWorkspace(app: AppWindow, timeout = 30_000): Promise<void> {
  await new Workspace(app).navigation.waitFor({ timeout });
}

/** Whether `secret` opens the vault, asked of the core directly (it stays locked either way). */
async function opens(app: AppWindow, dir: string, secret: { passphrase: string } | { recoveryKey: string }): Promise<boolean> {
  try {
    await callCore(app, 'vault.unlock', { dir, ...secret });
  } catch (error) {
    expect(error).toMatchObject({ code: 'WRONG_SECRET' });
    return false;
  }
  await callCore(app, 'vault.lock', undefined);
  return true;
}

/** A recovery key of the right form that is not this vault's: its first character changed. */
function anotherKey(key: string): string {
  return `${key.startsWith('A') ? 'B' : 'A'}${key.slice(1)}`;
}

describeInChromium('security settings and border mode in the window', () => {
  const e2e = useChromium();

  it.each(bothLanguages)('%s: the security area says what each action does; the window is hidden from screen capture by default, and unticking it is saved', async (language) => {
    const app = await openWindow(e2e(), { unlocked: true, language });
    const security = new SecuritySettings(app);
    await security.open();
    await expect.poll(() => security.captureCheckbox.isChecked()).toBe(true);
    for (const title of ['recovery', 'rekey', 'travel', 'wipe']) await security.region(`settings:security.${title}.title`).waitFor();
    await scanAndPhotographView(app.page, `settings-security-${language}`);

    await security.captureCheckbox.uncheck();
    await security.status('settings:security.capture.shown').waitFor();
    expect(await callCore(app, 'settings.get', undefined)).toMatchObject({ hideFromScreenCapture: false });
    await security.captureCheckbox.check();
    await security.status('settings:security.capture.hidden').waitFor();
    expect(await callCore(app, 'settings.get', undefined)).toMatchObject({ hideFromScreenCapture: true });
    expect(app.problems).toEqual([]);
  });

  it('a new recovery key: a wrong passphrase is said at its field; the new key is shown once, and the old one no longer opens the vault', async () => {
    const app = await openWindow(e2e());
    const oldKey = await createVaultInWindow(app);
    const security = new SecuritySettings(app);
    await security.open();

    await security.askNewRecoveryKey('not the passphrase at all');
    await security.region('settings:security.recovery.title').getByText(exactName(app.text('settings:passphrase.wrongCurrent'))).waitFor();

    await security.askNewRecoveryKey(PASSPHRASE);
    await security.recoveryKeyNotice.waitFor({ timeout: 30_000 });
    await security.recoveryKeyNotice.getByText(app.text('vault:recovery.oldKeyRevoked')).waitFor();
    await scanAndPhotographView(app.page, 'settings-new-recovery-key-en');
    const newKey = await security.storeNewRecoveryKey();
    expect(newKey).not.toBe(oldKey);
    await security.status('settings:security.recovery.done').waitFor();

    await new Workspace(app).lock();
    expect(await opens(app, app.vaultDir, { recoveryKey: oldKey })).toBe(false);
    await new BorderGate(app).unlockWithRecoveryKey(newKey);
    await inWorkspace(app);
    expect(app.problems).toEqual([]);
  });

  it('renewing the key of a vault that uses one key for everything: it says so, shows progress, then the new recovery key; the old key stops opening it', async () => {
    const app = await openWindow(e2e());
    const dir = await copyOfV1Vault();
    const gate = new BorderGate(app);
    await gate.openExistingVault(dir, PASSPHRASE);
    await new Workspace(app).heading('shell:home.title').waitFor({ timeout: 60_000 });
    const security = new SecuritySettings(app);
    await security.open();
    const rekey = security.region('settings:security.rekey.title');
    const oldScheme = rekey.getByText(app.text('settings:security.rekey.oldScheme'));
    await oldScheme.waitFor();

    const progressBars = await security.watchProgressBars();
    await security.renewVaultKey(PASSPHRASE);
    await security.recoveryKeyNotice.waitFor({ timeout: 120_000 });
    expect(await progressBars()).toContain(app.text('settings:security.rekey.progress'));
    await scanAndPhotographView(app.page, 'settings-rekey-done-en');
    const newKey = await security.storeNewRecoveryKey();
    await security.status('settings:security.rekey.done').waitFor();
    await expect.poll(() => oldScheme.count()).toBe(0);
    expect(await callCore(app, 'vault.status', undefined)).not.toHaveProperty('oldKeyScheme', true);

    await new Workspace(app).lock();
    expect(await opens(app, dir, { recoveryKey: V1_RECOVERY_KEY })).toBe(false);
    expect(await opens(app, dir, { recoveryKey: newKey })).toBe(true);
    await gate.unlockWithPassphrase(PASSPHRASE);
    await inWorkspace(app, 60_000);
    expect(app.problems).toEqual([]);
  });

  it.each(bothLanguages)(
    '%s: travel mode checks the typed recovery key, then no passphrase opens the vault; the recovery key does, and the window asks for a new passphrase before anything else',
    async (language) => {
      const app = await openWindow(e2e(), { language });
      const recoveryKey = await createVaultInWindow(app);
      const security = new SecuritySettings(app);
      await security.open();

      // A mistyped key: said at the field, and nothing changed.
      await security.startTravel(anotherKey(recoveryKey));
      await security.region('settings:security.travel.title').getByText(exactName(app.text('settings:security.travel.wrongKey'))).waitFor();
      expect(await callCore(app, 'vault.status', undefined)).toMatchObject({ state: 'unlocked' });

      await security.startTravel(recoveryKey);
      const gate = new BorderGate(app);
      await gate.partedNotice('travel', 'vault').waitFor({ timeout: 30_000 });
      expect(await callCore(app, 'vault.status', undefined)).toEqual({ state: 'locked' });
      await scanAccessibility(app.page, `travel-locked-${language}`);
      await saveScreenshot(app.page, `travel-locked-${language}`);

      // The passphrase the vault had opens nothing now, in the window or through the core.
      await gate.unlockWithPassphrase(PASSPHRASE);
      await gate.page.getByText(exactName(app.text('vault:unlock.wrongPassphrase'))).waitFor({ timeout: 30_000 });
      expect(await opens(app, app.vaultDir, { passphrase: PASSPHRASE })).toBe(false);

      await gate.unlockWithRecoveryKey(recoveryKey);
      await gate.newPassphraseTitle.waitFor({ timeout: 30_000 });
      expect(await new Workspace(app).navigation.count()).toBe(0);
      await scanAccessibility(app.page, `travel-new-passphrase-${language}`);
      await saveScreenshot(app.page, `travel-new-passphrase-${language}`);

      await gate.setNewPassphrase(NEW_PASSPHRASE);
      await inWorkspace(app);
      await new Workspace(app).lock();
      expect(await opens(app, app.vaultDir, { passphrase: PASSPHRASE })).toBe(false);
      await gate.unlockWithPassphrase(NEW_PASSPHRASE);
      await inWorkspace(app);
      expect(app.problems).toEqual([]);
    },
  );

  it('a vault back from travel mode can be locked again without a passphrase, but not entered', async () => {
    const app = await openWindow(e2e());
    const recoveryKey = await createVaultInWindow(app);
    const security = new SecuritySettings(app);
    await security.open();
    await security.startTravel(recoveryKey);
    const gate = new BorderGate(app);
    await gate.partedNotice('travel', 'vault').waitFor({ timeout: 30_000 });
    await gate.unlockWithRecoveryKey(recoveryKey);
    await gate.newPassphraseTitle.waitFor({ timeout: 30_000 });

    await gate.button('vault:newPassphrase.lock').click();
    await gate.heading('vault:unlock.title').waitFor();
    expect(await callCore(app, 'vault.status', undefined)).toEqual({ state: 'locked' });
    expect(await opens(app, app.vaultDir, { passphrase: PASSPHRASE })).toBe(false);
    expect(app.problems).toEqual([]);
  });

  it.each(bothLanguages)('%s: quick wipe asks twice and for the passphrase, then nothing opens the vault and the window is back at the vault chooser', async (language) => {
    const app = await openWindow(e2e(), { language });
    const recoveryKey = await createVaultInWindow(app);
    const security = new SecuritySettings(app);
    await security.open();

    await security.beginWipe('vault');
    const word = app.text('settings:security.wipe.word');
    // The second ask refuses anything but the word, and "Keep the vault" steps back.
    await security.confirmWipe('yes', PASSPHRASE);
    await security.wipeRegion.getByText(exactName(app.text('settings:security.wipe.wordMissing', { word }))).waitFor();
    await scanAndPhotographView(app.page, `settings-wipe-confirm-${language}`);
    expect(await callCore(app, 'vault.status', undefined)).toMatchObject({ state: 'unlocked' });
    // The core checks the passphrase: a wrong one is said at the field, and nothing is wiped.
    await security.confirmWipe(word, NEW_PASSPHRASE);
    await security.wipeRegion.getByText(exactName(app.text('settings:passphrase.wrongCurrent'))).waitFor({ timeout: 30_000 });
    await scanAndPhotographView(app.page, `settings-wipe-wrong-passphrase-${language}`);
    expect(await callCore(app, 'vault.status', undefined)).toMatchObject({ state: 'unlocked' });

    await security.confirmWipe(word.toUpperCase(), PASSPHRASE);
    const gate = new BorderGate(app);
    await gate.partedNotice('wipe', 'vault').waitFor({ timeout: 30_000 });
    // The only vault was wiped: the chooser has nothing left to offer, so it offers to create one.
    await new VaultGate(app).firstRunTitle.waitFor();
    expect(await callCore(app, 'vault.recent', undefined)).toEqual({ dirs: [] });
    await scanAccessibility(app.page, `wiped-${language}`);
    await saveScreenshot(app.page, `wiped-${language}`);

    expect(await callCore(app, 'vault.status', undefined)).toEqual({ state: 'locked' });
    await expect(callCore(app, 'vault.unlock', { dir: app.vaultDir, passphrase: PASSPHRASE })).rejects.toThrow();
    await expect(callCore(app, 'vault.unlock', { dir: app.vaultDir, recoveryKey })).rejects.toThrow();
    expect(await callCore(app, 'vault.status', undefined)).toEqual({ state: 'locked' });
    expect(app.problems).toEqual([]);
  });

  it('a key slot removed from vault.json outside Dossier is reported in a banner after unlocking, which leads to Settings', async () => {
    const app = await openWindow(e2e());
    await createVaultInWindow(app);
    const workspace = new Workspace(app);
    await workspace.lock();

    // What someone with access to the folder could do: drop the recovery slot.
    const headerFile = path.join(app.vaultDir, 'vault.json');
    const header = JSON.parse(await readFile(headerFile, 'utf8')) as { slots: Array<{ type: string }> };
    header.slots = header.slots.filter((slot) => slot.type !== 'recovery');
    await writeFile(headerFile, JSON.stringify(header, null, 2));

    const gate = new BorderGate(app);
    await gate.unlockWithPassphrase(PASSPHRASE);
    const banner = app.page.getByRole('alert').filter({ hasText: app.text('vault:headerWarning.title') });
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.innerText()).toMatch(/recovery slot was removed/);
    await scanAccessibility(app.page, 'key-slot-warning-en');
    await saveScreenshot(app.page, 'key-slot-warning-en');

    await banner.getByRole('button', { name: exactName(app.text('vault:headerWarning.openSettings')) }).click();
    await new SecuritySettings(app).title.waitFor();
    await banner.getByRole('button', { name: exactName(app.text('vault:headerWarning.dismiss')) }).click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(app.problems).toEqual([]);
  });
});
