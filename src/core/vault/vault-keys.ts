// The vault key (what the slots of vault.json wrap) is never used directly in format 2: labelled
// HKDF-SHA256 derives one key for the database, one for the evidence files and one that seals
// vault.json's slot list. So the database key that `raw-key` hands to stock SQLCipher opens no
// evidence file. Format 1 vaults used the vault key for both; they keep opening that way until
// rekeyed (docs/vault-format.md).
import { hkdfSync } from 'node:crypto';

/** Which derivation a vault key follows: 1 = used as it is (before issue 12), 2 = labelled HKDF. */
export type KeyScheme = 1 | 2;

export interface KeySet {
  scheme: KeyScheme;
  /**
   * Which vault key this is, 0 for a format 1 vault, then 1 to 255 (wrapping round), written into
   * every evidence file's header, so a rekey interrupted halfway reads each file with its own key.
   */
  generation: number;
  /** The raw SQLCipher key of vault.db. */
  database: Buffer;
  /** The input of each evidence file's own HKDF (file-cipher.ts). */
  files: Buffer;
  /** Seals vault.json's slot list (format 2 only). */
  mac: Buffer | undefined;
}

const NO_SALT = Buffer.alloc(0);

function derive(vaultKey: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', vaultKey, NO_SALT, label, 32));
}

export function headerMacKey(vaultKey: Buffer): Buffer {
  return derive(vaultKey, 'dossier header mac key v2');
}

export function deriveKeySet(vaultKey: Buffer, scheme: KeyScheme, generation: number): KeySet {
  if (scheme === 1) return { scheme, generation: 0, database: Buffer.from(vaultKey), files: Buffer.from(vaultKey), mac: undefined };
  return {
    scheme,
    generation,
    database: derive(vaultKey, 'dossier database key v2'),
    files: derive(vaultKey, 'dossier files key v2'),
    mac: headerMacKey(vaultKey),
  };
}

/** The generation after `generation`: 1 to 255 round again, never 0 (format 1's). */
export function nextGeneration(generation: number): number {
  return generation >= 255 ? 1 : generation + 1;
}

export function dropKeySet(keys: KeySet): void {
  keys.database.fill(0);
  keys.files.fill(0);
  keys.mac?.fill(0);
}
