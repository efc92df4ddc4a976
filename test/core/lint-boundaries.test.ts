// The folder boundaries of docs/architecture.md are lint rules (eslint.config.js), run by
// `npm test`. A rule that silently stopped matching would pass every file, so each one is shown
// here catching an import it must refuse, and letting through the import the design allows.
// The sources are linted in memory under a path in the folder they stand for; the imported
// files are real, because the rules judge where an import resolves to, not how it is spelled.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rule ids that fire on `source`, linted as if it were the file at `file` (repo-relative). */
async function ruleIdsFor(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const boundary = 'import-x/no-restricted-paths';

describe('lint rules that keep the architecture', () => {
  it.each([
    ['src/core never imports Electron', 'src/core/vault/probe.ts', "import { app } from 'electron';\nexport const name = app.name;\n", 'no-restricted-imports'],
    ['src/core never imports the window', 'src/core/vault/probe.ts', "export * from '../../renderer/api.js';\n", boundary],
    ['src/core never imports the CLI', 'src/core/records/probe.ts', "export * from '../../cli/prompt.js';\n", boundary],
    ['src/core never imports the shell', 'src/core/service/probe.ts', "export * from '../../../electron/security-policy';\n", boundary],
    ['src/shared imports no Node built-in', 'src/shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", 'import-x/no-nodejs-modules'],
    ['src/shared imports no bare Node built-in', 'src/shared/probe.ts', "import path from 'path';\nexport const join = path.join;\n", 'import-x/no-nodejs-modules'],
    ['src/shared imports nothing of the core', 'src/shared/probe.ts', "export * from '../core/vault/vault.js';\n", boundary],
    ['src/shared imports no package but zod (no DOM library either)', 'src/shared/probe.ts', "export * from 'react-dom';\n", boundary],
    ['the window never imports the core', 'src/renderer/probe.ts', "export * from '../core/vault/vault.js';\n", boundary],
    ['the window imports no Node built-in', 'src/renderer/ui/probe.ts', "import os from 'node:os';\nexport const home = os.homedir;\n", 'import-x/no-nodejs-modules'],
    ['the window never imports Electron', 'src/renderer/probe.ts', "import { ipcRenderer } from 'electron';\nexport const send = ipcRenderer.send;\n", 'no-restricted-imports'],
    ['the window never imports the shell', 'src/renderer/probe.ts', "export * from '../../electron/security-policy';\n", boundary],
    ['the shell reaches the core only through its service entry', 'electron/probe.ts', "export * from '../src/core/vault/vault';\n", boundary],
    ['the shell does not reach into the service behind its entry', 'electron/probe.ts', "export * from '../src/core/service/core-service';\n", boundary],
    ['the CLI calls the core only through the service', 'src/cli/probe.ts', "export * from '../core/vault/vault.js';\n", boundary],
    ['the CLI never imports Electron', 'src/cli/probe.ts', "import { app } from 'electron';\nexport const name = app.name;\n", 'no-restricted-imports'],
    ['the core never loads sharp beside the key', 'src/core/service/probe.ts', "import sharp from 'sharp';\nexport const decode = sharp;\n", boundary],
    ['the core never loads file-type beside the key', 'src/core/intake/probe.ts', "export * from 'file-type';\n", boundary],
    ['the core never loads pdf-lib beside the key', 'src/core/evidence/probe.ts', "export * from '@cantoo/pdf-lib';\n", boundary],
    ['the core never loads heic-decode beside the key', 'src/core/records/probe.ts', "import decode from 'heic-decode';\nexport { decode };\n", boundary],
    ['the core never loads pdf.js\'s JPEG 2000 decoder beside the key', 'src/core/vault/probe.ts', "export * from 'pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs';\n", boundary],
    ['the core never loads Tesseract beside the key', 'src/core/service/probe.ts', "import Tesseract from 'tesseract.js';\nexport const ocr = Tesseract;\n", boundary],
    ['the core never runs OCR beside the key', 'src/core/records/probe.ts', "export * from '../exhibits/ocr/evidence-text.js';\n", boundary],
    ['the OCR code never reads the records', 'src/core/exhibits/ocr/probe.ts', "export * from '../../records/evidence.js';\n", boundary],
    ['the core never loads an exhibit parser beside the key', 'src/core/service/probe.ts', "export * from '../exhibits/inspect.js';\n", boundary],
    ['the core never runs a reader task itself', 'src/core/intake/probe.ts', "export * from '../isolation/tasks/detect-type.js';\n", boundary],
    ['the core\'s reader client loads no parser either', 'src/core/isolation/reader-calls.ts', "export * from '../exhibits/image-decoding.js';\n", boundary],
    ['the reader never opens a vault', 'src/core/isolation/tasks/probe.ts', "export * from '../../vault/vault.js';\n", boundary],
    ['the reader never reads the records', 'src/core/isolation/tasks/probe.ts', "export * from '../../records/evidence.js';\n", boundary],
    ['the reader never reads stored files itself', 'src/core/exhibits/probe.ts', "export * from '../evidence/blob-store.js';\n", boundary],
    ['the reader never decrypts', 'src/core/exhibits/probe.ts', "export * from '../evidence/file-cipher.js';\n", boundary],
    ['the reader\'s entry never reaches the service', 'src/core/isolation/reader-child.ts', "export * from '../service/core-service.js';\n", boundary],
  ])('%s', async (_rule, file, source, ruleId) => {
    expect(await ruleIdsFor(file, source)).toEqual([ruleId]);
  });

  it.each([
    ['src/core imports Node and its own files', 'src/core/vault/probe.ts', "import { readFile } from 'node:fs/promises';\nexport { readFile };\nexport * from './vault.js';\n"],
    ['src/shared imports zod and its own files', 'src/shared/probe.ts', "import { z } from 'zod';\nexport const id = z.string();\nexport * from './contract.js';\n"],
    ['the window imports the contract', 'src/renderer/probe.ts', "export * from '../shared/contract';\n"],
    ['the shell imports the service entry and the contract', 'electron/probe.ts', "export * from '../src/core/service/worker-host';\nexport * from '../src/shared/errors';\n"],
    ['the CLI imports the service and the contract', 'src/cli/probe.ts', "export * from '../core/service/core-service.js';\nexport * from '../shared/errors.js';\n"],
    ['the reader\'s OCR code loads Tesseract and the exhibit decoders', 'src/core/exhibits/ocr/probe.ts', "import Tesseract from 'tesseract.js';\nexport const ocr = Tesseract;\nexport * from '../image-decoding.js';\n"],
    ['the reader\'s tasks parse with sharp and the exhibit readers', 'src/core/isolation/tasks/probe.ts', "import sharp from 'sharp';\nexport const decode = sharp;\nexport * from '../../exhibits/inspect.js';\n"],
    ['the core calls the reader through its client and knows what a file becomes by type', 'src/core/service/probe.ts', "export * from '../isolation/reader-calls.js';\nexport * from '../exhibits/treatment.js';\n"],
  ])('allows what the design allows: %s', async (_rule, file, source) => {
    expect(await ruleIdsFor(file, source)).toEqual([]);
  });

  it('fails on a disable comment that no longer disables anything', async () => {
    const source = '// eslint-disable-next-line no-console\nexport const answer = 42;\n';
    const [result] = await eslint.lintText(source, { filePath: path.join(root, 'src/core/vault/probe.ts') });
    expect(result?.errorCount).toBe(1);
    expect(result?.messages[0]?.message).toMatch(/Unused eslint-disable directive/);
  });
});
