// Module hooks for a reader process run from source (node-launcher.ts): installed packages load
// as Node itself loads them, and only our TypeScript goes through tsx, whose hooks run after
// these. tsx would compile plain JavaScript again, and what it compiled stayed in memory: opening
// a first PDF with pdf.js (its two large modules loading) took a reader 194 MiB more through tsx,
// 17 MiB without; the composer's other packages cost 40 MiB more through it.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.includes('/node_modules/')) {
    if (url.endsWith('.mjs') || context.format === 'module') return { format: 'module', source: await readFile(new URL(url)), shortCircuit: true };
    // Without a source, Node's own CommonJS loader reads the file and what it requires.
    if (url.endsWith('.cjs') || context.format === 'commonjs') return { format: 'commonjs', source: null, shortCircuit: true };
  }
  return nextLoad(url, context);
}
