import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  cspHeader,
  cspMetaTag,
  isAllowedRequestUrl,
  isAppPageUrl,
  isTrustedSender,
  parseDevServerOrigin,
  responseSecurityHeaders,
  windowOptions,
  withContentSecurityPolicy,
  type ShellPolicy,
} from '../../electron/security-policy';

const fakeSession = {} as Parameters<typeof windowOptions>[0]['session'];
const options = (devTools = false) =>
  windowOptions({
    preload: '/app/out/preload/preload.cjs',
    session: fakeSession,
    bounds: { width: 1000, height: 700 },
    devTools,
  });

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const dev: ShellPolicy = { devServerOrigin: 'http://localhost:5173', allowDevTools: true };

describe('window options', () => {
  it('run the page sandboxed, isolated, without Node and with web security, all set explicitly', () => {
    const prefs = options().webPreferences;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
    for (const key of ['sandbox', 'contextIsolation', 'nodeIntegration', 'webSecurity'] as const) {
      expect(Object.hasOwn(prefs ?? {}, key), key).toBe(true);
    }
  });

  it('load the built CommonJS preload into the given session and turn on no Blink features', () => {
    const prefs = options().webPreferences;
    expect(prefs?.preload).toBe('/app/out/preload/preload.cjs');
    expect(prefs?.session).toBe(fakeSession);
    expect(prefs?.enableBlinkFeatures).toBeUndefined();
    expect(prefs?.additionalArguments).toBeUndefined();
  });

  it('allow DevTools only when asked and keep the remembered size', () => {
    expect(options(false).webPreferences?.devTools).toBe(false);
    expect(options(true).webPreferences?.devTools).toBe(true);
    expect(options()).toMatchObject({ width: 1000, height: 700, show: false });
  });
});

describe('content security policy', () => {
  const production = directives(cspHeader());

  it("defaults to the app's own origin and allows no inline or evaluated script", () => {
    expect(production.get('default-src')).toEqual(["'self'", 'app:']);
    expect(production.get('script-src')).toEqual(["'self'"]);
    expect(cspHeader()).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*/);
  });

  it('names no remote source at all', () => {
    expect(cspHeader()).not.toMatch(/https?:|wss?:|data:|filesystem:/);
  });

  it('lets images come from blob: URLs the page made itself (previews), and nothing else from blob:', () => {
    expect(production.get('img-src')).toEqual(["'self'", 'blob:']);
    const blobDirectives = [...production].filter(([, sources]) => sources.includes('blob:')).map(([name]) => name);
    expect(blobDirectives).toEqual(['img-src']);
  });

  it("runs workers (pdf.js) from the app's own files only", () => {
    expect(production.get('worker-src')).toEqual(["'self'"]);
  });

  it('is sent with nosniff, same-origin isolation and no referrer', () => {
    expect(responseSecurityHeaders()).toEqual({
      'content-security-policy': cspHeader(),
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'referrer-policy': 'no-referrer',
    });
  });

  it('shuts out plugins, frames, forms and base-URL tricks', () => {
    for (const name of ['object-src', 'frame-src', 'child-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(production.get(name), name).toEqual(["'none'"]);
    }
  });

  it('leaves frame-ancestors out of the <meta> form, where browsers ignore it', () => {
    const meta = directives(cspHeader({}, 'meta'));
    expect(meta.has('frame-ancestors')).toBe(false);
    const { 'frame-ancestors': _ignored, ...headerRest } = Object.fromEntries(production);
    expect(Object.fromEntries(meta)).toEqual(headerRest);
    expect(cspMetaTag()).toBe(`<meta http-equiv="Content-Security-Policy" content="${cspHeader({}, 'meta')}" />`);
  });

  it('relaxes only for the local dev server, and only inline code plus its HMR socket', () => {
    const policy = directives(cspHeader(dev));
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(cspHeader(dev)).not.toContain('unsafe-eval');
  });

  it('replaces any policy a server sent instead of combining with it', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Security-Policy-Report-Only': ['x'], 'X-Other': ['1'] },
      "default-src 'self'",
    );
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': ["default-src 'self'"] });
    expect(withContentSecurityPolicy(undefined, 'p')).toEqual({ 'Content-Security-Policy': ['p'] });
  });
});

describe('which URLs the window may load', () => {
  it('allows our app:// pages and assets', () => {
    expect(isAppPageUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedRequestUrl('app://dossier/assets/index-abc.js')).toBe(true);
  });

  it.each([
    'https://example.org/',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://user:pw@dossier/index.html',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'devtools://devtools/bundled/inspector.html',
    'chrome://settings',
    'not a url',
  ])('refuses %s in a packaged build', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
    expect(isAppPageUrl(url)).toBe(false);
  });

  it('lets the dev server, its socket and DevTools through only while developing', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/?token=x', dev)).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', dev)).toBe(true);
    expect(isAllowedRequestUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequestUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAllowedRequestUrl('https://example.org/', dev)).toBe(false);
    expect(isAppPageUrl('ws://localhost:5173/', dev)).toBe(false);
  });

  it('accepts only a plain-http loopback dev server from the environment', () => {
    expect(parseDevServerOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(parseDevServerOrigin('http://127.0.0.1:5173/index.html')).toBe('http://127.0.0.1:5173');
    expect(parseDevServerOrigin(undefined)).toBeUndefined();
    expect(parseDevServerOrigin('')).toBeUndefined();
    expect(parseDevServerOrigin('https://example.org')).toBeUndefined();
    expect(parseDevServerOrigin('http://192.168.1.5:5173')).toBeUndefined();
    expect(parseDevServerOrigin('http://localhost.evil.org:5173')).toBeUndefined();
    expect(parseDevServerOrigin('http://a:b@localhost:5173')).toBeUndefined();
    expect(parseDevServerOrigin('file:///tmp/index.html')).toBeUndefined();
  });
});

describe('IPC sender check', () => {
  it("trusts only the top frame of the app's own page", () => {
    expect(isTrustedSender({ url: 'app://dossier/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://dossier/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.org/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///app/out/renderer/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://other/index.html', parent: null })).toBe(false);
  });

  it('refuses a frame that is gone (navigated or destroyed)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('trusts the dev server page only while developing', () => {
    const frame = { url: 'http://localhost:5173/', parent: null };
    expect(isTrustedSender(frame)).toBe(false);
    expect(isTrustedSender(frame, dev)).toBe(true);
  });
});
