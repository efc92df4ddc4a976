// Rows of a form's list (documents, actors, exhibits) change by copy: React state is replaced,
// and a caller's array is never touched.
import { describe, expect, it } from 'vitest';
import { moveRow, patchAt, removeAt, replaceAt } from '../../src/renderer/ui/rows.js';

describe('list rows', () => {
  const rows = Object.freeze([{ name: 'Judge A', role: '' }, { name: 'Officer B', role: 'investigator' }, { name: 'C', role: '' }]);

  it('patches, replaces and removes one row without touching the others or the original list', () => {
    expect(patchAt(rows, 1, { role: 'prosecutor' })).toEqual([rows[0], { name: 'Officer B', role: 'prosecutor' }, rows[2]]);
    expect(replaceAt(['a', 'b', 'c'], 2, 'z')).toEqual(['a', 'b', 'z']);
    expect(removeAt(rows, 0)).toEqual([rows[1], rows[2]]);
    expect(rows).toHaveLength(3);
    expect(rows[1]!.role).toBe('investigator');
  });

  it('moves a row up or down, the rows between shifting by one', () => {
    expect(moveRow(['e1', 'e2', 'e3', 'e4'], 3, 1)).toEqual(['e1', 'e4', 'e2', 'e3']);
    expect(moveRow(['e1', 'e2', 'e3', 'e4'], 0, 3)).toEqual(['e2', 'e3', 'e4', 'e1']);
  });

  it('leaves the order as it is when asked to move from or to a place that does not exist', () => {
    expect(moveRow(['e1', 'e2'], -1, 0)).toEqual(['e1', 'e2']);
    expect(moveRow(['e1', 'e2'], 0, 2)).toEqual(['e1', 'e2']);
  });
});
