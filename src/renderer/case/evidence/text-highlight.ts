// Which words of a file's text to highlight: those a search hit matched on its page (as the
// text writes them, "Токарева" for a search of "Tokarev"), or those the lawyer typed in the
// filter. Words are compared folded (case, accents, ё/е) and without the punctuation around them.
import type { PixelBox, RecognizedPage } from '../../../shared/recognized-text';
import { foldForMatch } from '../../ui/text-match';

const edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function bare(word: string): string {
  return foldForMatch(word).replace(edges, '');
}

/** A predicate for the words of a text; null when there is nothing to highlight. */
export function wordHighlighter(terms: readonly string[]): ((word: string) => boolean) | null {
  const folded = [...new Set(terms.flatMap((term) => term.split(/\s+/)).map(bare).filter((term) => term.length > 0))];
  if (folded.length === 0) return null;
  return (word) => {
    const candidate = bare(word);
    // A typed beginning finds the word ("токар" → "Токарева"); a number finds itself inside "ст.207.3".
    return candidate !== '' && folded.some((term) => candidate.startsWith(term) || (/\d/.test(term) && candidate.includes(term)));
  };
}

/** The text of a page cut into words and the spaces between them, each word marked or not. */
export function markedParts(text: string, matches: ((word: string) => boolean) | null): { text: string; marked: boolean }[] {
  return text
    .split(/(\s+)/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, marked: matches !== null && !/^\s+$/.test(part) && matches(part) }));
}

/** The boxes of a page's highlighted words, as fractions of the page (to lay over a picture of any size). */
export function highlightedBoxes(page: RecognizedPage, matches: ((word: string) => boolean) | null): PixelBox[] {
  if (!matches) return [];
  const boxes: PixelBox[] = [];
  for (const line of page.lines) {
    for (const word of line.words) {
      const { x0, y0, x1, y1 } = word.box;
      if (x1 <= x0 || y1 <= y0 || !matches(word.text)) continue;
      boxes.push({ x0: x0 / page.width, y0: y0 / page.height, x1: x1 / page.width, y1: y1 / page.height });
    }
  }
  return boxes;
}
