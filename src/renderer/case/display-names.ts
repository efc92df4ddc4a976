// Language and country codes as words in the interface language ("ru" → "Russian", "KZ" or "kz"
// → "Kazakhstan"); anything that is not a code is shown as typed. The same rule as the dossier's.
export { countryName, languageName } from '../../shared/place-names';
