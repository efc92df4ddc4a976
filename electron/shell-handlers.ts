// The contract methods the shell answers itself (native dialogs, the OS), and the rules that
// bind them to the core: the window may create a vault only in a folder the user chose, unlock
// only a folder the user chose or opened before, import only files the user chose or dropped
// (electron/evidence-grants.ts), write a dossier only where the user said in the save dialog,
// and open or reveal only a dossier this run exported. A page that went wrong
// can then neither write a PDF over a file of its choosing nor open arbitrary files.
// Pure (node:path only, electron for types): the desktop wires real dialogs in
// electron/desktop-shell.ts, the test transport wires scripted ones, and both run this code.
import path from 'node:path';
import type { Handlers } from '../src/shared/dispatch';
import { DossierError } from '../src/shared/errors';
import type { CoreHandlers, ShellMethod } from '../src/core/service/worker-host';
import { EvidenceGrants } from './evidence-grants';
import { PathAllowlist } from './path-allowlist';

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

/** What this run's user chose or made, the only paths the window's calls may use. */
interface ShellAllowlists {
  /** Folders picked in the vault folder dialog. */
  vaultFolders: PathAllowlist;
  /** Files named in the save dialog. */
  exportTargets: PathAllowlist;
  /** Files dossier.export wrote: the only ones os.* will touch. */
  exported: PathAllowlist;
  /** Files the evidence dialog returned or the preload resolved from a drop. */
  evidence: EvidenceGrants;
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

function exportedOnly(exported: PathAllowlist, file: string): void {
  if (!exported.has(file)) {
    throw new DossierError('INVALID_INPUT', 'Only a dossier exported in this session can be opened from here.');
  }
}

export function shellHandlers(platform: ShellPlatform, { vaultFolders, exportTargets, exported, evidence }: ShellAllowlists): Pick<Handlers, ShellMethod> {
  return {
    appInfo: () => platform.appInfo(),
    'dialog.chooseVaultFolder': async ({ purpose }) => {
      const dir = await platform.chooseVaultFolder(purpose);
      if (dir === undefined) return {};
      vaultFolders.remember(dir);
      return { dir };
    },
    'dialog.chooseEvidenceFiles': async () => {
      const files = await platform.chooseEvidenceFiles();
      evidence.grant(files);
      return { files };
    },
    'dialog.chooseExportFile': async ({ suggestedName }) => {
      const file = await platform.chooseExportFile(suggestedExportName(suggestedName));
      if (file === undefined) return {};
      const target = withPdfExtension(file);
      exportTargets.remember(target);
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
 * dossier.export wrapped so the file it wrote joins the files os.* may open. `evidence` is the
 * run's one record of granted evidence files, which the drop channel adds to as well.
 */
export function appHandlers(core: CoreHandlers, platform: ShellPlatform, evidence = new EvidenceGrants()): Handlers {
  const allowed: ShellAllowlists = {
    vaultFolders: new PathAllowlist(),
    exportTargets: new PathAllowlist(),
    exported: new PathAllowlist(),
    evidence,
  };
  return {
    ...core,
    ...shellHandlers(platform, allowed),
    'vault.create': (input) => {
      if (!allowed.vaultFolders.has(input.dir)) throw new DossierError('INVALID_INPUT', 'Choose the folder for the new vault with "Choose folder…".');
      return core['vault.create'](input);
    },
    'vault.unlock': async (input) => {
      const known = allowed.vaultFolders.has(input.dir) || new PathAllowlist((await core['vault.recent'](undefined)).dirs).has(input.dir);
      if (!known) throw new DossierError('INVALID_INPUT', 'Open the vault\'s folder with "Open another vault…".');
      return core['vault.unlock'](input);
    },
    'evidence.import': (input) => {
      if (!allowed.evidence.allowsAll(input.files)) {
        // The code only: the paths are the page's and may name anything on the disk.
        console.warn('Refused evidence.import (INVALID_INPUT): a file that was neither chosen in the dialog nor dropped.');
        throw new DossierError('INVALID_INPUT', 'Add evidence with "Add files…" or by dropping the files on the window.');
      }
      return core['evidence.import'](input);
    },
    'dossier.export': async (input) => {
      if (!allowed.exportTargets.has(input.file)) throw new DossierError('INVALID_INPUT', 'Choose where to save the dossier in the save dialog.');
      const result = await core['dossier.export'](input);
      allowed.exported.remember(result.file);
      // A dossier in parts: each part may be opened, each written by this export beside the target.
      for (const part of result.parts ?? []) allowed.exported.remember(part.file);
      return result;
    },
  };
}
