// The shell methods under test: a browser has no native dialogs and must not open files on the
// test machine, so a test says beforehand what each dialog answers, and os.* calls are recorded.
// The rules around them (exported files only, .pdf names) are electron/shell-handlers.ts, the
// same code the desktop runs.
import type { ShellPlatform } from '../../../electron/shell-handlers';

export type DialogName = 'chooseVaultFolder' | 'chooseEvidenceFiles' | 'chooseExportFile';

export class DialogScript {
  private readonly vaultFolders: Array<string | undefined> = [];
  private readonly evidenceFiles: string[][] = [];
  private readonly exportFiles: Array<string | undefined> = [];
  /** Every dialog the window opened, in order, and whether the script had an answer ready. */
  readonly asked: Array<{ dialog: DialogName; answered: boolean; detail?: string }> = [];

  /** The next folder dialog answers `dir` (undefined: the user cancels). */
  nextVaultFolder(dir: string | undefined): this {
    this.vaultFolders.push(dir);
    return this;
  }

  nextEvidenceFiles(files: string[]): this {
    this.evidenceFiles.push(files);
    return this;
  }

  /** The next save dialog answers `file` (undefined: the user cancels). */
  nextExportFile(file: string | undefined): this {
    this.exportFiles.push(file);
    return this;
  }

  /** A dialog nobody scripted answers as if the user cancelled it; `asked` shows it. */
  take<T>(dialog: DialogName, queue: T[], cancelled: T, detail?: string): T {
    const answered = queue.length > 0;
    this.asked.push({ dialog, answered, ...(detail === undefined ? {} : { detail }) });
    return answered ? (queue.shift() as T) : cancelled;
  }

  platform(appInfo: { name: string; version: string }, osCalls: OsCall[]): ShellPlatform {
    return {
      appInfo: () => appInfo,
      chooseVaultFolder: async (purpose) => this.take('chooseVaultFolder', this.vaultFolders, undefined, purpose),
      chooseEvidenceFiles: async () => this.take('chooseEvidenceFiles', this.evidenceFiles, []),
      chooseExportFile: async (suggestedName) => this.take('chooseExportFile', this.exportFiles, undefined, suggestedName),
      openPath: async (file) => {
        osCalls.push({ action: 'open', file });
        return '';
      },
      showItemInFolder: (file) => {
        osCalls.push({ action: 'showInFolder', file });
      },
    };
  }
}

export interface OsCall {
  action: 'open' | 'showInFolder';
  file: string;
}
