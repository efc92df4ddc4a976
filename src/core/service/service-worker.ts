// The worker thread's entry (see worker-host.ts): one core service, answering the host's calls
// one message at a time and sending its events back. Errors leave as ErrorData only, so a
// stack trace or a message naming a client never crosses to the window's side. Its exhibit
// reader's processes are started by the main thread (reader-relay.ts); a lock is confirmed once
// done, and a worker too busy to confirm in time is terminated by the host.
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorData, type Result } from '../../shared/errors.js';
import { createExhibitReader } from '../isolation/exhibit-reader.js';
import { relayedReaderLauncher } from '../isolation/reader-relay.js';
import { createCoreService } from './core-service.js';
import type { CoreWorkerOptions, HostMessage, WorkerMessage } from './worker-host.js';

if (!parentPort) throw new Error('service-worker runs only as a worker thread (see worker-host.ts).');
const port = parentPort;
const options = workerData as CoreWorkerOptions;

function send(message: WorkerMessage): void {
  port.postMessage(message);
}

const relay = relayedReaderLauncher((request) => send(request));

const service = createCoreService({
  settingsDir: options.settingsDir,
  fontsDir: options.fontsDir,
  argon2: options.argon2,
  autoLockMinuteMs: options.autoLockMinuteMs,
  emit: (event) => send({ type: 'event', event }),
  reader: createExhibitReader(relay.launcher, options.readerLimits),
});

async function answer(message: Extract<HostMessage, { type: 'call' }>): Promise<void> {
  let result: Result<unknown>;
  try {
    const handler = service.handlers[message.method] as (input: unknown) => unknown;
    result = { ok: true, value: await handler(message.input) };
  } catch (error) {
    if (toErrorData(error).code === 'INTERNAL') {
      // The kind of failure only: its message may quote client data.
      console.error(`${message.method} failed in the core (${error instanceof Error ? error.name : typeof error}).`);
    }
    result = { ok: false, error: toErrorData(error) };
  }
  try {
    send({ type: 'result', id: message.id, result });
  } catch {
    // A value that cannot be cloned (a handler bug): the caller still gets an answer.
    send({ type: 'result', id: message.id, result: { ok: false, error: toErrorData(undefined) } });
  }
}

port.on('message', (message: HostMessage) => {
  switch (message.type) {
    case 'call':
      void answer(message);
      break;
    case 'lock':
      service.lock(message.reason);
      send({ type: 'lockConfirmed' });
      break;
    case 'readerEvent':
      relay.deliver(message);
      break;
    case 'close':
      void Promise.resolve()
        .then(() => service.close())
        .catch(() => console.error('The core did not close cleanly.'))
        .finally(() => {
          send({ type: 'closed' });
          port.close();
          // A timer the service left behind must not keep the thread alive after close.
          setTimeout(() => process.exit(0), 1_000).unref();
        });
      break;
  }
});

send({ type: 'ready' });
