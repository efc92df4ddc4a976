// Tests and the CLI run under Node; the window runs under Electron. Their native ABIs differ, so
// scripts/native-builds.mjs keeps one SQLCipher addon per runtime in native/, and this picks
// the one for the running process. A packaged app has no native/ folder and uses the addon that
// electron-builder rebuilt inside the package.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function projectRoot(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'native'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function nativeBindingPath(): string | undefined {
  const explicit = process.env.DOSSIER_SQLITE_ADDON;
  if (explicit) return explicit;
  const root = projectRoot();
  if (!root) return undefined;
  const runtime = process.versions.electron ? 'electron' : 'node';
  const candidate = path.join(root, 'native', `${runtime}-abi${process.versions.modules}`, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
