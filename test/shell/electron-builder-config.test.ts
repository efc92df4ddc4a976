import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };

function targets(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((entry) => (typeof entry === 'string' ? entry : (entry as { target: string }).target));
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('org.dossier.app');
    expect(config.productName).toBe('Dossier');
    expect(config.directories?.output).toBe('dist');
  });

  it('builds AppImage and deb on Linux, an NSIS installer on Windows and a dmg on macOS', () => {
    expect(targets(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(targets(config.mac?.target)).toEqual(['dmg']);
  });

  it('packs the build output and the manifest, not sources or tests', () => {
    const files = config.files as string[];
    expect(files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    const included = files.filter((pattern) => !pattern.startsWith('!'));
    for (const pattern of included) expect(pattern, pattern).not.toMatch(/^(src|test|electron|scripts|native)\b|^\*\*/);
    expect(packageJson.main.startsWith('out/')).toBe(true);
  });

  it('leaves out the TypeScript loader and the esbuild executable the app never runs', () => {
    expect(config.files as string[]).toEqual(
      expect.arrayContaining(['!node_modules/tsx/**', '!node_modules/esbuild/**', '!node_modules/@esbuild/**']),
    );
  });

  it('unpacks the native addons and the fonts from the asar', () => {
    expect(config.asar).not.toBe(false);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining([
        'node_modules/better-sqlite3-multiple-ciphers/**',
        'node_modules/argon2/**',
        'node_modules/sharp/**',
        'node_modules/@img/**',
        'resources/fonts/**',
      ]),
    );
    expect(config.npmRebuild).toBe(true);
  });

  it('flips the fuses that keep the packaged binary from running anything but the app', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('publishes nothing and keeps the vaults when the program is uninstalled', () => {
    expect(config.publish).toBeNull();
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });
});
