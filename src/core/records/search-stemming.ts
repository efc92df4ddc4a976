// Word endings, on the query side only: a typed word is cut to its stem, and the stem, folded,
// is matched as a prefix of the indexed (folded, whole) words. So "Токарева" (genitive, as court
// orders write it) looks for "tokarev…" and finds "Токарев", and "Токарев" (stem "токар") finds
// "Токарева". Since a stem is the start of its word, this only ever widens a plain prefix search.
//
// Russian: the Snowball algorithm (snowball-stemmers, generated from Snowball's own definitions).
// A Latin word is written in Cyrillic first for it ("Sadykova" → "садыкова" → "садыков"), and
// English words also go through Snowball's English algorithm ("detained" → "detain").
//
// Kazakh has no Snowball algorithm; it adds case and plural endings to the word, names included
// ("Садықованың", "Токаревке", "құжаттардың"). One case ending and then one plural ending are
// cut when the word is plainly Kazakh (it has a Kazakh letter) or when what remains is a surname
// (-ов, -ев, -ин and their feminines, -ұлы, -қызы), and at least five letters remain; otherwise
// endings such as "-да" or "-та" would cut Russian words ("правда", "работа") and names that
// merely end so ("Өскемен").
import { newStemmer } from 'snowball-stemmers';
import { foldToken } from './search-folding.js';

const russian = newStemmer('russian');
const english = newStemmer('english');

const kazakhLetters = /[әғқңөұүһі]/u;

/** Longest first, so "-ның" is cut before "-ны" could be. */
const kazakhCaseEndings = [
  'менен', 'бенен', 'пенен',
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
  'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
  'нда', 'нде', 'мен', 'бен', 'пен',
  'ға', 'ге', 'қа', 'ке', 'на', 'не',
  'да', 'де', 'та', 'те',
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
];
const kazakhPluralEndings = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'];
const surname = /(ов|ев|ёв|ин|ова|ева|ёва|ина|ұлы|улы|қызы|кызы)$/u;

function cutKazakhEnding(word: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (!word.endsWith(ending)) continue;
    const rest = word.slice(0, -ending.length);
    // A short rest is more likely a word that merely ends so ("Өскемен" is not "Өске" + "-мен").
    if ([...rest].length < 5) return word;
    return kazakhLetters.test(word) || surname.test(rest) ? rest : word;
  }
  return word;
}

/** A Kazakh word without its case ending and then its plural ending (see above for when). */
export function kazakhStem(word: string): string {
  return cutKazakhEnding(cutKazakhEnding(word, kazakhCaseEndings), kazakhPluralEndings);
}

/** Kazakh letters as the Russian ones Snowball knows, for stemming only. */
const kazakhToRussian: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е' };

/** Russian Snowball on a Cyrillic word of any of the folded alphabets. */
function russianStem(word: string): string {
  return russian.stem([...word].map((letter) => kazakhToRussian[letter] ?? letter).join(''));
}

/** Common romanisations read back into Cyrillic, longest first, only to find a Russian ending. */
const latinToCyrillic: [string, string][] = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
  ['yu', 'ю'], ['ya', 'я'], ['yo', 'ё'], ['ye', 'е'], ['iu', 'ю'], ['ia', 'я'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['y', 'ы'],
  ['j', 'й'], ['k', 'к'], ['q', 'к'], ['c', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'],
  ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'], ['x', 'кс'],
];

function toCyrillic(latin: string): string {
  let out = '';
  let rest = latin;
  while (rest) {
    const found = latinToCyrillic.find(([from]) => rest.startsWith(from));
    if (found) {
      // A "y" after a vowel is "й" (Tsoy, Sergey); elsewhere "ы" (Sadykova).
      out += found[0] === 'y' && /[аеёиоуыэюя]$/u.test(out) ? 'й' : found[1];
      rest = rest.slice(found[0].length);
    } else {
      out += rest[0];
      rest = rest.slice(1);
    }
  }
  return out;
}

const cyrillic = /\p{Script=Cyrillic}/u;
const latinOnly = /^[a-z]+$/;

/**
 * What one typed word looks for, folded: the shortest of its stems that is still the start of
 * the folded word (never shorter than three letters), or the folded word itself.
 */
export function queryPrefix(token: string): string {
  const folded = foldToken(token);
  const word = token.normalize('NFC').toLowerCase();
  const stems: string[] = [];
  if (cyrillic.test(word)) {
    stems.push(russianStem(word), russianStem(kazakhStem(word)));
  } else {
    const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
    if (latinOnly.test(plain)) stems.push(russianStem(toCyrillic(plain)), english.stem(plain));
  }
  let best = folded;
  for (const stem of stems) {
    const candidate = foldToken(stem);
    if (candidate.length >= 3 && candidate.length < best.length && folded.startsWith(candidate)) best = candidate;
  }
  return best;
}
