// The vault header (vault.json) holds the random 256-bit vault key wrapped once per key slot:
// passphrase slots (Argon2id) and recovery slots (a printed 160-bit recovery key).
// Changing the passphrase re-wraps the same vault key, so the database is never rewritten; a
// rekey (rekey.ts) makes a new vault key. Every field is bounded (a tampered file must not make an
// unlock hang), and in format 2 the slot list is sealed with a key derived from the vault key, so
// a slot added or removed outside Dossier is reported after unlock. Nothing secret is stored in
// the clear here; see docs/vault-format.md.
import { base32crockford } from '@scure/base';
import argon2 from 'argon2';
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { DossierError } from '../../shared/errors.js';
import { weakPassphraseMessage } from './passphrase-rule.js';
import { headerMacKey } from './vault-keys.js';

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
/** Bounds on what a header may ask of Argon2: a tampered file must not make an unlock hang. */
export const MAX_ARGON2_MEMORY_KIB = 4 * 1024 * 1024;
const MAX_ARGON2_ITERATIONS = 10;
const MAX_ARGON2_PARALLELISM = 16;
export const MAX_SLOTS = 8;
/** The header format Dossier writes: 2 derives separate keys and seals the slot list. */
export const HEADER_VERSION = 2;

/** Base64 of exactly `bytes` bytes, in its one canonical spelling. */
function base64Of(bytes: number) {
  return z
    .string()
    .max(4 * Math.ceil(bytes / 3))
    .refine((text) => /^[A-Za-z0-9+/]*={0,2}$/.test(text) && Buffer.from(text, 'base64').length === bytes && Buffer.from(text, 'base64').toString('base64') === text, {
      message: `must be ${bytes} bytes in base64`,
    });
}

const wrappedKeySchema = z.object({
  cipher: z.literal('aes-256-gcm'),
  iv: base64Of(12),
  ciphertext: base64Of(32),
  tag: base64Of(16),
});

const passphraseSlotSchema = z.object({
  type: z.literal('passphrase'),
  kdf: z.object({
    name: z.literal('argon2id'),
    memoryKiB: z.number().int().min(MIN_ARGON2_MEMORY_KIB).max(MAX_ARGON2_MEMORY_KIB),
    iterations: z.number().int().min(1).max(MAX_ARGON2_ITERATIONS),
    parallelism: z.number().int().min(1).max(MAX_ARGON2_PARALLELISM),
    salt: base64Of(16),
  }),
  wrapped: wrappedKeySchema,
});

const recoverySlotSchema = z.object({
  type: z.literal('recovery'),
  kdf: z.object({ name: z.literal('hkdf-sha256'), salt: base64Of(16) }),
  wrapped: wrappedKeySchema,
});

const slotSchema = z.discriminatedUnion('type', [passphraseSlotSchema, recoverySlotSchema]);

export const vaultHeaderSchema = z.object({
  format: z.literal('dossier-vault'),
  version: z.union([z.literal(1), z.literal(2)]),
  vaultId: z.string().uuid(),
  createdAt: z.string().max(40),
  /** Which vault key the slots wrap (vault-keys.ts); absent in format 1, whose key is generation 0. */
  keyGeneration: z.number().int().min(1).max(255).optional(),
  slots: z.array(slotSchema).min(1).max(MAX_SLOTS),
  /**
   * The seal over the slot list (format 2): each slot's SHA-256 as Dossier last wrote it, and an
   * HMAC over them with the header key. Knowing what was sealed says what was added or removed.
   */
  integrity: z
    .object({
      slots: z.array(z.object({ type: z.enum(['passphrase', 'recovery']), digest: base64Of(32) })).max(MAX_SLOTS),
      mac: base64Of(32),
    })
    .optional(),
  /**
   * A rekey under way (rekey.ts): the new vault key, wrapped under the current one, and its
   * generation. Files and the database may be under either key until it finishes.
   */
  pendingRekey: z.object({ keyGeneration: z.number().int().min(1).max(255), wrapped: wrappedKeySchema }).optional(),
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

function pendingContext(vaultId: string, generation: number): Buffer {
  return Buffer.from(`dossier-vault:${vaultId}:pending-rekey:${generation}`, 'utf8');
}

function wrap(vaultKey: Buffer, kek: Buffer, context: Buffer): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv, { authTagLength: 16 });
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
    // authTagLength: without it Node accepts a tag cut to 4 bytes, which a forger could guess.
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'), { authTagLength: 16 });
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

function pendingKek(vaultKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', vaultKey, Buffer.alloc(0), 'dossier pending rekey v2', 32));
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

/** A slot's fields in a fixed order, so its digest does not depend on how JSON was spelled. */
function slotDigest(slot: KeySlot): string {
  const kdf = slot.type === 'passphrase' ? [slot.kdf.name, slot.kdf.memoryKiB, slot.kdf.iterations, slot.kdf.parallelism, slot.kdf.salt] : [slot.kdf.name, slot.kdf.salt];
  const canonical = JSON.stringify([slot.type, ...kdf, slot.wrapped.cipher, slot.wrapped.iv, slot.wrapped.ciphertext, slot.wrapped.tag]);
  return createHash('sha256').update(canonical).digest('base64');
}

function sealMac(header: VaultHeader, sealed: { type: KeySlot['type']; digest: string }[], macKey: Buffer): Buffer {
  const canonical = JSON.stringify(['dossier-vault header v2', header.vaultId, header.version, header.keyGeneration ?? 0, sealed.map((slot) => [slot.type, slot.digest])]);
  return createHmac('sha256', macKey).update(canonical).digest();
}

/** The header with its slot list sealed under `vaultKey`; format 1 has no seal. */
function sealed(header: VaultHeader, vaultKey: Buffer): VaultHeader {
  if (header.version === 1) return header;
  const slots = header.slots.map((slot) => ({ type: slot.type, digest: slotDigest(slot) }));
  const macKey = headerMacKey(vaultKey);
  const mac = sealMac(header, slots, macKey).toString('base64');
  macKey.fill(0);
  return { ...header, integrity: { slots, mac } };
}

function counted(count: number, type: KeySlot['type'], what: 'added' | 'removed'): string {
  return count === 1 ? `a ${type} slot was ${what}` : `${count} ${type} slots were ${what}`;
}

/**
 * What was done to the slot list outside Dossier, in plain words, or undefined when it is as
 * Dossier sealed it. Checked after unlock: the seal needs the vault key.
 */
export function slotChangeWarning(header: VaultHeader, vaultKey: Buffer): string | undefined {
  if (header.version === 1) return undefined;
  const lead = "vault.json's key slots were changed outside Dossier: ";
  if (!header.integrity) return `${lead}the seal over them was removed, so what changed cannot be told.`;
  const macKey = headerMacKey(vaultKey);
  const expected = sealMac(header, header.integrity.slots, macKey);
  macKey.fill(0);
  const mac = Buffer.from(header.integrity.mac, 'base64');
  if (!timingSafeEqual(expected, mac)) return `${lead}the seal over them was altered, so what changed cannot be told.`;
  const remaining = [...header.integrity.slots];
  const changes: Record<'added' | 'removed', Record<KeySlot['type'], number>> = { added: { passphrase: 0, recovery: 0 }, removed: { passphrase: 0, recovery: 0 } };
  for (const slot of header.slots) {
    const digest = slotDigest(slot);
    const at = remaining.findIndex((entry) => entry.digest === digest);
    if (at >= 0) remaining.splice(at, 1);
    else changes.added[slot.type] += 1;
  }
  for (const slot of remaining) changes.removed[slot.type] += 1;
  const parts: string[] = [];
  for (const what of ['removed', 'added'] as const) {
    for (const type of ['passphrase', 'recovery'] as const) if (changes[what][type] > 0) parts.push(counted(changes[what][type], type, what));
  }
  if (parts.length === 0) return undefined;
  return `${lead}${parts.join(', ')}. If you did not do this, someone had access to the vault's folder.`;
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
    version: HEADER_VERSION,
    vaultId,
    createdAt: new Date().toISOString(),
    keyGeneration: 1,
    slots: [await passphraseSlot(vaultId, vaultKey, passphrase, params), recoverySlot(vaultId, vaultKey, recoveryBytes)],
  };
  return { header: sealed(header, vaultKey), vaultKey, recoveryKey: formatRecoveryKey(recoveryBytes) };
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

export function hasPassphraseSlot(header: VaultHeader): boolean {
  return header.slots.some((slot) => slot.type === 'passphrase');
}

/** A header whose passphrase slots are replaced by one for `newPassphrase`; the recovery slots and the vault key are kept. */
export async function rewrapPassphrase(
  header: VaultHeader,
  vaultKey: Buffer,
  newPassphrase: string,
  params: Argon2Params = DEFAULT_ARGON2,
): Promise<VaultHeader> {
  checkNewPassphrase(newPassphrase);
  const slot = await passphraseSlot(header.vaultId, vaultKey, newPassphrase, params);
  return sealed({ ...header, slots: [slot, ...header.slots.filter((existing) => existing.type !== 'passphrase')] }, vaultKey);
}

/** A header whose recovery slots are replaced by one for a new recovery key (returned once). */
export function replaceRecoverySlot(header: VaultHeader, vaultKey: Buffer): { header: VaultHeader; recoveryKey: string } {
  const recoveryBytes = randomBytes(RECOVERY_KEY_BYTES);
  const slots = [...header.slots.filter((slot) => slot.type !== 'recovery'), recoverySlot(header.vaultId, vaultKey, recoveryBytes)];
  return { header: sealed({ ...header, slots }, vaultKey), recoveryKey: formatRecoveryKey(recoveryBytes) };
}

/** Travel mode: the header without any passphrase slot; only the recovery key opens it. */
export function withoutPassphraseSlots(header: VaultHeader, vaultKey: Buffer): VaultHeader {
  const slots = header.slots.filter((slot) => slot.type !== 'passphrase');
  if (slots.length === 0) throw new DossierError('INVALID_INPUT', 'This vault has no recovery key slot, so travel mode would lock it for good.');
  return sealed({ ...header, slots }, vaultKey);
}

/** The header announcing a rekey to `newKey`: its slots still wrap `vaultKey`, which wraps `newKey`. */
export function withPendingRekey(header: VaultHeader, vaultKey: Buffer, newKey: Buffer, generation: number): VaultHeader {
  const kek = pendingKek(vaultKey);
  const wrapped = wrap(newKey, kek, pendingContext(header.vaultId, generation));
  kek.fill(0);
  return sealed({ ...header, pendingRekey: { keyGeneration: generation, wrapped } }, vaultKey);
}

/** The new vault key of an interrupted rekey, or undefined when none is under way. */
export function pendingRekeyKey(header: VaultHeader, vaultKey: Buffer): { key: Buffer; generation: number } | undefined {
  const pending = header.pendingRekey;
  if (!pending) return undefined;
  const kek = pendingKek(vaultKey);
  const key = unwrap(pending.wrapped, kek, pendingContext(header.vaultId, pending.keyGeneration));
  kek.fill(0);
  if (!key) throw new DossierError('VAULT_DAMAGED', "vault.json is damaged: the new key of an interrupted rekey cannot be read. Restore vault.json from a backup.");
  return { key, generation: pending.keyGeneration };
}

/**
 * The header a finished rekey writes: format 2, the new key's generation, a passphrase slot and a
 * new recovery slot for `newKey`, nothing pending. The old recovery key stops working here.
 */
export async function rekeyedHeader(
  header: VaultHeader,
  newKey: Buffer,
  generation: number,
  passphrase: string,
  params: Argon2Params = DEFAULT_ARGON2,
): Promise<{ header: VaultHeader; recoveryKey: string }> {
  const recoveryBytes = randomBytes(RECOVERY_KEY_BYTES);
  const next: VaultHeader = {
    format: 'dossier-vault',
    version: HEADER_VERSION,
    vaultId: header.vaultId,
    createdAt: header.createdAt,
    keyGeneration: generation,
    slots: [await passphraseSlot(header.vaultId, newKey, passphrase, params), recoverySlot(header.vaultId, newKey, recoveryBytes)],
  };
  return { header: sealed(next, newKey), recoveryKey: formatRecoveryKey(recoveryBytes) };
}
