// The few words around a hit, with the matched words in [ and ] as the window's Snippet expects.
// The folded indexes hold no readable text, so the snippet is cut from the record's or the
// page's own text, each word matched the way the index matched it (folded, as a prefix).
import { foldedStartsWith, foldToken, joinedNumber, tokenPattern } from './search-folding.js';

/** Words shown, from a few before the first match. */
const snippetWords = 12;
const wordsBefore = 3;

function matches(word: string, prefixes: readonly string[]): boolean {
  if (!joinedNumber.test(word)) return foldedStartsWith(word, prefixes);
  const folded = foldToken(word);
  // A number's parts are indexed too ("2024" finds "12.03.2024").
  return [folded, ...folded.split('_')].some((part) => prefixes.some((prefix) => part.startsWith(prefix)));
}

interface Word {
  start: number;
  end: number;
  hit: boolean;
}

/** The first hit's neighbourhood, or the start of the text when it has none (a title matched). */
export function snippetOf(text: string, prefixes: readonly string[]): string {
  const source = text.normalize('NFC');
  const pattern = new RegExp(tokenPattern.source, tokenPattern.flags);
  let window: Word[] = [];
  let hitFound = false;
  for (let found = pattern.exec(source); found; found = pattern.exec(source)) {
    const word = { start: found.index, end: found.index + found[0].length, hit: matches(found[0], prefixes) };
    if (!hitFound && word.hit) {
      hitFound = true;
      window = window.slice(-wordsBefore);
    }
    window.push(word);
    // The rest of a long page need not be read once the window is full.
    if (hitFound && window.length === snippetWords) break;
    if (!hitFound && window.length > snippetWords) window = window.slice(-wordsBefore);
  }
  if (!hitFound) {
    pattern.lastIndex = 0;
    window = [];
    for (let found = pattern.exec(source); found && window.length < snippetWords; found = pattern.exec(source)) {
      window.push({ start: found.index, end: found.index + found[0].length, hit: false });
    }
  }
  const shown = window;
  if (shown.length === 0) return '';
  let out = '';
  let at = shown[0]!.start;
  for (const word of shown) {
    const written = source.slice(word.start, word.end);
    out += source.slice(at, word.start) + (word.hit ? `[${written}]` : written);
    at = word.end;
  }
  const cutBefore = /[\p{L}\p{N}]/u.test(source.slice(0, shown[0]!.start));
  const cutAfter = /[\p{L}\p{N}]/u.test(source.slice(at));
  return `${cutBefore ? '…' : ''}${out}${cutAfter ? '…' : ''}`;
}
