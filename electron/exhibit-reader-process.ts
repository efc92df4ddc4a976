// The exhibit reader's processes in the app: Electron's utilityProcess, which only this (main)
// thread may create. The core's worker asks for them through worker-host.ts's relay; the reader
// itself is src/core/isolation/reader-child.ts, built as out/main/exhibit-reader-child.js.
import path from 'node:path';
import { utilityProcess } from 'electron';
import { isFromReader, readerMallocEnv, type FromReader, type ReaderLauncher, type ReaderProcess } from '../src/core/service/worker-host';

export function utilityReaderLauncher(entry = path.join(import.meta.dirname, 'exhibit-reader-child.js')): ReaderLauncher {
  return {
    launch({ maxOldSpaceMb }): ReaderProcess {
      const child = utilityProcess.fork(entry, [], {
        serviceName: 'Dossier exhibit reader',
        execArgv: [`--max-old-space-size=${maxOldSpaceMb}`],
        env: { ...process.env, ...readerMallocEnv },
        stdio: 'inherit',
      });
      let exited = false;
      let killAsked = false;
      const exitListeners: ((exit: { code: number | null; signal: string | null }) => void)[] = [];
      // Electron ignores kill() before the process has a pid: a kill asked for then (a lock right
      // after a relaunch) is done once it has spawned, or the pool would wait on it for ever.
      child.once('spawn', () => {
        if (killAsked && child.pid !== undefined) killNow();
      });
      const killNow = () => {
        // SIGKILL where there is one: a reader stuck in a decoder may not heed SIGTERM at once.
        if (child.pid !== undefined && process.platform !== 'win32') {
          try {
            process.kill(child.pid, 'SIGKILL');
            return;
          } catch {
            // Gone already; 'exit' follows.
          }
        }
        child.kill();
      };
      child.on('exit', (code) => {
        exited = true;
        for (const listener of exitListeners) listener({ code, signal: null });
      });
      return {
        get pid() {
          return child.pid;
        },
        send(message) {
          if (!exited) child.postMessage(message);
        },
        kill() {
          if (exited) return;
          killAsked = true;
          if (child.pid !== undefined) killNow();
        },
        onMessage(listener: (message: FromReader) => void) {
          child.on('message', (message: unknown) => {
            if (isFromReader(message)) listener(message);
          });
        },
        onExit(listener) {
          exitListeners.push(listener);
        },
      };
    },
  };
}
