// Dates as the window counts them. The vault stores ISO dates (YYYY, YYYY-MM, YYYY-MM-DD);
// "today" is the local calendar day, since a deadline falls due on the lawyer's own calendar.
// How a date is written lives in the shared formatting module (src/shared/format/dates.ts).
import { daysBetween, localDay } from '../../shared/dates';

/** Whole days from today to `day` (YYYY-MM-DD); negative when it has passed. */
export function daysFromToday(day: string): number {
  return daysBetween(localDay(), day);
}
