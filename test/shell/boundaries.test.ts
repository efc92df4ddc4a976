// Where shell code may run is a rule, not a hope: the pure policy modules never load Electron at
// run time (so they are testable in Node), the preload reaches only what a sandboxed preload can
// require, and the renderer imports neither Electron nor Node.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, type ImportEntry } from '../support/imports';

const root = path.resolve(import.meta.dirname, '../..');

function imports(file: string): ImportEntry[] {
  return importsOf(path.join(root, file));
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => path.join(dir, name));
}

const pureModules = [
  'electron/security-policy.ts',
  'electron/protocol-paths.ts',
  'electron/window-state.ts',
  'electron/menu-template.ts',
  'src/shared/dossier-api.ts',
  'electron/shell-handlers.ts',
  'electron/app-paths.ts',
  'electron/lock-triggers.ts',
  'electron/process-errors.ts',
];

describe('module boundaries of the shell', () => {
  it.each(pureModules)('%s imports electron for types only', (file) => {
    const runtime = imports(file).filter((entry) => !entry.typeOnly && entry.from === 'electron');
    expect(runtime).toEqual([]);
  });

  it('the preload loads nothing at run time but electron and the channel names (no zod, no core)', () => {
    const runtime = imports('electron/preload.ts').filter((entry) => !entry.typeOnly);
    expect(runtime.map((entry) => entry.from).sort()).toEqual(['../src/shared/channels', './dropped-files', 'electron']);
    // The dropped-files channel's module is bundled into the preload too: it imports nothing.
    expect(imports('electron/dropped-files.ts')).toEqual([]);
  });

  it('the preload hands the page functions, never ipcRenderer itself', () => {
    const text = readFileSync(path.join(root, 'electron/preload.ts'), 'utf8');
    expect(text).not.toMatch(/exposeInMainWorld\([^,]+,\s*ipcRenderer\b/);
    expect(text).not.toMatch(/:\s*ipcRenderer\s*[,}\n]|\.\.\.\s*ipcRenderer\b|\bipcRenderer\s*[,}]\s*\)/);
    expect(text).not.toMatch(/\bsendSync\(/);
  });

  it('nothing the app ships imports from test/, so the test transport cannot reach a packaged build', () => {
    const shipped = [...filesUnder('electron', /\.ts$/), ...filesUnder('src', /\.(ts|tsx)$/)];
    expect(shipped.length).toBeGreaterThan(20);
    for (const file of shipped) {
      for (const entry of imports(file)) expect(entry.from, file).not.toMatch(/(^|\/)test\/|support\/transport|^vitest/);
      // Nor does any of it know the transport's token header, the one way in to the transport.
      expect(readFileSync(path.join(root, file), 'utf8'), file).not.toContain('x-dossier-token');
    }
  });

  it('the renderer imports neither electron nor node', () => {
    for (const file of filesUnder('src/renderer', /\.(ts|tsx)$/)) {
      for (const entry of imports(file).filter((e) => !e.typeOnly)) {
        expect(entry.from, file).not.toMatch(/^(electron|node:)|^(fs|path|child_process|os|crypto)$/);
      }
    }
  });

  it('the renderer reaches the core only through window.dossier', () => {
    for (const file of filesUnder('src/renderer', /\.(ts|tsx)$/)) {
      const runtime = imports(file).filter((e) => !e.typeOnly && e.from.startsWith('.'));
      for (const entry of runtime) expect(entry.from, file).not.toMatch(/\/(core|electron|cli)\//);
    }
  });
});
