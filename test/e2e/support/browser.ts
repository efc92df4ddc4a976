// Debian's Chromium, driven by playwright-core (never a browser Playwright downloads: there is
// no network for it here, and `npx playwright install` must never run). Where the browser is
// missing the suite says so plainly and skips, except in CI, where a missing browser is a
// failure: a suite that silently skips proves nothing.
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe, it } from 'vitest';

/** Debian's Chromium; DOSSIER_E2E_CHROMIUM names another build of it (a developer's distro). */
export const CHROMIUM_PATH = process.env.DOSSIER_E2E_CHROMIUM || '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * `describe` when Debian's Chromium is installed. Otherwise a skipped suite with a console line
 * saying why, or, under CI=true, a suite whose one test fails with the same reason.
 */
export function describeInChromium(name: string, body: () => void): void {
  if (chromiumAvailable()) {
    describe(name, body);
    return;
  }
  const reason = `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium): the end-to-end suite "${name}" did not run.`;
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Debian’s Chromium', () => {
        throw new Error(reason);
      });
    });
    return;
  }
  console.warn(`SKIPPED: ${reason}`);
  describe.skip(`${name} (skipped: ${reason})`, body);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
