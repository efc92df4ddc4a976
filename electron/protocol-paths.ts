// Maps an app:// request to a file of the built renderer, or refuses it. Pure (node:path only),
// so the traversal guard is unit-tested without Electron.
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './security-policy';

export type RendererRoute =
  | { ok: true; file: string; contentType: string }
  | { ok: false; status: 400 | 403 | 404 | 405 };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The MIME type served for a renderer file, or undefined for a type the window never loads.
 * Module scripts only run with a JavaScript MIME type, and nothing is served as
 * "application/octet-stream" for the browser to sniff.
 */
export function contentTypeOf(file: string): string | undefined {
  return contentTypes[path.extname(file).toLowerCase()];
}

/**
 * Resolves `method url` against the renderer directory. GET only; host must be ours; the
 * decoded path must stay inside `rendererDir` after resolution, so `..`, encoded `%2e%2e`,
 * backslashes and absolute paths cannot escape it; NUL bytes are refused outright.
 * `/` serves index.html. Whether the file exists is for the caller to find out.
 */
export function resolveRendererRequest(rendererDir: string, method: string, url: string): RendererRoute {
  if (method !== 'GET') return { ok: false, status: 405 };

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 404 };

  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400 };
  if (pathname === '/' || pathname === '') pathname = '/index.html';

  const root = path.resolve(rendererDir);
  // Treat both separators alike so a "..\\" on Windows is caught by the same check below.
  const relativeRequest = pathname.replace(/\\/g, '/').replace(/^\/+/, '');
  const file = path.resolve(root, relativeRequest);
  const relative = path.relative(root, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { ok: false, status: 403 };
  }

  const contentType = contentTypeOf(file);
  if (!contentType) return { ok: false, status: 404 };
  return { ok: true, file, contentType };
}
