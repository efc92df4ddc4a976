// The core marks the matched words of a snippet with [ and ] (FTS5 snippet()).
export const snippetMarks = /(\[[^\]]*\])/g;

/** The words a snippet marks as matched, as the text writes them ("Токарева" for "Tokarev"). */
export function markedWords(snippet: string): string[] {
  const words = snippet.match(snippetMarks)?.map((part) => part.slice(1, -1).trim()) ?? [];
  return [...new Set(words.filter(Boolean))];
}
