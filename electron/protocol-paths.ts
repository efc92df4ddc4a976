// Maps an app:// request to a file of the built renderer, or refuses it, and reads it. Node only
// (no Electron), so the traversal guard is unit-tested without Electron; the test transport serves
// the renderer through the same two functions.
import { readFile, realpath } from 'node:fs/promises';
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
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The MIME type served for a renderer file, or undefined for a type the window never loads.
 * Module scripts only run with a JavaScript MIME type, and nothing is served as
 * "application/octet-stream" for the browser to sniff. No .wasm: the CSP allows no WebAssembly,
 * and nothing should be there to compile.
 */
export function contentTypeOf(file: string): string | undefined {
  return contentTypes[path.extname(file).toLowerCase()];
}

/**
 * Resolves `method url` against the renderer directory. GET only; the host must be ours; the
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
  // Our host exactly: no port, no credentials (isAppOrigin in security-policy.ts refuses them too).
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) {
    return { ok: false, status: 404 };
  }

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
  if (!isStrictlyInside(root, file)) return { ok: false, status: 403 };

  const contentType = contentTypeOf(file);
  if (!contentType) return { ok: false, status: 404 };
  return { ok: true, file, contentType };
}

/** True when `file` is below `root` (not `root` itself, not a sibling sharing its prefix). */
function isStrictlyInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * The bytes of a file resolveRendererRequest chose, or undefined when it is missing, unreadable
 * or, once symlinks are followed, outside the renderer directory: the path check above is on
 * the name only, and a link inside the directory could lead anywhere on the disk.
 */
export async function readRendererFile(rendererDir: string, file: string): Promise<Buffer | undefined> {
  try {
    const [root, real] = await Promise.all([realpath(rendererDir), realpath(file)]);
    if (!isStrictlyInside(root, real)) return undefined;
    // By the resolved path: a race against it needs write access to the app's own files.
    return await readFile(real);
  } catch {
    return undefined;
  }
}
