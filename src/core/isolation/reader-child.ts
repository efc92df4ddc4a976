// The exhibit reader process's entry (started by a ReaderLauncher): it holds no key and opens
// no vault; it runs the tasks of reader-tasks.ts on the bytes the core sends, one at a time, and
// answers with plain data. Under Node it talks over the fork's IPC channel, under Electron's
// utilityProcess over process.parentPort.
import sharp from 'sharp';
import { DossierError, type ErrorData } from '../../shared/errors.js';
import { collectGarbage } from '../threads/collect-garbage.js';
import { keepMemoryOutOfCoreDumps } from './core-dumps.js';
import type { FromReader, ToReader } from './reader-protocol.js';
import { readerTasks } from './reader-tasks.js';
import type { ReaderTask, TaskIO } from './task-types.js';

keepMemoryOutOfCoreDumps();
// Run from source (the CLI, the tests, the benchmark), tsx turns on source maps, and Node then
// parses and keeps the map of every module with one: pdf.js alone brings 8 MB of maps, which
// cost the reader 80 MiB. Its errors leave it as codes, never stacks, so it needs none.
process.setSourceMapsEnabled(false);
// libvips keeps its last operations, their input buffers with them, for reuse. A reader never
// asks for the same decode twice, so that cache only holds exhibits already done: each HEIC
// photo left its 48 MB of pixels there, and the memory grew with every exhibit.
sharp.cache(false);

// Between two files, what the last one left (its bytes, decoded pixels, parsed objects, a
// decoder's WebAssembly memory once dropped) is garbage, but V8 collects it only when its heap
// fills, and counts little of it: most lives outside the heap. A process reading file after file
// would hold several files' worth. So when resident memory has grown by this much since the last
// collection, the task's next request for a file collects first: memory then holds one file's
// work above the process's own.
const collectAfterGrowthBytes = 128 * 1024 * 1024;
let residentAfterCollection = 0;

function collectIfGrown(): void {
  if (process.memoryUsage.rss() - residentAfterCollection < collectAfterGrowthBytes) return;
  collectGarbage();
  residentAfterCollection = process.memoryUsage.rss();
}

/** Electron's utilityProcess port (typed here: the core does not import Electron). */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

interface Channel {
  send(message: FromReader): void;
  onMessage(listener: (message: ToReader) => void): void;
}

function parentChannel(): Channel {
  const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      send: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data as ToReader)),
    };
  }
  if (!process.send) throw new Error('reader-child runs only as a reader process (see reader-launcher.ts).');
  // The core that started this process is gone: nothing is left to answer, so end too.
  process.on('disconnect', () => process.exit(0));
  return {
    send: (message) => void process.send!(message),
    onMessage: (listener) => process.on('message', (message) => listener(message as ToReader)),
  };
}

const channel = parentChannel();
const tasks: Record<string, () => Promise<ReaderTask>> = readerTasks;
const requests = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
let nextRequestId = 1;
let running = false;

/** What leaves for the core: a DossierError's code and words, nothing else (a parser's message may quote the file). */
function errorData(error: unknown): ErrorData {
  if (error instanceof DossierError) return error.toData();
  return { code: 'INTERNAL', message: 'The exhibit reader failed on this file.' };
}

async function run(id: number, name: string, input: unknown): Promise<void> {
  const loadTask = Object.hasOwn(tasks, name) ? tasks[name] : undefined;
  // The core kills this process to stop a task, so the signal never aborts; tasks may still pass it on.
  const io: TaskIO = {
    request: (requestName, requestInput) =>
      new Promise((resolve, reject) => {
        // Before each file's bytes arrive (an exhibit, or the written dossier the verification reads
        // after composing): what the last one left behind is collected first.
        if (requestName === 'blob' || requestName === 'dossierBytes') collectIfGrown();
        const requestId = nextRequestId++;
        requests.set(requestId, { resolve, reject });
        channel.send({ type: 'request', id, requestId, name: requestName, input: requestInput });
      }),
    send: (message) => channel.send({ type: 'message', id, message }),
    signal: new AbortController().signal,
  };
  try {
    if (!loadTask) throw new DossierError('INTERNAL', `The exhibit reader has no task "${name}".`);
    const task = await loadTask();
    channel.send({ type: 'started', id });
    const value = await task(input, io);
    channel.send({ type: 'done', id, ok: true, value });
  } catch (error) {
    if (!(error instanceof DossierError)) console.error(`The exhibit reader's ${name} failed (${error instanceof Error ? error.name : typeof error}).`);
    channel.send({ type: 'done', id, ok: false, error: errorData(error) });
  } finally {
    requests.clear();
    running = false;
  }
}

channel.onMessage((message) => {
  switch (message.type) {
    case 'run':
      if (running) {
        channel.send({ type: 'done', id: message.id, ok: false, error: { code: 'INTERNAL', message: 'The exhibit reader was already busy.' } });
        return;
      }
      running = true;
      void run(message.id, message.task, message.input);
      break;
    case 'answer': {
      const request = requests.get(message.requestId);
      if (!request) return;
      requests.delete(message.requestId);
      if (message.ok) request.resolve(message.value);
      else request.reject(new DossierError(message.error.code, message.error.message));
      break;
    }
  }
});

channel.send({ type: 'ready' });
