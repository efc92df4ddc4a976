// The Electron-facing modules driven with a stand-in for 'electron' (the real one needs its
// binary, which this machine does not have): the app:// handler against real files on disk,
// the session and web-contents guards, the IPC sender and input checks, and where events go.
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, methodNames } from '../../src/shared/channels';
import type { AppEvent } from '../../src/shared/contract';
import type { Handlers } from '../../src/shared/dispatch';

const electron = vi.hoisted(() => ({
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  privileged: [] as unknown[],
  opened: [] as string[],
}));

vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes) },
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) =>
      electron.ipcHandlers.set(channel, listener),
  },
  shell: {
    openExternal: async (url: string) => {
      electron.opened.push(url);
    },
  },
}));

const { registerAppScheme, serveRenderer } = await import('../../electron/protocol');
const { guardWebContents, hardenSession } = await import('../../electron/security');
const { forwardEvents, mountContract, mountDroppedFiles } = await import('../../electron/ipc');
const { EvidenceGrants } = await import('../../electron/evidence-grants');

type ProtocolHandler = (request: Request) => Promise<Response>;

function fakeSession() {
  const calls: Record<string, (...args: never[]) => unknown> = {};
  const events = new EventEmitter();
  const settings: { spellChecker?: boolean } = {};
  const session = {
    setSpellCheckerEnabled: (enabled: boolean) => (settings.spellChecker = enabled),
    protocol: { handle: (scheme: string, handler: ProtocolHandler) => (calls[`protocol:${scheme}`] = handler) },
    setPermissionRequestHandler: (handler: never) => (calls.permissionRequest = handler),
    setPermissionCheckHandler: (handler: never) => (calls.permissionCheck = handler),
    setDevicePermissionHandler: (handler: never) => (calls.devicePermission = handler),
    webRequest: {
      onBeforeRequest: (handler: never) => (calls.beforeRequest = handler),
      onHeadersReceived: (handler: never) => (calls.headersReceived = handler),
    },
    on: (name: string, listener: (...args: unknown[]) => void) => events.on(name, listener),
  };
  return { session: session as unknown as Session, calls, events, settings };
}

let dir: string;
let rendererDir: string;
let serve: ProtocolHandler;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-shell-'));
  rendererDir = path.join(dir, 'out', 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'out', 'secret.js'), 'the vault key');
  // Links inside the renderer directory: two that lead out of it, one that stays within.
  symlinkSync(path.join(dir, 'out', 'secret.js'), path.join(rendererDir, 'assets', 'linked.js'));
  symlinkSync(path.join(dir, 'out'), path.join(rendererDir, 'assets', 'up'));
  symlinkSync('index.js', path.join(rendererDir, 'assets', 'alias.js'));
  const { session, calls } = fakeSession();
  serveRenderer(session, rendererDir);
  serve = calls['protocol:app'] as unknown as ProtocolHandler;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the app:// scheme', () => {
  it('is registered standard and secure, without CORS, service workers or a CSP bypass', () => {
    registerAppScheme();
    expect(electron.privileged).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          corsEnabled: false,
          allowServiceWorkers: false,
          bypassCSP: false,
        }),
      }),
    ]);
  });

  it('serves the renderer files with their type, the CSP and nosniff', async () => {
    const page = await serve(new Request('app://dossier/'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Dossier</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self' app:");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await serve(new Request('app://dossier/assets/index.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses to read outside the renderer directory even when the file exists', async () => {
    const escapes = ['app://dossier/../secret.js', 'app://dossier/%2e%2e/secret.js', 'app://dossier/..%2fsecret.js'];
    for (const url of escapes) {
      const response = await serve(new Request(url));
      expect(response.status, url).not.toBe(200);
      expect(await response.text()).not.toContain('vault key');
    }
  });

  it('follows no symlink out of the renderer directory, and still serves one that stays inside', async () => {
    for (const url of ['app://dossier/assets/linked.js', 'app://dossier/assets/up/secret.js']) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('vault key');
      expect(response.headers.get('content-security-policy'), url).toContain("default-src 'self'");
    }
    const alias = await serve(new Request('app://dossier/assets/alias.js'));
    expect(alias.status).toBe(200);
    expect(await alias.text()).toBe('console.log(1)');
  });

  it('answers 405 to anything but GET and 404 to a missing file', async () => {
    expect((await serve(new Request('app://dossier/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    expect((await serve(new Request('app://dossier/missing.js'))).status).toBe(404);
  });
});

describe('the hardened session', () => {
  const { session, calls, events, settings } = fakeSession();
  hardenSession(session, {});

  it('turns the spellchecker off, so it never fetches dictionaries', () => {
    expect(settings.spellChecker).toBe(false);
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    const request = calls.permissionRequest as (...args: unknown[]) => void;
    const check = calls.permissionCheck as (...args: unknown[]) => boolean;
    request(null, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(check(null, 'clipboard-read', 'app://dossier', {})).toBe(false);
    expect((calls.devicePermission as (...args: unknown[]) => boolean)({})).toBe(false);
  });

  it('cancels every request that is not app://', () => {
    const beforeRequest = calls.beforeRequest as (...args: unknown[]) => void;
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      beforeRequest({ url, resourceType: 'xhr' }, (response: { cancel: boolean }) => {
        cancel = response.cancel;
      });
      return cancel;
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(verdict('app://dossier/assets/index.js')).toBe(false);
    expect(verdict('https://example.org/')).toBe(true);
    expect(verdict('http://localhost:5173/')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
    warn.mockRestore();
  });

  it('puts our CSP on every response in place of the server one', () => {
    let headers: Record<string, string[]> | undefined;
    (calls.headersReceived as (...args: unknown[]) => void)(
      { responseHeaders: { 'content-security-policy': ['default-src *'] } },
      (response: { responseHeaders: Record<string, string[]> }) => {
        headers = response.responseHeaders;
      },
    );
    expect(headers).toEqual({ 'Content-Security-Policy': [expect.stringContaining("script-src 'self';")] });
  });

  it('refuses downloads', () => {
    const event = { preventDefault: vi.fn() };
    events.emit('will-download', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('the web contents guard', () => {
  /** A stand-in web contents with the guard attached, and the window-open handler it set. */
  function guardedContents() {
    const contents = new EventEmitter() as EventEmitter & {
      setWindowOpenHandler: (h: (details: { url: string }) => unknown) => void;
    };
    let openHandler: ((details: { url: string }) => unknown) | undefined;
    contents.setWindowOpenHandler = (handler) => {
      openHandler = handler;
    };
    guardWebContents(contents as unknown as WebContents);
    return { contents, openHandler: (details: { url: string }) => openHandler?.(details) };
  }

  it('prevents navigation, redirects, webviews and new windows', () => {
    const { contents, openHandler } = guardedContents();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event);
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(openHandler({ url: 'app://dossier/index.html' })).toEqual({ action: 'deny' });
    warn.mockRestore();
  });

  it('sends no link the page opens to the system browser, not even an https one', () => {
    const { openHandler } = guardedContents();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    electron.opened.length = 0;
    for (const url of ['https://www.refworld.org/docid/abc.html', 'https://www.unhcr.org/', 'mailto:a@b.c', 'file:///etc/passwd']) {
      expect(openHandler({ url }), url).toEqual({ action: 'deny' });
    }
    expect(electron.opened).toEqual([]);
    warn.mockRestore();
  });
});

describe('the IPC mount', () => {
  const unlocked: unknown[] = [];
  // Only these two are called below; mountContract mounts a channel for every method regardless.
  const handlers = {
    appInfo: () => ({ name: 'Dossier', version: '0.1.0' }),
    'vault.unlock': (input: unknown) => {
      unlocked.push(input);
      return { state: 'locked' as const };
    },
  } as Partial<Handlers> as Handlers;
  mountContract(handlers, {});
  const handler = electron.ipcHandlers.get('dossier:appInfo');
  const event = (url: string, parent: unknown = null) =>
    ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

  it('answers the app page with a Result', async () => {
    expect(await handler?.(event('app://dossier/index.html'))).toEqual({
      ok: true,
      value: { name: 'Dossier', version: '0.1.0' },
    });
  });

  it('refuses a sender that is not the top frame of the app page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(handler?.(event('https://example.org/'))).rejects.toThrow('Refused');
    await expect(handler?.(event('app://dossier/index.html', {}))).rejects.toThrow('Refused');
    await expect(handler?.({ senderFrame: null })).rejects.toThrow('Refused');
    warn.mockRestore();
  });

  it('mounts one channel per contract method', () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(methodNames.map(channelOf).sort());
  });

  it('refuses a call from an unknown sender without the core seeing it, even with good input', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const unlock = electron.ipcHandlers.get('dossier:vault.unlock');
    await expect(unlock?.(event('https://example.org/'), { dir: '/vault', passphrase: 'p' })).rejects.toThrow('Refused');
    expect(unlocked).toEqual([]);
    warn.mockRestore();
  });

  it('answers a bad input with INVALID_INPUT without the core seeing it', async () => {
    const unlock = electron.ipcHandlers.get('dossier:vault.unlock');
    const answer = await unlock?.(event('app://dossier/index.html'), { dir: 42, passphrase: 'p' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await unlock?.(event('app://dossier/index.html'), { dir: '/vault', passphrase: 'p' }, 'extra')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(unlocked).toEqual([]);
    expect(await unlock?.(event('app://dossier/index.html'), { dir: '/vault', passphrase: 'p' })).toEqual({
      ok: true,
      value: { state: 'locked' },
    });
    expect(unlocked).toEqual([{ dir: '/vault', passphrase: 'p' }]);
  });
});

describe("the preload's dropped-files channel", () => {
  const grants = new EvidenceGrants();
  let handler: ((event: unknown, ...args: unknown[]) => unknown) | undefined;
  // Mounted when these tests run, so the contract mount above is checked on its own.
  beforeAll(() => {
    mountDroppedFiles(grants, {});
    handler = electron.ipcHandlers.get('dossier-shell:dropped-files');
  });
  const event = (url: string) => ({ senderFrame: { url, parent: null } }) as unknown as IpcMainInvokeEvent;

  it('grants the dropped paths for evidence.import when the app page sends them', async () => {
    await handler?.(event('app://dossier/index.html'), ['/home/lawyer/order.pdf']);
    expect(grants.allowsAll(['/home/lawyer/order.pdf'])).toBe(true);
  });

  it('grants nothing to another sender or for a malformed message', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(handler?.(event('https://example.org/'), ['/home/lawyer/.ssh/id_ed25519'])).rejects.toThrow('Refused');
    await expect(handler?.(event('app://dossier/index.html'), '/home/lawyer/.ssh/id_ed25519')).rejects.toThrow('Refused');
    await expect(handler?.(event('app://dossier/index.html'), ['/home/lawyer/notes.txt', 42])).rejects.toThrow('Refused');
    expect(grants.allowsAll(['/home/lawyer/.ssh/id_ed25519'])).toBe(false);
    expect(grants.allowsAll(['/home/lawyer/notes.txt'])).toBe(false);
    warn.mockRestore();
  });
});

describe('core events', () => {
  it('go to the main window alone, and nowhere once it is gone', () => {
    let listener: ((event: AppEvent) => void) | undefined;
    const onEvent = (next: (event: AppEvent) => void) => {
      listener = next;
      return () => undefined;
    };
    const sent: Array<[string, unknown]> = [];
    let window: { isDestroyed(): boolean; send(channel: string, event: unknown): void } | undefined = {
      isDestroyed: () => false,
      send: (channel, event) => sent.push([channel, event]),
    };
    forwardEvents(onEvent, () => window as unknown as WebContents);
    listener?.({ type: 'locked', reason: 'suspend' });
    expect(sent).toEqual([['dossier:event', { type: 'locked', reason: 'suspend' }]]);
    window = undefined;
    listener?.({ type: 'locked', reason: 'idle' });
    expect(sent).toHaveLength(1);
  });
});
