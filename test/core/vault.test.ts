import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/cases/import-case.js';
import { listAudit } from '../../src/core/records/audit.js';
import { listCases } from '../../src/core/records/cases.js';
import { nativeBindingPath } from '../../src/core/vault/native-binding.js';
import { Vault } from '../../src/core/vault/vault.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import { PASSPHRASE, writeSampleCase } from '../support/sample-case.js';
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
