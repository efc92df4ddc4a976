// The test transport by hand, for poking at the real window in a browser:
//
//   npx electron-vite build                       (once, or after renderer changes)
//   node --import tsx test/support/transport/serve.ts [data-folder]
//
// Prints the URL (token included) to open in Chromium on this machine. Settings go in
// <data-folder>/settings (a new temporary folder when none is given, deleted on exit); folder
// dialogs answer <data-folder>/vault, so "Choose folder…" on the first-run screen works.
// Ctrl+C closes the vault and the server.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../sample-case';
import { DialogScript } from './dialog-script';
import { startTestTransport } from './server';

const given = process.argv[2];
const dataDir = given ? path.resolve(given) : await mkdtemp(path.join(os.tmpdir(), 'dossier-manual-'));
if (!existsSync(path.join(repoRoot, 'out', 'renderer', 'index.html'))) {
  console.error('out/renderer is missing: run `npx electron-vite build` first.');
  process.exit(1);
}

// Every folder dialog answers the same vault folder; file and save dialogs answer "cancel".
class ManualDialogs extends DialogScript {
  override take<T>(dialog: Parameters<DialogScript['take']>[0], queue: T[], cancelled: T, detail?: string): T {
    if (dialog === 'chooseVaultFolder' && queue.length === 0) this.nextVaultFolder(path.join(dataDir, 'vault'));
    return super.take(dialog, queue, cancelled, detail);
  }
}

const transport = await startTestTransport({ settingsDir: path.join(dataDir, 'settings'), dialogs: new ManualDialogs() });
console.log(`Dossier test transport on ${transport.origin}, data in ${dataDir}`);
console.log(`Open: ${transport.url}`);

async function stop(): Promise<void> {
  await transport.close();
  if (!given) await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
