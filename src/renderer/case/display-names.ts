// Language and country codes as words in the interface language ("ru" → "Russian", "KZ" or "kz"
// → "Kazakhstan"); anything that is not a code is shown as typed. The same rule as the dossier's.
export { countryName, languageName } from '../../shared/place-names';

/** A client's two names in reading order: the one in the window's own script first. */
export interface NamesInOrder {
  first: string;
  second?: string | undefined;
}

const cyrillic = /\p{Script=Cyrillic}/u;
const latin = /\p{Script=Latin}/u;

/** The script a window language is read in (the interface has Latin and Cyrillic ones). */
function scriptOf(language: string): RegExp {
  return language.split('-')[0] === 'ru' ? cyrillic : latin;
}

/**
 * In the Russian window the name in Cyrillic (the original script of most clients from the
 * region) comes first; in the English one the Latin name does. When the reader's script is in
 * neither name, or in both, the name as recorded (fullName) leads.
 */
export function clientNamesInOrder(client: { fullName: string; fullNameNative?: string | undefined }, language: string): NamesInOrder {
  const native = client.fullNameNative?.trim();
  if (!native || native === client.fullName) return { first: client.fullName };
  const script = scriptOf(language);
  const nativeFirst = script.test(native) && !script.test(client.fullName);
  return nativeFirst ? { first: native, second: client.fullName } : { first: client.fullName, second: native };
}

/** "Ерлан Токтаров (Yerlan Toktarov)" in Russian, "Yerlan Toktarov (Ерлан Токтаров)" in English. */
export function clientDisplayName(client: { fullName: string; fullNameNative?: string | undefined }, language: string): string {
  const { first, second } = clientNamesInOrder(client, language);
  return second ? `${first} (${second})` : first;
}
