// The shell's own methods and the rule that ties them to the core: os.* opens or reveals only a
// dossier that dossier.export wrote in this run. Driven through dispatch against the real core
// service and a real export; only the desktop (dialogs, the system viewer) is a recording here.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { fontsDirOf } from '../../electron/app-paths';
import { EvidenceGrants } from '../../electron/evidence-grants';
import { PathAllowlist } from '../../electron/path-allowlist';
import {
  appHandlers,
  suggestedExportName,
  withPdfExtension,
  type ShellPlatform,
} from '../../electron/shell-handlers';
import { createCoreService } from '../../src/core/service/core-service';
import { fixturesDir, PASSPHRASE, repoRoot } from '../support/sample-case';
import { caller, value } from '../support/handler-calls';
import { tempDir } from '../support/temp-dir';

const ARGON2 = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };

function recordingPlatform(answers: { vaultFolder?: string; exportFile?: string; evidenceFiles?: string[] } = {}) {
  const calls: Array<[string, ...unknown[]]> = [];
  const platform: ShellPlatform = {
    appInfo: () => ({ name: 'Dossier', version: '0.1.0' }),
    chooseVaultFolder: async (purpose) => {
      calls.push(['chooseVaultFolder', purpose]);
      return answers.vaultFolder;
    },
    chooseEvidenceFiles: async () => {
      calls.push(['chooseEvidenceFiles']);
      return answers.evidenceFiles ?? [];
    },
    chooseExportFile: async (suggestedName) => {
      calls.push(['chooseExportFile', suggestedName]);
      return answers.exportFile;
    },
    openPath: async (file) => {
      calls.push(['openPath', file]);
      return '';
    },
    showItemInFolder: (file) => {
      calls.push(['showItemInFolder', file]);
    },
  };
  return { platform, calls };
}

describe('the exported-file allowlist', () => {
  it('knows only the absolute paths it was given, however they are spelled', () => {
    const exported = new PathAllowlist();
    exported.remember('/home/lawyer/Documents/dossier.pdf');
    expect(exported.has('/home/lawyer/Documents/dossier.pdf')).toBe(true);
    expect(exported.has('/home/lawyer/Documents/../Documents/./dossier.pdf')).toBe(true);
    expect(exported.has('/home/lawyer/Documents/other.pdf')).toBe(false);
    expect(exported.has('dossier.pdf')).toBe(false);
    expect(exported.has('/etc/passwd')).toBe(false);
  });

  it('opens and reveals a dossier exported in this run, and refuses any other file without touching the OS', async () => {
    const dir = await tempDir('dossier-shell-handlers-');
    const service = createCoreService({
      settingsDir: path.join(dir, 'settings'),
      fontsDir: fontsDirOf(repoRoot),
      emit: () => undefined,
      argon2: ARGON2,
    });
    onTestFinished(() => service.close());
    const file = path.join(dir, 'Sadykova dossier.pdf');
    const { platform, calls } = recordingPlatform({ vaultFolder: path.join(dir, 'vault'), exportFile: file });
    const call = caller(appHandlers(service.handlers, platform));

    await value(call('dialog.chooseVaultFolder', { purpose: 'create' }));
    await value(call('vault.create', { dir: path.join(dir, 'vault'), passphrase: PASSPHRASE }));
    const client = await value(call('clients.create', { fullName: 'Aigerim Sadykova' }));
    const matter = await value(call('cases.create', { clientId: client.id, case: { title: 'Interim measures', forum: 'un_cat' } }));
    await value(call('dialog.chooseExportFile', { suggestedName: 'Sadykova dossier' }));

    const before = await call('os.openExported', { file });
    expect(before).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Only a dossier exported in this session can be opened from here.' },
    });

    const exported = await value(
      call('dossier.export', {
        caseId: matter.id,
        template: 'un-cat-interim-measures',
        language: 'en',
        exhibitIds: [],
        file,
        overrideBlocks: true,
        jobId: 'export-0001',
      }),
    );
    expect(exported.file).toBe(file);
    expect(existsSync(file)).toBe(true);

    expect(await call('os.openExported', { file })).toEqual({ ok: true, value: { ok: true } });
    expect(await call('os.showExportedInFolder', { file })).toEqual({ ok: true, value: { ok: true } });
    for (const other of ['/etc/passwd', path.join(dir, 'vault', 'vault.db'), 'Sadykova dossier.pdf']) {
      expect(await call('os.openExported', { file: other }), other).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(await call('os.showExportedInFolder', { file: other }), other).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(calls).toEqual([
      ['chooseVaultFolder', 'create'],
      ['chooseExportFile', 'Sadykova dossier.pdf'],
      ['openPath', file],
      ['showItemInFolder', file],
    ]);
  });
});

describe('paths the window sends', () => {
  it('are used only when the user chose them in a dialog (or opened the vault before), so a page cannot pick them', async () => {
    const dir = await tempDir('dossier-shell-paths-');
    const service = createCoreService({ settingsDir: path.join(dir, 'settings'), fontsDir: fontsDirOf(repoRoot), emit: () => undefined, argon2: ARGON2 });
    onTestFinished(() => service.close());
    const vault = path.join(dir, 'vault');
    const call = caller(appHandlers(service.handlers, recordingPlatform({ vaultFolder: vault }).platform));

    expect(await call('vault.create', { dir: vault, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(existsSync(vault)).toBe(false);
    await value(call('dialog.chooseVaultFolder', { purpose: 'create' }));
    await value(call('vault.create', { dir: vault, passphrase: PASSPHRASE }));
    const client = await value(call('clients.create', { fullName: 'Aigerim Sadykova' }));
    const matter = await value(call('cases.create', { clientId: client.id, case: { title: 'Interim measures', forum: 'un_cat' } }));
    const target = path.join(dir, 'anywhere.pdf');
    const refused = await call('dossier.export', { caseId: matter.id, template: 'un-cat-interim-measures', language: 'en', exhibitIds: [], file: target, jobId: 'export-0002' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Choose where to save the dossier in the save dialog.' } });
    expect(existsSync(target)).toBe(false);
    await value(call('vault.lock'));

    // A later run of the app: the vault is among the recent ones, so it unlocks without a dialog;
    // a folder never chosen nor opened is refused before the core reads it.
    const nextRun = caller(appHandlers(service.handlers, recordingPlatform().platform));
    expect(await nextRun('vault.unlock', { dir: path.join(dir, 'elsewhere'), passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await nextRun('vault.unlock', { dir: vault, passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
  });
});

describe('evidence.import', () => {
  /** A vault with one case, behind appHandlers whose evidence dialog answers `evidenceFiles`. */
  async function caseBehindTheShell(evidenceFiles: string[] = []) {
    const dir = await tempDir('dossier-shell-evidence-');
    const service = createCoreService({ settingsDir: path.join(dir, 'settings'), fontsDir: fontsDirOf(repoRoot), emit: () => undefined, argon2: ARGON2 });
    onTestFinished(() => service.close());
    const vault = path.join(dir, 'vault');
    const grants = new EvidenceGrants();
    const call = caller(appHandlers(service.handlers, recordingPlatform({ vaultFolder: vault, evidenceFiles }).platform, grants));
    await value(call('dialog.chooseVaultFolder', { purpose: 'create' }));
    await value(call('vault.create', { dir: vault, passphrase: PASSPHRASE }));
    const client = await value(call('clients.create', { fullName: 'Aigerim Sadykova' }));
    const matter = await value(call('cases.create', { clientId: client.id, case: { title: 'Interim measures', forum: 'un_cat' } }));
    const evidence = async () => (await value(call('evidence.list', { caseId: matter.id }))).length;
    return { call, grants, caseId: matter.id, evidence };
  }

  it('refuses a file the user neither chose in the dialog nor dropped, logging the code only', async () => {
    const { call, caseId, evidence } = await caseBehindTheShell();
    const secret = path.join(fixturesDir, 'order.pdf');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onTestFinished(() => warn.mockRestore());

    const refused = await call('evidence.import', { caseId, files: [secret], jobId: 'import-job-0001' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await evidence()).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = String(warn.mock.calls[0]?.[0]);
    expect(logged).toContain('INVALID_INPUT');
    expect(logged).not.toContain('order.pdf');
    expect(logged).not.toContain(fixturesDir);
  });

  it('imports the files the evidence dialog returned in this session', async () => {
    const chosen = [path.join(fixturesDir, 'order.pdf'), path.join(fixturesDir, 'picket.png')];
    const { call, caseId, evidence } = await caseBehindTheShell(chosen);
    expect(await value(call('dialog.chooseEvidenceFiles'))).toEqual({ files: chosen });
    const { imported } = await value(call('evidence.import', { caseId, files: chosen, jobId: 'import-job-0002' }));
    expect(imported).toHaveLength(2);
    expect(await evidence()).toBe(2);
  });

  it('imports files the preload resolved from a drop, and refuses a list with any other file in it', async () => {
    const { call, grants, caseId, evidence } = await caseBehindTheShell();
    const dropped = path.join(fixturesDir, 'picket.png');
    grants.grant([dropped]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onTestFinished(() => warn.mockRestore());

    const mixed = await call('evidence.import', { caseId, files: [dropped, path.join(fixturesDir, 'order.pdf')], jobId: 'import-job-0003' });
    expect(mixed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await evidence()).toBe(0);
    const { imported } = await value(call('evidence.import', { caseId, files: [dropped], jobId: 'import-job-0004' }));
    expect(imported).toHaveLength(1);
  });
});

describe('the native dialogs', () => {
  it('start the save dialog from a bare .pdf name, whatever the page suggested', async () => {
    expect(suggestedExportName('Sadykova dossier')).toBe('Sadykova dossier.pdf');
    expect(suggestedExportName('Sadykova.PDF')).toBe('Sadykova.PDF');
    expect(suggestedExportName('../../.bashrc')).toBe('.bashrc.pdf');
    expect(suggestedExportName('C:\\Windows\\system32\\x')).toBe('x.pdf');
    expect(suggestedExportName('..')).toBe('dossier.pdf');
    expect(suggestedExportName('Дело: "Садыкова"?')).toBe('Дело_ _Садыкова__.pdf');

    const { platform, calls } = recordingPlatform({ exportFile: '/home/lawyer/Documents/Sadykova' });
    const call = caller(appHandlers({} as Parameters<typeof appHandlers>[0], platform));
    expect(await call('dialog.chooseExportFile', { suggestedName: '/tmp/Sadykova' })).toEqual({
      ok: true,
      value: { file: '/home/lawyer/Documents/Sadykova.pdf' },
    });
    expect(calls).toEqual([['chooseExportFile', 'Sadykova.pdf']]);
  });

  it('answer a cancelled dialog with nothing chosen', async () => {
    const { platform } = recordingPlatform();
    const call = caller(appHandlers({} as Parameters<typeof appHandlers>[0], platform));
    expect(await call('dialog.chooseVaultFolder', { purpose: 'create' })).toEqual({ ok: true, value: {} });
    expect(await call('dialog.chooseEvidenceFiles')).toEqual({ ok: true, value: { files: [] } });
    expect(await call('dialog.chooseExportFile', { suggestedName: 'x' })).toEqual({ ok: true, value: {} });
    expect(withPdfExtension('/a/b.pdf')).toBe('/a/b.pdf');
    expect(withPdfExtension('/a/b.txt')).toBe('/a/b.txt.pdf');
  });
});

describe('the fonts folder', () => {
  it('is resources/fonts of the app, unpacked beside app.asar when packaged', () => {
    expect(fontsDirOf('/work/dossier')).toBe(path.join('/work/dossier', 'resources', 'fonts'));
    expect(fontsDirOf('/opt/Dossier/resources/app.asar')).toBe('/opt/Dossier/resources/app.asar.unpacked/resources/fonts');
    expect(existsSync(path.join(fontsDirOf(repoRoot), 'NotoSans-Regular.ttf'))).toBe(true);
  });
});
