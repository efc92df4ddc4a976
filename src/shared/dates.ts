// Dates in a persecution case are often known only in part ("autumn 2022", "before the
// arrest"). A partial date is an ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD, and a precision says
// how to read it. Sorting uses the earliest day the date can mean.
import { z } from 'zod';

export const datePrecisions = ['day', 'month', 'year', 'approximate', 'before', 'after', 'range'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DateGranularity = 'day' | 'month' | 'year';

/** The granularity of a well-formed partial date, or null when it is not a real calendar date. */
export function granularityOf(value: string): DateGranularity | null {
  const match = partialDatePattern.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  if (month === undefined) return 'year';
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return null;
  if (day === undefined) return 'month';
  const dayNumber = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  if (dayNumber < 1 || dayNumber > daysInMonth) return null;
  return 'day';
}

export const partialDate = z
  .string()
  .refine((value) => granularityOf(value) !== null, {
    message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
  });

export const isoDay = z
  .string()
  .refine((value) => granularityOf(value) === 'day', { message: 'must be a real date written YYYY-MM-DD' });

/** The first day a partial date can mean, as YYYY-MM-DD. */
export function earliestDay(value: string): string {
  const granularity = granularityOf(value);
  if (granularity === 'year') return `${value}-01-01`;
  if (granularity === 'month') return `${value}-01`;
  return value;
}

/** The last day a partial date can mean, as YYYY-MM-DD. */
export function latestDay(value: string): string {
  const granularity = granularityOf(value);
  if (granularity === 'year') return `${value}-12-31`;
  if (granularity === 'month') {
    const [year, month] = value.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${value}-${String(last).padStart(2, '0')}`;
  }
  return value;
}

/**
 * The calendar day `when` falls on where the user is, YYYY-MM-DD. Not the UTC day: at 2 a.m. in
 * Almaty (UTC+5) a deadline falls due on the lawyer's date, not London's.
 */
export function localDay(when: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

/** Adds whole days to a YYYY-MM-DD date, in UTC so daylight saving never shifts the answer. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export interface DatedValue {
  date: string;
  precision: DatePrecision;
  dateEnd?: string | undefined;
}

/**
 * Checks that a date agrees with its precision. Returns a message for the first problem, or
 * null. "day", "month" and "year" demand that exact form; a range needs an end not before its
 * start; the others accept any partial date.
 */
export function precisionProblem({ date, precision, dateEnd }: DatedValue): string | null {
  const granularity = granularityOf(date);
  if (granularity === null) return 'date must be a real date written YYYY, YYYY-MM or YYYY-MM-DD';
  if ((precision === 'day' || precision === 'month' || precision === 'year') && granularity !== precision) {
    const forms = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' } as const;
    return `a date with precision "${precision}" must be written ${forms[precision]}`;
  }
  if (precision === 'range') {
    if (dateEnd === undefined) return 'a date range needs dateEnd';
    if (granularityOf(dateEnd) === null) return 'dateEnd must be a real date written YYYY, YYYY-MM or YYYY-MM-DD';
    if (latestDay(dateEnd) < earliestDay(date)) return 'dateEnd is before date';
  } else if (dateEnd !== undefined) {
    return 'dateEnd is only allowed with precision "range"';
  }
  return null;
}
