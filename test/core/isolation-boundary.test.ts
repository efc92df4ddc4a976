// Finding 2, proved on the module graph rather than on single imports (the lint rule's view): what
// the process that holds the key loads, through every import, contains no parser of evidence
// bytes, and what the exhibit reader's process loads contains nothing that opens a vault or
// touches a key. esbuild follows the imports as the app's build does (type-only ones vanish).
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Every source file and every package the entry loads, through every import. */
async function loadedBy(entry: string): Promise<{ files: string[]; packages: string[] }> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const packages = new Set<string>();
  for (const input of Object.values(inputs)) {
    for (const imported of input.imports) if (imported.external && !imported.path.startsWith('node:')) packages.add(imported.path);
  }
  return { files: Object.keys(inputs).map((file) => path.relative(root, path.resolve(root, file))), packages: [...packages] };
}

// pdf-lib itself may load in the core (the dossier's fonts are measured there); what must not is
// its use on evidence, which is exhibits/pdf-reading.ts.
const parserPackages = ['sharp', 'file-type', 'heic-decode', 'pdfjs-dist', 'tesseract.js'];
const parserFiles = /^src\/core\/(exhibits\/((image-decoding|jpeg2000|old-jpeg-tiff|inspect|pdf-reading)\.ts|ocr\/)|isolation\/(tasks\/|reader-tasks\.ts|reader-child\.ts))/;

describe('what each process loads', () => {
  it.each([
    ['the core in the app (its worker thread)', 'src/core/service/service-worker.ts'],
    ['the core under the command line', 'src/core/service/core-service.ts'],
  ])('%s loads no parser of evidence bytes', async (_name, entry) => {
    const { files, packages } = await loadedBy(entry);
    expect(files).toContain('src/core/vault/vault.ts');
    expect(packages.filter((name) => parserPackages.some((parser) => name === parser || name.startsWith(`${parser}/`)))).toEqual([]);
    expect(files.filter((file) => parserFiles.test(file))).toEqual([]);
  });

  it('a file sealer thread loads the file cipher and nothing else of the core but the collector: no parser, no vault, no database', async () => {
    const { files, packages } = await loadedBy('src/core/evidence/file-sealer-worker.ts');
    expect(files.filter((file) => file.startsWith('src/')).sort()).toEqual([
      'src/core/evidence/file-cipher.ts',
      'src/core/evidence/file-sealer-protocol.ts',
      'src/core/evidence/file-sealer-worker.ts',
      'src/core/evidence/fill-buffer.ts',
      'src/core/evidence/hash-ring.ts',
      'src/core/threads/collect-garbage.ts',
    ]);
    expect(packages).toEqual([]);
  });

  it('the exhibit reader loads the parsers and nothing that holds a key or opens a vault', async () => {
    const { files, packages } = await loadedBy('src/core/isolation/reader-child.ts');
    expect(packages).toEqual(expect.arrayContaining(['sharp', 'file-type', 'tesseract.js']));
    expect(files.filter((file) => /^src\/core\/(vault|records|service)\/|^src\/core\/evidence\/(blob-store|file-cipher)\.ts$/.test(file))).toEqual([]);
    expect(packages.filter((name) => /sqlite|argon2/.test(name))).toEqual([]);
  });
});
