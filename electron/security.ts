// Every guard on the window's session and web contents, in one place. The rules themselves are
// pure functions in ./security-policy (unit-tested); this file only attaches them to Electron.
import { shell, type IpcMainInvokeEvent, type Session, type WebContents } from 'electron';
import {
  cspHeader,
  externalLinkTarget,
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
 * Opens `url` in the system browser when it is an allowlisted https link (externalLinkTarget);
 * refuses anything else. The only way anything of the app's reaches the network, and not even
 * the app's: the user's browser does.
 */
export function openExternalIfAllowed(url: string): boolean {
  const target = externalLinkTarget(url);
  if (target === undefined) {
    console.warn('Refused to open a link that is not on the allowlist.');
    return false;
  }
  shell.openExternal(target).catch(() => console.warn('The system browser did not open the link.'));
  return true;
}

/**
 * Guards one web contents: it may not navigate, be redirected, open windows or attach
 * <webview>s. Applied to every web contents the app creates (app 'web-contents-created').
 * A link the page tries to open in a new window goes to the system browser if allowlisted.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}

/** True when an IPC call comes from the top frame of our own page; see isTrustedSender. */
export function isTrustedIpcSender(event: IpcMainInvokeEvent, policy: ShellPolicy): boolean {
  return isTrustedSender(event.senderFrame, policy);
}
