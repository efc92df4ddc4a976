// The expected removal as label and value rows, in the dossier's language: what the urgent
// letter's first page and a committee's interim-measures section both state. Only what the
// lawyer recorded is printed; an empty list when nothing is.
import type { Removal } from '../../shared/models.js';
import { formatPartialDate } from '../../shared/format/dates.js';
import { countryName } from '../../shared/place-names.js';
import type { DossierLanguage } from './dossier-text.js';
import { filingText } from './filing-text.js';

export function removalRows(removal: Removal | undefined, language: DossierLanguage): [string, string][] {
  if (!removal) return [];
  const words = filingText[language].removal;
  const rows: [string, string | undefined][] = [
    [words.date, removal.date && formatPartialDate(removal.date, language)],
    [words.time, removal.time],
    [words.place, removal.place],
    [words.destination, removal.destination && countryName(removal.destination, language)],
    [words.manner, removal.manner],
  ];
  return rows.filter((row): row is [string, string] => Boolean(row[1]));
}
