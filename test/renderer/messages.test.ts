// The window speaks the three languages a dossier is written in. The types make a key missing in
// a translation a compile error; this proves it at run time too, through i18next as the window
// loads it: every key of the English messages answers in Russian and French, in every plural form
// the language has, with the same placeholders, and no translation holds a key English lacks.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultNamespace, resources } from '../../src/renderer/i18n/resources.js';
import { languages } from '../../src/shared/format/languages.js';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a message tree, as "namespace:path.to.key" → text. */
function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix === '' ? `${key}:` : prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

/** The keys t() is called with: plural forms fold into their base key. */
function baseKeys(tree: unknown): { plain: Set<string>; plural: Set<string> } {
  const plain = new Set<string>();
  const plural = new Set<string>();
  for (const key of leaves(tree).keys()) {
    if (pluralSuffix.test(key)) plural.add(key.replace(pluralSuffix, ''));
    else plain.add(key);
  }
  return { plain, plural };
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]!));

const english = baseKeys(resources.en);
// Counts that reach every plural category of the three languages: 0 and 1 (French "one"), 2-4
// (Russian "few"), 5 and 11 (Russian "many"), 21 (Russian "one" again), a million (French "many").
const counts = [0, 1, 2, 3, 5, 11, 21, 1_000_000];

const translator = i18next.createInstance();
beforeAll(async () => {
  // No fallback language: a missing key answers with the key itself instead of English.
  await translator.init({ resources, lng: 'en', fallbackLng: false, defaultNS: defaultNamespace, ns: Object.keys(resources.en), interpolation: { escapeValue: false } });
});

describe('the window’s messages', () => {
  it('exist for every language a dossier is written in', () => {
    expect(Object.keys(resources).sort()).toEqual([...languages].sort());
  });

  it('hold a few hundred keys, so the checks below read something', () => {
    expect(english.plain.size + english.plural.size).toBeGreaterThan(500);
    expect(english.plural.size).toBeGreaterThan(50);
  });

  describe.each(languages)('in %s', (language) => {
    const own = baseKeys(resources[language]);
    const texts = leaves(resources[language]);
    const englishTexts = leaves(resources.en);
    let t: TFunction;
    beforeAll(() => {
      t = translator.getFixedT(language);
    });

    it('have exactly the keys of the English messages', () => {
      expect([...own.plain].filter((key) => !english.plain.has(key))).toEqual([]);
      expect([...english.plain].filter((key) => !own.plain.has(key))).toEqual([]);
      expect([...own.plural].filter((key) => !english.plural.has(key))).toEqual([]);
      expect([...english.plural].filter((key) => !own.plural.has(key))).toEqual([]);
    });

    it('answer every key through i18next', () => {
      const missing = [...english.plain].filter((key) => !translator.exists(key, { lng: language }) || t(key as never) === '');
      expect(missing).toEqual([]);
    });

    it('carry every plural form the language has, for every count', () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const missing = [...english.plural].flatMap((key) => categories.filter((category) => !texts.has(`${key}_${category}`)).map((category) => `${key}_${category}`));
      expect(missing).toEqual([]);
      const unanswered = [...english.plural].flatMap((key) =>
        counts.filter((count) => !translator.exists(key, { lng: language, count })).map((count) => `${key} (${count})`),
      );
      expect(unanswered).toEqual([]);
    });

    it('use only the placeholders English fills in, and every one but a count', () => {
      const wrong: string[] = [];
      for (const [key, text] of texts) {
        const base = key.replace(pluralSuffix, '');
        // A plural form may use what any English form of the key fills in (Russian "one" is also 21).
        const sources = pluralSuffix.test(key) ? [...englishTexts].filter(([other]) => other.replace(pluralSuffix, '') === base).map(([, source]) => source) : [englishTexts.get(key) ?? ''];
        const expected = new Set(sources.flatMap((source) => [...placeholders(source)]));
        const found = placeholders(text);
        for (const name of found) if (!expected.has(name)) wrong.push(`${key}: {{${name}}} is not filled in`);
        // A singular may say "one" in words ("Une date…") rather than print the count.
        for (const name of expected) if (!found.has(name) && !(name === 'count' && pluralSuffix.test(key))) wrong.push(`${key}: {{${name}}} is missing`);
      }
      expect(wrong).toEqual([]);
    });
  });
});
