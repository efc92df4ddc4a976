// What an end-to-end run leaves for a person to look at: a screenshot of every view, and the
// accessibility findings behind each scan, in test-artifacts/e2e/.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AxeResults, Result as AxeViolation } from 'axe-core';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../support/sample-case';

export const e2eArtifactsDir = path.join(repoRoot, 'test-artifacts', 'e2e');

function fileName(name: string, extension: string): string {
  return path.join(e2eArtifactsDir, `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.${extension}`);
}

/** A full-page screenshot as test-artifacts/e2e/<name>.png; returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(e2eArtifactsDir, { recursive: true });
  const file = fileName(name, 'png');
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

function describeViolation(violation: AxeViolation): string {
  const targets = violation.nodes.slice(0, 5).map((node) => `    at ${node.target.join(' ')}`);
  return [`  ${violation.id} (${violation.impact}): ${violation.help}`, ...targets].join('\n');
}

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation,
 * listing them. axe is loaded from the transport (/__test/axe.js), as the CSP allows no inline
 * script; the full findings are kept in test-artifacts/e2e/<name>.axe.json.
 */
export async function scanAccessibility(page: Page, name: string): Promise<AxeResults> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) {
    await page.addScriptTag({ url: '/__test/axe.js' });
  }
  // A string, not a function: the test runner's transform could add helpers a page lacks.
  const results = (await page.evaluate(
    'window.axe.run(document, { resultTypes: ["violations"], runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })',
  )) as AxeResults;
  await mkdir(e2eArtifactsDir, { recursive: true });
  await writeFile(fileName(name, 'axe.json'), `${JSON.stringify(results.violations, null, 2)}\n`);
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (blocking.length > 0) {
    throw new Error(`Accessibility violations on "${name}" (serious or critical):\n${blocking.map(describeViolation).join('\n')}`);
  }
  return results;
}

/**
 * One view: no serious accessibility violation in it, and its screenshot. The window scrolls
 * inside its main area (header and tabs stay put), which a full-page screenshot cannot see past;
 * so the window is made as tall as the view for the picture, then put back.
 */
export async function scanAndPhotographView(page: Page, name: string): Promise<void> {
  await scanAccessibility(page, name);
  const viewport = page.viewportSize();
  const hidden = (await page.evaluate(
    `Math.max(0, ...[...document.querySelectorAll('.workspace__main, .cw-panel:not([hidden])')].map((area) => area.scrollHeight - area.clientHeight))`,
  )) as number;
  if (hidden > 0 && viewport) await page.setViewportSize({ width: viewport.width, height: Math.min(viewport.height + hidden, 6000) });
  await saveScreenshot(page, name);
  if (hidden > 0 && viewport) await page.setViewportSize(viewport);
}
