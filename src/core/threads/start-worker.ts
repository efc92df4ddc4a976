// Starts a worker thread from an entry file beside the calling module. Under tsx and vitest the
// caller is a .ts source and the worker must load TypeScript too; Node 20 ignores `--import` in a
// worker's execArgv, so a tiny bootstrap registers tsx's loader inside the worker before
// importing the entry. In the electron-vite build the caller sits in out/main/ (main.js, a worker
// or a chunk beside them) and the entry is a .js file of the main build beside it.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * `callerUrl`: the caller's import.meta.url; `entryName`: the entry's file name without extension
 * (`service-worker`). `bundleFromSource`: from the sources, bundle the entry into one script with
 * esbuild rather than register tsx in the thread, for an entry of a few modules that only Node
 * itself imports: tsx's loader cost each such thread a third of a second to start.
 */
export function startWorkerBeside(callerUrl: string, entryName: string, options: WorkerOptions = {}, { bundleFromSource = false } = {}): Worker {
  const here = fileURLToPath(callerUrl);
  const dir = path.dirname(here);
  if (!here.endsWith('.ts')) return new Worker(path.join(dir, `${entryName}.js`), options);
  if (bundleFromSource) return new Worker(bundledScript(callerUrl, path.join(dir, `${entryName}.ts`)), { ...options, eval: true });

  const tsxRoot = path.dirname(createRequire(callerUrl).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = pathToFileURL(path.join(dir, `${entryName}.ts`)).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

interface EsbuildForWorkers {
  buildSync(options: object): { outputFiles: { text: string }[] };
}

const bundledScripts = new Map<string, string>();

/** The entry and its modules as one CommonJS script, bundled once per process (esbuild, which tsx itself runs on). */
function bundledScript(callerUrl: string, entry: string): string {
  let script = bundledScripts.get(entry);
  if (script === undefined) {
    // Required here only: the built app never bundles at run time, nor ships esbuild.
    const esbuild = createRequire(callerUrl)('esbuild') as EsbuildForWorkers;
    const built = esbuild.buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent' });
    script = built.outputFiles[0]!.text;
    bundledScripts.set(entry, script);
  }
  return script;
}
