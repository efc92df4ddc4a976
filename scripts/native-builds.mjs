// Keeps one build of the SQLCipher addon per runtime, so one checkout runs the tests under Node
// and the app under Electron without rebuilding back and forth (their native ABIs differ).
//
//   node scripts/native-builds.mjs node       after npm install: keep npm's build for Node
//   node scripts/native-builds.mjs electron   before npm start: build against Electron's headers
//
// The core loads native/<runtime>-abi<N>/better_sqlite3.node through better-sqlite3's
// `nativeBinding` option (src/core/vault/native-binding.ts).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const moduleDir = path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');
const builtAddon = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
const runtime = process.argv[2] ?? 'node';

function nativeDir(name, abi) {
  return path.join(root, 'native', `${name}-abi${abi}`);
}

function loadsInNode(addonPath) {
  try {
    const Database = require('better-sqlite3-multiple-ciphers');
    new Database(':memory:', { nativeBinding: addonPath }).close();
    return true;
  } catch {
    return false;
  }
}

function keepNodeBuild() {
  const target = nativeDir('node', process.versions.modules);
  if (!existsSync(builtAddon) || !loadsInNode(builtAddon)) {
    console.error(
      'better-sqlite3-multiple-ciphers has no usable build for this Node.\n' +
        'Run `npm rebuild better-sqlite3-multiple-ciphers` (needs python3, make and a C++ compiler).',
    );
    process.exit(1);
  }
  mkdirSync(target, { recursive: true });
  copyFileSync(builtAddon, path.join(target, 'better_sqlite3.node'));
  console.log(`SQLCipher addon for Node kept in ${path.relative(root, target)}`);
}

function buildForElectron() {
  // Requiring the package resolves the Electron binary, downloading it on first use.
  let abi;
  try {
    require('electron');
    abi = readFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
  } catch (error) {
    console.error(`Electron is not installed, so the window cannot start: ${error.message}`);
    process.exit(1);
  }
  const target = nativeDir('electron', abi);
  if (existsSync(path.join(target, 'better_sqlite3.node'))) return;

  console.log('Building the SQLCipher addon against Electron headers (once, about a minute)...');
  const nodeBuild = path.join(nativeDir('node', process.versions.modules), 'better_sqlite3.node');
  // install-app-deps rebuilds in place, so the Node build is put back afterwards.
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'electron-builder', 'cli.js'), 'install-app-deps'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, npm_config_build_from_source: 'true' },
  });
  mkdirSync(target, { recursive: true });
  copyFileSync(builtAddon, path.join(target, 'better_sqlite3.node'));
  if (existsSync(nodeBuild)) copyFileSync(nodeBuild, builtAddon);
  console.log(`SQLCipher addon for Electron kept in ${path.relative(root, target)}`);
}

if (runtime === 'electron') buildForElectron();
else keepNodeBuild();
