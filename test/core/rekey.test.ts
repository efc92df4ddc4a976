// Rekey (issue 12, finding 5): a new random vault key for the database and every file, which
// also upgrades a format 1 vault; stopped at any point it resumes, and the vault opens meanwhile.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { listCases } from '../../src/core/records/cases.js';
import { Vault } from '../../src/core/vault/vault.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import { copyOfV1Vault, V1_CASE_ID, V1_RECOVERY_KEY } from '../support/old-vault.js';
import { PASSPHRASE, writeSampleCase } from '../support/sample-case.js';
import { CHEAP_ARGON2 } from '../support/core-service.js';
import { newVault } from '../support/vault.js';

async function generations(vault: Vault): Promise<number[]> {
  return Promise.all((await vault.blobs.listPublished()).map((id) => vault.blobs.keyGenerationOf(id)));
}

async function headerOf(dir: string): Promise<{ version: number; keyGeneration?: number; pendingRekey?: unknown }> {
  return JSON.parse(await readFile(path.join(dir, 'vault.json'), 'utf8')) as { version: number };
}

describe('rekey', () => {
  it('moves the database and every file to a new key; the old recovery key stops working', async () => {
    const { vault, dir, recoveryKey: old } = await newVault();
    const { caseId } = await importCase(vault, await writeSampleCase(path.dirname(dir)));
    const keyBefore = vault.rawKeyHex();
    const steps: string[] = [];
    const recoveryKey = await vault.rekey(PASSPHRASE, { onProgress: ({ stage }) => steps.push(stage) });
    expect(steps).toContain('files');
    expect(steps).toContain('database');
    expect(vault.rawKeyHex()).not.toBe(keyBefore);
    expect(await generations(vault)).toEqual([2, 2, 2]);
    expect(await verifyVault(vault)).toMatchObject({ ok: true, files: 3 });
    vault.close();

    expect(await headerOf(dir)).toMatchObject({ version: 2, keyGeneration: 2 });
    expect((await headerOf(dir)).pendingRekey).toBeUndefined();
    await expect(Vault.open(dir, { recoveryKey: old })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    const reopened = await Vault.open(dir, { recoveryKey });
    expect(listCases(reopened.db).map((c) => c.id)).toEqual([caseId]);
    expect(await verifyVault(reopened)).toMatchObject({ ok: true, files: 3 });
    expect(reopened.headerWarning).toBeUndefined();
    reopened.close();
    (await Vault.open(dir, { passphrase: PASSPHRASE })).close();
  });

  it('upgrades a format 1 vault: afterwards it has separate keys and raw-key works', async () => {
    const dir = await copyOfV1Vault();
    const vault = await Vault.open(dir, { passphrase: PASSPHRASE }, { argon2: CHEAP_ARGON2 });
    expect(vault.usesOldKeyScheme).toBe(true);
    expect(await generations(vault)).toEqual([0, 0, 0]);
    const recoveryKey = await vault.rekey(PASSPHRASE);
    expect(vault.usesOldKeyScheme).toBe(false);
    expect(vault.rawKeyHex()).toMatch(/^[0-9a-f]{64}$/);
    expect(await generations(vault)).toEqual([1, 1, 1]);
    vault.close();
    expect(await headerOf(dir)).toMatchObject({ version: 2, keyGeneration: 1 });
    await expect(Vault.open(dir, { recoveryKey: V1_RECOVERY_KEY })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    const reopened = await Vault.open(dir, { recoveryKey });
    expect(listCases(reopened.db).map((c) => c.id)).toEqual([V1_CASE_ID]);
    expect(await verifyVault(reopened)).toMatchObject({ ok: true, files: 3 });
    reopened.close();
  });

  it('stopped after one file, the vault opens and verifies with the old secrets, takes new files, and a second run finishes', async () => {
    const dir = await copyOfV1Vault();
    const vault = await Vault.open(dir, { passphrase: PASSPHRASE }, { argon2: CHEAP_ARGON2 });
    const stop = new AbortController();
    let files = 0;
    await expect(
      vault.rekey(PASSPHRASE, {
        signal: stop.signal,
        onProgress: ({ stage, done }) => {
          if (stage === 'files' && done > 0 && ++files === 1) stop.abort();
        },
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED', message: expect.stringMatching(/Nothing is lost/) });
    expect((await generations(vault)).sort()).toEqual([0, 0, 1]);
    vault.close();
    expect((await headerOf(dir)).pendingRekey).toBeDefined();

    // Interrupted: the old passphrase and recovery key still open it, every file reads.
    const midway = await Vault.open(dir, { recoveryKey: V1_RECOVERY_KEY }, { argon2: CHEAP_ARGON2 });
    expect(midway.usesOldKeyScheme).toBe(true);
    expect(() => midway.rawKeyHex()).toThrow(/interrupted/);
    expect(await verifyVault(midway)).toMatchObject({ ok: true, files: 3 });
    // A case imported now is written under the new key.
    const added = await importCase(midway, await writeSampleCase(path.dirname(dir)));
    expect((await generations(midway)).filter((generation) => generation === 1)).toHaveLength(4);
    midway.close();

    const resumed = await Vault.open(dir, { passphrase: PASSPHRASE }, { argon2: CHEAP_ARGON2 });
    const recoveryKey = await resumed.rekey(PASSPHRASE);
    expect(await generations(resumed)).toEqual([1, 1, 1, 1, 1, 1]);
    resumed.close();
    const done = await Vault.open(dir, { recoveryKey });
    expect(listCases(done.db).map((c) => c.id).sort()).toEqual([V1_CASE_ID, added.caseId].sort());
    expect(await verifyVault(done)).toMatchObject({ ok: true, files: 6 });
    done.close();
  });

  it('a lock in the middle (its keys zeroed) writes nothing under a zeroed key; the vault opens, verifies and the rekey resumes', async () => {
    const { vault, dir } = await newVault();
    await importCase(vault, await writeSampleCase(path.dirname(dir)));
    await expect(
      vault.rekey(PASSPHRASE, {
        onProgress: ({ stage, done }) => {
          if (stage === 'files' && done > 0) vault.close();
        },
      }),
    ).rejects.toMatchObject({ code: 'VAULT_LOCKED', message: expect.stringMatching(/Nothing is lost/) });
    const reopened = await Vault.open(dir, { passphrase: PASSPHRASE });
    expect(await verifyVault(reopened)).toMatchObject({ ok: true, files: 3 });
    await reopened.rekey(PASSPHRASE);
    expect(await generations(reopened)).toEqual([2, 2, 2]);
    expect(await verifyVault(reopened)).toMatchObject({ ok: true, files: 3 });
    reopened.close();
  });

  it('moves a file whose writing began under the old key as the rekey started, once it is published', async () => {
    const { vault, dir } = await newVault();
    await importCase(vault, await writeSampleCase(path.dirname(dir)));
    const source = new PassThrough();
    const data = randomBytes(200_000);
    let released = false;
    const rekeying = vault.rekey(PASSPHRASE, {
      onProgress: ({ stage }) => {
        if (stage === 'files' && !released) {
          released = true;
          source.end(data);
        }
      },
    });
    // Begun in the same tick, before the new key is announced: written under the old key.
    const published = vault.blobs.write(source).then(async (blobId) => {
      await vault.blobs.publish([blobId]);
      return blobId;
    });
    await rekeying;
    const blobId = await published;
    expect(await vault.blobs.keyGenerationOf(blobId)).toBe(2);
    expect((await vault.blobs.readAll(blobId)).equals(data)).toBe(true);
    vault.close();
  });

  it('refuses while a file staged by a worker that was terminated waits in files/partial, and changes nothing', async () => {
    const { vault, dir } = await newVault();
    await importCase(vault, await writeSampleCase(path.dirname(dir)));
    // A forced termination (a lock not confirmed in time) leaves a worker's staging folder
    // behind; worker threads share the process id, so it looks alive until Dossier restarts.
    const stranded = path.join(vault.layout.partialFiles, `${os.hostname()}-${process.pid}-0badc0de`);
    await mkdir(stranded, { recursive: true });
    await writeFile(path.join(stranded, `${randomUUID()}.dfe`), randomBytes(4096));
    const before = await headerOf(dir);

    await expect(vault.rekey(PASSPHRASE)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/Restart Dossier, then renew the key/) });
    expect(await headerOf(dir)).toEqual(before);
    expect(await generations(vault)).toEqual([1, 1, 1]);
    vault.close();
  });
});
