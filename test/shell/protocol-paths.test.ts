import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveRendererRequest } from '../../electron/protocol-paths';

const root = path.resolve('/opt/Dossier/resources/app.asar/out/renderer');
const get = (url: string) => resolveRendererRequest(root, 'GET', url);

describe('app:// request resolution', () => {
  it('serves index.html for the root and files under the renderer directory', () => {
    expect(get('app://dossier/')).toEqual({
      ok: true,
      file: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(get('app://dossier/assets/index-B1s.js')).toMatchObject({
      ok: true,
      file: path.join(root, 'assets', 'index-B1s.js'),
    });
    expect(get('app://dossier/assets/a%20b.css')).toMatchObject({
      ok: true,
      file: path.join(root, 'assets', 'a b.css'),
    });
  });

  it('ignores query strings and fragments', () => {
    expect(get('app://dossier/index.html?x=1#top')).toMatchObject({ ok: true, file: path.join(root, 'index.html') });
  });

  it('answers GET only', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'get']) {
      expect(resolveRendererRequest(root, method, 'app://dossier/index.html')).toEqual({ ok: false, status: 405 });
    }
  });

  it.each([
    'app://dossier/../../../../etc/passwd',
    'app://dossier/%2e%2e/%2e%2e/secret.js',
    'app://dossier/assets/%2e%2e%2f%2e%2e%2f..%2fsecret.js',
    'app://dossier/..%2f..%2fvault.db.js',
    'app://dossier/..%5c..%5csecret.js',
    'app://dossier/assets/..\\..\\..\\secret.js',
    'app://dossier/%2fetc%2fpasswd.js',
    'app://dossier//etc/passwd.js',
    // Decoded once only: a double-encoded "../" stays a file name inside the directory.
    'app://dossier/%252e%252e/%252e%252e/secret.js',
    'app://dossier/assets/%252e%252e%252fsecret.js',
    'app://dossier/C:%5cWindows%5cwin.ini.txt',
    'app://dossier/%5c%5cserver%5cshare%5cx.js',
  ])('never leaves the renderer directory: %s', (url) => {
    const route = get(url);
    if (route.ok) {
      const relative = path.relative(root, route.file);
      expect(relative.startsWith('..') || path.isAbsolute(relative), relative).toBe(false);
    } else {
      expect([400, 403, 404]).toContain(route.status);
    }
  });

  it('refuses an escape that resolves to a sibling directory with the same prefix', () => {
    expect(get('app://dossier/..%2frenderer-other%2fx.js')).toEqual({ ok: false, status: 403 });
  });

  it('refuses our host with a port or credentials, and hosts that only start like ours', () => {
    expect(get('app://dossier:8080/index.html')).toEqual({ ok: false, status: 404 });
    expect(get('app://user@dossier/index.html')).toEqual({ ok: false, status: 404 });
    expect(get('app://dossier.evil/index.html')).toEqual({ ok: false, status: 404 });
  });

  it('refuses NUL bytes, malformed escapes and other hosts', () => {
    expect(get('app://dossier/index.html%00.js')).toEqual({ ok: false, status: 400 });
    expect(get('app://dossier/%E0%A4%A.js')).toEqual({ ok: false, status: 400 });
    expect(get('app://evil/index.html')).toEqual({ ok: false, status: 404 });
    expect(get('file:///etc/passwd')).toEqual({ ok: false, status: 404 });
    expect(get('::not a url::')).toEqual({ ok: false, status: 400 });
  });

  it('does not serve file types the window never loads', () => {
    expect(get('app://dossier/vault.sqlite')).toEqual({ ok: false, status: 404 });
    expect(get('app://dossier/assets/')).toEqual({ ok: false, status: 404 });
    // The CSP allows no WebAssembly, and no .wasm is served to try.
    expect(get('app://dossier/assets/decoder.wasm')).toEqual({ ok: false, status: 404 });
  });

  it('gives module scripts a JavaScript MIME type, as Chromium requires', () => {
    expect(contentTypeOf('main.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('MAIN.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('style.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('README')).toBeUndefined();
  });
});
