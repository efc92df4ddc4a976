// The filters of the clients list, the timeline and the evidence library match what a person
// types against names in any script, without caring for case, accents or ё.
import { describe, expect, it } from 'vitest';
import { matcherFor } from '../../src/renderer/ui/text-match.js';

describe('matching typed words against names', () => {
  const row = ['Timur Alíev', 'Тимур Алиев', 'Фёдоров', undefined];

  it('ignores case and accents in Latin names', () => {
    expect(matcherFor('aliev')(row)).toBe(true);
    expect(matcherFor('TIMUR')(row)).toBe(true);
  });

  it('finds Cyrillic names whatever the case, reading ё as е', () => {
    expect(matcherFor('алиев')(row)).toBe(true);
    expect(matcherFor('федоров')(row)).toBe(true);
    expect(matcherFor('ФЁДОРОВ')(row)).toBe(true);
  });

  it('needs every word somewhere in the row, in any order', () => {
    expect(matcherFor('алиев timur')(row)).toBe(true);
    expect(matcherFor('timur bekov')(row)).toBe(false);
  });

  it('lets everything through for an empty or blank query', () => {
    expect(matcherFor('')([])).toBe(true);
    expect(matcherFor('   ')(['anything'])).toBe(true);
  });
});
