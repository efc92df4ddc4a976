// The check after an import, through the real service: it runs in the background once the
// window's import has answered, stops at a lock without holding it off, and resumes at the next
// unlock, so every file ends with the badge its bytes give it.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pendingInspections } from '../../src/core/evidence/inspect-pending.js';
import { JobRegistry } from '../../src/core/service/service-context.js';
import { Vault } from '../../src/core/vault/vault.js';
import { startService } from '../support/core-service.js';
import { fixturesDir, PASSPHRASE } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

/** A photo whose header is whole and whose picture stops half-way: only decoding it finds that. */
async function cutPhoto(dir: string): Promise<string> {
  const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).jpeg().toBuffer();
  const file = path.join(dir, 'cut.jpg');
  await writeFile(file, jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  return file;
}

describe('the check after an import', () => {
  it('runs after the import has answered, and a lock in the middle leaves the rest to the next unlock', async () => {
    const dir = await tempDir();
    const { service, value, events } = await startService();
    const vaultDir = path.join(dir, 'vault');
    await value('vault.create', { dir: vaultDir, passphrase: PASSPHRASE });
    const client = await value('clients.create', { fullName: 'Dana Seitkali' });
    const matter = await value('cases.create', { clientId: client.id, case: { title: 'Interim measures', forum: 'un_cat' } });
    const files = [path.join(fixturesDir, 'order.pdf'), await cutPhoto(dir), path.join(fixturesDir, 'picket.png')];

    const { imported } = await value('evidence.import', { caseId: matter.id, files, jobId: 'import-1' });
    // The answer comes before the files are read: a cut photo still has the badge its type gives.
    expect(imported.map((item) => item.dossierSupport)).toEqual(['pages', 'image', 'image']);
    // Locked at once, the check stops wherever it was; nothing it found is lost, nothing is left half-done.
    service.lock('user');
    await service.filesChecked();
    const between = await Vault.open(vaultDir, { passphrase: PASSPHRASE });
    expect(pendingInspections(between, matter.id).length).toBeGreaterThan(0);
    between.close();

    await value('vault.unlock', { dir: vaultDir, passphrase: PASSPHRASE });
    await service.filesChecked();
    const listed = await value('evidence.list', { caseId: matter.id });
    expect(listed.map((item) => [item.originalName, item.dossierSupport, item.supportReason])).toEqual([
      ['order.pdf', 'pages', undefined],
      ['cut.jpg', 'not_reproduced', 'file_cut_short'],
      ['picket.png', 'image', undefined],
    ]);
    const told = events.filter((event) => event.type === 'filesChecked');
    expect(told.at(-1)).toMatchObject({ caseId: matter.id, done: told.at(-1)!.total });
  });

  it('does not hold off the inactivity lock, as a job the user started does', () => {
    const jobs = new JobRegistry();
    jobs.start('check-files:a-case', { background: true });
    expect(jobs.busy).toBe(false);
    jobs.start('an-export');
    expect(jobs.busy).toBe(true);
    jobs.end('an-export');
    expect(jobs.busy).toBe(false);
    expect(jobs.cancel('check-files:a-case')).toBe(true);
  });
});
