// Dates as the window shows them. The vault stores ISO dates (YYYY, YYYY-MM, YYYY-MM-DD);
// "today" is the local calendar day, since a deadline falls due on the lawyer's own calendar.
import { daysBetween, localDay } from '../../shared/dates';

/** Whole days from today to `day` (YYYY-MM-DD); negative when it has passed. */
export function daysFromToday(day: string): number {
  return daysBetween(localDay(), day);
}

/** The locale dates are written in: legal papers in English put the day first ("14 March 2022"), whatever the computer says. */
export function dateLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** A date-time from the core (ISO 8601) as a short local date in the window's language. */
export function formatTimestamp(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(language), { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}
