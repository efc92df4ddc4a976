// One real window per test: its own temporary data folder (settings and vault), its own test
// transport on the real core, and a fresh browser context in the one Chromium of the file,
// which serves its own copy of the built renderer.
// Everything is closed and deleted when the test ends, whatever the outcome.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import type { Argon2Params } from '../../../src/core/vault/key-slots';
import type { InterfaceLanguage } from '../../../src/shared/contract';
import { PASSPHRASE } from '../../support/sample-case';
import { tempDir } from '../../support/temp-dir';
import { startTestTransport, type TestTransport } from '../../support/transport/server';
import { launchChromium } from './browser';
import { rendererSnapshot } from './build';
import { messageText } from './messages';

/** Cheaper than the app's default, still the real Argon2id: a vault created in a test unlocks fast. */
export const E2E_ARGON2: Argon2Params = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };

export interface AppWindow {
  page: Page;
  context: BrowserContext;
  transport: TestTransport;
  language: InterfaceLanguage;
  /** This test's own folder; settings/ and vault/ (not created yet) are inside it. */
  dataDir: string;
  settingsDir: string;
  /** Where a test asks the window to create its vault (the folder dialog answers it). */
  vaultDir: string;
  /** Console errors and uncaught exceptions of the page, as they happened. */
  problems: string[];
  /** The window's text for a message key, in this window's language (see messages.ts). */
  text(key: string, values?: Record<string, string | number>): string;
}

export interface OpenWindowOptions {
  language?: InterfaceLanguage;
  viewport?: { width: number; height: number };
  /**
   * Create and open a vault in vaultDir (passphrase PASSPHRASE) through the core before the page
   * loads, so the window starts in the workspace: for tests of the views behind the gate.
   */
  unlocked?: boolean;
}

/** What a test file shares: one Chromium, and its own copy of the built renderer. */
export interface E2eHarness {
  browser: Browser;
  rendererDir: string;
}

/**
 * Builds the renderer if its sources changed, takes a private copy of it and launches Chromium,
 * once for the test file. Call inside describeInChromium; pass what it returns to openWindow.
 */
export function useChromium(): () => E2eHarness {
  let harness: E2eHarness | undefined;
  let rendererDir: string | undefined;
  beforeAll(async () => {
    rendererDir = await rendererSnapshot();
    harness = { browser: await launchChromium(), rendererDir };
  }, 180_000);
  afterAll(async () => {
    await harness?.browser.close();
    if (rendererDir) await rm(rendererDir, { recursive: true, force: true });
  });
  return () => {
    if (!harness) throw new Error('Chromium is not running (useChromium must be called in the describe block).');
    return harness;
  };
}

/** Opens the app in a new context against a new transport and waits for its first screen. */
export async function openWindow({ browser, rendererDir }: E2eHarness, options: OpenWindowOptions = {}): Promise<AppWindow> {
  const language = options.language ?? 'en';
  const dataDir = await tempDir('dossier-e2e-');
  const settingsDir = path.join(dataDir, 'settings');
  const transport = await startTestTransport({ settingsDir, rendererDir, argon2: E2E_ARGON2 });
  onTestFinished(() => transport.close());
  if (language !== 'en') await transport.core.handlers['settings.update']({ language });
  const vaultDir = path.join(dataDir, 'vault');
  if (options.unlocked) await transport.core.handlers['vault.create']({ dir: vaultDir, passphrase: PASSPHRASE });

  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: language === 'ru' ? 'ru-RU' : 'en-GB',
    timezoneId: 'Asia/Almaty',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  onTestFinished(() => context.close());
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // The console says only "404"; this names the address.
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${new URL(response.url()).pathname}`);
  });
  await page.goto(transport.url);

  return {
    page,
    context,
    transport,
    language,
    dataDir,
    settingsDir,
    vaultDir,
    problems,
    text: (key, values) => messageText(language, key, values),
  };
}
