// Every guard on the window's session and web contents, in one place. The rules themselves are
// pure functions in ./security-policy (unit-tested); this file only attaches them to Electron.
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import {
  cspHeader,
  isAllowedRequestUrl,
  isTrustedSender,
  withContentSecurityPolicy,
  type ShellPolicy,
} from './security-policy';

/**
 * Locks down a session: every permission refused, every request outside app:// cancelled
 * before it leaves the process, our CSP on every response, downloads and the spellchecker off.
 */
export function hardenSession(session: Session, policy: ShellPolicy): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, policy);
    if (!allowed) console.warn(`Blocked a ${details.resourceType} request outside the app.`);
    callback({ cancel: !allowed });
  });

  // app:// responses carry the CSP themselves (electron/protocol.ts); this covers the dev server.
  const csp = cspHeader(policy);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  });

  // A page must not be able to write files to the disk behind the user's back.
  session.on('will-download', (event) => event.preventDefault());

  // The spellchecker fetches its dictionaries from a Google CDN in the browser process, where
  // the request filter above may never see it; the windows have spellcheck off, and so does this.
  session.setSpellCheckerEnabled(false);
}

/**
 * Guards one web contents: it may not navigate, be redirected, open windows or attach
 * <webview>s. Applied to every web contents the app creates (app 'web-contents-created').
 * Nothing in the window links outside the app, so nothing goes to the system browser either:
 * a page that went wrong cannot hand the OS's URL handlers a link of its choosing.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => {
    console.warn('Refused to open a new window.');
    return { action: 'deny' };
  });
}

/** True when an IPC call comes from the top frame of our own page; see isTrustedSender. */
export function isTrustedIpcSender(event: IpcMainInvokeEvent, policy: ShellPolicy): boolean {
  return isTrustedSender(event.senderFrame, policy);
}
