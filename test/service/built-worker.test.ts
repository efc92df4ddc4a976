// The core as the packaged app runs it: out/main/service-worker.js, bundled by electron-vite,
// with its dependencies (SQLCipher, Argon2, sharp, pdf-lib, fontkit) loaded from node_modules
// at run time, its evidence parsed by out/main/exhibit-reader-child.js in child processes and
// sealed by out/main/file-sealer-worker.js in threads.
// The other worker tests load the TypeScript sources; this one catches what only bundling can
// break (a path computed from import.meta.url, a dependency left out or inlined).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { nodeReaderLauncher } from '../../src/core/isolation/node-launcher';
import type { ReaderProcess } from '../../src/core/isolation/reader-launcher';
import { startCoreWorker } from '../../src/core/service/worker-host';
import { ensureBuilt } from '../e2e/support/build';
import { flatText, readPdf } from '../support/pdf-reader';
import { fixturesDir, PASSPHRASE, repoRoot } from '../support/sample-case';
import { scannedWords } from '../support/scanned-words';
import { tempDir } from '../support/temp-dir';
import { callWorker } from '../support/worker-call';

const builtWorker = path.join(repoRoot, 'out', 'main', 'service-worker.js');
const builtReader = path.join(repoRoot, 'out', 'main', 'exhibit-reader-child.js');
const builtSealer = path.join(repoRoot, 'out', 'main', 'file-sealer-worker.js');


describe('the built core worker (out/main/service-worker.js)', () => {
  beforeAll(async () => {
    await ensureBuilt(['shell']);
  }, 300_000);

  it('creates a vault, imports and previews files, and exports a dossier, as the packaged app would', async () => {
    expect(existsSync(builtWorker)).toBe(true);
    expect(existsSync(builtReader)).toBe(true);
    // The import below seals its files in threads started from this file.
    expect(existsSync(builtSealer)).toBe(true);
    const dir = await tempDir('dossier-built-worker-');
    const readers: ReaderProcess[] = [];
    const builtReaders = nodeReaderLauncher(builtReader);
    const worker = await startCoreWorker(
      { settingsDir: path.join(dir, 'settings'), fontsDir: path.join(repoRoot, 'resources', 'fonts'), argon2: { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 } },
      (options) => new Worker(builtWorker, { workerData: { ...options } }),
      {
        launch(options) {
          const started = builtReaders.launch(options);
          readers.push(started);
          return started;
        },
      },
    );
    onTestFinished(() => worker.close());

    await callWorker(worker, 'vault.create', { dir: path.join(dir, 'vault'), passphrase: PASSPHRASE });
    const client = await callWorker(worker, 'clients.create', { fullName: 'Yerlan Toktarov', fullNameNative: 'Ерлан Тоқтаров' });
    const matter = await callWorker(worker, 'cases.create', { clientId: client.id, case: { title: 'Interim measures', forum: 'un_cat' } });
    const files = [path.join(fixturesDir, 'order.pdf'), path.join(fixturesDir, 'picket.png')];
    const { imported, refused } = await callWorker(worker, 'evidence.import', { caseId: matter.id, files, jobId: 'built-import-1' });
    expect(refused).toEqual([]);
    expect(imported.map((item) => [item.mediaType, item.dossierSupport])).toEqual([
      ['application/pdf', 'pages'],
      ['image/png', 'image'],
    ]);

    // The built reader told the types and inspected the files.
    expect(readers.length).toBeGreaterThan(0);
    // sharp, loaded by the bundled reader, makes the thumbnail.
    const preview = await callWorker(worker, 'evidence.preview', { id: imported[1]!.id, maxPixels: 200 });
    expect(preview.kind).toBe('image');
    if (preview.kind === 'image') expect(Buffer.from(preview.bytes.subarray(0, 8)).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');

    const file = path.join(dir, 'dossier.pdf');
    const exported = await callWorker(worker, 'dossier.export', {
      caseId: matter.id,
      template: 'un-cat-interim-measures',
      language: 'ru',
      exhibitIds: imported.map((item) => item.id),
      file,
      overrideBlocks: true,
      jobId: 'built-export-1',
    });
    const pdf = await readPdf(file);
    expect(pdf.pageCount).toBe(exported.pages);
    expect(flatText(pdf.pages[0]!.text)).toContain('Ерлан Тоқтаров');

    // Tesseract's worker thread, its WebAssembly core and the models start from the bundled reader:
    // a scan's word is found by search after the background reading.
    const scan = path.join(dir, 'scan.png');
    await writeFile(scan, (await scannedWords([['Токарев', 'Иван'], ['статья', '207.3']], { width: 1240, height: 700, size: 56, top: 120, left: 120 })).png);
    const [scanItem] = (await callWorker(worker, 'evidence.import', { caseId: matter.id, files: [scan], jobId: 'built-import-2' })).imported;
    await expect
      .poll(async () => (await callWorker(worker, 'evidence.textStatus', { caseId: matter.id })).unread, { timeout: 240_000, interval: 250 })
      .toBe(0);
    const hits = await callWorker(worker, 'search', { query: 'Tokarev', caseId: matter.id });
    expect(hits.find((hit) => hit.entityId === scanItem!.id)).toMatchObject({ entity: 'evidence', page: 1 });
  });
});
