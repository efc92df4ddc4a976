// Dates as a lawyer reads them, in each language: "12 March 2020", "до марта 2020 г.", "après le
// 12 mars 2020". The window and the dossier both write dates here, so the screen and the paper
// agree. Stored dates are ISO prefixes with a precision (src/shared/dates.ts); they are calendar
// days, not instants, so they are formatted in UTC and never shift with the computer's time zone.
//
// Grammar after a preposition is not the grammar of a date alone:
// - Russian puts the month in the genitive after до, после, около ("до марта 2020 г."), as it is
//   inside a full date ("12 марта"), while a month alone is nominative ("март 2020 г."); a year
//   after a preposition carries "г." ("около 2019 г."). Intl's full-date pattern already holds the
//   genitive month and the "г.", so a phrase takes its parts from that pattern.
// - French sets the article before a day ("avant le 12 mars 2020", but "avant mars 2020") and
//   writes the first of the month as an ordinal ("1er mars 2020").
import type { DatedValue } from '../dates.js';
import { granularityOf } from '../dates.js';
import { locales, type Language } from './languages.js';

interface PhraseWords {
  approximate: string;
  before: string;
  after: string;
  /** The article a day takes after a preposition; empty where the language has none. */
  dayArticle: string;
}

const phraseWords: Record<Language, PhraseWords> = {
  en: { approximate: 'c.', before: 'before', after: 'after', dayArticle: '' },
  ru: { approximate: 'около', before: 'до', after: 'после', dayArticle: '' },
  fr: { approximate: 'vers', before: 'avant', after: 'après', dayArticle: 'le' },
};

type Pattern = 'day' | 'month' | 'shortDay' | 'shortMonthName' | 'instantDate' | 'instantDateTime';

const patternOptions: Record<Pattern, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  shortDay: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  shortMonthName: { month: 'short', timeZone: 'UTC' },
  // An instant is shown on the reader's own clock, so no time zone is fixed.
  instantDate: { day: 'numeric', month: 'short', year: 'numeric' },
  instantDateTime: { dateStyle: 'long', timeStyle: 'short' },
};

// Making an Intl.DateTimeFormat costs far more than using one; a timeline or a dossier formats thousands.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(language: Language, pattern: Pattern): Intl.DateTimeFormat {
  const key = `${language}/${pattern}`;
  let cached = formats.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locales[language], patternOptions[pattern]);
    formats.set(key, cached);
  }
  return cached;
}

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

type Field = 'day' | 'month' | 'year';

/**
 * The fields of `keep` from the full-date pattern of `day`, joined by the pattern's own
 * literals: the separator before a dropped field joins the fields around it, and a literal after
 * the last kept field stays (the Russian " г.").
 */
function fieldsOfFullDate(day: string, language: Language, keep: readonly Field[]): string {
  let text = '';
  let separator = '';
  let lastKept = false;
  for (const part of format(language, 'day').formatToParts(utc(day))) {
    if (part.type === 'literal') {
      if (lastKept) separator += part.value;
      continue;
    }
    if ((keep as readonly string[]).includes(part.type)) {
      const value = part.type === 'day' && language === 'fr' && part.value === '1' ? '1er' : part.value;
      text += (text ? separator : '') + value;
      separator = '';
      lastKept = true;
    } else {
      lastKept = false;
    }
  }
  return (lastKept ? text + separator : text).trim();
}

/** A partial date on its own, as in a date column: "12 March 2022", "март 2022 г.", "1er mars 2022", "2022". */
export function formatPartialDate(value: string, language: Language): string {
  const granularity = granularityOf(value);
  if (granularity === null || granularity === 'year') return value;
  if (granularity === 'month') return format(language, 'month').format(utc(`${value}-01`));
  return fieldsOfFullDate(value, language, ['day', 'month', 'year']);
}

/** A partial date after a preposition: "марта 2020 г.", "2019 г.", "le 12 mars 2020". */
function dateInPhrase(value: string, language: Language): string {
  const granularity = granularityOf(value);
  if (granularity === null) return value;
  if (granularity === 'year') return fieldsOfFullDate(`${value}-01-01`, language, ['year']);
  if (granularity === 'month') return fieldsOfFullDate(`${value}-01`, language, ['month', 'year']);
  const { dayArticle } = phraseWords[language];
  const date = fieldsOfFullDate(value, language, ['day', 'month', 'year']);
  return dayArticle ? `${dayArticle} ${date}` : date;
}

/** A dated value with its precision in words: "c. 2019", "до марта 2020 г.", "après le 12 mars 2020", "2021 – May 2023". */
export function formatDatedValue({ date, precision, dateEnd }: DatedValue, language: Language): string {
  const words = phraseWords[language];
  switch (precision) {
    case 'approximate':
    case 'before':
    case 'after':
      return `${words[precision]} ${dateInPhrase(date, language)}`;
    case 'range':
      return `${formatPartialDate(date, language)} – ${dateEnd ? formatPartialDate(dateEnd, language) : '?'}`;
    default:
      return formatPartialDate(date, language);
  }
}

/**
 * A dated value as the terminal shows it, with the stored dates as typed: "c. 2022-10", "before
 * 2021", "2022-03-01 – 2022-05". ISO dates line up in a column and can be pasted back into a
 * CASE.json.
 */
export function formatDatedIso({ date, precision, dateEnd }: DatedValue): string {
  switch (precision) {
    case 'approximate':
    case 'before':
    case 'after':
      return `${phraseWords.en[precision]} ${date}`;
    case 'range':
      return `${date} – ${dateEnd ?? '?'}`;
    default:
      return date;
  }
}

/** A calendar day (YYYY-MM-DD) with the month abbreviated, for a narrow column: "22 Dec 2026". */
export function formatShortDay(day: string, language: Language): string {
  const date = utc(day);
  if (Number.isNaN(date.getTime())) return day;
  return format(language, 'shortDay').format(date);
}

/**
 * A month (YYYY-MM) abbreviated for a narrow column: "Nov 2021", "нояб. 2021", "nov. 2021", without
 * the Russian "г." that a full date carries.
 */
export function formatShortMonth(month: string, language: Language): string {
  if (granularityOf(month) !== 'month') return month;
  return `${format(language, 'shortMonthName').format(utc(`${month}-01`))} ${month.slice(0, 4)}`;
}

/**
 * An instant (ISO 8601 timestamp) on the reader's own clock: its date with the month
 * abbreviated ("3 Mar 2026"), or with the time as well ("3 March 2026 at 14:05").
 */
export function formatInstant(iso: string, language: Language, shown: 'date' | 'dateTime'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return format(language, shown === 'date' ? 'instantDate' : 'instantDateTime').format(date);
}
