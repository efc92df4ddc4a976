// The desktop shell's entry point: lifecycle, the one window and the wiring. The rules live in
// security*.ts and protocol*.ts; the work lives in the core behind the contract, in a worker
// thread (src/core/service/worker-host.ts) so this thread never blocks on the vault or an export.
import path from 'node:path';
import { app, BrowserWindow, Menu, powerMonitor, screen, session, type Session } from 'electron';
import { startCoreWorker, type CoreWorker } from '../src/core/service/worker-host';
import { fontsDirOf } from './app-paths';
import { desktopShell } from './desktop-shell';
import { EvidenceGrants } from './evidence-grants';
import { utilityReaderLauncher } from './exhibit-reader-process';
import { forwardEvents, mountContract, mountDroppedFiles } from './ipc';
import { refusedLaunchSwitches } from './launch-switches';
import { lockOnSystemEvents, lockWhenWindowGoes } from './lock-triggers';
import { menuTemplate } from './menu-template';
import { errorKind, logProcessErrorsByKind } from './process-errors';
import { registerAppScheme, serveRenderer } from './protocol';
import { applyingScreenCaptureSetting, screenCaptureAtStart } from './screen-capture';
import { guardWebContents, hardenSession } from './security';
import { appHandlers } from './shell-handlers';
import { APP_ENTRY_URL, parseDevServerOrigin, windowOptions, type ShellPolicy } from './security-policy';
import { fitToWorkArea, loadWindowState, saveWindowState } from './window-state';

const preloadPath = path.join(import.meta.dirname, '../preload/preload.cjs');
const rendererDir = path.join(import.meta.dirname, '../renderer');
const developing = !app.isPackaged;
const devServerOrigin = developing ? parseDevServerOrigin(process.env.ELECTRON_RENDERER_URL) : undefined;
const policy: ShellPolicy = { devServerOrigin, allowDevTools: developing };

logProcessErrorsByKind(process);
// process.argv is the command line as started, before Electron adds switches of its own.
if (app.isPackaged && refusedLaunchSwitches(process.argv.slice(1), process.platform).length > 0) {
  console.error('Dossier does not run with command-line switches: start it without any.');
  app.exit(1);
}
// Both must happen before 'ready'.
app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | undefined;
let core: CoreWorker | undefined;
let coreClosed = false;

function createWindow(windowSession: Session): void {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = fitToWorkArea(loadWindowState(stateFile), screen.getPrimaryDisplay().workAreaSize);
  const window = new BrowserWindow(
    windowOptions({ preload: preloadPath, session: windowSession, bounds: state, devTools: developing }),
  );
  mainWindow = window;
  if (state.maximized) window.maximize();
  // Hidden from screen capture from the first frame; then as the settings say.
  window.setContentProtection(true);
  void screenCaptureAtStart(() => (core ? core.handlers['settings.get'](undefined) : Promise.reject(new Error('No core.')))).then((hide) => {
    if (!window.isDestroyed()) window.setContentProtection(hide);
  });

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
  lockWhenWindowGoes(window, window.webContents, (reason) => core?.lock(reason));

  window.loadURL(devServerOrigin ? `${devServerOrigin}/` : APP_ENTRY_URL).catch(() => {
    console.error('The window could not load its page.');
  });
}

async function start(): Promise<void> {
  // No "persist:" prefix: the window's cache and storage live in memory and never reach the disk.
  const windowSession = session.fromPartition('dossier');
  hardenSession(windowSession, policy);
  // Nothing should use the default session; if anything ever does, it is just as locked down.
  hardenSession(session.defaultSession, policy);
  serveRenderer(windowSession, rendererDir);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ platform: process.platform, appName: app.getName(), developer: developing })),
  );

  const worker = await startCoreWorker(
    {
      settingsDir: app.getPath('userData'),
      fontsDir: fontsDirOf(app.getAppPath()),
    },
    undefined,
    // Evidence is parsed in utility processes that hold no key, started from this thread.
    utilityReaderLauncher(),
  );
  core = worker;
  forwardEvents(worker.onEvent, () => mainWindow?.webContents);
  const evidenceGrants = new EvidenceGrants();
  const handlers = appHandlers(worker.handlers, desktopShell(() => mainWindow), evidenceGrants);
  mountContract(
    applyingScreenCaptureSetting(handlers, (hide) => mainWindow?.setContentProtection(hide)),
    policy,
  );
  mountDroppedFiles(evidenceGrants, policy);
  lockOnSystemEvents(powerMonitor, (reason) => worker.lock(reason));

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
  // The vault is closed (and the worker ended) before the process goes, so SQLCipher finishes
  // its writes and the key leaves memory in an orderly way.
  app.on('before-quit', (event) => {
    if (!core || coreClosed) return;
    event.preventDefault();
    const closing = core;
    core = undefined;
    closing
      .close()
      .catch(() => console.error('The core did not close cleanly.'))
      .finally(() => {
        coreClosed = true;
        app.quit();
      });
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // The kind only: the message may name a path under the user's home folder.
      console.error(`Dossier failed to start (${errorKind(error)}).`);
      app.exit(1);
    });
}
