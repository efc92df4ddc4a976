// One interface for every way a reader process is started: child_process.fork under Node (the
// CLI, the tests), Electron's utilityProcess in the app (electron/exhibit-reader-process.ts),
// and the relay that lets the core's worker thread ask the main thread for either (reader-relay.ts).
import type { FromReader, ToReader } from './reader-protocol.js';

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
