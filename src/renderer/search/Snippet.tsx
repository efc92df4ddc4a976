// The core marks the matched words of a snippet with [ and ] (FTS5 snippet()); they are shown
// highlighted, as text, never as HTML.
import { snippetMarks } from './snippet-marks';

export function Snippet({ text }: { text: string }) {
  const parts = text.split(snippetMarks).filter((part) => part !== '');
  return (
    <span className="search-hit__snippet" dir="auto">
      {parts.map((part, index) =>
        part.startsWith('[') && part.endsWith(']') ? <mark key={index}>{part.slice(1, -1)}</mark> : <span key={index}>{part}</span>,
      )}
    </span>
  );
}
