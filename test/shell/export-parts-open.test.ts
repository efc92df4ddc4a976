// A dossier written in parts through the shell: each part the export wrote may be opened and
// revealed from the window (os.*), as the one file of an ordinary export is; a part name the
// export did not write is refused without touching the OS. Real core service, real export; only
// the desktop (dialogs, the system viewer) is a recording.
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fontsDirOf } from '../../electron/app-paths';
import { appHandlers, type ShellPlatform } from '../../electron/shell-handlers';
import { createCoreService } from '../../src/core/service/core-service';
import { PASSPHRASE, repoRoot } from '../support/sample-case';
import { CHEAP_ARGON2 } from '../support/core-service';
import { caller, value } from '../support/handler-calls';
import { tempDir } from '../support/temp-dir';
import { noisePhoto } from '../support/noise-photo.js';

describe('a dossier in parts, opened from the window', () => {
  it('opens and reveals every part the export wrote, and nothing else', async () => {
    const dir = await tempDir('dossier-shell-parts-');
    const service = createCoreService({ settingsDir: path.join(dir, 'settings'), fontsDir: fontsDirOf(repoRoot), emit: () => undefined, argon2: CHEAP_ARGON2 });
    onTestFinished(() => service.close());
    const photos = [1, 2, 3, 4].map((index) => path.join(dir, `photo-${index}.jpg`));
    for (const [index, photo] of photos.entries()) await noisePhoto(photo, 90 + index);
    const target = path.join(dir, 'Sadykova.pdf');
    const opened: string[] = [];
    const platform: ShellPlatform = {
      appInfo: () => ({ name: 'Dossier', version: '0.1.0' }),
      chooseVaultFolder: async () => path.join(dir, 'vault'),
      chooseEvidenceFiles: async () => photos,
      chooseExportFile: async () => target,
      openPath: async (file) => {
        opened.push(file);
        return '';
      },
      showItemInFolder: (file) => {
        opened.push(`folder:${file}`);
      },
    };
    const call = caller(appHandlers(service.handlers, platform));
    await value(call('dialog.chooseVaultFolder', { purpose: 'create' }));
    await value(call('vault.create', { dir: path.join(dir, 'vault'), passphrase: PASSPHRASE }));
    const client = await value(call('clients.create', { fullName: 'Aigerim Sadykova' }));
    const matter = await value(call('cases.create', { clientId: client.id, case: { title: 'Asylum', forum: 'national_asylum' } }));
    await value(call('dialog.chooseEvidenceFiles', undefined));
    await value(call('evidence.import', { caseId: matter.id, files: photos, jobId: 'import-job-0001' }));
    await value(call('dialog.chooseExportFile', { suggestedName: 'Sadykova' }));

    const exported = await value(
      call('dossier.export', {
        caseId: matter.id,
        template: 'national-asylum-bundle',
        language: 'en',
        maxPartBytes: 2_500_000,
        shrinkPhotos: false,
        overrideBlocks: true,
        file: target,
        jobId: 'export-0001',
      }),
    );
    const parts = exported.parts!;
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(exported.file).toBe(parts[0]!.file);
    for (const part of parts) {
      expect(await call('os.openExported', { file: part.file })).toEqual({ ok: true, value: { ok: true } });
      expect(await call('os.showExportedInFolder', { file: part.file })).toEqual({ ok: true, value: { ok: true } });
    }
    // Neither the name chosen (now replaced by the parts) nor a part beyond the last was written by this export.
    for (const other of [target, path.join(dir, `Sadykova_Part${parts.length + 1}.pdf`)]) {
      expect(await call('os.openExported', { file: other }), other).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(opened).toEqual(parts.flatMap((part) => [part.file, `folder:${part.file}`]));
  }, 120_000);
});
