import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from '@signalapp/sqlcipher';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PASSPHRASE, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { snapshot } from '../support/vault.js';

const secret = { DOSSIER_PASSPHRASE: PASSPHRASE };

async function initVault(): Promise<{ vault: string; work: string; recoveryKey: string }> {
  const work = await tempDir();
  const vault = path.join(work, 'vault');
  const init = await runCli(['init', vault, '--json'], secret);
  expect(init.code).toBe(0);
  return { vault, work, recoveryKey: (JSON.parse(init.stdout) as { recoveryKey: string }).recoveryKey };
}

describe('command line', () => {
  it('init prints the recovery key once, in words a person can follow', async () => {
    const work = await tempDir();
    const result = await runCli(['init', path.join(work, 'v')], secret);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Recovery key \(shown only this once/);
    expect(result.stdout).toMatch(/[0-9A-Z]{4}(-[0-9A-Z]{4}){7}/);
  });

  it('imports a case, names refused files on stderr and exits 3, and keeps the rest', async () => {
    const { vault, work } = await initVault();
    const caseFile = await writeSampleCase(work);
    const doc = JSON.parse(await readFile(caseFile, 'utf8'));
    doc.evidence.push({ key: 'gone', file: 'scans/missing-scan.pdf', title: 'Lost scan', kind: 'other' });
    await writeFile(caseFile, JSON.stringify(doc));
    const result = await runCli(['import', vault, caseFile], secret);
    expect(result.code).toBe(3);
    expect(result.stdout.trim()).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.stderr).toContain('refused: scans/missing-scan.pdf: file not found');

    const shown = await runCli(['show', vault, 'CAT-2026-014', '--json'], secret);
    expect(shown.code).toBe(0);
    const detail = JSON.parse(shown.stdout);
    expect(detail.case.id).toBe(result.stdout.trim());
    expect(detail.client.fullNameNative).toBe('Әйгерім Нұрланқызы Садықова');
    expect(detail.evidence.map((e: { originalName: string }) => e.originalName)).toEqual(['picket.png', 'order.pdf', 'statement.txt']);
    expect(detail.events.map((e: { date: string; precision: string }) => `${e.date}/${e.precision}`)).toEqual(['2022-10/month', '2023/year', '2026-11-15/day']);
    expect(detail.deadlines[0]).toMatchObject({ due: '2026-11-25', rule: 'extradition-order-appeal' });
  });

  it('lists, shows, searches and verifies in readable text', async () => {
    const { vault, work } = await initVault();
    expect((await runCli(['import', vault, await writeSampleCase(work)], secret)).code).toBe(0);
    const cases = await runCli(['cases', vault], secret);
    expect(cases.stdout).toMatch(/CAT-2026-014\s+Aigerim Nurlanovna Sadykova \(Әйгерім Нұрланқызы Садықова\)\s+un_cat/);
    const show = await runCli(['show', vault, 'CAT-2026-014'], secret);
    expect(show.stdout).toContain('Deadlines:');
    expect(show.stdout).toContain('2022-10      protest');
    const found = await runCli(['search', vault, 'пикет', '--json'], secret);
    expect(JSON.parse(found.stdout).map((h: { entity: string }) => h.entity).sort()).toEqual(['event', 'persecution']);
    const verify = await runCli(['verify', vault], secret);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('Vault verified: every file matches its SHA-256.');
  });

  it('refuses a wrong passphrase with a clear message, exit 5, and no file changed', async () => {
    const { vault, work } = await initVault();
    await runCli(['import', vault, await writeSampleCase(work)], secret);
    const before = await snapshot(vault);
    const result = await runCli(['cases', vault, '--json'], { DOSSIER_PASSPHRASE: 'wrong wrong wrong' });
    expect(result.code).toBe(5);
    expect(result.stderr).toBe('dossier: The passphrase is wrong. The vault was not changed.\n');
    expect(JSON.parse(result.stdout)).toEqual({ error: { code: 'WRONG_SECRET', message: 'The passphrase is wrong. The vault was not changed.' } });
    expect(await snapshot(vault)).toEqual(before);
  });

  it('asks for a passphrase rather than hanging when there is neither a variable nor a terminal', async () => {
    const { vault } = await initVault();
    const result = await runCli(['cases', vault]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('set DOSSIER_PASSPHRASE or run the command in a terminal');
  });

  it('passwd changes the passphrase, and the recovery key resets a forgotten one', async () => {
    const { vault, recoveryKey } = await initVault();
    expect((await runCli(['passwd', vault], { ...secret, DOSSIER_NEW_PASSPHRASE: 'second passphrase here' })).code).toBe(0);
    expect((await runCli(['cases', vault], secret)).code).toBe(5);
    expect((await runCli(['cases', vault], { DOSSIER_PASSPHRASE: 'second passphrase here' })).code).toBe(0);
    const reset = await runCli(['passwd', vault], { DOSSIER_RECOVERY_KEY: recoveryKey, DOSSIER_NEW_PASSPHRASE: 'third passphrase here' });
    expect(reset.code).toBe(0);
    expect((await runCli(['cases', vault], { DOSSIER_PASSPHRASE: 'third passphrase here' })).code).toBe(0);
  });

  it('verify names a tampered evidence file and exits 4', async () => {
    const { vault, work } = await initVault();
    await runCli(['import', vault, await writeSampleCase(work)], secret);
    const detail = JSON.parse((await runCli(['show', vault, 'CAT-2026-014', '--json'], secret)).stdout);
    const order = detail.evidence.find((e: { originalName: string }) => e.originalName === 'order.pdf');
    // Find the order's encrypted file through the raw key: the only way to map item to blob outside the app.
    const raw = JSON.parse((await runCli(['raw-key', vault], secret)).stdout) as { database: string; key: string };
    const db = new Database(raw.database);
    db.pragma(`key = "x'${raw.key}'"`);
    const { blob_id: blobId } = db.prepare('SELECT blob_id FROM evidence WHERE id = $id').get({ id: order.id }) as { blob_id: string };
    db.close();
    const blobPath = path.join(vault, 'files', blobId.slice(0, 2), `${blobId}.dfe`);
    expect(await readdir(path.dirname(blobPath))).toContain(`${blobId}.dfe`);
    const bytes = await readFile(blobPath);
    bytes[bytes.length - 100]! ^= 0xff;
    await writeFile(blobPath, bytes);
    const verify = await runCli(['verify', vault], secret);
    expect(verify.code).toBe(4);
    expect(verify.stdout).toMatch(/PROBLEM damaged: order\.pdf \(item [0-9a-f-]{36}\): chunk \d+ failed authentication/);
    expect(verify.stdout).toContain('Vault has problems');
  });

  it('prints usage and exits 2 on an unknown command', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
  });
});
