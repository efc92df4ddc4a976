import { describe, expect, it } from 'vitest';
import {
  createHeader,
  DEFAULT_ARGON2,
  formatRecoveryKey,
  parseRecoveryKey,
  replaceRecoverySlot,
  rewrapPassphrase,
  slotChangeWarning,
  unlockHeader,
  vaultHeaderSchema,
  withoutPassphraseSlots,
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

  it('seals the slot list: an altered seal, a swapped slot and a slot-less travel header are told apart', async () => {
    const { header, vaultKey, recoveryKey } = await createHeader('a long enough passphrase');
    expect(vaultHeaderSchema.safeParse(header).success).toBe(true);
    expect(slotChangeWarning(header, vaultKey)).toBeUndefined();
    const forged = { ...header, integrity: { ...header.integrity!, mac: Buffer.alloc(32).toString('base64') } };
    expect(slotChangeWarning(forged, vaultKey)).toMatch(/seal over them was altered/);
    const { header: renewed, recoveryKey: next } = replaceRecoverySlot(header, vaultKey);
    expect(slotChangeWarning(renewed, vaultKey)).toBeUndefined();
    await expect(unlockHeader(renewed, { recoveryKey })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    expect((await unlockHeader(renewed, { recoveryKey: next })).equals(vaultKey)).toBe(true);
    // The old recovery slot put back by hand: one added, one removed.
    const swapped = { ...renewed, slots: [renewed.slots[0]!, header.slots[1]!] };
    expect(slotChangeWarning(swapped, vaultKey)).toMatch(/a recovery slot was removed, a recovery slot was added/);
    const travelling = withoutPassphraseSlots(renewed, vaultKey);
    expect(travelling.slots.map((slot) => slot.type)).toEqual(['recovery']);
    expect(() => withoutPassphraseSlots({ ...travelling, slots: [renewed.slots[0]!] }, vaultKey)).toThrow(/no recovery key slot/);
  });
});
