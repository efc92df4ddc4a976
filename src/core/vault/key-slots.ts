// The vault header (vault.json) holds the random 256-bit vault key wrapped once per key slot:
// the passphrase slot (Argon2id) and the recovery slot (a printed 160-bit recovery key).
// Changing the passphrase re-wraps the same vault key, so the database is never rewritten.
// Nothing secret is stored in the clear here; see docs/vault-format.md.
import { base32crockford } from '@scure/base';
import argon2 from 'argon2';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DossierError } from '../../shared/errors.js';
import { weakPassphraseMessage } from './passphrase-rule.js';

export const VAULT_KEY_BYTES = 32;
const RECOVERY_KEY_BYTES = 20;

export interface Argon2Params {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** Measured on the 2-core reference machine at about 0.25 s; well above the 64 MiB floor. */
export const DEFAULT_ARGON2: Argon2Params = { memoryKiB: 128 * 1024, iterations: 3, parallelism: 2 };
export const MIN_ARGON2_MEMORY_KIB = 64 * 1024;
export const MIN_PASSPHRASE_LENGTH = 10;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const wrappedKeySchema = z.object({
  cipher: z.literal('aes-256-gcm'),
  iv: base64,
  ciphertext: base64,
  tag: base64,
});

const passphraseSlotSchema = z.object({
  type: z.literal('passphrase'),
  kdf: z.object({
    name: z.literal('argon2id'),
    memoryKiB: z.number().int().min(MIN_ARGON2_MEMORY_KIB),
    iterations: z.number().int().min(1),
    parallelism: z.number().int().min(1),
    salt: base64,
  }),
  wrapped: wrappedKeySchema,
});

const recoverySlotSchema = z.object({
  type: z.literal('recovery'),
  kdf: z.object({ name: z.literal('hkdf-sha256'), salt: base64 }),
  wrapped: wrappedKeySchema,
});

export const vaultHeaderSchema = z.object({
  format: z.literal('dossier-vault'),
  version: z.literal(1),
  vaultId: z.string().uuid(),
  createdAt: z.string(),
  slots: z.array(z.discriminatedUnion('type', [passphraseSlotSchema, recoverySlotSchema])).min(1),
});

export type VaultHeader = z.infer<typeof vaultHeaderSchema>;
type KeySlot = VaultHeader['slots'][number];
type WrappedKey = z.infer<typeof wrappedKeySchema>;

/** What unlocks a vault: the passphrase, or the recovery key printed at creation. */
export type VaultSecret = { passphrase: string } | { recoveryKey: string };

function slotContext(vaultId: string, type: KeySlot['type']): Buffer {
  // Bound into each wrap as associated data, so a slot cannot be moved to another vault.
  return Buffer.from(`dossier-vault:${vaultId}:${type}`, 'utf8');
}

function wrap(vaultKey: Buffer, kek: Buffer, context: Buffer): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(context);
  const ciphertext = Buffer.concat([cipher.update(vaultKey), cipher.final()]);
  return {
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns the vault key, or null when the key-encryption key is wrong. */
function unwrap(wrapped: WrappedKey, kek: Buffer, context: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(context);
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
    return key.length === VAULT_KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

async function passphraseKek(passphrase: string, params: Argon2Params, salt: Buffer): Promise<Buffer> {
  return argon2.hash(passphrase.normalize('NFC'), {
    type: argon2.argon2id,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    salt,
    hashLength: 32,
    raw: true,
  });
}

function recoveryKek(recoveryBytes: Uint8Array, salt: Buffer): Buffer {
  // The recovery key is 160 random bits, so a fast KDF suffices; Argon2 adds nothing here.
  return Buffer.from(hkdfSync('sha256', recoveryBytes, salt, 'dossier recovery slot v1', 32));
}

/** The recovery key as printed: Crockford base32 in groups of four, e.g. "7K3Q-...". */
export function formatRecoveryKey(bytes: Uint8Array): string {
  return (base32crockford.encode(bytes).match(/.{1,4}/g) ?? []).join('-');
}

/** Reads a recovery key as a person types it: any case, with or without dashes and spaces. */
export function parseRecoveryKey(text: string): Uint8Array | null {
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  try {
    const bytes = base32crockford.decode(compact);
    return bytes.length === RECOVERY_KEY_BYTES ? bytes : null;
  } catch {
    return null;
  }
}

export function checkNewPassphrase(passphrase: string): void {
  // The same rule as the window's meter (src/shared/passphrase-strength.ts): length, then zxcvbn.
  const weak = weakPassphraseMessage(passphrase);
  if (weak) throw new DossierError('INVALID_INPUT', weak);
}

async function passphraseSlot(vaultId: string, vaultKey: Buffer, passphrase: string, params: Argon2Params): Promise<KeySlot> {
  const salt = randomBytes(16);
  const kek = await passphraseKek(passphrase, params, salt);
  return {
    type: 'passphrase',
    kdf: { name: 'argon2id', ...params, salt: salt.toString('base64') },
    wrapped: wrap(vaultKey, kek, slotContext(vaultId, 'passphrase')),
  };
}

function recoverySlot(vaultId: string, vaultKey: Buffer, recoveryBytes: Uint8Array): KeySlot {
  const salt = randomBytes(16);
  return {
    type: 'recovery',
    kdf: { name: 'hkdf-sha256', salt: salt.toString('base64') },
    wrapped: wrap(vaultKey, recoveryKek(recoveryBytes, salt), slotContext(vaultId, 'recovery')),
  };
}

export interface NewHeader {
  header: VaultHeader;
  vaultKey: Buffer;
  recoveryKey: string;
}

export async function createHeader(passphrase: string, params: Argon2Params = DEFAULT_ARGON2): Promise<NewHeader> {
  checkNewPassphrase(passphrase);
  const vaultId = randomUUID();
  const vaultKey = randomBytes(VAULT_KEY_BYTES);
  const recoveryBytes = randomBytes(RECOVERY_KEY_BYTES);
  const header: VaultHeader = {
    format: 'dossier-vault',
    version: 1,
    vaultId,
    createdAt: new Date().toISOString(),
    slots: [await passphraseSlot(vaultId, vaultKey, passphrase, params), recoverySlot(vaultId, vaultKey, recoveryBytes)],
  };
  return { header, vaultKey, recoveryKey: formatRecoveryKey(recoveryBytes) };
}

/** Unwraps the vault key with whichever slot matches the secret; WRONG_SECRET otherwise. */
export async function unlockHeader(header: VaultHeader, secret: VaultSecret): Promise<Buffer> {
  if ('passphrase' in secret) {
    for (const slot of header.slots) {
      if (slot.type !== 'passphrase') continue;
      const kek = await passphraseKek(secret.passphrase, slot.kdf, Buffer.from(slot.kdf.salt, 'base64'));
      const key = unwrap(slot.wrapped, kek, slotContext(header.vaultId, 'passphrase'));
      if (key) return key;
    }
    throw new DossierError('WRONG_SECRET', 'The passphrase is wrong. The vault was not changed.');
  }
  const recoveryBytes = parseRecoveryKey(secret.recoveryKey);
  if (recoveryBytes) {
    for (const slot of header.slots) {
      if (slot.type !== 'recovery') continue;
      const key = unwrap(slot.wrapped, recoveryKek(recoveryBytes, Buffer.from(slot.kdf.salt, 'base64')), slotContext(header.vaultId, 'recovery'));
      if (key) return key;
    }
  }
  throw new DossierError('WRONG_SECRET', 'The recovery key is wrong. The vault was not changed.');
}

/** A header whose passphrase slot is replaced; the recovery slot and the vault key are kept. */
export async function rewrapPassphrase(
  header: VaultHeader,
  vaultKey: Buffer,
  newPassphrase: string,
  params: Argon2Params = DEFAULT_ARGON2,
): Promise<VaultHeader> {
  checkNewPassphrase(newPassphrase);
  const slot = await passphraseSlot(header.vaultId, vaultKey, newPassphrase, params);
  return { ...header, slots: [slot, ...header.slots.filter((existing) => existing.type !== 'passphrase')] };
}
