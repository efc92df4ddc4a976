// The window's own keyboard shortcuts: Ctrl+K searches and Ctrl+L locks (Cmd on a Mac). They
// work from anywhere, text fields included. A Russian (or any non-Latin) layout types "л" on the
// K key, so a letter outside the Latin alphabet is read by the key's place instead.
export const shortcuts = { search: 'K', lock: 'L' } as const;
export type Shortcut = keyof typeof shortcuts;

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function shortcutOf(press: KeyPress): Shortcut | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey || press.shiftKey) return null;
  const letter = /^[a-z]$/i.test(press.key) ? press.key.toUpperCase() : /^Key[A-Z]$/.test(press.code) ? press.code.slice(3) : null;
  for (const [name, key] of Object.entries(shortcuts)) if (key === letter) return name as Shortcut;
  return null;
}

/** As the keyboard says it: "Ctrl+K", or "⌘K" on a Mac. */
export function shortcutLabel(shortcut: Shortcut, mac: boolean): string {
  return mac ? `⌘${shortcuts[shortcut]}` : `Ctrl+${shortcuts[shortcut]}`;
}

/** For aria-keyshortcuts: both modifiers work everywhere. */
export function ariaKeyShortcuts(shortcut: Shortcut): string {
  return `Control+${shortcuts[shortcut]} Meta+${shortcuts[shortcut]}`;
}
