// Dates as a lawyer reads them, in the interface language: "1 March 2022", "c. 2022", "до марта
// 2020 г.", "après le 12 mars 2020". The words and their grammar live in the shared formatting
// module (src/shared/format/dates.ts), which the dossier prints with too.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatedValue } from '../../shared/dates';
import { formatDatedValue, formatInstant, formatPartialDate } from '../../shared/format/dates';
import { languageOf } from '../../shared/format/languages';

export function useDateWords() {
  const { i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return useMemo(
    () => ({
      language,
      partial: (value: string) => formatPartialDate(value, language),
      /** A dated value with its precision in words. */
      dated: (value: DatedValue) => formatDatedValue(value, language),
      /** A timestamp (ISO instant) as a local date and time. */
      instant: (value: string) => formatInstant(value, language, 'dateTime'),
    }),
    [language],
  );
}
