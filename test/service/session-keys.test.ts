// The window's key actions (issue 12, border mode and finding 5), through the service as the
// window calls them: travel mode, setting a passphrase after it, a new recovery key, quick wipe,
// and the rekey job with its progress.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startService } from '../support/core-service.js';
import { PASSPHRASE } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { snapshot } from '../support/vault.js';

const NEXT = 'Quartz lantern drifts over Tbilisi 1987';

async function newVaultDir(): Promise<string> {
  return path.join(await tempDir(), 'Bekov practice');
}

type Slot = { kdf: { salt: string }; wrapped: { iv: string; ciphertext: string; tag: string } };

describe('border mode and key changes from the window', () => {
  it('travel mode: checks the recovery key, removes every passphrase, locks; the recovery key opens and a new passphrase is asked for', async () => {
    const { call, value, events } = await startService();
    const dir = await newVaultDir();
    const { recoveryKey } = await value('vault.create', { dir, passphrase: PASSPHRASE });
    await value('clients.create', { fullName: 'Timur Bekov' });

    const before = await snapshot(dir);
    const mistyped = await call('vault.travel', { recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' });
    expect(mistyped).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET', message: expect.stringMatching(/Travel mode was not turned on/) } });
    expect(await snapshot(dir)).toEqual(before);
    expect(await value('vault.status')).toMatchObject({ state: 'unlocked' });

    expect(await value('vault.travel', { recoveryKey: recoveryKey.toLowerCase() })).toEqual({ state: 'locked' });
    expect(events).toContainEqual({ type: 'locked', reason: 'user' });
    for (const passphrase of [PASSPHRASE, NEXT]) {
      expect(await call('vault.unlock', { dir, passphrase })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    }
    const header = JSON.parse(await readFile(path.join(dir, 'vault.json'), 'utf8')) as { slots: { type: string }[] };
    expect(header.slots.map((slot) => slot.type)).toEqual(['recovery']);

    expect(await value('vault.unlock', { dir, recoveryKey })).toMatchObject({ state: 'unlocked', needsPassphrase: true });
    expect(await value('clients.list', {})).toHaveLength(1);
    const status = await value('vault.setPassphrase', { next: NEXT });
    expect(status).toEqual({ state: 'unlocked', dir, name: 'Bekov practice' });
    expect(await call('vault.setPassphrase', { next: NEXT })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await value('vault.lock');
    expect(await value('vault.unlock', { dir, passphrase: NEXT })).toEqual({ state: 'unlocked', dir, name: 'Bekov practice' });
  });

  it('a new recovery key opens the vault and the old one no longer does', async () => {
    const { call, value } = await startService();
    const dir = await newVaultDir();
    const { recoveryKey: old } = await value('vault.create', { dir, passphrase: PASSPHRASE });
    expect(await call('vault.newRecoveryKey', { passphrase: NEXT })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    const { recoveryKey } = await value('vault.newRecoveryKey', { passphrase: PASSPHRASE });
    expect(recoveryKey).not.toBe(old);
    await value('vault.lock');
    expect(await call('vault.unlock', { dir, recoveryKey: old })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    expect(await value('vault.unlock', { dir, recoveryKey })).toEqual({ state: 'unlocked', dir, name: 'Bekov practice' });
    await value('vault.lock');
    await value('vault.unlock', { dir, passphrase: PASSPHRASE });
  });

  it('quick wipe: under a second, no slot bytes left in vault.json, and nothing opens it again', async () => {
    const { call, value } = await startService();
    const dir = await newVaultDir();
    const { recoveryKey } = await value('vault.create', { dir, passphrase: PASSPHRASE });
    const original = await readFile(path.join(dir, 'vault.json'), 'utf8');
    const slots = (JSON.parse(original) as { slots: Slot[] }).slots;
    const secrets = slots.flatMap((slot) => [slot.kdf.salt, slot.wrapped.iv, slot.wrapped.ciphertext, slot.wrapped.tag]);

    expect(await call('vault.wipe', { confirm: 'yes' as 'destroy-every-key', passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const started = performance.now();
    expect(await value('vault.wipe', { confirm: 'destroy-every-key', passphrase: PASSPHRASE })).toEqual({ state: 'locked' });
    // The guarantee, with a generous margin on a loaded machine: a crypto-erase.
    expect(performance.now() - started).toBeLessThan(1000);

    const after = await readFile(path.join(dir, 'vault.json'), 'utf8');
    for (const secret of secrets) expect(after.includes(secret)).toBe(false);
    for (const secret of [{ passphrase: PASSPHRASE }, { recoveryKey }]) {
      const refused = await call('vault.unlock', { dir, ...secret });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED', message: expect.stringMatching(/^This vault was wiped on \d{4}-\d{2}-\d{2} at \d{2}:\d{2} UTC; it cannot be opened/) } });
    }
  });

  it('renews the vault key as a job with progress; the new recovery key opens it, the old one does not', async () => {
    const { call, value, events } = await startService();
    const dir = await newVaultDir();
    const { recoveryKey: old } = await value('vault.create', { dir, passphrase: PASSPHRASE });
    await value('clients.create', { fullName: 'Timur Bekov' });
    expect(await call('vault.rekey', { passphrase: NEXT, jobId: 'rekey-wrong' })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    const { recoveryKey } = await value('vault.rekey', { passphrase: PASSPHRASE, jobId: 'rekey-first' });
    expect(events.filter((event) => event.type === 'progress').map((event) => event.type === 'progress' && [event.jobId, event.phase])).toContainEqual(['rekey-first', 'rekey']);
    expect(await value('clients.list', {})).toHaveLength(1);
    await value('vault.lock');
    expect(await call('vault.unlock', { dir, recoveryKey: old })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    await value('vault.unlock', { dir, recoveryKey });
    expect(await value('clients.list', {})).toHaveLength(1);
    await value('vault.lock');
    expect(await value('vault.unlock', { dir, passphrase: PASSPHRASE })).toEqual({ state: 'unlocked', dir, name: 'Bekov practice' });
  });

  it('quick wipe from the window needs the passphrase: without it, or with a wrong one, nothing is wiped', async () => {
    const { call, value } = await startService();
    const dir = await newVaultDir();
    const { recoveryKey } = await value('vault.create', { dir, passphrase: PASSPHRASE });
    const before = await snapshot(dir);

    const unproven = await call('vault.wipe', { confirm: 'destroy-every-key' } as { confirm: 'destroy-every-key'; passphrase: string });
    expect(unproven).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const wrong = await call('vault.wipe', { confirm: 'destroy-every-key', passphrase: NEXT });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET', message: expect.stringMatching(/The passphrase is wrong\. The vault was not wiped/) } });
    const wrongKey = await call('vault.wipe', { confirm: 'destroy-every-key', recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' });
    expect(wrongKey).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET', message: expect.stringMatching(/The recovery key is wrong\. The vault was not wiped/) } });
    expect(await snapshot(dir)).toEqual(before);
    expect(await value('vault.status')).toMatchObject({ state: 'unlocked' });

    // In travel mode there is no passphrase: the recovery key proves it.
    await value('vault.travel', { recoveryKey });
    await value('vault.unlock', { dir, recoveryKey });
    expect(await call('vault.wipe', { confirm: 'destroy-every-key', passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    expect(await value('vault.wipe', { confirm: 'destroy-every-key', recoveryKey })).toEqual({ state: 'locked' });
    expect(await call('vault.unlock', { dir, recoveryKey })).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED' } });
  });
});
