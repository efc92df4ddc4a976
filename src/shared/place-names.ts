// Country and language codes as names in a given language ("KZ" → "Kazakhstan", "Казахстан";
// "kk" → "Kazakh", "казахский"), for the dossier and the window alike. A value that is not a
// code the locale data knows is returned as typed: free text ("Almaty region", "USSR") must
// never be rewritten, and an unknown code is better printed than guessed.

// Making an Intl.DisplayNames costs far more than using one; a dossier names many places.
const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesFor(locale: string, type: 'region' | 'language'): Intl.DisplayNames | null {
  const key = `${type}:${locale}`;
  if (!displayNames.has(key)) {
    let names: Intl.DisplayNames | null;
    try {
      // fallback 'none': an unknown code gives undefined, not the code dressed up as a name.
      names = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(key, names);
  }
  return displayNames.get(key) ?? null;
}

/** ISO 3166-1 alpha-2, in either case ("KZ", "kz"). */
const countryCodePattern = /^[A-Za-z]{2}$/;
/** Codes CLDR names but that stand for no country ("Unknown Region"). */
const notACountry = new Set(['ZZ']);

/** The country's name if `value` is a two-letter country code; otherwise `value` as typed. */
export function countryName(value: string, locale: string): string {
  const trimmed = value.trim();
  if (!countryCodePattern.test(trimmed)) return value;
  const code = trimmed.toUpperCase();
  if (notACountry.has(code)) return value;
  return namesFor(locale, 'region')?.of(code) ?? value;
}

/** The language's name if `value` is a language code ("ru", "kk", "en-GB"); otherwise `value` as typed. */
export function languageName(value: string, locale: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return value;
  try {
    return namesFor(locale, 'language')?.of(trimmed) ?? value;
  } catch {
    // A string that is not a well-formed tag ("Kazakh") makes `of` throw: it is already a name.
    return value;
  }
}
