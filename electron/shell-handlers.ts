// The contract methods the shell answers itself (native dialogs, the OS), and the rules that
// bind them to the core: the window may create a vault only in a folder the user chose, unlock
// only a folder the user chose or opened before, write a dossier only where the user said in
// the save dialog, and open or reveal only a dossier this run exported. A page that went wrong
// can then neither write a PDF over a file of its choosing nor open arbitrary files.
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

/** Paths the user picked in this run's native dialogs, per purpose. */
export class ChosenPaths {
  private readonly chosen = { vault: new Set<string>(), export: new Set<string>() };

  remember(kind: keyof ChosenPaths['chosen'], file: string): void {
    this.chosen[kind].add(path.resolve(file));
  }

  has(kind: keyof ChosenPaths['chosen'], file: string): boolean {
    return path.isAbsolute(file) && this.chosen[kind].has(path.resolve(file));
  }
}

function exportedOnly(exported: ExportedFiles, file: string): void {
  if (!exported.has(file)) {
    throw new DossierError('INVALID_INPUT', 'Only a dossier exported in this session can be opened from here.');
  }
}

export function shellHandlers(platform: ShellPlatform, exported: ExportedFiles, chosen: ChosenPaths): Pick<Handlers, ShellMethod> {
  return {
    appInfo: () => platform.appInfo(),
    'dialog.chooseVaultFolder': async ({ purpose }) => {
      const dir = await platform.chooseVaultFolder(purpose);
      if (dir === undefined) return {};
      chosen.remember('vault', dir);
      return { dir };
    },
    'dialog.chooseEvidenceFiles': async () => ({ files: await platform.chooseEvidenceFiles() }),
    'dialog.chooseExportFile': async ({ suggestedName }) => {
      const file = await platform.chooseExportFile(suggestedExportName(suggestedName));
      if (file === undefined) return {};
      const target = withPdfExtension(file);
      chosen.remember('export', target);
      return { file: target };
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
  const chosen = new ChosenPaths();
  return {
    ...core,
    ...shellHandlers(platform, exported, chosen),
    'vault.create': (input) => {
      if (!chosen.has('vault', input.dir)) throw new DossierError('INVALID_INPUT', 'Choose the folder for the new vault with "Choose folder…".');
      return core['vault.create'](input);
    },
    'vault.unlock': async (input) => {
      const known = chosen.has('vault', input.dir) || (await core['vault.recent'](undefined)).dirs.some((dir) => path.resolve(dir) === path.resolve(input.dir));
      if (!known) throw new DossierError('INVALID_INPUT', 'Open the vault\'s folder with "Open another vault…".');
      return core['vault.unlock'](input);
    },
    'dossier.export': async (input) => {
      if (!chosen.has('export', input.file)) throw new DossierError('INVALID_INPUT', 'Choose where to save the dossier in the save dialog.');
      const result = await core['dossier.export'](input);
      exported.remember(result.file);
      return result;
    },
  };
}
