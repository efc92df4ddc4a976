// Which SQLCipher addon the process loads. Tests and the CLI run under Node, the window under
// Electron, and their native ABIs differ, so while developing scripts/native-builds.mjs keeps one
// addon per runtime in the repository's native/ folder and this picks the one for the running
// process. A packaged app loads only the addon electron-builder rebuilt inside its package
// (better-sqlite3's own lookup, next to the module in app.asar.unpacked): the addon runs in the
// process that holds the key, an AppImage runs from a folder under /tmp where any local user can
// place a package.json and a native/ folder above it, and the environment is not the package's.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the resolution depends on; nativeBindingPath() fills it from the running process. */
export interface AddonLookup {
  packaged: boolean;
  runtime: 'electron' | 'node';
  /** process.versions.modules */
  abi: string;
  /** The file this code runs from (a bundled chunk in out/main once built). */
  sourceFile: string;
  env: Readonly<Record<string, string | undefined>>;
  exists: (file: string) => boolean;
  /** The file's text, or undefined when it cannot be read. */
  readText: (file: string) => string | undefined;
}

/** What can tell a packaged app from a development run under Electron. */
export interface PackagedSigns {
  /** Running under Electron (its main process or a worker thread of it). */
  electron: boolean;
  execPath: string;
  /** process.resourcesPath; a worker thread may not have it. */
  resourcesPath: string | undefined;
  sourceFile: string;
}

const PACKAGE_NAME = 'dossier';

function segments(file: string): string[] {
  return file.split(/[\\/]+/).filter((part) => part !== '');
}

function isWithin(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * A packaged app is Electron running from anything but the development binary. Any one sign is
 * enough, so that a layout this did not foresee errs on the strict side: the executable is not
 * named electron (Electron's own app.isPackaged test), the code lies under the resources folder,
 * or it lies inside an .asar archive. Node (the CLI, the tests) is never a packaged app.
 */
export function isPackagedApp(signs: PackagedSigns): boolean {
  if (!signs.electron) return false;
  const executable = segments(signs.execPath).pop()?.toLowerCase() ?? '';
  if (executable !== 'electron' && executable !== 'electron.exe') return true;
  if (signs.resourcesPath && isWithin(signs.resourcesPath, signs.sourceFile)) return true;
  return segments(signs.sourceFile).some((part) => part.toLowerCase().endsWith('.asar'));
}

/**
 * The checkout that holds `sourceFile`: the nearest folder above it with a package.json, if that
 * package is Dossier. The walk stops at the first package.json whatever its name, so it never
 * reaches a folder above the checkout.
 */
function checkoutOf(lookup: AddonLookup): string | undefined {
  let dir = path.dirname(lookup.sourceFile);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (lookup.exists(manifest)) {
      try {
        const { name } = JSON.parse(lookup.readText(manifest) ?? '') as { name?: unknown };
        return name === PACKAGE_NAME ? dir : undefined;
      } catch {
        return undefined;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The addon file to hand better-sqlite3, or undefined for its own default lookup inside the
 * module's folder. Packaged: always undefined. Developing: DOSSIER_SQLITE_ADDON if set, else the
 * checkout's native/<runtime>-abi<N>/better_sqlite3.node if it is there.
 */
export function resolveNativeBinding(lookup: AddonLookup): string | undefined {
  if (lookup.packaged) return undefined;
  const explicit = lookup.env.DOSSIER_SQLITE_ADDON;
  if (explicit) return explicit;
  const root = checkoutOf(lookup);
  if (!root) return undefined;
  const candidate = path.join(root, 'native', `${lookup.runtime}-abi${lookup.abi}`, 'better_sqlite3.node');
  return lookup.exists(candidate) ? candidate : undefined;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function nativeBindingPath(): string | undefined {
  const sourceFile = fileURLToPath(import.meta.url);
  const electron = Boolean(process.versions.electron);
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  return resolveNativeBinding({
    packaged: isPackagedApp({ electron, execPath: process.execPath, resourcesPath, sourceFile }),
    runtime: electron ? 'electron' : 'node',
    abi: process.versions.modules,
    sourceFile,
    env: process.env,
    exists: existsSync,
    readText,
  });
}
