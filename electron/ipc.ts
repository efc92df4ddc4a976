// Mounts the contract on ipcMain: one channel per method, each call's sender checked before its
// arguments are even looked at; the preload's private dropped-files channel; and sends the
// core's events to the main window.
import { ipcMain, type WebContents } from 'electron';
import { channelOf, EVENT_CHANNEL } from '../src/shared/channels';
import { contract, type AppEvent, type MethodName } from '../src/shared/contract';
import { dispatch, type Handlers } from '../src/shared/dispatch';
import { DROPPED_FILES_CHANNEL, droppedFilePaths } from './dropped-files';
import type { EvidenceGrants } from './evidence-grants';
import { isTrustedIpcSender } from './security';
import type { ShellPolicy } from './security-policy';

export function mountContract(handlers: Handlers, policy: ShellPolicy): void {
  for (const method of Object.keys(contract) as MethodName[]) {
    ipcMain.handle(channelOf(method), async (event, ...args: unknown[]) => {
      if (!isTrustedIpcSender(event, policy)) {
        console.warn(`Refused an IPC call to ${method} from a frame that is not the app.`);
        // A rejection, not a Result: a foreign frame gets nothing shaped like an answer.
        throw new Error('Refused.');
      }
      const result = await dispatch(handlers, method, args);
      if (!result.ok && result.error.code === 'INTERNAL') console.error(`${method} failed (INTERNAL).`);
      return result;
    });
  }
}

/**
 * Grants evidence.import the paths the preload resolved from a drop on the window. The same
 * sender check as the contract; a malformed message grants nothing.
 */
export function mountDroppedFiles(grants: EvidenceGrants, policy: ShellPolicy): void {
  ipcMain.handle(DROPPED_FILES_CHANNEL, async (event, message: unknown) => {
    if (!isTrustedIpcSender(event, policy)) {
      console.warn('Refused dropped files from a frame that is not the app.');
      throw new Error('Refused.');
    }
    const paths = droppedFilePaths(message);
    if (!paths) {
      console.warn('Refused a malformed dropped-files message.');
      throw new Error('Refused.');
    }
    grants.grant(paths);
  });
}

/**
 * Sends each core event to the main window only (never to any other web contents), and not
 * at all while there is no window or it is being torn down.
 */
export function forwardEvents(
  onEvent: (listener: (event: AppEvent) => void) => () => void,
  mainContents: () => WebContents | undefined,
): () => void {
  return onEvent((event) => {
    const contents = mainContents();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
}
