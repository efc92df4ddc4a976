// A header write that drops a slot (travel mode, a new recovery key, a passphrase change, a
// rekey's end) must not leave that slot's bytes behind in the old vault.json's blocks (issue 12,
// border mode). A hard link taken before the change keeps the old file's inode reachable, so the
// test reads exactly the blocks an atomic replace would otherwise leave on disk.
import { link, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Vault } from '../../src/core/vault/vault.js';
import { PASSPHRASE } from '../support/sample-case.js';
import { newVault } from '../support/vault.js';

type Slot = { type: string; kdf: { salt: string }; wrapped: { iv: string; ciphertext: string; tag: string } };

async function slotStrings(dir: string, type: string): Promise<string[]> {
  const header = JSON.parse(await readFile(path.join(dir, 'vault.json'), 'utf8')) as { slots: Slot[] };
  return header.slots.filter((slot) => slot.type === type).flatMap((slot) => [slot.kdf.salt, slot.wrapped.iv, slot.wrapped.ciphertext, slot.wrapped.tag]);
}

/** Every file in the vault's folder (not files/), and the old header's inode through `oldInode`. */
async function leftText(dir: string, oldInode: string): Promise<string[]> {
  const texts = [await readFile(oldInode, 'latin1')];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isFile()) texts.push(await readFile(path.join(dir, entry.name), 'latin1'));
  }
  return texts;
}

async function expectGone(change: (vault: Vault) => Promise<unknown>, type: 'passphrase' | 'recovery'): Promise<void> {
  const { vault, dir } = await newVault();
  const dropped = await slotStrings(dir, type);
  expect(dropped).toHaveLength(4);
  const oldInode = path.join(path.dirname(dir), 'old-vault.json');
  await link(path.join(dir, 'vault.json'), oldInode);
  await change(vault);
  vault.close();
  const texts = await leftText(dir, oldInode);
  for (const secret of dropped) for (const text of texts) expect(text.includes(secret)).toBe(false);
}

describe('header writes leave no dropped slot behind', () => {
  it('travel mode: the passphrase slot is in no file of the vault folder, nor in the old vault.json blocks', async () => {
    await expectGone((vault) => vault.removePassphrases(), 'passphrase');
  });

  it('a new recovery key: the old recovery slot is gone the same way', async () => {
    await expectGone((vault) => vault.newRecoveryKey(), 'recovery');
  });

  it('a passphrase change: the old passphrase slot is gone the same way', async () => {
    await expectGone((vault) => vault.changePassphrase('Quartz lantern drifts over Tbilisi 1987'), 'passphrase');
  });

  it("a rekey's final header: the old slots are gone the same way", async () => {
    await expectGone((vault) => vault.rekey(PASSPHRASE), 'recovery');
  });
});
