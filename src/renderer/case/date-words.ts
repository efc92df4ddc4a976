// Dates as a lawyer reads them, in the interface language: "1 March 2022", "March 2022",
// "c. 2022", "before 12 May 2021", "March – May 2022". Stored dates are ISO prefixes
// (src/shared/dates.ts); they are calendar days, not instants, so they are formatted in UTC and
// never shift with the computer's time zone.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { granularityOf, type DatedValue } from '../../shared/dates';
import { dateLocale } from '../ui/dates';

function utc(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

// Building a formatter costs far more than using one, and the timeline formats thousands.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: string, granularity: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${language}/${granularity}`;
  const locale = dateLocale(language);
  let cached = formatters.get(key);
  if (!cached) {
    const options: Intl.DateTimeFormatOptions =
      granularity === 'day' ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * A month inside a phrase ("c. …", "before …"): the form a full date uses, without the day. In
 * Russian that is the genitive ("около февраля 2023 г."), where the month alone is nominative.
 */
function monthInPhrase(value: string, language: string): string {
  const parts = formatter(language, 'day').formatToParts(utc(`${value}-01`));
  const day = parts.findIndex((part) => part.type === 'day');
  if (day < 0) return formatter(language, 'month').format(utc(`${value}-01`));
  // Drop the day and the separator that joins it to its neighbour.
  const kept = parts.filter((_, index) => index !== day && index !== (day === 0 ? 1 : day - 1));
  return kept.map((part) => part.value).join('').trim();
}

export function formatPartialDate(value: string, language: string): string {
  const granularity = granularityOf(value);
  if (granularity === null || granularity === 'year') return value;
  if (granularity === 'month') return formatter(language, 'month').format(utc(`${value}-01`));
  return formatter(language, 'day').format(utc(value));
}

export function useDateWords() {
  const { t, i18n } = useTranslation('caseView');
  const language = i18n.language;
  return useMemo(() => {
    const partial = (value: string) => formatPartialDate(value, language);
    const inPhrase = (value: string) => (granularityOf(value) === 'month' ? monthInPhrase(value, language) : partial(value));
    return {
      language,
      partial,
      /** A dated value with its precision in words. */
      dated({ date, precision, dateEnd }: DatedValue): string {
        switch (precision) {
          case 'approximate':
            return t('dates.approximate', { date: inPhrase(date) });
          case 'before':
            return t('dates.before', { date: inPhrase(date) });
          case 'after':
            return t('dates.after', { date: inPhrase(date) });
          case 'range':
            return t('dates.range', { start: partial(date), end: dateEnd ? partial(dateEnd) : '?' });
          default:
            return partial(date);
        }
      },
      /** A timestamp (ISO instant) as a local date and time. */
      instant(value: string): string {
        const date = new Date(value);
        if (Number.isNaN(date.getTime())) return value;
        return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(date);
      },
    };
  }, [language, t]);
}
