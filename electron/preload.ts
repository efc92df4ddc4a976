// Runs sandboxed before the page (built to out/preload/preload.cjs: a sandboxed preload cannot
// be an ES module and can require nothing but 'electron', so its imports are bundled in).
// The page gets one narrow function per contract method, never ipcRenderer itself: a page that
// held ipcRenderer could send anything on any channel.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { channelOf, EVENT_CHANNEL, methodNames } from '../src/shared/channels';
import type { AppEvent } from '../src/shared/contract';
import type { DossierApi } from '../src/shared/dossier-api';

// Each method sends exactly the one argument it was given (or none): extra arguments from the
// page never reach the main process, where dispatch would refuse them anyway.
const methods = Object.fromEntries(
  methodNames.map((method) => {
    const channel = channelOf(method);
    return [method, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args.slice(0, 1))];
  }),
);

const api: DossierApi = {
  ...(methods as Omit<DossierApi, 'onEvent' | 'pathForFile'>),
  onEvent(listener) {
    // The page sees the event's data only, never Electron's event object (it holds the sender).
    const forward = (_event: IpcRendererEvent, event: AppEvent) => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  pathForFile: (file) => {
    try {
      return webUtils.getPathForFile(file);
    } catch {
      return '';
    }
  },
};

contextBridge.exposeInMainWorld('dossier', api);
