// Runs sandboxed before the page (built to out/preload/preload.cjs: a sandboxed preload cannot
// be an ES module and can require nothing but 'electron', so its imports are bundled in).
// The page gets one narrow function per contract method, never ipcRenderer itself: a page that
// held ipcRenderer could send anything on any channel.
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf } from '../src/shared/channels';
import type { DossierApi } from './dossier-api';

const api: DossierApi = {
  appInfo: () => ipcRenderer.invoke(channelOf('appInfo')),
};

contextBridge.exposeInMainWorld('dossier', api);
