// What a country field will print as in the dossier, shown under the field while it is typed:
// a code ("kz") becomes a name ("Kazakhstan") there, and a wrong code is easier to catch here
// than on paper. Nothing is said when the value prints exactly as typed.
import { countryName } from '../../shared/place-names';
import { listFromText } from '../ui/draft-text';

/**
 * The names `value` will print as ("Russia, Kazakhstan" for "RU, kz"), or undefined when it
 * prints exactly as typed. `list` is the separator of a field that holds several countries.
 */
export function printedCountryNames(value: string, language: string, list?: RegExp): string | undefined {
  const parts = list ? listFromText(value, list) : [value.trim()];
  const printed = parts.map((part) => countryName(part, language));
  return printed.some((name, index) => name !== parts[index]) ? printed.join(', ') : undefined;
}
