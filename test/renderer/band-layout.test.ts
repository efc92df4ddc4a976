// The timeline band at its two zooms: four events in one month pile up in lanes when a column is
// a year, and stand apart on one line when a column is a month; month columns run from the first
// event's month to the last one's, across a new year, with each event in its own month.
import { describe, expect, it } from 'vitest';
import { layoutBand, RADIUS } from '../../src/renderer/case/timeline/band-layout.js';
import type { TimelineEvent } from '../../src/shared/models.js';

function event(id: string, date: string, precision: TimelineEvent['precision'] = 'day', dateEnd?: string): TimelineEvent {
  return {
    id,
    caseId: 'case',
    date,
    dateEnd,
    precision,
    sortDate: date,
    type: 'arrest',
    status: 'confirmed',
    title: id,
    actors: [],
    evidenceIds: [],
  } as unknown as TimelineEvent;
}

const november = [event('a', '2021-11-03'), event('b', '2021-11-10'), event('c', '2021-11-17'), event('d', '2021-11-24')];
const span = [event('start', '2019-05-01'), ...november, event('end', '2022-02-14')];

describe('the timeline band layout', () => {
  it('piles four events of one month into separate lanes when a column is a year', () => {
    const band = layoutBand(span, 800, 'years')!;
    const lanes = new Set(band.placed.filter((p) => november.some((e) => e.id === p.event.id)).map((p) => p.lane));
    expect(lanes.size).toBeGreaterThan(1);
    expect(band.columns.map((column) => column.year)).toEqual([2019, 2020, 2021, 2022]);
  });

  it('sets them apart on one line, a marker width or more between them, when a column is a month', () => {
    const band = layoutBand(span, 800, 'months')!;
    const ours = band.placed.filter((p) => november.some((e) => e.id === p.event.id)).sort((p, q) => p.x - q.x);
    expect(new Set(ours.map((p) => p.lane))).toEqual(new Set([0]));
    for (let index = 1; index < ours.length; index++) expect(ours[index]!.x - ours[index - 1]!.x).toBeGreaterThan(RADIUS * 2.2);
    // May 2019 to February 2022: 34 months, each at least its minimum width.
    expect(band.columns).toHaveLength(34);
    expect(band.columns[0]).toEqual({ year: 2019, month: 5 });
    expect(band.columns.at(-1)).toEqual({ year: 2022, month: 2 });
    expect(band.totalWidth).toBeGreaterThan(800);
    expect([band.from, band.to]).toEqual([2019, 2022]);
  });

  it('puts each dated event inside its own month column, and a month known only as such in its middle', () => {
    const band = layoutBand([event('day', '2021-11-24'), event('month', '2021-12', 'month'), event('next', '2022-01-01')], 300, 'months')!;
    const column = (id: string) => Math.floor(band.placed.find((p) => p.event.id === id)!.x / band.columnWidth);
    expect(column('day')).toBe(0);
    expect(column('month')).toBe(1);
    expect(column('next')).toBe(2);
    const month = band.placed.find((p) => p.event.id === 'month')!;
    expect(month.x / band.columnWidth - 1).toBeCloseTo(0.5, 1);
    expect(band.covers('2021-12-31')).toBe(true);
    expect(band.covers('2022-02-01')).toBe(false);
  });

  it('draws a range as a bar from its first to its last day', () => {
    const band = layoutBand([event('range', '2021-11-01', 'range', '2021-12-31')], 300, 'months')!;
    const [bar] = band.placed;
    expect(bar!.x).toBe(0);
    expect(bar!.x2).toBeGreaterThan(band.columnWidth * 1.9);
  });
});

describe('zooming the band', () => {
  it('finds the same moment in either zoom, so the middle of the view stays in the middle', () => {
    const years = layoutBand(span, 800, 'years')!;
    const months = layoutBand(span, 800, 'months')!;
    const midNovember = years.xOf('2021-11-15');
    const moment = years.yearsAt(midNovember);
    expect(Math.floor(months.xAtYears(moment) / months.columnWidth)).toBe(months.columns.findIndex((c) => c.year === 2021 && c.month === 11));
    expect(months.yearsAt(months.xAtYears(moment))).toBeCloseTo(moment, 6);
  });
});
