// The desktop shell's entry point: lifecycle, the one window and the wiring. The rules live in
// security*.ts and protocol*.ts; the work lives in the core behind the contract.
import path from 'node:path';
import { app, BrowserWindow, Menu, session, type Session } from 'electron';
import { mountContract } from './ipc';
import { menuTemplate } from './menu-template';
import { registerAppScheme, serveRenderer } from './protocol';
import { guardWebContents, hardenSession } from './security';
import { APP_ENTRY_URL, parseDevServerOrigin, windowOptions, type ShellPolicy } from './security-policy';
import { loadWindowState, saveWindowState } from './window-state';

const preloadPath = path.join(import.meta.dirname, '../preload/preload.cjs');
const rendererDir = path.join(import.meta.dirname, '../renderer');
const developing = !app.isPackaged;
const devServerOrigin = developing ? parseDevServerOrigin(process.env.ELECTRON_RENDERER_URL) : undefined;
const policy: ShellPolicy = { devServerOrigin, allowDevTools: developing };

// Both must happen before 'ready'.
app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | undefined;

function createWindow(windowSession: Session): void {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = loadWindowState(stateFile);
  const window = new BrowserWindow(
    windowOptions({ preload: preloadPath, session: windowSession, bounds: state, devTools: developing }),
  );
  mainWindow = window;
  if (state.maximized) window.maximize();

  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const { width, height } = window.getNormalBounds();
    try {
      saveWindowState(stateFile, { width, height, maximized: window.isMaximized() });
    } catch {
      console.warn('Could not save the window size.');
    }
  });
  window.on('closed', () => {
    mainWindow = undefined;
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`The window's renderer stopped (${details.reason}).`);
  });

  window.loadURL(devServerOrigin ? `${devServerOrigin}/` : APP_ENTRY_URL).catch(() => {
    console.error('The window could not load its page.');
  });
}

function start(): void {
  // No "persist:" prefix: the window's cache and storage live in memory and never reach the disk.
  const windowSession = session.fromPartition('dossier');
  hardenSession(windowSession, policy);
  // Nothing should use the default session; if anything ever does, it is just as locked down.
  hardenSession(session.defaultSession, policy);
  serveRenderer(windowSession, rendererDir);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ platform: process.platform, appName: app.getName(), developer: developing })),
  );

  mountContract({ appInfo: () => ({ name: app.getName(), version: app.getVersion() }) }, policy);

  createWindow(windowSession);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(windowSession);
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Dossier is running; it gets focus (below, in that process) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Nothing is open yet at this point, so the message cannot hold client data.
      console.error(`Dossier failed to start: ${error instanceof Error ? error.message : String(error)}`);
      app.exit(1);
    });
}
