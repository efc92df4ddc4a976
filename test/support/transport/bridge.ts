// window.dossier for the real window in a plain browser: what electron/preload.ts gives the page
// in Electron, over the test transport instead of IPC. Bundled for the browser by server.ts
// (esbuild) and served at /__bridge.js, loaded before the app's own module script.
//
// Written against the few browser APIs it uses, declared below, because the test tsconfig has
// no DOM library; fetch, streams and TextDecoder are typed alike in Node and the browser.
import type { DossierApi } from '../../../src/shared/dossier-api';
import { methodNames } from '../../../src/shared/channels';
import type { AppEvent } from '../../../src/shared/contract';
import { decodeJson, encodeJson } from './json-bytes';

interface BridgePage {
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
}

const page = globalThis as unknown as BridgePage;
/** server.ts writes the token into index.html; the bridge is a static file with no secret in it. */
const token = page.document.querySelector('meta[name="dossier-test-token"]')?.getAttribute('content') ?? '';
const listeners = new Set<(event: AppEvent) => void>();

function deliver(block: string): void {
  const data = block
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => line.slice(6))
    .join('\n');
  if (!data) return;
  const event = decodeJson(data) as AppEvent;
  for (const listener of listeners) listener(event);
}

/** Reads the server's event stream; resolves once it is open, so no call can outrun it. */
function listen(): Promise<void> {
  return fetch('/events', { headers: { 'x-dossier-token': token } }).then((response) => {
    if (!response.ok || !response.body) throw new Error(`The test transport refused the event stream (${response.status}).`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const pump = async (): Promise<void> => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          deliver(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    };
    void pump().catch(() => undefined);
  });
}

const streamOpen = listen();

async function invoke(method: string, args: unknown[]): Promise<unknown> {
  await streamOpen;
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dossier-token': token },
    body: encodeJson({ args }),
  });
  // Like a refused IPC call in Electron: a rejection, not a Result.
  if (!response.ok && response.status !== 400) throw new Error(`The test transport refused ${method} (${response.status}).`);
  return decodeJson(await response.text());
}

// At most the one argument a method takes; an undefined one is left out, since JSON would turn
// it into null (IPC keeps it undefined, and dispatch reads both alike).
const methods = Object.fromEntries(
  methodNames.map((method) => [
    method,
    (...args: unknown[]) => invoke(method, args.slice(0, 1).filter((arg) => arg !== undefined)),
  ]),
);

const api: DossierApi = Object.freeze({
  ...(methods as Omit<DossierApi, 'onEvent' | 'droppedFiles'>),
  onEvent(listener: (event: AppEvent) => void) {
    const own = (event: AppEvent) => listener(event);
    listeners.add(own);
    return () => {
      listeners.delete(own);
    };
  },
  // A browser gives a dropped file no path; a test sets one on the File it drops. The paths go
  // to the server as the preload sends them to the main process, to be granted for import.
  async droppedFiles(files: readonly File[]) {
    const paths = Array.from(files, (file) => (file as unknown as { dossierTestPath?: unknown }).dossierTestPath).filter(
      (path): path is string => typeof path === 'string' && path !== '',
    );
    if (paths.length === 0) return [];
    await streamOpen;
    const response = await fetch('/dropped-files', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dossier-token': token },
      body: JSON.stringify(paths),
    });
    if (!response.ok) throw new Error(`The test transport refused the dropped files (${response.status}).`);
    return paths;
  },
});

Object.defineProperty(globalThis, 'dossier', { value: api, writable: false, configurable: false, enumerable: true });
