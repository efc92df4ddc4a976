import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { listAudit } from '../../src/core/records/audit.js';
import { insertCase, listCases } from '../../src/core/records/cases.js';
import { insertClient } from '../../src/core/records/clients.js';
import { insertEvidence } from '../../src/core/records/evidence.js';
import { storeEvidenceFile } from '../../src/core/intake/store-file.js';
import { nativeBindingPath } from '../../src/core/vault/native-binding.js';
import { Vault } from '../../src/core/vault/vault.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import { fixturesDir, PASSPHRASE, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault, snapshot } from '../support/vault.js';

describe('vault', () => {
  it('keeps the database encrypted: no plaintext name or SQLite header on disk', async () => {
    const { vault, dir } = await newVault();
    await importCase(vault, await writeSampleCase(path.dirname(dir)));
    vault.close();
    const bytes = await readFile(path.join(dir, 'vault.db'));
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('Sadykova'))).toBe(false);
    expect(bytes.includes(Buffer.from('Садықова'))).toBe(false);
  });

  it('refuses a wrong passphrase without touching any file of the vault', async () => {
    const { vault, dir } = await newVault();
    await importCase(vault, await writeSampleCase(path.dirname(dir)));
    vault.close();
    const before = await snapshot(dir);
    await expect(Vault.open(dir, { passphrase: 'not the passphrase' })).rejects.toMatchObject({
      code: 'WRONG_SECRET',
      message: expect.stringMatching(/passphrase is wrong/),
    });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('changes the passphrase by re-wrapping the key: same database key, data intact', async () => {
    const { vault, dir } = await newVault();
    const { caseId } = await importCase(vault, await writeSampleCase(path.dirname(dir)));
    const keyBefore = vault.rawKeyHex();
    await vault.changePassphrase('a brand new passphrase');
    vault.close();
    await expect(Vault.open(dir, { passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    const reopened = await Vault.open(dir, { passphrase: 'a brand new passphrase' });
    expect(reopened.rawKeyHex()).toBe(keyBefore);
    expect(listCases(reopened.db).map((c) => c.id)).toEqual([caseId]);
    expect((await verifyVault(reopened)).ok).toBe(true);
    expect(listAudit(reopened.db).map((e) => e.action)).toContain('vault.passphrase-change');
    reopened.close();
  });

  it('resets a forgotten passphrase with the recovery key', async () => {
    const { vault, dir, recoveryKey } = await newVault();
    vault.close();
    const recovered = await Vault.open(dir, { recoveryKey });
    await recovered.changePassphrase('remembered this time');
    recovered.close();
    (await Vault.open(dir, { passphrase: 'remembered this time' })).close();
    (await Vault.open(dir, { recoveryKey })).close();
  });

  it('refuses a vault written by a newer version and leaves it as it was', async () => {
    const { vault, dir } = await newVault();
    const key = vault.rawKeyHex();
    vault.close();
    const raw = new Database(path.join(dir, 'vault.db'), { nativeBinding: nativeBindingPath() });
    raw.pragma("cipher = 'sqlcipher'");
    raw.pragma('legacy = 4');
    raw.pragma(`key = "x'${key}'"`);
    raw.pragma('user_version = 99');
    raw.close();
    const before = await snapshot(dir);
    await expect(Vault.open(dir, { passphrase: PASSPHRASE })).rejects.toMatchObject({
      code: 'VAULT_TOO_NEW',
      message: expect.stringMatching(/newer version of Dossier/),
    });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('names a damaged header or database instead of crashing', async () => {
    const { vault, dir } = await newVault();
    vault.close();
    const header = await readFile(path.join(dir, 'vault.json'), 'utf8');
    await writeFile(path.join(dir, 'vault.json'), header.slice(0, 40));
    await expect(Vault.open(dir, { passphrase: PASSPHRASE })).rejects.toMatchObject({
      code: 'VAULT_DAMAGED',
      message: expect.stringContaining(path.join(dir, 'vault.json')),
    });
    await writeFile(path.join(dir, 'vault.json'), header);
    const db = await readFile(path.join(dir, 'vault.db'));
    db.fill(0x41, 0, 4096); // the first page holds the salt and the schema
    await writeFile(path.join(dir, 'vault.db'), db);
    await expect(Vault.open(dir, { passphrase: PASSPHRASE })).rejects.toMatchObject({
      code: 'VAULT_DAMAGED',
      message: expect.stringContaining(path.join(dir, 'vault.db')),
    });
  });

  it('says plainly when there is no vault, and will not create one over other files', async () => {
    const dir = await tempDir();
    await expect(Vault.open(path.join(dir, 'nothing'), { passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'VAULT_NOT_FOUND' });
    await mkdir(path.join(dir, 'busy'));
    await writeFile(path.join(dir, 'busy', 'notes.txt'), 'x');
    await expect(Vault.create(path.join(dir, 'busy'), PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
  });

  it('drops the key on close: a closed vault refuses work', async () => {
    const { vault } = await newVault();
    vault.close();
    expect(() => vault.rawKeyHex()).toThrow(/locked/);
  });
});

describe('recovery of an import killed between its steps', () => {
  it('publishes staged files a committed record refers to, and removes the rest', async () => {
    const { vault, dir } = await newVault();
    const kept = await storeEvidenceFile(vault.blobs, path.join(fixturesDir, 'order.pdf'));
    const orphan = await storeEvidenceFile(vault.blobs, path.join(fixturesDir, 'picket.png'));
    // The records of `kept` commit; the process then "dies" before publishing either file.
    vault.transaction((db) => {
      const client = insertClient(db, { fullName: 'Timur Bekov' });
      const record = insertCase(db, client.id, { title: 'Bekov', forum: 'unhcr' });
      insertEvidence(db, record.id, kept, { title: 'Order', kind: 'court_document' });
    });
    const partial = path.join(dir, 'files', 'partial');
    const [staging] = await readdir(partial);
    const deadPid = await exitedProcessPid();
    await rename(path.join(partial, staging!), path.join(partial, `${hostname()}-${deadPid}-0badc0de`));
    vault.close();

    const reopened = await Vault.open(dir, { passphrase: PASSPHRASE });
    const report = await verifyVault(reopened);
    expect(report).toMatchObject({ ok: true, files: 1, strayFiles: 0 });
    expect(await readdir(partial)).toEqual([]);
    expect((await reopened.blobs.listPublished()).sort()).toEqual([kept.blobId]);
    expect((await reopened.blobs.listPublished()).includes(orphan.blobId)).toBe(false);
    reopened.close();
  });

  it('leaves alone what a live process has staged', async () => {
    const { vault, dir } = await newVault();
    const partial = path.join(dir, 'files', 'partial');
    const other = path.join(partial, `${hostname()}-${process.ppid}-0badc0de`);
    await mkdir(other, { recursive: true });
    await writeFile(path.join(other, '11111111-1111-4111-8111-111111111111.dfe'), 'staged by a running import');
    vault.close();
    const reopened = await Vault.open(dir, { passphrase: PASSPHRASE });
    expect(await readdir(other)).toHaveLength(1);
    expect((await verifyVault(reopened)).strayFiles).toBe(1);
    reopened.close();
  });
});

describe('staging recovery never follows a link (issue 12, finding 9)', () => {
  it('removes links planted in files/partial/ themselves, never what they point to', async () => {
    const { vault, dir } = await newVault();
    vault.close();
    const outside = path.join(path.dirname(dir), 'outside');
    await mkdir(outside);
    await writeFile(path.join(outside, '22222222-2222-4222-8222-222222222222.dfe'), 'not the vault\'s');
    await writeFile(path.join(outside, 'letter.txt'), 'a file elsewhere on the disk');
    const partial = path.join(dir, 'files', 'partial');
    await mkdir(partial, { recursive: true });
    const deadPid = await exitedProcessPid();
    // A folder that is a link, named as a dead writer's staging folder.
    await symlink(outside, path.join(partial, `${hostname()}-${deadPid}-0badc0de`));
    // A real dead writer's folder holding links to files elsewhere.
    const dead = path.join(partial, `${hostname()}-${deadPid}-0badf00d`);
    await mkdir(dead);
    await symlink(path.join(outside, 'letter.txt'), path.join(dead, '33333333-3333-4333-8333-333333333333.dfe'));
    await symlink(outside, path.join(dead, 'folder-link'));

    const reopened = await Vault.open(dir, { passphrase: PASSPHRASE });
    reopened.close();
    expect((await readdir(outside)).sort()).toEqual(['22222222-2222-4222-8222-222222222222.dfe', 'letter.txt']);
    expect(await readFile(path.join(outside, 'letter.txt'), 'utf8')).toBe('a file elsewhere on the disk');
    expect(await readdir(partial)).toEqual([]);
  });
});

async function exitedProcessPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('close', resolve));
  return child.pid!;
}
