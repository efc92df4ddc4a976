// Reader processes under Node (the CLI, the tests, and the app's host thread outside Electron):
// child_process.fork of reader-child, the TypeScript source through tsx's loader when this code
// runs from source (installed packages without it: installed-modules-hooks.mjs), the built
// exhibit-reader-child.js beside it otherwise (out/main).
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readerMallocEnv, type ReaderLauncher, type ReaderProcess } from './reader-launcher.js';
import { isFromReader, type FromReader } from './reader-protocol.js';

/** The child's entry and the Node options it needs to load it. */
function childEntry(built: string | undefined): { entry: string; loader: string[] } {
  if (built) return { entry: built, loader: [] };
  const here = fileURLToPath(import.meta.url);
  const dir = path.dirname(here);
  if (!here.endsWith('.ts')) return { entry: path.join(dir, 'exhibit-reader-child.js'), loader: [] };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
  // Registered after tsx, so its hooks run first: installed packages load without tsx.
  const installedModules = pathToFileURL(path.join(dir, 'register-installed-modules.mjs')).href;
  return { entry: path.join(dir, 'reader-child.ts'), loader: ['--import', tsx, '--import', installedModules] };
}

/** `builtEntry`: a built exhibit-reader-child.js to run instead of the one beside this code (tests of the build). */
export function nodeReaderLauncher(builtEntry?: string): ReaderLauncher {
  return {
    launch({ maxOldSpaceMb }): ReaderProcess {
      const { entry, loader } = childEntry(builtEntry);
      const child = fork(entry, [], {
        // Not the parent's flags (vitest's, an inspector's): only the heap cap and the loader.
        execArgv: [`--max-old-space-size=${maxOldSpaceMb}`, ...loader],
        env: { ...process.env, ...readerMallocEnv },
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      // An idle reader must not keep the CLI (or a test run) alive; it exits when its parent does.
      // While it starts and while it runs a task, its channel holds the parent's event loop open
      // for the answer.
      child.unref();
      const holdOpen = (busy: boolean) => (busy ? child.channel?.ref() : child.channel?.unref());
      const messageListeners: ((message: FromReader) => void)[] = [];
      child.on('message', (message: unknown) => {
        if (!isFromReader(message)) return;
        if (message.type === 'ready' || message.type === 'done') holdOpen(false);
        for (const listener of messageListeners) listener(message);
      });
      const exitListeners: ((exit: { code: number | null; signal: string | null }) => void)[] = [];
      let exited = false;
      const onExit = (code: number | null, signal: string | null) => {
        if (exited) return;
        exited = true;
        for (const listener of exitListeners) listener({ code, signal });
      };
      child.on('exit', onExit);
      // A failed spawn emits 'error' and perhaps no 'exit'.
      child.on('error', () => onExit(null, null));
      return {
        get pid() {
          return child.pid;
        },
        send(message) {
          if (exited || !child.connected) return;
          if (message.type === 'run') holdOpen(true);
          child.send(message);
        },
        kill() {
          if (!exited) child.kill('SIGKILL');
        },
        onMessage(listener) {
          messageListeners.push(listener);
        },
        onExit(listener) {
          exitListeners.push(listener);
        },
      };
    },
  };
}
