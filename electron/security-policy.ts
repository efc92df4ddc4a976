// The shell's security policy as plain data and pure functions. No runtime electron import here:
// the rules are unit-tested in Node, and electron/security.ts only wires them into Electron.
import type { BrowserWindowConstructorOptions, Session } from 'electron';

/** The privileged scheme the window is served from (electron/protocol.ts). */
export const APP_SCHEME = 'app';
/** The one host under app://. Any other host is refused, so app://x/ never reaches our files. */
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * What the running shell trusts beyond the packaged window. Both are off in a packaged build:
 * main.ts derives them from `app.isPackaged`, never from anything the window can influence.
 */
export interface ShellPolicy {
  /** Loopback origin of electron-vite's dev server (`npm run dev` only). */
  devServerOrigin?: string | undefined;
  /** DevTools load their front end over devtools://; allowed only while developing. */
  allowDevTools?: boolean;
}

const DEV_SERVER_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origin of electron-vite's dev server from ELECTRON_RENDERER_URL, or undefined if the
 * value is missing or anything other than plain http on a loopback host. A poisoned environment
 * must not be able to point the window at a remote page.
 */
export function parseDevServerOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' || !DEV_SERVER_HOSTS.has(url.hostname)) return undefined;
  if (url.username || url.password) return undefined;
  return url.origin;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

// WHATWG URL gives non-special schemes an opaque origin ("null"), so app:// is compared by parts.
function isAppOrigin(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
}

function isDevServer(url: URL, policy: ShellPolicy): boolean {
  if (!policy.devServerOrigin) return false;
  if (url.protocol === 'http:') return url.origin === policy.devServerOrigin;
  if (url.protocol === 'ws:') {
    // Vite's HMR socket lives on the same host and port as the page.
    return `http://${url.host}` === policy.devServerOrigin;
  }
  return false;
}

/** The URL a window of ours may show: our own app:// pages (or the dev server while developing). */
export function isAppPageUrl(url: string, policy: ShellPolicy = {}): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (isAppOrigin(parsed)) return true;
  return parsed.protocol === 'http:' && isDevServer(parsed, policy);
}

/**
 * The only requests the window's session lets through. Everything else, the network above all,
 * is cancelled before it leaves the process.
 */
export function isAllowedRequestUrl(url: string, policy: ShellPolicy = {}): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (isAppOrigin(parsed)) return true;
  if (policy.allowDevTools && parsed.protocol === 'devtools:') return true;
  return isDevServer(parsed, policy);
}

/**
 * True when an IPC message comes from the top frame of one of our pages. A subframe or any
 * page that is not ours (should one ever load despite the guards) gets no answer.
 */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
  policy: ShellPolicy = {},
): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppPageUrl(frame.url, policy);
}

export type CspDelivery = 'header' | 'meta';

/**
 * The Content-Security-Policy of the window. Production: our own origin only, no inline or
 * evaluated script, no plugins, frames, forms or remote anything. While developing against the
 * dev server, Vite injects inline scripts and styles and talks to its HMR socket, so exactly
 * those are added; a packaged build never has a dev server origin.
 *
 * A <meta> policy cannot carry frame-ancestors (the browser ignores it and warns), so the meta
 * variant leaves it out; the response header carries it.
 */
export function cspHeader(policy: ShellPolicy = {}, delivery: CspDelivery = 'header'): string {
  const dev = policy.devServerOrigin;
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'", `${APP_SCHEME}:`]],
    ['script-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ['style-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    // Evidence previews are made in memory and shown through blob: URLs of the page's own making.
    ['img-src', ["'self'", 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', dev ? ["'self'", dev.replace(/^http:/, 'ws:')] : ["'self'"]],
    ['media-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['child-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  if (delivery === 'header') directives.push(['frame-ancestors', ["'none'"]]);
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * The headers every page and asset of the window is served with (electron/protocol.ts; the test
 * transport sends the same): our CSP, no type sniffing, no cross-origin embedding or opener, no
 * referrer.
 */
export function responseSecurityHeaders(policy: ShellPolicy = {}): Record<string, string> {
  return {
    'content-security-policy': cspHeader(policy),
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
  };
}

/**
 * Response headers with our policy as the only Content-Security-Policy: a server-sent policy
 * (in any letter case, report-only included) is dropped rather than combined.
 */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
  csp: string,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    result[name] = value;
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}

/** The <meta> element for index.html, injected at build time by electron.vite.config.ts. */
export function cspMetaTag(): string {
  const content = cspHeader({}, 'meta').replaceAll('"', '&quot;');
  return `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
}

export interface WindowBounds {
  width: number;
  height: number;
}

export interface WindowOptionsInput {
  /** Absolute path of the built preload (out/preload/preload.cjs). */
  preload: string;
  /** The hardened session the window runs in (see hardenSession in electron/security.ts). */
  session: Session;
  bounds: WindowBounds;
  devTools: boolean;
}

export const MIN_WINDOW_SIZE: WindowBounds = { width: 800, height: 560 };

/**
 * Options for every BrowserWindow of the app. The security-relevant preferences are set
 * explicitly even where they match Electron's defaults, so a default changing upstream (or a
 * copy-pasted snippet) cannot loosen them silently; test/shell checks each one.
 */
export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: input.bounds.width,
    height: input.bounds.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Dossier',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: input.preload,
      session: input.session,
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
      safeDialogs: true,
      // Chromium fetches spellcheck dictionaries from a Google CDN: no network, so no spellcheck
      // until dictionaries ship with the app.
      spellcheck: false,
      enableWebSQL: false,
      devTools: input.devTools,
    },
  };
}
