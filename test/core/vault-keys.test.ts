// Issue 12, findings 5 and 7: the vault key is never used directly (the database and the files
// get keys of their own), and vault.json is read strictly, its slot list sealed by the vault key.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createDecryptStream } from '../../src/core/evidence/file-cipher.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { listCases } from '../../src/core/records/cases.js';
import { Vault } from '../../src/core/vault/vault.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import { copyOfV1Vault, V1_CASE_ID, V1_RECOVERY_KEY } from '../support/old-vault.js';
import { PASSPHRASE, writeSampleCase } from '../support/sample-case.js';
import { newVault } from '../support/vault.js';

type Json = Record<string, unknown> & { slots: Record<string, unknown>[] };

async function editHeader(dir: string, edit: (header: Json) => void): Promise<void> {
  const file = path.join(dir, 'vault.json');
  const header = JSON.parse(await readFile(file, 'utf8')) as Json;
  edit(header);
  await writeFile(file, JSON.stringify(header, null, 2));
}

async function decrypts(file: string, key: Buffer, blobId: string): Promise<boolean> {
  try {
    await pipeline(createReadStream(file), createDecryptStream(key, blobId), new Writable({ write: (_chunk, _encoding, done) => done() }));
    return true;
  } catch {
    return false;
  }
}

describe('separate keys for the database and the files', () => {
  it('derives the database key apart from the files: the key raw-key prints opens no evidence file', async () => {
    const { vault, dir } = await newVault();
    await importCase(vault, await writeSampleCase(path.dirname(dir)));
    const databaseKey = Buffer.from(vault.rawKeyHex(), 'hex');
    const [blobId] = await vault.blobs.listPublished();
    expect(await decrypts(vault.blobs.pathOf(blobId!), databaseKey, blobId!)).toBe(false);
    expect((await verifyVault(vault)).ok).toBe(true);
    expect(vault.usesOldKeyScheme).toBe(false);
    const header = JSON.parse(await readFile(path.join(dir, 'vault.json'), 'utf8')) as Json;
    expect(header.version).toBe(2);
    vault.close();
  });

  it('keeps opening a format 1 vault, says it uses the old key scheme, and will not print its database key', async () => {
    const dir = await copyOfV1Vault();
    const vault = await Vault.open(dir, { passphrase: PASSPHRASE });
    expect(vault.usesOldKeyScheme).toBe(true);
    expect(listCases(vault.db).map((c) => c.id)).toEqual([V1_CASE_ID]);
    expect(await verifyVault(vault)).toMatchObject({ ok: true, files: 3 });
    expect(() => vault.rawKeyHex()).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/dossier rekey/) }));
    vault.close();
    (await Vault.open(dir, { recoveryKey: V1_RECOVERY_KEY })).close();
  });
});

describe('a strict vault.json', () => {
  it('refuses an absurd Argon2 cost, a thousand slots or a 4-byte tag as VAULT_DAMAGED, without trying them', async () => {
    const { vault, dir } = await newVault();
    vault.close();
    const original = await readFile(path.join(dir, 'vault.json'), 'utf8');
    const tampered: [string, (header: Json) => void][] = [
      ['64 GiB of Argon2 memory', (h) => ((h.slots[0]!.kdf as Record<string, number>).memoryKiB = 64 * 1024 * 1024)],
      ['a million Argon2 passes', (h) => ((h.slots[0]!.kdf as Record<string, number>).iterations = 1_000_000)],
      ['a thousand slots', (h) => (h.slots = Array.from({ length: 1000 }, () => h.slots[1]!))],
      [
        'a tag cut to 4 bytes',
        (h) => {
          const wrapped = h.slots[0]!.wrapped as Record<string, string>;
          wrapped.tag = Buffer.from(wrapped.tag!, 'base64').subarray(0, 4).toString('base64');
        },
      ],
      ['a 4-byte salt', (h) => ((h.slots[0]!.kdf as Record<string, string>).salt = 'AAAAAA==')],
      ['an 8-byte IV', (h) => ((h.slots[0]!.wrapped as Record<string, string>).iv = 'AAAAAAAAAAA=')],
    ];
    for (const [what, edit] of tampered) {
      await writeFile(path.join(dir, 'vault.json'), original);
      await editHeader(dir, edit);
      const started = performance.now();
      await expect(Vault.open(dir, { passphrase: PASSPHRASE }), what).rejects.toMatchObject({
        code: 'VAULT_DAMAGED',
        message: expect.stringContaining(path.join(dir, 'vault.json')),
      });
      // Generous: refused by the schema, never handed to Argon2.
      expect(performance.now() - started, what).toBeLessThan(2000);
    }
  });

  it('reports a key slot removed or added outside Dossier after unlock, and still opens', async () => {
    const { vault, dir } = await newVault();
    expect(vault.headerWarning).toBeUndefined();
    vault.close();
    const original = await readFile(path.join(dir, 'vault.json'), 'utf8');

    await editHeader(dir, (h) => (h.slots = h.slots.filter((slot) => slot.type !== 'recovery')));
    const removed = await Vault.open(dir, { passphrase: PASSPHRASE });
    expect(removed.headerWarning).toMatch(/^vault\.json's key slots were changed outside Dossier: .*a recovery slot was removed/);
    removed.close();

    await writeFile(path.join(dir, 'vault.json'), original);
    await editHeader(dir, (h) => h.slots.push(h.slots[0]!));
    const added = await Vault.open(dir, { passphrase: PASSPHRASE });
    expect(added.headerWarning).toMatch(/a passphrase slot was added/);
    added.close();

    await writeFile(path.join(dir, 'vault.json'), original);
    const clean = await Vault.open(dir, { passphrase: PASSPHRASE });
    expect(clean.headerWarning).toBeUndefined();
    // Dossier's own writes refresh the seal.
    await clean.changePassphrase('another good passphrase');
    clean.close();
    const changed = await Vault.open(dir, { passphrase: 'another good passphrase' });
    expect(changed.headerWarning).toBeUndefined();
    changed.close();
  });
});
