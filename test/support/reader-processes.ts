// For tests and the benchmark that watch the exhibit reader's real processes: a Node launcher
// that keeps what it started, a liveness check, and a typed call into a core worker.
import { nodeReaderLauncher } from '../../src/core/isolation/node-launcher.js';
import type { ReaderLauncher, ReaderProcess } from '../../src/core/isolation/reader-launcher.js';
import type { CoreMethod } from '../../src/core/service/service-context.js';
import type { CoreWorker } from '../../src/core/service/worker-host.js';
import { contract, type MethodInput, type MethodOutput } from '../../src/shared/contract.js';

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

/** Calls a core method on a worker, with its input parsed by the contract as dispatch would. */
export async function callWorker<M extends CoreMethod>(worker: CoreWorker, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const handler = worker.handlers[method] as (input: unknown) => Promise<MethodOutput<M>>;
  return handler(contract[method].input.parse(input));
}
