// The one formatting module the window and the dossier share: every precision in every language,
// with the grammar a preposition demands, and file sizes at each unit's edge.
import { describe, expect, it } from 'vitest';
import { datePrecisions, type DatePrecision } from '../../src/shared/dates.js';
import { formatDatedIso, formatDatedValue, formatInstant, formatPartialDate, formatShortDay, formatShortMonth } from '../../src/shared/format/dates.js';
import { formatFileSize } from '../../src/shared/format/file-size.js';
import { isLanguage, languageOf, languages, type Language } from '../../src/shared/format/languages.js';

// Intl joins some numbers and units with no-break spaces (U+00A0, U+202F), which keep "1,5 МБ"
// on one line; the tables below write them as plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

type Row = [precision: DatePrecision, date: string, dateEnd: string | undefined, en: string, ru: string, fr: string];

const table: Row[] = [
  ['day', '2020-03-12', undefined, '12 March 2020', '12 марта 2020 г.', '12 mars 2020'],
  ['day', '2020-03-01', undefined, '1 March 2020', '1 марта 2020 г.', '1er mars 2020'],
  ['month', '2020-03', undefined, 'March 2020', 'март 2020 г.', 'mars 2020'],
  ['year', '2019', undefined, '2019', '2019', '2019'],
  ['approximate', '2019', undefined, 'c. 2019', 'около 2019 г.', 'vers 2019'],
  ['approximate', '2020-03', undefined, 'c. March 2020', 'около марта 2020 г.', 'vers mars 2020'],
  ['approximate', '2020-03-12', undefined, 'c. 12 March 2020', 'около 12 марта 2020 г.', 'vers le 12 mars 2020'],
  ['before', '2019', undefined, 'before 2019', 'до 2019 г.', 'avant 2019'],
  ['before', '2020-03', undefined, 'before March 2020', 'до марта 2020 г.', 'avant mars 2020'],
  ['before', '2020-03-12', undefined, 'before 12 March 2020', 'до 12 марта 2020 г.', 'avant le 12 mars 2020'],
  ['before', '2020-03-01', undefined, 'before 1 March 2020', 'до 1 марта 2020 г.', 'avant le 1er mars 2020'],
  ['after', '2019', undefined, 'after 2019', 'после 2019 г.', 'après 2019'],
  ['after', '2020-03', undefined, 'after March 2020', 'после марта 2020 г.', 'après mars 2020'],
  ['after', '2020-03-12', undefined, 'after 12 March 2020', 'после 12 марта 2020 г.', 'après le 12 mars 2020'],
  ['range', '2021', '2023-05', '2021 – May 2023', '2021 – май 2023 г.', '2021 – mai 2023'],
  ['range', '2020-03', '2020-05', 'March 2020 – May 2020', 'март 2020 г. – май 2020 г.', 'mars 2020 – mai 2020'],
  ['range', '2020-03-12', '2020-05-01', '12 March 2020 – 1 May 2020', '12 марта 2020 г. – 1 мая 2020 г.', '12 mars 2020 – 1er mai 2020'],
];

describe('dates with their precision', () => {
  it('covers every precision in the table', () => {
    expect(new Set(table.map(([precision]) => precision))).toEqual(new Set(datePrecisions));
  });

  describe.each(languages)('in %s', (language) => {
    const column = { en: 3, ru: 4, fr: 5 }[language] as 3 | 4 | 5;
    it.each(table.map((row) => [row[0], row[1], row[2], row[column]] as const))('%s %s (to %s) reads “%s”', (precision, date, dateEnd, expected) => {
      expect(plain(formatDatedValue({ date, precision, dateEnd }, language))).toBe(expected);
    });
  });

  it('puts the Russian month in the genitive after a preposition, and in the nominative alone', () => {
    expect(plain(formatDatedValue({ date: '2020-03', precision: 'before' }, 'ru'))).toBe('до марта 2020 г.');
    expect(plain(formatPartialDate('2020-03', 'ru'))).toBe('март 2020 г.');
    for (let month = 1; month <= 12; month++) {
      const value = `2020-${String(month).padStart(2, '0')}`;
      const alone = plain(formatPartialDate(value, 'ru')).split(' ')[0]!;
      const inPhrase = plain(formatDatedValue({ date: value, precision: 'after' }, 'ru')).split(' ')[1]!;
      // The genitive of every Russian month ends in а or я (марта, мая, января); the nominative never does.
      expect(inPhrase).toMatch(/[ая]$/);
      expect(alone).not.toMatch(/[ая]$/);
    }
  });

  it('leaves a value that is not a date as typed', () => {
    expect(formatPartialDate('2020-13', 'en')).toBe('2020-13');
    expect(formatDatedValue({ date: 'soon', precision: 'before' }, 'fr')).toBe('avant soon');
    expect(formatDatedValue({ date: '2020', precision: 'range' }, 'en')).toBe('2020 – ?');
  });

  it('writes calendar days in UTC, whatever the time zone of the computer', () => {
    // West of Greenwich, midnight UTC of 12 March is still 11 March on the local clock.
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Honolulu';
    try {
      expect(new Date('2020-03-12T00:00:00Z').getDate()).toBe(11);
      expect(formatPartialDate('2020-03-12', 'en')).toBe('12 March 2020');
      expect(plain(formatDatedValue({ date: '2020-03-01', precision: 'after' }, 'fr'))).toBe('après le 1er mars 2020');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(plain(formatShortDay('2026-12-22', 'en'))).toBe('22 Dec 2026');
    expect(plain(formatShortDay('2026-12-22', 'ru'))).toBe('22 дек. 2026 г.');
    expect(plain(formatShortDay('2026-12-22', 'fr'))).toBe('22 déc. 2026');
    expect(formatShortDay('not a day', 'fr')).toBe('not a day');
    expect([formatShortMonth('2021-11', 'en'), formatShortMonth('2021-11', 'ru'), formatShortMonth('2021-11', 'fr')]).toEqual(['Nov 2021', 'нояб. 2021', 'nov. 2021']);
    expect(formatShortMonth('2021', 'en')).toBe('2021');
  });

  it('writes an instant on the reader’s clock, and leaves a bad timestamp as it is', () => {
    const noon = new Date(2026, 2, 3, 12, 5);
    expect(plain(formatInstant(noon.toISOString(), 'en', 'date'))).toBe('3 Mar 2026');
    expect(plain(formatInstant(noon.toISOString(), 'fr', 'dateTime'))).toBe('3 mars 2026 à 12:05');
    expect(formatInstant('yesterday', 'ru', 'date')).toBe('yesterday');
  });

  it('keeps ISO dates for the terminal', () => {
    expect(formatDatedIso({ date: '2022-10', precision: 'approximate' })).toBe('c. 2022-10');
    expect(formatDatedIso({ date: '2021', precision: 'before' })).toBe('before 2021');
    expect(formatDatedIso({ date: '2022-03-01', precision: 'range', dateEnd: '2022-05' })).toBe('2022-03-01 – 2022-05');
    expect(formatDatedIso({ date: '2022-03-01', precision: 'day' })).toBe('2022-03-01');
  });
});

describe('file sizes', () => {
  const sizes: [bytes: number, en: string, ru: string, fr: string][] = [
    [0, '0 bytes', '0 байт', '0 octet'],
    [1, '1 byte', '1 байт', '1 octet'],
    [2, '2 bytes', '2 байта', '2 octets'],
    [96, '96 bytes', '96 байт', '96 octets'],
    [1023, '1,023 bytes', '1 023 байта', '1 023 octets'],
    [1024, '1 KB', '1 КБ', '1 Ko'],
    [1536, '1.5 KB', '1,5 КБ', '1,5 Ko'],
    [99.94 * 1024, '99.9 KB', '99,9 КБ', '99,9 Ko'],
    [100 * 1024, '100 KB', '100 КБ', '100 Ko'],
    [1024 * 1024 - 1, '1 MB', '1 МБ', '1 Mo'],
    [1024 * 1024, '1 MB', '1 МБ', '1 Mo'],
    [5 * 1024 * 1024, '5 MB', '5 МБ', '5 Mo'],
    [1024 ** 3, '1 GB', '1 ГБ', '1 Go'],
    [4_000_000_000, '3.7 GB', '3,7 ГБ', '3,7 Go'],
    [5000 * 1024 ** 3, '5,000 GB', '5 000 ГБ', '5 000 Go'],
  ];

  it.each(sizes)('%i bytes read in each language', (bytes, en, ru, fr) => {
    expect([formatFileSize(bytes, 'en'), formatFileSize(bytes, 'ru'), formatFileSize(bytes, 'fr')].map(plain)).toEqual([en, ru, fr]);
  });
});

describe('the languages', () => {
  it('are the three a dossier is written in and the window speaks', () => {
    expect(languages).toEqual(['en', 'ru', 'fr']);
    expect(languages.every(isLanguage)).toBe(true);
    expect(isLanguage('de')).toBe(false);
  });

  it('read a language tag by its primary language, English for any other', () => {
    const cases: [string, Language][] = [
      ['ru', 'ru'],
      ['fr-CA', 'fr'],
      ['en-GB', 'en'],
      ['de', 'en'],
      ['', 'en'],
    ];
    for (const [tag, language] of cases) expect(languageOf(tag)).toBe(language);
  });
});
