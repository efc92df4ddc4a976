// The export view's largest file size, as a lawyer types it in English, Russian or French.
import { describe, expect, it } from 'vitest';
import { typedPartLimit } from '../../src/renderer/case/export/part-limit';

describe('typedPartLimit', () => {
  it('reads decimal megabytes with a point or a comma, and nothing as no limit', () => {
    expect(typedPartLimit('')).toBeUndefined();
    expect(typedPartLimit('  ')).toBeUndefined();
    expect(typedPartLimit('25')).toBe(25_000_000);
    expect(typedPartLimit('2.5')).toBe(2_500_000);
    expect(typedPartLimit(' 2,5 ')).toBe(2_500_000);
  });

  it('refuses what is not a size a part can have', () => {
    expect(typedPartLimit('1')).toBeNull();
    expect(typedPartLimit('0')).toBeNull();
    expect(typedPartLimit('-25')).toBeNull();
    expect(typedPartLimit('25 MB')).toBeNull();
    expect(typedPartLimit('20000')).toBeNull();
  });
});
