// When a deadline falls due, as the pre-flight counts it: its time on its zone's clock (the day
// a change of clocks happens too), on the user's clock when it names no zone, and at the end of
// its day when it names no time.
import { describe, expect, it } from 'vitest';
import { dueInstant } from '../../src/core/preflight/deadline-rules.js';

describe('dueInstant', () => {
  it('reads a time on its zone’s clock', () => {
    expect(new Date(dueInstant({ due: '2026-03-21', time: '10:00', timeZone: 'Asia/Almaty' })).toISOString()).toBe('2026-03-21T05:00:00.000Z');
    expect(new Date(dueInstant({ due: '2026-01-15', time: '17:30', timeZone: 'America/New_York' })).toISOString()).toBe('2026-01-15T22:30:00.000Z');
  });

  it('uses the offset in force on the day, after a change of clocks', () => {
    // Paris moves to summer time on 29 March 2026: noon that day is 10:00 UTC, the day before 11:00.
    expect(new Date(dueInstant({ due: '2026-03-29', time: '12:00', timeZone: 'Europe/Paris' })).toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(new Date(dueInstant({ due: '2026-03-28', time: '12:00', timeZone: 'Europe/Paris' })).toISOString()).toBe('2026-03-28T11:00:00.000Z');
  });

  it('reads a time without a zone on the user’s clock, and a day without a time to its end', () => {
    expect(dueInstant({ due: '2026-03-21', time: '10:00' })).toBe(new Date('2026-03-21T10:00:00').getTime());
    expect(dueInstant({ due: '2026-03-21' })).toBe(new Date('2026-03-21T23:59:59.999').getTime());
  });
});
