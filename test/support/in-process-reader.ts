// An ExhibitReader that runs the reader's tasks in this process, for the tests that look inside
// the composer (counting pdf-lib's parses with a spy) and for the benchmark's measure of what
// isolation costs: the same tasks, the same requests and messages as the reader process, without
// the process. The app and the CLI never use it.
import type { ExhibitReader, ReaderCall } from '../../src/core/isolation/exhibit-reader.js';
import { readerTasks, type ReaderTaskName } from '../../src/core/isolation/reader-tasks.js';

export function inProcessReader(): ExhibitReader {
  const reader: ExhibitReader = {
    async run(task: ReaderTaskName, input: unknown, call: ReaderCall = {}) {
      const runTask = await readerTasks[task]();
      return runTask(input, {
        request: (name, requestInput) => {
          if (!call.serve) throw new Error(`no serve for "${name}"`);
          return call.serve(name, requestInput);
        },
        send: (message) => call.onMessage?.(message),
        signal: call.signal ?? new AbortController().signal,
      });
    },
    forCase: () => reader,
    stopAll() {},
  };
  return reader;
}
