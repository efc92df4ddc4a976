// Which SQLCipher addon the process loads: in a packaged app only the one the package ships,
// whatever the environment says or anyone placed in a folder above the app (an AppImage runs
// from a folder under /tmp, where another local user can write); in development the repository's
// own native/ copy. Real folders, laid out as each case has them on disk.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPackagedApp, nativeBindingPath, resolveNativeBinding, type AddonLookup } from '../../src/core/vault/native-binding.js';
import { repoRoot } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const ABI = '140';

async function place(file: string, text = ''): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

/** A package.json and native/<runtime>-abi<N>/better_sqlite3.node in `dir`, as a planter would lay them. */
async function plantAddon(dir: string, runtime: 'electron' | 'node', name = 'dossier'): Promise<string> {
  await place(path.join(dir, 'package.json'), JSON.stringify({ name }));
  return place(path.join(dir, 'native', `${runtime}-abi${ABI}`, 'better_sqlite3.node'), 'planted');
}

function lookup(overrides: Partial<AddonLookup> & Pick<AddonLookup, 'sourceFile'>): AddonLookup {
  return {
    packaged: false,
    runtime: 'electron',
    abi: ABI,
    env: {},
    exists: existsSync,
    readText: (file) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    ...overrides,
  };
}

describe('the SQLCipher addon of a packaged app', () => {
  it('is the one the package ships: a package.json and native/ planted above the app are ignored', async () => {
    const tmp = await tempDir('dossier-planted-');
    await plantAddon(tmp, 'electron');
    // An AppImage mounted under the shared temporary folder, with the app's own manifest inside.
    const resources = path.join(tmp, '.mount_DossierAbc123', 'resources');
    await place(path.join(resources, 'app.asar', 'package.json'), JSON.stringify({ name: 'dossier' }));
    const sourceFile = await place(path.join(resources, 'app.asar', 'out', 'main', 'vault-1a2b.js'));

    expect(resolveNativeBinding(lookup({ packaged: true, sourceFile }))).toBeUndefined();
  });

  it('ignores DOSSIER_SQLITE_ADDON', async () => {
    const tmp = await tempDir('dossier-planted-');
    const planted = await place(path.join(tmp, 'evil.node'), 'planted');
    const sourceFile = await place(path.join(tmp, 'opt', 'Dossier', 'resources', 'app.asar', 'out', 'main', 'main.js'));

    expect(resolveNativeBinding(lookup({ packaged: true, sourceFile, env: { DOSSIER_SQLITE_ADDON: planted } }))).toBeUndefined();
  });

  it('is recognised by the executable, the resources folder or the archive the code runs from', () => {
    const mounted = { electron: true, execPath: '/tmp/.mount_Dossier/dossier', resourcesPath: '/tmp/.mount_Dossier/resources' };
    expect(isPackagedApp({ ...mounted, sourceFile: '/tmp/.mount_Dossier/resources/app.asar/out/main/main.js' })).toBe(true);
    // A worker thread may not be given process.resourcesPath: the archive in the path still says so.
    expect(
      isPackagedApp({ electron: true, execPath: '/opt/Dossier/electron', resourcesPath: undefined, sourceFile: '/opt/Dossier/resources/app.asar/out/main/main.js' }),
    ).toBe(true);
    // Unpacked app folder (asar: false) under the resources folder.
    expect(
      isPackagedApp({ electron: true, execPath: '/opt/Dossier/electron', resourcesPath: '/opt/Dossier/resources', sourceFile: '/opt/Dossier/resources/app/out/main/main.js' }),
    ).toBe(true);
    // Renamed executable (what Electron's own app.isPackaged looks at).
    expect(isPackagedApp({ electron: true, execPath: 'C:\\Program Files\\Dossier\\Dossier.exe', resourcesPath: undefined, sourceFile: '/x/out/main/main.js' })).toBe(
      true,
    );
  });

  it('is not assumed while developing under Electron, nor ever under Node (the CLI and the tests)', () => {
    const checkout = '/home/dev/dossier';
    const dist = `${checkout}/node_modules/electron/dist`;
    expect(isPackagedApp({ electron: true, execPath: `${dist}/electron`, resourcesPath: `${dist}/resources`, sourceFile: `${checkout}/out/main/main.js` })).toBe(false);
    expect(isPackagedApp({ electron: true, execPath: `${dist}/electron.exe`, resourcesPath: undefined, sourceFile: `${checkout}/out/main/main.js` })).toBe(false);
    expect(isPackagedApp({ electron: false, execPath: '/usr/bin/node', resourcesPath: undefined, sourceFile: `${checkout}/src/core/vault/native-binding.ts` })).toBe(false);
  });
});

describe('the SQLCipher addon while developing', () => {
  it("is the repository's own copy in native/ for the running runtime", async () => {
    const repo = path.join(await tempDir('dossier-checkout-'), 'dossier');
    const addon = await plantAddon(repo, 'node');
    const sourceFile = await place(path.join(repo, 'src', 'core', 'vault', 'native-binding.ts'));

    expect(resolveNativeBinding(lookup({ runtime: 'node', sourceFile }))).toBe(addon);
    expect(resolveNativeBinding(lookup({ runtime: 'electron', sourceFile }))).toBeUndefined();
  });

  it('is looked for only in the repository that holds the code, never in a folder above it', async () => {
    const tmp = await tempDir('dossier-planted-');
    await plantAddon(tmp, 'node');
    const repo = path.join(tmp, 'checkout');
    await place(path.join(repo, 'package.json'), JSON.stringify({ name: 'dossier' }));
    const sourceFile = await place(path.join(repo, 'out', 'main', 'main.js'));

    expect(resolveNativeBinding(lookup({ runtime: 'node', sourceFile }))).toBeUndefined();
  });

  it('is not taken from a package that is not Dossier, nor from an unreadable manifest', async () => {
    const tmp = await tempDir('dossier-other-');
    await plantAddon(path.join(tmp, 'other'), 'node', 'something-else');
    const inOther = await place(path.join(tmp, 'other', 'lib', 'index.js'));
    await plantAddon(path.join(tmp, 'broken'), 'node');
    await writeFile(path.join(tmp, 'broken', 'package.json'), '{ "name": "dossier"');
    const inBroken = await place(path.join(tmp, 'broken', 'lib', 'index.js'));

    expect(resolveNativeBinding(lookup({ runtime: 'node', sourceFile: inOther }))).toBeUndefined();
    expect(resolveNativeBinding(lookup({ runtime: 'node', sourceFile: inBroken }))).toBeUndefined();
  });

  it('is the file DOSSIER_SQLITE_ADDON names, when it is set', async () => {
    const repo = path.join(await tempDir('dossier-checkout-'), 'dossier');
    await plantAddon(repo, 'node');
    const sourceFile = await place(path.join(repo, 'src', 'core', 'vault', 'native-binding.ts'));
    const own = await place(path.join(repo, 'build', 'mine.node'));

    expect(resolveNativeBinding(lookup({ runtime: 'node', sourceFile, env: { DOSSIER_SQLITE_ADDON: own } }))).toBe(own);
  });

  it('resolves, in this checkout under Node, to native/node-abi<N>', () => {
    expect(nativeBindingPath()).toBe(path.join(repoRoot, 'native', `node-abi${process.versions.modules}`, 'better_sqlite3.node'));
  });
});
