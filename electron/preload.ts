// Runs sandboxed before the page (built to out/preload/preload.cjs: a sandboxed preload cannot
// be an ES module and can require nothing but 'electron', so its imports are bundled in).
// The page gets one narrow function per contract method, never ipcRenderer itself: a page that
// held ipcRenderer could send anything on any channel.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { channelOf, EVENT_CHANNEL, methodNames } from '../src/shared/channels';
import type { AppEvent } from '../src/shared/contract';
import type { DossierApi } from '../src/shared/dossier-api';
import { DROPPED_FILES_CHANNEL } from './dropped-files';

// Each method sends exactly the one argument it was given (or none): extra arguments from the
// page never reach the main process, where dispatch would refuse them anyway.
const methods = Object.fromEntries(
  methodNames.map((method) => {
    const channel = channelOf(method);
    return [method, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args.slice(0, 1))];
  }),
);

const api: DossierApi = {
  ...(methods as Omit<DossierApi, 'onEvent' | 'droppedFiles'>),
  onEvent(listener) {
    // The page sees the event's data only, never Electron's event object (it holds the sender).
    const forward = (_event: IpcRendererEvent, event: AppEvent) => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  // The page hands over File objects, never strings: only a file the user really dropped (or
  // chose in a file input) has a path, and the main process grants exactly those for import.
  async droppedFiles(files) {
    const paths = Array.from(files, pathOf).filter((path) => path !== '');
    if (paths.length > 0) await ipcRenderer.invoke(DROPPED_FILES_CHANNEL, paths);
    return paths;
  },
};

function pathOf(file: File): string {
  try {
    return webUtils.getPathForFile(file);
  } catch {
    return '';
  }
}

contextBridge.exposeInMainWorld('dossier', api);
