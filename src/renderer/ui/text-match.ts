// Matching what a person types against names and text in any script: case-insensitive, accents
// and other combining marks ignored ("aliev" finds "Alíev"), ё read as е, every word must match
// somewhere, in any order.
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/ё/g, 'е');
}

/** A predicate for the words of `query` against the texts of a row; an empty query matches all. */
export function matcherFor(query: string): (texts: readonly (string | undefined)[]) => boolean {
  const words = foldForMatch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  return (texts) => {
    const haystack = foldForMatch(texts.filter(Boolean).join('\n'));
    return words.every((word) => haystack.includes(word));
  };
}
