// The window's edits of a text with citations: a token put in at the caret (the "[[" typed
// replaced by it), one taken out by its place, the pages typed in the picker, and when "[[" opens it.
import { describe, expect, it } from 'vitest';
import { citationsIn } from '../../src/shared/citations.js';
import { insertToken, parsePages, removeCitationAt, typedOpening } from '../../src/renderer/case/citations/cited-text.js';
import { pagesText } from '../../src/shared/citations.js';
import { exhibitMatches } from '../../src/renderer/case/citations/exhibit-search.js';

const id = '16d14502-e77e-4235-a65f-432cf5074511';

describe('insertToken', () => {
  it('replaces the "[[" typed with the token and puts the caret after it', () => {
    const typed = 'beaten in the pit [[ and';
    const start = typed.indexOf('[[');
    const { text, caret } = insertToken(typed, start, start + 2, { evidenceId: id, pages: { from: 2, to: 3 } });
    expect(text).toBe(`beaten in the pit [[cite:${id} p.2-3]] and`);
    expect(text.slice(0, caret)).toBe(`beaten in the pit [[cite:${id} p.2-3]]`);
    expect(citationsIn(text)).toEqual([{ evidenceId: id, pages: { from: 2, to: 3 } }]);
  });

  it('inserts at a caret without taking any text (the shortcut)', () => {
    const { text, caret } = insertToken('ab', 1, 1, { evidenceId: id });
    expect(text).toBe(`a[[cite:${id}]]b`);
    expect(caret).toBe(1 + `[[cite:${id}]]`.length);
  });
});

describe('removeCitationAt', () => {
  const text = `First [[cite:a p.1]] then [[cite:b]] and [[cite:a p.4]].`;

  it('takes out the n-th citation only, closing the double space', () => {
    expect(removeCitationAt(text, 1)).toBe('First [[cite:a p.1]] then and [[cite:a p.4]].');
    expect(removeCitationAt(text, 2)).toBe('First [[cite:a p.1]] then [[cite:b]] and.');
    expect(removeCitationAt(text, 0)).toBe('First then [[cite:b]] and [[cite:a p.4]].');
  });

  it('leaves the text as it is for a place past the last citation', () => {
    expect(removeCitationAt(text, 3)).toBe(text);
  });
});

describe('parsePages', () => {
  it('reads a page, a range with a hyphen or dash, and blank as the whole exhibit', () => {
    expect(parsePages('2')).toEqual({ from: 2, to: 2 });
    expect(parsePages(' 2 - 5 ')).toEqual({ from: 2, to: 5 });
    expect(parsePages('2–5')).toEqual({ from: 2, to: 5 });
    expect(parsePages('')).toBeUndefined();
  });

  it('refuses what is no page range, a range running backwards, page 0, and a page past the exhibit', () => {
    for (const typed of ['two', '5-2', '0', '2,3', '-1']) expect(parsePages(typed)).toBeNull();
    expect(parsePages('4', 3)).toBeNull();
    expect(parsePages('2-4', 3)).toBeNull();
    expect(parsePages('3', 3)).toEqual({ from: 3, to: 3 });
  });

  it('writes back what it reads', () => {
    expect(pagesText({ from: 2, to: 2 })).toBe('2');
    expect(pagesText({ from: 2, to: 5 })).toBe('2-5');
    expect(pagesText(undefined)).toBe('');
  });
});

describe('typedOpening', () => {
  it('is the second "[" just typed', () => {
    expect(typedOpening('see [', 'see [[', 6)).toBe(true);
  });

  it('is not a paste, a single "[", or a token already there', () => {
    expect(typedOpening('see ', 'see [[', 6)).toBe(false);
    expect(typedOpening('see ', 'see [', 5)).toBe(false);
    expect(typedOpening('x [cite:a]]', 'x [[cite:a]]', 4)).toBe(false);
  });
});

describe('exhibitMatches', () => {
  const ruling = { title: 'Orenburg Garrison Military Court: custody ordered in absentia', originalName: 'arrest-in-absentia-2023-08-14.pdf', versions: { ru: { title: 'Оренбургский гарнизонный военный суд: арест заочно' } } };

  it('finds an exhibit by part of its title, of a version of its title, or of its file name, in any case', () => {
    for (const query of ['orenburg', 'GARRISON', 'гарнизонный', 'in-absentia', '  court ', '']) expect(exhibitMatches(ruling, query)).toBe(true);
  });

  it('does not find it by words it lacks', () => {
    expect(exhibitMatches(ruling, 'passport')).toBe(false);
  });
});
