// Paging a previewed PDF from the keyboard: Page Up/Down and the arrows step one page, Home and
// End jump, and nothing turns past the first or the last page.
import { describe, expect, it } from 'vitest';
import { pageForKey } from '../../src/renderer/case/evidence/pdf-paging.js';

describe('the keys that turn a preview page', () => {
  it('steps forward and back with Page Down/Up and the arrows', () => {
    expect(pageForKey('PageDown', 1, 4)).toBe(2);
    expect(pageForKey('ArrowRight', 2, 4)).toBe(3);
    expect(pageForKey('ArrowDown', 3, 4)).toBe(4);
    expect(pageForKey('PageUp', 4, 4)).toBe(3);
    expect(pageForKey('ArrowLeft', 3, 4)).toBe(2);
    expect(pageForKey('ArrowUp', 2, 4)).toBe(1);
  });

  it('jumps to the first and the last page with Home and End', () => {
    expect(pageForKey('Home', 3, 4)).toBe(1);
    expect(pageForKey('End', 1, 4)).toBe(4);
  });

  it('does not turn past either end, and ignores other keys', () => {
    expect(pageForKey('PageDown', 4, 4)).toBeNull();
    expect(pageForKey('PageUp', 1, 4)).toBeNull();
    expect(pageForKey('Home', 1, 4)).toBeNull();
    expect(pageForKey('Enter', 2, 4)).toBeNull();
    expect(pageForKey('PageDown', 1, 1)).toBeNull();
  });
});
