import { describe, expect, it } from 'vitest';
import {
  createHeader,
  DEFAULT_ARGON2,
  formatRecoveryKey,
  parseRecoveryKey,
  rewrapPassphrase,
  unlockHeader,
} from '../../src/core/vault/key-slots.js';

describe('key slots', () => {
  it('uses Argon2id with at least 64 MiB by default', () => {
    expect(DEFAULT_ARGON2.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
  });

  it('unwraps the same vault key with the passphrase and with the recovery key', async () => {
    const { header, vaultKey, recoveryKey } = await createHeader('a long enough passphrase');
    expect(header.slots.map((s) => s.type)).toEqual(['passphrase', 'recovery']);
    expect((await unlockHeader(header, { passphrase: 'a long enough passphrase' })).equals(vaultKey)).toBe(true);
    expect((await unlockHeader(header, { recoveryKey })).equals(vaultKey)).toBe(true);
    // Typed by a person: lower case, spaces instead of dashes, O for 0.
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect((await unlockHeader(header, { recoveryKey: typed })).equals(vaultKey)).toBe(true);
  });

  it('refuses a wrong passphrase and a wrong recovery key with WRONG_SECRET', async () => {
    const { header } = await createHeader('a long enough passphrase');
    await expect(unlockHeader(header, { passphrase: 'a long enough passphrasE' })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    await expect(unlockHeader(header, { recoveryKey: formatRecoveryKey(new Uint8Array(20)) })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    await expect(unlockHeader(header, { recoveryKey: 'not a key' })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
  });

  it('binds each slot to its vault, so a slot copied into another vault opens nothing', async () => {
    const a = await createHeader('passphrase of vault A');
    const b = await createHeader('passphrase of vault B');
    const forged = { ...b.header, slots: [a.header.slots[0]!, ...b.header.slots.slice(1)] };
    await expect(unlockHeader(forged, { passphrase: 'passphrase of vault A' })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
  });

  it('re-wraps the same vault key under a new passphrase and keeps the recovery slot', async () => {
    const { header, vaultKey, recoveryKey } = await createHeader('the first passphrase');
    const next = await rewrapPassphrase(header, vaultKey, 'the second passphrase');
    await expect(unlockHeader(next, { passphrase: 'the first passphrase' })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    expect((await unlockHeader(next, { passphrase: 'the second passphrase' })).equals(vaultKey)).toBe(true);
    expect(next.slots.find((s) => s.type === 'recovery')).toEqual(header.slots.find((s) => s.type === 'recovery'));
    expect((await unlockHeader(next, { recoveryKey })).equals(vaultKey)).toBe(true);
  });

  it('refuses a short new passphrase', async () => {
    await expect(createHeader('short')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('round-trips a recovery key of 160 bits', () => {
    const bytes = Uint8Array.from({ length: 20 }, (_, i) => i * 13);
    expect(parseRecoveryKey(formatRecoveryKey(bytes))).toEqual(bytes);
    expect(parseRecoveryKey('ABCD')).toBeNull();
  });
});
