// V8's collector on demand, for the few places that know a large piece of memory outside V8's
// heap has just become garbage (a decoder's WebAssembly memory, chunks of ciphertext): V8 would
// collect it only once its own measures of pressure say so, and meanwhile resident memory holds
// it. Reached as jest's leak detector does, without starting Node with --expose-gc: the flag is
// set, and a new context's `gc` is V8's collector for the whole thread.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collector = (options?: { type: 'minor' | 'major' }) => void;

let collector: Collector | undefined;

/**
 * `young`: only the young generation, where short-lived buffers die (cheap: run after every file
 * a sealer stores, the import was no slower); otherwise the whole heap.
 */
export function collectGarbage({ young = false } = {}): void {
  if (!collector) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as Collector;
  }
  if (young) collector({ type: 'minor' });
  // Without options: V8's forced full collection. With { type: 'major' } a dropped decoder's
  // WebAssembly memory stayed (measured with OpenJPEG).
  else collector();
}

/**
 * The whole heap, once the event loop has turned: a WebAssembly decoder just dropped is still
 * held until then by its module's promises (measured with pdf.js's OpenJPEG: collected at once,
 * a 12 MP image's 150 MiB stayed; after one turn they went).
 */
export async function collectGarbageSoon(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
}
