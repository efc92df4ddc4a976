// Drag and drop of real files onto the window. A browser gives a dropped File no path, so each
// File carries the test-only `dossierTestPath` the transport's bridge reads in droppedFiles and
// grants for import, as the preload does with webUtils.getPathForFile in Electron. The bytes are the file's own, so
// what the page reads (name, size, type) is what a real drop would give it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from 'playwright-core';

export async function dropFiles(target: Locator, files: readonly string[]): Promise<void> {
  const payload = await Promise.all(
    files.map(async (file) => ({ path: file, name: path.basename(file), base64: (await readFile(file)).toString('base64') })),
  );
  // A string, not a function: the test runner's transform could add helpers a page lacks.
  const dataTransfer = await target.page().evaluateHandle(`((files) => {
    const transfer = new DataTransfer();
    for (const entry of files) {
      const bytes = Uint8Array.from(atob(entry.base64), (char) => char.charCodeAt(0));
      const file = new File([bytes], entry.name);
      file.dossierTestPath = entry.path;
      transfer.items.add(file);
    }
    return transfer;
  })(${JSON.stringify(payload)})`);
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer });
  await dataTransfer.dispose();
}
