// The built window in Debian's Chromium against the real core over the test transport: it
// starts, speaks both languages, passes an accessibility scan, creates a vault, and its CSP
// keeps the page off the network.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { PASSPHRASE } from '../support/sample-case';
import { saveScreenshot, scanAccessibility } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium } from './support/fixtures';
import { messageText } from './support/messages';
import { VaultGate } from './pages/vault-gate';
import { Workspace } from './pages/workspace';

/** A loopback server standing in for "the outside": it counts every request that reaches it. */
async function outsideServer(): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((_request, response) => {
    hits++;
    response.end('reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/beacon`, hits: () => hits };
}

describeInChromium('the window in a browser', () => {
  const e2e = useChromium();

  it('starts on the first-run screen with no console errors, accessible, in English', async () => {
    const app = await openWindow(e2e());
    const gate = new VaultGate(app);
    await gate.firstRunTitle.waitFor();
    expect(await gate.firstHeading()).toBe(app.text('common:appName'));
    expect(await app.page.evaluate('typeof window.dossier.appInfo')).toBe('function');
    expect(await app.page.evaluate('typeof window.require')).toBe('undefined');
    expect(await app.page.getAttribute('html', 'lang')).toBe('en');
    await scanAccessibility(app.page, 'first-run-en');
    await saveScreenshot(app.page, 'first-run-en');
    expect(app.problems).toEqual([]);
  });

  it('starts in Russian when the settings say so', async () => {
    const app = await openWindow(e2e(), { language: 'ru' });
    const gate = new VaultGate(app);
    await gate.firstRunTitle.waitFor();
    // The heading found is the Russian one, not an English fallback.
    expect(app.text('vault:create.firstRunTitle')).not.toBe(messageText('en', 'vault:create.firstRunTitle'));
    expect(await app.page.getAttribute('html', 'lang')).toBe('ru');
    await scanAccessibility(app.page, 'first-run-ru');
    await saveScreenshot(app.page, 'first-run-ru');
    expect(app.problems).toEqual([]);
  });

  it('creates a vault through the window: folder from the dialog, passphrase, recovery key shown once', async () => {
    const app = await openWindow(e2e());
    const gate = new VaultGate(app);
    await gate.firstRunTitle.waitFor();
    const recoveryKey = await gate.createVault({ dir: app.vaultDir, passphrase: PASSPHRASE });
    expect(recoveryKey.replace(/\s+/g, '').length).toBeGreaterThan(20);
    await expect.poll(() => app.transport.core.handlers['vault.status'](undefined)).toMatchObject({ state: 'unlocked', dir: app.vaultDir });
    expect(existsSync(path.join(app.vaultDir, 'vault.db'))).toBe(true);
    expect(app.transport.dialogs.asked).toEqual([{ dialog: 'chooseVaultFolder', answered: true, detail: 'create' }]);
    const workspace = new Workspace(app);
    await workspace.heading('shell:home.title').waitFor();
    await saveScreenshot(app.page, 'vault-created-en');
    expect(app.problems).toEqual([]);
  });

  it('drops the workspace when the core locks (as on suspend), says why, and unlocks again', async () => {
    const app = await openWindow(e2e());
    const gate = new VaultGate(app);
    await gate.firstRunTitle.waitFor();
    await gate.createVault({ dir: app.vaultDir, passphrase: PASSPHRASE });
    const workspace = new Workspace(app);
    await workspace.heading('shell:home.title').waitFor();

    // What powerMonitor's 'suspend' does in Electron; the event reaches the page over the bridge.
    app.transport.core.lock('suspend');
    await gate.unlockTitle.waitFor();
    await app.page.getByRole('status').filter({ hasText: app.text('vault:locked.suspend') }).waitFor();
    expect(await workspace.navigation.count()).toBe(0);
    await scanAccessibility(app.page, 'locked-suspend-en');
    await saveScreenshot(app.page, 'locked-suspend-en');

    await gate.unlock(PASSPHRASE);
    await workspace.heading('shell:home.title').waitFor({ timeout: 30_000 });
    await workspace.lock();
    expect(await app.transport.core.handlers['vault.status'](undefined)).toEqual({ state: 'locked' });
    expect(app.problems).toEqual([]);
  });

  it('opens straight into the workspace when the vault is already open (the fixture for view tests)', async () => {
    const app = await openWindow(e2e(), { unlocked: true, language: 'ru' });
    const workspace = new Workspace(app);
    await workspace.heading('shell:home.title').waitFor();
    await workspace.openClients();
    await workspace.openDeadlines();
    await scanAccessibility(app.page, 'workspace-home-ru');
    await saveScreenshot(app.page, 'workspace-home-ru');
    expect(app.problems).toEqual([]);
  });

  it('keeps the page off the network: its CSP blocks a request to an outside address before it is sent', async () => {
    const app = await openWindow(e2e());
    await new VaultGate(app).firstRunTitle.waitFor();
    const outside = await outsideServer();

    const violations = (await app.page.evaluate(`new Promise((resolve) => {
      const seen = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
      });
      const image = new Image();
      image.src = ${JSON.stringify(`${outside.url}?image`)};
      fetch(${JSON.stringify(`${outside.url}?fetch`)}).then(
        () => resolve({ fetched: true, seen }),
        () => setTimeout(() => resolve({ fetched: false, seen }), 200),
      );
    })`)) as { fetched: boolean; seen: Array<{ directive: string; blocked: string }> };

    expect(violations.fetched).toBe(false);
    expect(violations.seen).toEqual(
      expect.arrayContaining([
        { directive: 'connect-src', blocked: `${outside.url}?fetch` },
        { directive: 'img-src', blocked: `${outside.url}?image` },
      ]),
    );
    expect(outside.hits()).toBe(0);
  });
});
