// The window's edits of a text that carries citations (src/shared/citations.ts): a token put in
// at the caret, a token taken out by its place among the text's citations, and the page words
// shown instead of the raw token.
import { citationToken, parseCitedText, type Citation, type CitedPages } from '../../../shared/citations';

/** The text with `token` in place of text[start, end), and the caret just after it. */
export function insertToken(text: string, start: number, end: number, citation: Citation): { text: string; caret: number } {
  const token = citationToken(citation);
  const before = text.slice(0, start);
  return { text: before + token + text.slice(end), caret: before.length + token.length };
}

/** The text without its `index`-th citation (0-based, in reading order); one space closes the gap. */
export function removeCitationAt(text: string, index: number): string {
  let seen = -1;
  const segments = parseCitedText(text);
  const kept = segments.map((segment) => {
    if (!('citation' in segment)) return segment.text;
    seen += 1;
    return seen === index ? null : segment.token;
  });
  const at = kept.indexOf(null);
  if (at < 0) return text;
  const before = kept.slice(0, at).join('');
  const after = kept.slice(at + 1).join('');
  // "beaten [[cite:x]] in" leaves "beaten in", not "beaten  in"; "pit [[cite:x]]." leaves "pit.".
  return before.endsWith(' ') && /^(?:$|[\s.,;:!?)])/.test(after) ? before.slice(0, -1) + after : before + after;
}

/**
 * Pages typed in the picker: "2", "2-5" (or with an en dash), blank for the whole exhibit.
 * Null when the text is not a page range, or goes past `pageCount` when the count is known.
 */
export function parsePages(typed: string, pageCount?: number): CitedPages | undefined | null {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  const match = /^(\d{1,6})\s*(?:[-–—]\s*(\d{1,6}))?$/.exec(trimmed);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from < 1 || to < from) return null;
  if (pageCount !== undefined && to > pageCount) return null;
  return { from, to };
}

/** True when the lawyer has just typed the second "[" of "[[" (the picker's opening keys). */
export function typedOpening(before: string, after: string, caret: number): boolean {
  return after.length === before.length + 1 && caret >= 2 && after.slice(caret - 2, caret) === '[[' && !after.slice(caret - 2).startsWith('[[cite:');
}
