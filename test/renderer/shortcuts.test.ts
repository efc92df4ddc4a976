// Ctrl+K searches and Ctrl+L locks (Cmd on a Mac), from any layout: a Russian keyboard types "л"
// on the L key, and the lock must still answer.
import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts, shortcutLabel, shortcutOf, type KeyPress } from '../../src/renderer/vault/shortcuts.js';

const press = (key: string, code: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('window shortcuts', () => {
  it('reads Ctrl or Cmd with K as search and with L as lock', () => {
    expect(shortcutOf(press('k', 'KeyK', { ctrlKey: true }))).toBe('search');
    expect(shortcutOf(press('l', 'KeyL', { metaKey: true }))).toBe('lock');
    expect(shortcutOf(press('K', 'KeyK', { ctrlKey: true }))).toBe('search');
  });

  it('answers on a Cyrillic layout by the place of the key', () => {
    expect(shortcutOf(press('л', 'KeyK', { ctrlKey: true }))).toBe('search');
    expect(shortcutOf(press('д', 'KeyL', { ctrlKey: true }))).toBe('lock');
  });

  it('follows the letter, not the place, on a Latin layout with other places (Dvorak "l" sits on KeyP)', () => {
    expect(shortcutOf(press('l', 'KeyP', { ctrlKey: true }))).toBe('lock');
    expect(shortcutOf(press('t', 'KeyK', { ctrlKey: true }))).toBeNull();
  });

  it('leaves plain typing and other combinations alone', () => {
    expect(shortcutOf(press('l', 'KeyL'))).toBeNull();
    expect(shortcutOf(press('L', 'KeyL', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutOf(press('k', 'KeyK', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutOf(press('c', 'KeyC', { ctrlKey: true }))).toBeNull();
  });

  it('names each shortcut the way the keyboard shows it, and both modifiers to screen readers', () => {
    expect(shortcutLabel('lock', false)).toBe('Ctrl+L');
    expect(shortcutLabel('search', true)).toBe('⌘K');
    expect(ariaKeyShortcuts('lock')).toBe('Control+L Meta+L');
  });
});
