// The window under test is the BUILT renderer (out/renderer), as the app ships it. It is built
// once per change, not once per run: when every output is newer than every input the build is
// skipped. Several test files may ask at once (vitest runs files in parallel), so the build
// runs under a lock folder and the others wait for it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../support/sample-case';

const run = promisify(execFile);
const LOCK = path.join(repoRoot, 'out', '.e2e-build-lock');
const STALE_LOCK_MS = 5 * 60_000;

/** What each part of the build is made from, and a file it writes. */
export const buildParts = {
  renderer: {
    output: path.join(repoRoot, 'out', 'renderer', 'index.html'),
    // The CSP <meta> comes from electron/security-policy.ts.
    inputs: ['src/renderer', 'src/shared', 'electron/security-policy.ts', 'electron.vite.config.ts'],
  },
  shell: {
    output: path.join(repoRoot, 'out', 'main', 'main.js'),
    inputs: ['electron', 'src/core', 'src/shared', 'electron.vite.config.ts'],
  },
} as const;

async function newestInput(inputs: readonly string[]): Promise<number> {
  let newest = 0;
  for (const input of inputs) {
    const full = path.join(repoRoot, input);
    const info = await stat(full);
    if (!info.isDirectory()) {
      newest = Math.max(newest, info.mtimeMs);
      continue;
    }
    for (const entry of await readdir(full, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) newest = Math.max(newest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
    }
  }
  return newest;
}

async function isFresh(part: keyof typeof buildParts): Promise<boolean> {
  const { output, inputs } = buildParts[part];
  const built = await stat(output).then((info) => info.mtimeMs).catch(() => 0);
  return built > (await newestInput(inputs));
}

async function takeLock(): Promise<void> {
  await mkdir(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      return;
    } catch {
      const age = await stat(LOCK).then((info) => Date.now() - info.mtimeMs).catch(() => 0);
      if (age > STALE_LOCK_MS) await rmdir(LOCK).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Builds the app with electron-vite unless the parts asked for are newer than their sources. */
export async function ensureBuilt(parts: ReadonlyArray<keyof typeof buildParts> = ['renderer']): Promise<void> {
  const stale = async () => (await Promise.all(parts.map(isFresh))).some((fresh) => !fresh);
  if (!(await stale())) return;
  await takeLock();
  try {
    // Another file may have built it while this one waited.
    if (!(await stale())) return;
    const cli = path.join(repoRoot, 'node_modules', '.bin', 'electron-vite');
    try {
      await run(cli, ['build'], { cwd: repoRoot, maxBuffer: 32 * 1024 * 1024 });
    } catch (error) {
      const output = `${(error as { stdout?: string }).stdout ?? ''}\n${(error as { stderr?: string }).stderr ?? ''}`;
      throw new Error(`npx electron-vite build failed:\n${output.trim().split('\n').slice(-30).join('\n')}`, { cause: error });
    }
  } finally {
    await rmdir(LOCK).catch(() => undefined);
  }
}

/** Every file index.html loads (scripts, styles, icons), relative to the renderer folder. */
async function referencedAssets(rendererDir: string): Promise<string[]> {
  const html = await readFile(path.join(rendererDir, 'index.html'), 'utf8');
  return [...html.matchAll(/\b(?:src|href)="\.?\/?([^":]+)"/g)].map((match) => match[1] ?? '');
}

/**
 * A private copy of the built renderer for one test file, so a build someone starts meanwhile
 * (electron-vite empties out/renderer first) cannot pull the page out from under a test.
 * Checked whole: a copy taken mid-build is retaken. Removed by the caller.
 */
export async function rendererSnapshot(): Promise<string> {
  const built = path.join(repoRoot, 'out', 'renderer');
  for (let attempt = 1; ; attempt++) {
    await ensureBuilt(['renderer']);
    const copy = await mkdtemp(path.join(os.tmpdir(), 'dossier-e2e-renderer-'));
    try {
      await cp(built, copy, { recursive: true });
      const missing = (await referencedAssets(copy)).filter((asset) => !existsSync(path.join(copy, asset)));
      if (missing.length === 0) return copy;
    } catch {
      // out/renderer changed while it was copied; take it again.
    }
    await rm(copy, { recursive: true, force: true });
    if (attempt === 3) throw new Error('out/renderer kept changing while it was copied; is a build running?');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}
