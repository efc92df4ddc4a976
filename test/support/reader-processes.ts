// For tests and the benchmark that watch the exhibit reader's real processes: a Node launcher
// that keeps what it started, and a liveness check.
import { nodeReaderLauncher } from '../../src/core/isolation/node-launcher.js';
import type { ReaderLauncher, ReaderProcess } from '../../src/core/isolation/reader-launcher.js';

/** Forks reader processes as the CLI does, and lists every one it started. */
export function watchedLauncher(): { launcher: ReaderLauncher; processes: ReaderProcess[] } {
  const processes: ReaderProcess[] = [];
  const node = nodeReaderLauncher();
  const launcher: ReaderLauncher = {
    launch(options) {
      const started = node.launch(options);
      processes.push(started);
      return started;
    },
  };
  return { launcher, processes };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
