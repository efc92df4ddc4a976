// The contract methods the shell answers itself (native dialogs, the OS), and the one rule that
// binds them to the core: the window may open or reveal only a dossier this run exported.
// Pure (node:path only, electron for types): the desktop wires real dialogs in
// electron/desktop-shell.ts, the test transport wires scripted ones, and both run this code.
import path from 'node:path';
import type { Handlers } from '../src/shared/dispatch';
import { DossierError } from '../src/shared/errors';
import type { CoreHandlers, ShellMethod } from '../src/core/service/service-context';

/** What the platform does for the shell methods: real dialogs in Electron, a script in tests. */
export interface ShellPlatform {
  appInfo(): { name: string; version: string };
  /** An absolute folder, or undefined when the user cancelled. */
  chooseVaultFolder(purpose: 'create' | 'open'): Promise<string | undefined>;
  /** Absolute paths, [] when the user cancelled. */
  chooseEvidenceFiles(): Promise<string[]>;
  /** An absolute path to write the dossier to, or undefined when the user cancelled. */
  chooseExportFile(suggestedName: string): Promise<string | undefined>;
  /** Opens the file with the system's viewer; resolves to an error text ('' when it opened). */
  openPath(file: string): Promise<string>;
  showItemInFolder(file: string): void;
}

/** The files dossier.export wrote in this run: the only ones os.* will touch. */
export class ExportedFiles {
  private readonly files = new Set<string>();

  remember(file: string): void {
    this.files.add(path.resolve(file));
  }

  has(file: string): boolean {
    return path.isAbsolute(file) && this.files.has(path.resolve(file));
  }
}

/**
 * The name the save dialog starts with: the page's suggestion without any folder part (so it
 * cannot point the dialog somewhere) and with a .pdf ending.
 */
export function suggestedExportName(suggested: string): string {
  const name = path.basename(suggested.replace(/\\/g, '/')).replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim();
  const base = name === '' || name === '.' || name === '..' ? 'dossier' : name;
  return base.toLowerCase().endsWith('.pdf') ? base : `${base}.pdf`;
}

/** Linux save dialogs do not add the filter's extension; the dossier is always a .pdf. */
export function withPdfExtension(file: string): string {
  return path.extname(file).toLowerCase() === '.pdf' ? file : `${file}.pdf`;
}

function exportedOnly(exported: ExportedFiles, file: string): void {
  if (!exported.has(file)) {
    throw new DossierError('INVALID_INPUT', 'Only a dossier exported in this session can be opened from here.');
  }
}

export function shellHandlers(platform: ShellPlatform, exported: ExportedFiles): Pick<Handlers, ShellMethod> {
  return {
    appInfo: () => platform.appInfo(),
    'dialog.chooseVaultFolder': async ({ purpose }) => {
      const dir = await platform.chooseVaultFolder(purpose);
      return dir === undefined ? {} : { dir };
    },
    'dialog.chooseEvidenceFiles': async () => ({ files: await platform.chooseEvidenceFiles() }),
    'dialog.chooseExportFile': async ({ suggestedName }) => {
      const file = await platform.chooseExportFile(suggestedExportName(suggestedName));
      return file === undefined ? {} : { file: withPdfExtension(file) };
    },
    'os.openExported': async ({ file }) => {
      exportedOnly(exported, file);
      const problem = await platform.openPath(path.resolve(file));
      if (problem) throw new DossierError('NOT_FOUND', `${path.basename(file)} could not be opened: ${problem}`);
      return { ok: true };
    },
    'os.showExportedInFolder': ({ file }) => {
      exportedOnly(exported, file);
      platform.showItemInFolder(path.resolve(file));
      return { ok: true };
    },
  };
}

/**
 * Everything the window may call: the core's handlers (in its worker) and the shell's, with
 * dossier.export wrapped so the file it wrote joins the files os.* may open.
 */
export function appHandlers(core: CoreHandlers, platform: ShellPlatform): Handlers {
  const exported = new ExportedFiles();
  return {
    ...core,
    ...shellHandlers(platform, exported),
    'dossier.export': async (input) => {
      const result = await core['dossier.export'](input);
      exported.remember(result.file);
      return result;
    },
  };
}
