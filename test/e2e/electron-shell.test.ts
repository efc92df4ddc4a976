// The real desktop shell under Playwright's _electron driver, where an Electron binary exists.
// This machine installs the electron package without its binary (ELECTRON_SKIP_BINARY_DOWNLOAD,
// no network), so here the suite reports that it did not run; on a developer's machine it
// launches out/main/main.js and checks the window as a lawyer's laptop would have it.
import { accessSync, constants, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/sample-case';
import { ensureBuilt } from './support/build';

/**
 * The Electron binary the electron package points at, when it is really there. Read the way the
 * package's index.js reads it, but without requiring that file: on a missing binary it starts a
 * download, and this machine must never reach for the network.
 */
function electronBinary(): string | undefined {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  try {
    const relative = readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const binary = override ? path.join(override, relative || 'electron') : path.join(packageDir, 'dist', relative);
    accessSync(binary, constants.X_OK);
    return binary;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();

const noBinary = 'Electron binary not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD): the _electron suite did not run';
if (!binary) console.warn(`SKIPPED: ${noBinary}`);

describe.skipIf(!binary)(binary ? 'the desktop shell in Electron' : `the desktop shell in Electron (skipped: ${noBinary})`, () => {
  let app: ElectronApplication;
  let window: Page;
  let userData: string;

  beforeAll(async () => {
    await ensureBuilt(['renderer', 'shell']);
    // Its own settings folder, so the suite never sees (or changes) a real user's vault list.
    userData = await mkdtemp(path.join(os.tmpdir(), 'dossier-electron-'));
    app = await electron.launch({
      executablePath: binary,
      args: [repoRoot, `--user-data-dir=${userData}`],
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  it('loads the window over app://, never file:// or the network', async () => {
    expect(window.url()).toMatch(/^app:\/\/dossier\//);
    await window.getByRole('heading').first().waitFor({ timeout: 30_000 });
  });

  it('runs the page sandboxed and isolated, without Node', async () => {
    expect(await window.evaluate('typeof require')).toBe('undefined');
    expect(await window.evaluate('typeof process')).toBe('undefined');
    expect(await window.evaluate('typeof window.dossier.appInfo')).toBe('function');
    // app.enableSandbox() (main.ts) puts every renderer in the OS sandbox, whatever a window asks.
    expect(await app.evaluate(({ app: shellApp }) => shellApp.commandLine.hasSwitch('enable-sandbox'))).toBe(true);
  });

  it('answers the contract from the core in its worker', async () => {
    expect(await window.evaluate('window.dossier.appInfo()')).toMatchObject({ ok: true, value: { name: expect.any(String) } });
    expect(await window.evaluate('window.dossier["vault.status"]()')).toEqual({ ok: true, value: { state: 'locked' } });
  });

  it('has the built main process and worker beside each other', () => {
    for (const file of ['main.js', 'service-worker.js']) {
      expect(() => accessSync(path.join(repoRoot, 'out', 'main', file))).not.toThrow();
    }
  });
});
