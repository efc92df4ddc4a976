// The languages Dossier speaks: a dossier is written in one of them, and the window's interface
// is offered in the same ones, so a lawyer can read on screen what goes on paper. The contract,
// the shared vocabularies, the dossier's text and the window's messages are all keyed by this list.

export const languages = ['en', 'ru', 'fr'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return (languages as readonly unknown[]).includes(value);
}

/** The supported language a language tag ("ru", "fr-CA", "de") is read in; English for any other. */
export function languageOf(tag: string): Language {
  const primary = tag.split('-')[0]?.toLowerCase();
  return isLanguage(primary) ? primary : 'en';
}

/**
 * The locale dates and numbers are written in. Legal papers in English put the day first ("14
 * March 2022"), whatever the computer says, so English is British English here.
 */
export const locales: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', fr: 'fr-FR' };
