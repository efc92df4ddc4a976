// The shell methods on a real desktop: native dialogs attached to the main window, the system's
// viewer and file manager. The rules around them (which files may be opened, the .pdf ending)
// are in electron/shell-handlers.ts.
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { ShellPlatform } from './shell-handlers';

/** `window()` is the main window when there is one; a dialog without a parent still works. */
export function desktopShell(window: () => BrowserWindow | undefined): ShellPlatform {
  async function open(options: OpenDialogOptions): Promise<string[]> {
    const parent = window();
    const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return answer.canceled ? [] : answer.filePaths;
  }

  return {
    appInfo: () => ({ name: app.getName(), version: app.getVersion() }),
    async chooseVaultFolder(purpose) {
      const [dir] = await open({
        properties: purpose === 'create' ? ['openDirectory', 'createDirectory', 'promptToCreate'] : ['openDirectory'],
      });
      return dir;
    },
    chooseEvidenceFiles: () => open({ properties: ['openFile', 'multiSelections'] }),
    async chooseExportFile(suggestedName) {
      const options: SaveDialogOptions = {
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = window();
      const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? undefined : answer.filePath;
    },
    openPath: (file) => shell.openPath(file),
    showItemInFolder: (file) => shell.showItemInFolder(file),
  };
}
