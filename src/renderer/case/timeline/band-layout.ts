// Where each event sits on the timeline band, at one of two zooms: a column per year (the whole
// case at a glance) or a column per month (four events in one month apart, not piled up). Pure:
// dates in, coordinates out.
import { earliestDay, latestDay } from '../../../shared/dates';
import type { TimelineEvent } from '../../../shared/models';

export type BandScale = 'years' | 'months';

export const LANES = 5;
export const LANE_HEIGHT = 15;
export const AXIS = 26;
export const RADIUS = 5;
const MIN_COLUMN_WIDTH: Record<BandScale, number> = { years: 110, months: 96 };

export interface Placed {
  event: TimelineEvent;
  x: number;
  /** Where a range ends; equals x for a single date. */
  x2: number;
  y: number;
  lane: number;
}

/** One column of the band: a year, or a month of a year (month 1–12). */
export interface BandColumn {
  year: number;
  month?: number;
}

export interface BandLayout {
  scale: BandScale;
  columns: BandColumn[];
  columnWidth: number;
  totalWidth: number;
  placed: Placed[];
  /** The first and last year shown. */
  from: number;
  to: number;
  xOf: (day: string) => number;
  /** The moment at `x`, in years (2021.5 is the middle of 2021), and back: to keep a moment in view across zooms. */
  yearsAt: (x: number) => number;
  xAtYears: (years: number) => number;
  /** Whether the day falls inside the band. */
  covers: (day: string) => boolean;
}

function parts(day: string): { year: number; month: number; date: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), date: Number(day.slice(8, 10)) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function yearFraction(day: string): number {
  const { year } = parts(day);
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return (Date.parse(`${day}T00:00:00Z`) - start) / (end - start);
}

/** Columns from the start of a day's year (or month) to the day, fractions included. */
function position(day: string, scale: BandScale): number {
  const { year, month, date } = parts(day);
  return scale === 'years' ? year + yearFraction(day) : year * 12 + (month - 1) + (date - 1) / daysInMonth(year, month);
}

export function layoutBand(events: readonly TimelineEvent[], width: number, scale: BandScale): BandLayout | null {
  if (events.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  const spans = events.map((event) => {
    const start = earliestDay(event.date);
    const end = latestDay(event.precision === 'range' && event.dateEnd ? event.dateEnd : event.date);
    first = Math.min(first, Math.floor(position(start, scale)));
    last = Math.max(last, Math.floor(position(end, scale)));
    return { event, start, end };
  });
  const count = last - first + 1;
  const columns: BandColumn[] = Array.from({ length: count }, (_, index) =>
    scale === 'years' ? { year: first + index } : { year: Math.floor((first + index) / 12), month: ((first + index) % 12) + 1 },
  );
  const columnWidth = Math.max(MIN_COLUMN_WIDTH[scale], width / count);
  const xOf = (day: string) => (position(day, scale) - first) * columnWidth;
  // One day's width, so a single day is not a zero-width span.
  const dayWidth = columnWidth / (scale === 'years' ? 366 : 31);

  const laneEnds = new Array<number>(LANES).fill(-Infinity);
  const placed: Placed[] = spans
    .map(({ event, start, end }) => {
      const a = xOf(start);
      const b = xOf(end) + dayWidth;
      // A year or a month known only as such sits in the middle of its span; a range is a bar.
      return event.precision === 'range' ? { event, x: a, x2: b } : { event, x: (a + b) / 2, x2: (a + b) / 2 };
    })
    .sort((p, q) => p.x - q.x)
    .map(({ event, x, x2 }) => {
      // Greedy lanes so close events stack instead of hiding each other; the band is full when
      // every lane is taken, and the newcomer joins the lane that frees up first.
      let lane = laneEnds.findIndex((endX) => endX < x - RADIUS * 2.2);
      if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
      laneEnds[lane] = Math.max(x2, x);
      return { event, x, x2, y: AXIS + 8 + lane * LANE_HEIGHT, lane };
    });
  const perYear = scale === 'years' ? 1 : 12;
  const from = columns[0]!.year;
  const to = columns[columns.length - 1]!.year;
  return {
    scale,
    columns,
    columnWidth,
    totalWidth: count * columnWidth,
    placed,
    from,
    to,
    xOf,
    yearsAt: (x) => (first + x / columnWidth) / perYear,
    xAtYears: (years) => (years * perYear - first) * columnWidth,
    covers: (day) => {
      const at = Math.floor(position(day, scale));
      return at >= first && at <= last;
    },
  };
}
