// One interface for every way a reader process is started: child_process.fork under Node (the
// CLI, the tests), Electron's utilityProcess in the app (electron/exhibit-reader-process.ts),
// and the relay that lets the core's worker thread ask the main thread for either (reader-relay.ts).
import type { FromReader, ToReader } from './reader-protocol.js';

/**
 * glibc malloc settings for every reader process, set in its environment because glibc reads them
 * once, at start. Without them a reader's resident memory grows with each image it decodes and
 * never shrinks: a freed decode buffer raises glibc's mmap threshold (up to 32 MiB), so the next
 * ones come from heaps that fragment and are seldom returned, one heap per decoding thread. A fixed
 * threshold keeps every block of 128 KiB and more in its own mapping, given back on free; two
 * arenas bound the rest. Measured on the benchmark's mixed set (test/bench/measure-mixed.ts).
 * Other allocators ignore them.
 */
export const readerMallocEnv: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: String(128 * 1024),
  MALLOC_ARENA_MAX: '2',
};

/** Limits a reader process is started with. */
export interface ReaderProcessOptions {
  /** V8's old-space cap (--max-old-space-size), in MiB. */
  maxOldSpaceMb: number;
}

export interface ReaderProcess {
  /** The operating system's process id, once known (for the memory watch); undefined before. */
  readonly pid: number | undefined;
  send(message: ToReader): void;
  /** Ends the process at once (SIGKILL where there is one); 'exit' follows. */
  kill(): void;
  onMessage(listener: (message: FromReader) => void): void;
  /** Called once, when the process has gone, whatever the cause. */
  onExit(listener: (exit: { code: number | null; signal: string | null }) => void): void;
}

export interface ReaderLauncher {
  launch(options: ReaderProcessOptions): ReaderProcess;
}
