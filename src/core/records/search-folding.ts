// How search compares words: both what is indexed and what a person types are folded to one
// Latin skeleton, so that "Tokarev" meets "Токарев", "Sadykova" meets "Садықова", "ё" meets "е"
// and "Şahin" meets "Sahin". The folding is letter by letter (no rule looks at the next letter),
// which keeps a folded prefix a prefix of the folded word: typing "Ахм" still finds "Ахметов".
//
// The index holds whole folded words; word endings are handled on the query side only
// (search-stemming.ts), where a stem becomes a prefix. So the index never depends on a stemmer.
// It does depend on this folding: a change here needs a migration that re-indexes the records
// and the pages (as 009 did), or old entries and new queries no longer meet.

/** Cyrillic (Russian, Kazakh, Ukrainian, Belarusian letters) to a Latin skeleton, after lower-casing. */
const cyrillicToLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh letters fold to the nearest Russian ones, as Kazakh names are often written without them.
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'kh', і: 'i',
  ї: 'i', є: 'e', ґ: 'g', ў: 'u',
};

/** Latin letters that several romanisations write differently; y and j-less forms meet as i. */
const latinFolds: Record<string, string> = {
  y: 'i', // "Sadykova" / "Sadikova", "Yuriy" / "Iurii" (й, ы and и all fold to i)
  q: 'k', // Kazakh Latin "Sadyqova"
  x: 'ks', // "Alexander" / "Александр"
  ı: 'i', // Turkish dotless i
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
};

const combiningMarks = /\p{M}/gu;

/** Each character's folded form, computed once: search folds every word of every page it shows. */
const charFolds = new Map<string, string>();

function foldChar(char: string): string {
  let folded = charFolds.get(char);
  if (folded === undefined) {
    folded = '';
    for (const letter of char.toLowerCase().normalize('NFD').replace(combiningMarks, '')) {
      for (const latin of cyrillicToLatin[letter] ?? letter) folded += latinFolds[latin] ?? latin;
    }
    charFolds.set(char, folded);
  }
  return folded;
}

/**
 * One word folded: lower case, marks removed (é, ş, й and ё lose theirs), Cyrillic transliterated,
 * variant letters merged, and a doubled letter written once ("Анна" and "Ana" meet).
 */
export function foldWord(word: string): string {
  let out = '';
  let last = '';
  for (const char of word.normalize('NFC')) {
    for (const c of foldChar(char)) {
      if (c !== last) out += c;
      last = c;
    }
  }
  return out;
}

/**
 * Whether a word, folded, starts with one of `prefixes`: folds only as far as it takes to know,
 * which for most words of a page is their first letter.
 */
export function foldedStartsWith(word: string, prefixes: readonly string[]): boolean {
  let out = '';
  let last = '';
  for (const char of word) {
    for (const c of foldChar(char)) {
      if (c !== last) out += c;
      last = c;
    }
    let open = false;
    for (const prefix of prefixes) {
      if (out.length >= prefix.length) {
        if (out.startsWith(prefix)) return true;
      } else if (prefix.startsWith(out)) open = true;
    }
    if (!open) return false;
  }
  return false;
}

/**
 * A number written with dots, slashes or hyphens ("207.3", "12.03.2024", "45/2") is one token
 * joined by "_" (which the index keeps inside a token), so that "207.3" finds article 207.3 and
 * not any text holding 207 and a 3; its parts are indexed too, so "2024" still finds the date.
 */
export const tokenPattern = /\p{N}+(?:[./-]\p{N}+)+|[\p{L}\p{M}\p{N}]+/gu;
export const joinedNumber = /^\p{N}+(?:[./-]\p{N}+)+$/u;

/** The words of a text as search sees them, each as it is written. */
export function searchTokens(text: string): string[] {
  return text.normalize('NFC').match(tokenPattern) ?? [];
}

/** The folded form of one token as the query side uses it (a joined number stays joined). */
export function foldToken(token: string): string {
  return joinedNumber.test(token) ? token.replace(/[./-]/g, '_') : foldWord(token);
}

/** What the index holds for a text: its folded words, separated by spaces. */
export function foldForIndex(text: string | null): string {
  if (!text) return '';
  const out: string[] = [];
  for (const token of searchTokens(text)) {
    if (joinedNumber.test(token)) {
      out.push(token.replace(/[./-]/g, '_'), ...token.split(/[./-]/));
    } else {
      const folded = foldWord(token);
      if (folded) out.push(folded);
    }
  }
  return out.join(' ');
}

/** The FTS5 tokenizer of the folded indexes: folded words are lower-case already, "_" joins a number. */
export const foldedTokenizer = `unicode61 remove_diacritics 0 tokenchars '_'`;

/** Name of the SQL function the index triggers call, registered on every connection to a vault. */
export const foldFunctionName = 'dossier_fold';
