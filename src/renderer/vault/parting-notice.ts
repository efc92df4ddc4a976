// What the unlock screen says after Settings closed the vault on purpose (travel mode, quick
// wipe). The core's `locked` event only says "user", and it can reach the window before the call
// that caused it has answered, unmounting the Settings page; so the page announces what it is
// about to do here first, confirms it once the core has answered, and the unlock screen (which
// outlives the workspace) shows it only once confirmed.
import { useSyncExternalStore } from 'react';

export type PartingNotice = {
  kind: 'travel' | 'wipe';
  /** The vault's folder: a wiped vault is taken off the list of vaults on this computer. */
  dir: string;
  /** False while the core has not answered yet: nothing is said until it has. */
  confirmed: boolean;
};

let current: PartingNotice | null = null;
const listeners = new Set<() => void>();

function set(next: PartingNotice | null): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Called just before the call that will lock the vault. */
export function expectParting(kind: PartingNotice['kind'], dir: string): void {
  set({ kind, dir, confirmed: false });
}

/** The call succeeded: the unlock screen may say what happened. */
export function confirmParting(): void {
  if (current) set({ ...current, confirmed: true });
}

/** The call failed (nothing happened), or the person has moved on (unlocked a vault). */
export function clearParting(): void {
  if (current) set(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePartingNotice(): PartingNotice | null {
  return useSyncExternalStore(subscribe, () => current);
}
