// Which words of a file's text the evidence view highlights and boxes: the words a search hit
// marked in its snippet, or the filter's, compared folded and without surrounding punctuation.
import { describe, expect, it } from 'vitest';
import { highlightedBoxes, markedParts, wordHighlighter } from '../../src/renderer/case/evidence/text-highlight.js';
import { markedWords } from '../../src/renderer/search/snippet-marks.js';
import type { RecognizedPage } from '../../src/shared/recognized-text.js';

describe('the words a search hit matched', () => {
  it('are the words its snippet marks, once each, as the text writes them', () => {
    expect(markedWords('…о розыске [Токарева] Ивана, [Токарева] и [207.3]…')).toEqual(['Токарева', '207.3']);
    expect(markedWords('no marks here')).toEqual([]);
  });
});

describe('highlighting words of a text', () => {
  it('finds a word whatever its case, ё or the punctuation around it', () => {
    const matches = wordHighlighter(['Фёдоров'])!;
    expect(matches('ФЕДОРОВ,')).toBe(true);
    expect(matches('«Федоров»')).toBe(true);
    expect(matches('Петров')).toBe(false);
  });

  it('finds the word a typed beginning starts, and a number inside an article reference', () => {
    const matches = wordHighlighter(['токар 207.3'])!;
    expect(matches('Токарева')).toBe(true);
    expect(matches('ст.207.3')).toBe(true);
    expect(matches('207.30')).toBe(true);
    expect(matches('Иван')).toBe(false);
  });

  it('highlights nothing for nothing typed', () => {
    expect(wordHighlighter(['', '  '])).toBeNull();
    expect(markedParts('Токарев Иван', null).some((part) => part.marked)).toBe(false);
  });

  it('cuts a text into words and spaces, keeping every character', () => {
    const parts = markedParts('Токарев  Иван\nПетрович', wordHighlighter(['иван']));
    expect(parts.map((part) => part.text).join('')).toBe('Токарев  Иван\nПетрович');
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['Иван']);
  });
});

describe('the boxes of highlighted words on the picture', () => {
  const page: RecognizedPage = {
    page: 1,
    width: 1000,
    height: 500,
    text: 'Токарев Иван',
    confidence: 90,
    languages: ['rus'],
    lines: [
      {
        box: { x0: 100, y0: 50, x1: 600, y1: 100 },
        words: [
          { text: 'Токарев', box: { x0: 100, y0: 50, x1: 300, y1: 100 }, confidence: 90 },
          { text: 'Иван', box: { x0: 350, y0: 50, x1: 600, y1: 100 }, confidence: 90 },
          // A word without a box (a PDF's own text may have none) is never drawn.
          { text: 'Токарев', box: { x0: 0, y0: 0, x1: 0, y1: 0 }, confidence: 100 },
        ],
      },
    ],
  };

  it('are fractions of the page, to fit the picture at any size', () => {
    expect(highlightedBoxes(page, wordHighlighter(['Токарев']))).toEqual([{ x0: 0.1, y0: 0.1, x1: 0.3, y1: 0.2 }]);
    expect(highlightedBoxes(page, null)).toEqual([]);
  });
});
