// The module hooks a reader run from source is started with (node-launcher.ts): installed
// packages load as Node loads them, our TypeScript is handed on to tsx.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module (Node loads it before tsx), without declarations.
import { load } from '../../src/core/isolation/installed-modules-hooks.mjs';

type Load = (url: string, context: { format?: string | null }, next: (url: string, context: object) => Promise<unknown>) => Promise<unknown>;
const loadHook = load as Load;
const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** What the hook answers for `file`, and the URLs it handed on to the next hook (tsx's). */
async function loaded(file: string, format: string | null): Promise<{ answer: unknown; handedOn: string[] }> {
  const handedOn: string[] = [];
  const answer = await loadHook(pathToFileURL(file).href, { format }, async (url) => {
    handedOn.push(url);
    return { format, source: 'from the next hook', shortCircuit: true };
  });
  return { answer, handedOn };
}

describe('the installed-modules hooks of a reader run from source', () => {
  it("loads an installed package's ES module itself, byte for byte (pdf.js)", async () => {
    const file = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'legacy', 'build', 'pdf.mjs');
    const { answer, handedOn } = await loaded(file, null);
    expect(handedOn).toEqual([]);
    expect(answer).toEqual({ format: 'module', source: await readFile(file), shortCircuit: true });
  });

  it("leaves an installed package's CommonJS to Node's own loader", async () => {
    const { answer, handedOn } = await loaded(require.resolve('fontkit'), 'commonjs');
    expect(handedOn).toEqual([]);
    expect(answer).toEqual({ format: 'commonjs', source: null, shortCircuit: true });
  });

  it('hands our TypeScript, and a package file of no known format, on to tsx', async () => {
    const ours = path.join(root, 'src', 'core', 'isolation', 'reader-child.ts');
    expect((await loaded(ours, null)).handedOn).toEqual([pathToFileURL(ours).href]);
    const json = require.resolve('pdfjs-dist/package.json');
    expect((await loaded(json, 'json')).handedOn).toEqual([pathToFileURL(json).href]);
  });
});
