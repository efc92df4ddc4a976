// The messages between the core and an exhibit reader process (reader-child.ts). The core sends
// bytes and plain data; the reader answers with plain data. Both ends use structured cloning
// (Node's advanced serialization, Electron's postMessage), so a Uint8Array travels as bytes.
import type { ErrorData } from '../../shared/errors.js';

/** From the core to a reader process. */
export type ToReader =
  | { type: 'run'; id: number; task: string; input: unknown }
  /** The answer to one of the running task's requests. */
  | { type: 'answer'; id: number; requestId: number; ok: true; value: unknown }
  | { type: 'answer'; id: number; requestId: number; ok: false; error: ErrorData };

/** From a reader process to the core. */
export type FromReader =
  | { type: 'ready' }
  /** The task's code is loaded and it has begun: its deadline runs from here. */
  | { type: 'started'; id: number }
  /** The running task asks the core for something (a stored file's bytes, say). */
  | { type: 'request'; id: number; requestId: number; name: string; input: unknown }
  /** Progress or output from the running task, in order. */
  | { type: 'message'; id: number; message: unknown }
  | { type: 'done'; id: number; ok: true; value: unknown }
  | { type: 'done'; id: number; ok: false; error: ErrorData };

export function isFromReader(value: unknown): value is FromReader {
  if (typeof value !== 'object' || value === null) return false;
  const { type, id } = value as { type?: unknown; id?: unknown };
  if (type === 'ready') return true;
  return (type === 'started' || type === 'request' || type === 'message' || type === 'done') && typeof id === 'number';
}
