// IPC channel names, kept apart from the zod schemas so the sandboxed preload bundles no zod.
import type { MethodName } from './contract.js';

/** The IPC channel a contract method travels on. */
export function channelOf(method: MethodName): string {
  return `dossier:${method}`;
}
