// Starts a worker thread from an entry file beside the calling module. Under tsx and vitest the
// caller is a .ts source and the worker must load TypeScript too; Node 20 ignores `--import` in a
// worker's execArgv, so a tiny bootstrap registers tsx's loader inside the worker before
// importing the entry. In the electron-vite build the caller sits in out/main/ (main.js, a worker
// or a chunk beside them) and the entry is a .js file of the main build beside it.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `callerUrl`: the caller's import.meta.url; `entryName`: the entry's file name without extension (`service-worker`). */
export function startWorkerBeside(callerUrl: string, entryName: string, options: WorkerOptions = {}): Worker {
  const here = fileURLToPath(callerUrl);
  const dir = path.dirname(here);
  if (!here.endsWith('.ts')) return new Worker(path.join(dir, `${entryName}.js`), options);

  const tsxRoot = path.dirname(createRequire(callerUrl).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = pathToFileURL(path.join(dir, `${entryName}.ts`)).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
