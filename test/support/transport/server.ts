// The test transport (docs/architecture.md): the same contract the shell mounts on IPC, mounted on
// a loopback HTTP server so the real window runs in a plain browser against the real core.
// Never shipped: it lives under test/ and nothing outside test/ imports it.
//
//   GET  /?token=T         the built renderer's index.html, with the bridge loaded first
//   GET  /__bridge.js      window.dossier over fetch (bridge.ts, bundled on start)
//   GET  /__test/axe.js    axe-core, for accessibility scans (the CSP forbids inline scripts)
//   POST /api/<method>     {"args": [input?]} -> the Result dispatch() gives, as JSON
//   POST /dropped-files    ["/abs/path", ...]: what the preload sends the main process for a
//                          drop; granted for evidence.import by the shell's own EvidenceGrants
//   GET  /events           the core's events as a text/event-stream
//   GET  /<asset>          the rest of out/renderer, through the app:// path guard
//
// Every request must name this server as its Host (127.0.0.1 or localhost with our port), so a
// page elsewhere cannot reach it by DNS rebinding; /api and /events also need the token in the
// x-dossier-token header and, when the browser sends an Origin, this server's (so does
// /dropped-files); index.html needs
// the token in the query. Pages and assets carry the shell's headers.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { readRendererFile, resolveRendererRequest } from '../../../electron/protocol-paths';
import { APP_ORIGIN, responseSecurityHeaders } from '../../../electron/security-policy';
import { droppedFilePaths } from '../../../electron/dropped-files';
import { EvidenceGrants } from '../../../electron/evidence-grants';
import { appHandlers } from '../../../electron/shell-handlers';
import { startCoreWorker, type CoreWorker } from '../../../src/core/service/worker-host';
import type { Argon2Params } from '../../../src/core/vault/key-slots';
import { contract, type MethodName } from '../../../src/shared/contract';
import { dispatch } from '../../../src/shared/dispatch';
import { repoRoot } from '../sample-case';
import { DialogScript, type OsCall } from './dialog-script';
import { decodeJson, encodeJson } from './json-bytes';

export const TOKEN_HEADER = 'x-dossier-token';
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface TestTransportOptions {
  /** Settings and recent vaults (Electron's userData); a fresh temporary folder per test. */
  settingsDir: string;
  /** The built renderer; out/renderer by default (`npx electron-vite build`). */
  rendererDir?: string | undefined;
  /** What the native dialogs answer; a new, empty script by default. */
  dialogs?: DialogScript | undefined;
  /** Argon2id cost of new vaults; the app's default unless a test lowers it. */
  argon2?: Argon2Params | undefined;
}

export interface TestTransport {
  /** The window's address, token included: open it in the browser. */
  url: string;
  origin: string;
  token: string;
  dialogs: DialogScript;
  /** os.openExported / os.showExportedInFolder calls, in order (nothing is opened for real). */
  osCalls: OsCall[];
  /** The core's worker, as Electron has it. */
  core: CoreWorker;
  close(): Promise<void>;
}

const methods = new Set<string>(Object.keys(contract));

async function bundleBridge(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('The bridge did not bundle.');
  return output.text;
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body?: string | Uint8Array): void {
  response.writeHead(status, { ...responseSecurityHeaders(), 'cache-control': 'no-store', ...headers });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** index.html with the token for the bridge and the bridge itself, ahead of the app's module. */
export function withBridge(html: string, token: string): string {
  const anchor = html.search(/<script\b[^>]*type="module"/);
  if (anchor < 0) throw new Error('The built index.html has no module script to load the bridge before.');
  const tags = `<meta name="dossier-test-token" content="${token}" />\n    <script src="/__bridge.js"></script>\n    `;
  return html.slice(0, anchor) + tags + html.slice(anchor);
}

export async function startTestTransport(options: TestTransportOptions): Promise<TestTransport> {
  const rendererDir = options.rendererDir ?? path.join(repoRoot, 'out', 'renderer');
  const dialogs = options.dialogs ?? new DialogScript();
  const osCalls: OsCall[] = [];
  const token = randomBytes(32).toString('base64url');
  const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { productName: string; version: string };
  const [bridge, axe] = await Promise.all([
    bundleBridge(),
    readFile(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'),
  ]);

  const core = await startCoreWorker({
    settingsDir: options.settingsDir,
    fontsDir: path.join(repoRoot, 'resources', 'fonts'),
    argon2: options.argon2,
  });
  // The same record of granted evidence files as the desktop's main process keeps, fed by the
  // scripted evidence dialog and by /dropped-files (the bridge's stand-in for the preload).
  const evidenceGrants = new EvidenceGrants();
  const handlers = appHandlers(core.handlers, dialogs.platform({ name: pkg.productName, version: pkg.version }, osCalls), evidenceGrants);

  const streams = new Set<ServerResponse>();
  core.onEvent((event) => {
    const frame = `data: ${encodeJson(event)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  let origin = '';
  let allowedHosts: string[] = [];

  async function api(method: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, {});
    if (!methods.has(method)) return send(response, 404, {});
    const json = { 'content-type': 'application/json; charset=utf-8' };
    const text = await readBody(request);
    let args: unknown;
    try {
      args = text === undefined ? undefined : (decodeJson(text) as { args?: unknown }).args;
    } catch {
      args = undefined;
    }
    if (!Array.isArray(args)) {
      return send(response, 400, json, encodeJson({ ok: false, error: { code: 'INVALID_INPUT', message: 'The request was not valid.' } }));
    }
    const result = await dispatch(handlers, method as MethodName, args);
    send(response, 200, json, encodeJson(result));
  }

  async function droppedFiles(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, {});
    const text = await readBody(request);
    let paths: string[] | undefined;
    try {
      paths = text === undefined ? undefined : droppedFilePaths(JSON.parse(text));
    } catch {
      paths = undefined;
    }
    if (!paths) return send(response, 400, {});
    evidenceGrants.grant(paths);
    send(response, 204, {});
  }

  function events(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { ...responseSecurityHeaders(), 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    response.write(': open\n\n');
    streams.add(response);
    request.on('close', () => streams.delete(response));
  }

  async function asset(url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
    // The same guard and MIME types as the app:// handler (electron/protocol-paths.ts).
    const route = resolveRendererRequest(rendererDir, request.method ?? 'GET', `${APP_ORIGIN}${url.pathname}`);
    if (!route.ok) return send(response, route.status, {});
    const body = await readRendererFile(rendererDir, route.file);
    if (!body) return send(response, 404, {});
    if (path.basename(route.file) === 'index.html') {
      if (!sameSecret(url.searchParams.get('token') ?? undefined, token)) return send(response, 403, {});
      return send(response, 200, { 'content-type': route.contentType }, withBridge(body.toString('utf8'), token));
    }
    send(response, 200, { 'content-type': route.contentType }, body);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.includes(request.headers.host ?? '')) return send(response, 403, {});
    const url = new URL(request.url ?? '/', origin);
    const isApi = url.pathname.startsWith('/api/');
    if (isApi || url.pathname === '/events' || url.pathname === '/dropped-files') {
      // A browser names the page behind every POST (and every cross-origin request): only ours
      // may call. A request with no Origin comes from a same-origin GET or from outside a
      // browser, and still needs the token.
      const fromOrigin = request.headers.origin;
      if (fromOrigin !== undefined && !allowedHosts.some((host) => fromOrigin === `http://${host}`)) return send(response, 403, {});
      const given = request.headers[TOKEN_HEADER];
      if (!sameSecret(Array.isArray(given) ? given[0] : given, token)) return send(response, 403, {});
      if (isApi) return api(decodeURIComponent(url.pathname.slice('/api/'.length)), request, response);
      if (url.pathname === '/dropped-files') return droppedFiles(request, response);
      if (request.method !== 'GET') return send(response, 405, {});
      return events(request, response);
    }
    if (request.method === 'GET' && url.pathname === '/__bridge.js') {
      return send(response, 200, { 'content-type': 'text/javascript; charset=utf-8' }, bridge);
    }
    // A browser tab asks for a favicon on its own; Electron's window never does, so "none".
    if (request.method === 'GET' && url.pathname === '/favicon.ico') return send(response, 204, {});
    if (request.method === 'GET' && url.pathname === '/__test/axe.js') {
      return send(response, 200, { 'content-type': 'text/javascript; charset=utf-8' }, axe);
    }
    return asset(url, request, response);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, {});
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    dialogs,
    osCalls,
    core,
    async close() {
      for (const stream of streams) stream.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await core.close();
    },
  };
}
