import { describe, expect, it } from 'vitest';
import { addDays, earliestDay, granularityOf, latestDay, localDay, precisionProblem } from '../../src/shared/dates.js';
import { formatDatedIso } from '../../src/shared/format/dates.js';
import { eventInputSchema } from '../../src/shared/models.js';

describe('partial dates with precision', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD and refuses impossible dates', () => {
    expect(granularityOf('2022')).toBe('year');
    expect(granularityOf('2022-10')).toBe('month');
    expect(granularityOf('2024-02-29')).toBe('day');
    expect(granularityOf('2023-02-29')).toBeNull();
    expect(granularityOf('2022-13')).toBeNull();
    expect(granularityOf('12.10.2022')).toBeNull();
  });

  it('accepts "2022-10" with precision month, as the import format promises', () => {
    const parsed = eventInputSchema.safeParse({ date: '2022-10', precision: 'month', type: 'protest', title: 'Picket' });
    expect(parsed.success).toBe(true);
  });

  it('refuses a date written finer or coarser than its precision', () => {
    expect(precisionProblem({ date: '2022-10-05', precision: 'month' })).toMatch(/YYYY-MM/);
    expect(precisionProblem({ date: '2022', precision: 'day' })).toMatch(/YYYY-MM-DD/);
    expect(precisionProblem({ date: '2022-10', precision: 'approximate' })).toBeNull();
  });

  it('needs a range end that is not before its start', () => {
    expect(precisionProblem({ date: '2022-10', precision: 'range' })).toMatch(/dateEnd/);
    expect(precisionProblem({ date: '2022-10', precision: 'range', dateEnd: '2022-09' })).toMatch(/before/);
    expect(precisionProblem({ date: '2022-10', precision: 'range', dateEnd: '2022-10-31' })).toBeNull();
    expect(precisionProblem({ date: '2022-10', precision: 'day', dateEnd: '2022-11' })).not.toBeNull();
  });

  it('sorts and counts in whole days', () => {
    expect(earliestDay('2022')).toBe('2022-01-01');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(formatDatedIso({ date: '2022-10', precision: 'approximate' })).toBe('c. 2022-10');
  });
});

describe('the local day', () => {
  it('is the date where the lawyer is, not the UTC date', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Asia/Almaty';
    try {
      // 20:30 UTC on 15 March is 01:30 on 16 March in Almaty (UTC+5).
      expect(localDay(new Date('2026-03-15T20:30:00Z'))).toBe('2026-03-16');
      expect(new Date('2026-03-15T20:30:00Z').toISOString().slice(0, 10)).toBe('2026-03-15');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
