import type { MethodOutput } from '../../shared/contract';

export type VaultStatus = MethodOutput<'vault.status'>;
export type UnlockedVault = Extract<VaultStatus, { state: 'unlocked' }>;

/** The last part of a folder path, for showing a vault by name ("/home/a/Vaults/Practice" → "Practice"). */
export function folderName(dir: string): string {
  const parts = dir.split(/[\\/]+/).filter(Boolean);
  return parts[parts.length - 1] ?? dir;
}
