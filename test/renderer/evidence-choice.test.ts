// Choosing files in the evidence list: a toggle, and a Shift range in the order shown.
import { describe, expect, it } from 'vitest';
import { toggled, withRange } from '../../src/renderer/case/evidence/evidence-choice.js';

const shown = ['a', 'b', 'c', 'd', 'e'];

describe('choosing files for a bulk edit', () => {
  it('toggles one file in and out, leaving the others', () => {
    expect([...toggled(new Set(['a']), 'c')]).toEqual(['a', 'c']);
    expect([...toggled(new Set(['a', 'c']), 'a')]).toEqual(['c']);
  });

  it('adds the range from the anchor to the clicked file, either way round, keeping what was chosen', () => {
    expect([...withRange(new Set(), shown, 'b', 'd')].sort()).toEqual(['b', 'c', 'd']);
    expect([...withRange(new Set(['e']), shown, 'd', 'b')].sort()).toEqual(['b', 'c', 'd', 'e']);
    expect([...withRange(new Set(), shown, 'c', 'c')]).toEqual(['c']);
  });

  it('adds only the clicked file when the anchor is not shown (filtered away) or there is none', () => {
    expect([...withRange(new Set(), shown, 'z', 'd')]).toEqual(['d']);
    expect([...withRange(new Set(['a']), shown, null, 'd')].sort()).toEqual(['a', 'd']);
    expect([...withRange(new Set(['a']), shown, 'b', 'z')]).toEqual(['a']);
  });
});
