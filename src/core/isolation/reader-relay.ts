// Reader processes for a core that runs in a worker thread. Electron lets only the main thread
// create a utilityProcess, so the worker's launcher asks the main thread (worker-host.ts) to
// start, message and kill each process, and hears back what each process says and when it ends.
// Under Node the main thread uses the fork launcher behind the same relay, so the tests exercise it.
import type { ReaderLauncher, ReaderProcess, ReaderProcessOptions } from './reader-launcher.js';
import type { FromReader, ToReader } from './reader-protocol.js';

/** From the worker to the main thread. */
export type RelayRequest =
  | { type: 'reader'; op: 'start'; handle: number; options: ReaderProcessOptions }
  | { type: 'reader'; op: 'send'; handle: number; message: ToReader }
  | { type: 'reader'; op: 'kill'; handle: number };

/** From the main thread to the worker. */
export type RelayEvent =
  | { type: 'readerEvent'; handle: number; event: 'message'; pid: number | undefined; message: FromReader }
  | { type: 'readerEvent'; handle: number; event: 'exit'; code: number | null; signal: string | null };

/** The worker's side: a launcher whose processes live in the main thread. Events from there go to `deliver`. */
export function relayedReaderLauncher(post: (request: RelayRequest) => void): { launcher: ReaderLauncher; deliver(event: RelayEvent): void } {
  const processes = new Map<number, { pid: number | undefined; message(message: FromReader): void; exit(code: number | null, signal: string | null): void }>();
  let nextHandle = 1;

  const launcher: ReaderLauncher = {
    launch(options): ReaderProcess {
      const handle = nextHandle++;
      const messageListeners: ((message: FromReader) => void)[] = [];
      const exitListeners: ((exit: { code: number | null; signal: string | null }) => void)[] = [];
      let exited = false;
      const entry = {
        pid: undefined as number | undefined,
        message: (message: FromReader) => {
          for (const listener of messageListeners) listener(message);
        },
        exit: (code: number | null, signal: string | null) => {
          if (exited) return;
          exited = true;
          processes.delete(handle);
          for (const listener of exitListeners) listener({ code, signal });
        },
      };
      processes.set(handle, entry);
      post({ type: 'reader', op: 'start', handle, options });
      return {
        get pid() {
          return entry.pid;
        },
        send: (message) => {
          if (!exited) post({ type: 'reader', op: 'send', handle, message });
        },
        kill: () => {
          if (!exited) post({ type: 'reader', op: 'kill', handle });
        },
        onMessage: (listener) => void messageListeners.push(listener),
        onExit: (listener) => void exitListeners.push(listener),
      };
    },
  };

  return {
    launcher,
    deliver(event) {
      const target = processes.get(event.handle);
      if (!target) return;
      if (event.event === 'exit') return target.exit(event.code, event.signal);
      target.pid = event.pid;
      target.message(event.message);
    },
  };
}

/** The main thread's side: starts the worker's processes with a real launcher and reports on them. */
export class ReaderRelay {
  private readonly processes = new Map<number, ReaderProcess>();

  constructor(
    private readonly launcher: ReaderLauncher,
    private readonly post: (event: RelayEvent) => void,
  ) {}

  handle(request: RelayRequest): void {
    switch (request.op) {
      case 'start': {
        if (this.processes.has(request.handle)) return;
        let started: ReaderProcess;
        try {
          started = this.launcher.launch(request.options);
        } catch {
          console.error('An exhibit reader process could not be started.');
          this.post({ type: 'readerEvent', handle: request.handle, event: 'exit', code: null, signal: null });
          return;
        }
        this.processes.set(request.handle, started);
        started.onMessage((message) => this.post({ type: 'readerEvent', handle: request.handle, event: 'message', pid: started.pid, message }));
        started.onExit(({ code, signal }) => {
          this.processes.delete(request.handle);
          this.post({ type: 'readerEvent', handle: request.handle, event: 'exit', code, signal });
        });
        break;
      }
      case 'send':
        this.processes.get(request.handle)?.send(request.message);
        break;
      case 'kill':
        this.processes.get(request.handle)?.kill();
        break;
    }
  }

  /** Kills every process this relay started (the worker is gone, or was terminated by a lock). */
  killAll(): void {
    for (const started of this.processes.values()) started.kill();
  }
}
