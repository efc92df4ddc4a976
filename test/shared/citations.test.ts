// Citation tokens: written and read back the same, pages optional, a token whose pages run
// backwards left as text, and the evidence id rewritten (CASE.json keys <-> vault ids) without
// touching the words around or a token whose id has no mapping.
import { describe, expect, it } from 'vitest';
import { citationBlocks, citationEditPlace, citationSchema, citationsIn, citationToken, mapCitedIds, parseCitedText } from '../../src/shared/citations.js';

describe('citation tokens', () => {
  it('write an id with no pages, one page or a range, and read back what they wrote', () => {
    expect(citationToken({ evidenceId: 'order' })).toBe('[[cite:order]]');
    expect(citationToken({ evidenceId: 'order', pages: { from: 2, to: 2 } })).toBe('[[cite:order p.2]]');
    expect(citationToken({ evidenceId: 'order', pages: { from: 2, to: 5 } })).toBe('[[cite:order p.2-5]]');
    for (const citation of [{ evidenceId: '0b7c3c1e-5f7a-4c7e-9a61-2d9c0e1f22e1' }, { evidenceId: 'a.b_c-d', pages: { from: 1, to: 300 } }]) {
      expect(citationsIn(`See ${citationToken(citation)}.`)).toEqual([citation]);
    }
  });

  it('cut a text at its tokens, keeping the words between them as typed', () => {
    expect(parseCitedText('Beaten [[cite:med p.2]] and charged [[cite:order]].')).toEqual([
      { text: 'Beaten ' },
      { citation: { evidenceId: 'med', pages: { from: 2, to: 2 } }, token: '[[cite:med p.2]]' },
      { text: ' and charged ' },
      { citation: { evidenceId: 'order' }, token: '[[cite:order]]' },
      { text: '.' },
    ]);
    expect(parseCitedText('[[cite:a]][[cite:b p.1-2]]').map((segment) => ('citation' in segment ? segment.citation.evidenceId : segment.text))).toEqual(['a', 'b']);
    expect(parseCitedText('')).toEqual([]);
  });

  it('leave as text what is not a well-formed token: pages backwards, page 0, a space in the id, an unclosed token', () => {
    for (const text of ['[[cite:order p.5-2]]', '[[cite:order p.0]]', '[[cite:my order]]', '[[cite:order p.2', '[cite:order]', '[[cite:]]']) {
      expect(citationsIn(text), text).toEqual([]);
      expect(parseCitedText(text), text).toEqual([{ text }]);
    }
    expect(citationsIn(undefined)).toEqual([]);
  });

  it('rewrite ids through a mapping, leaving an unmapped token and the words untouched', () => {
    const ids = new Map([['order', 'uuid-1'], ['photo', 'uuid-2']]);
    const text = 'Ордер [[cite:order p.2-3]], фото [[cite:photo]], и [[cite:lost p.1]].';
    expect(mapCitedIds(text, (key) => ids.get(key))).toBe('Ордер [[cite:uuid-1 p.2-3]], фото [[cite:uuid-2]], и [[cite:lost p.1]].');
    // And back, as a CASE.json export would.
    const keys = new Map([...ids].map(([key, id]) => [id, key]));
    expect(mapCitedIds(mapCitedIds(text, (key) => ids.get(key)), (id) => keys.get(id))).toBe(text);
  });

  it('validate a citation as data: a range must not run backwards', () => {
    expect(citationSchema.safeParse({ evidenceId: 'x', pages: { from: 3, to: 2 } }).success).toBe(false);
    expect(citationSchema.safeParse({ evidenceId: 'x', pages: { from: 2, to: 3 } }).success).toBe(true);
    expect(citationSchema.safeParse({ evidenceId: '' }).success).toBe(false);
  });
});

describe('a cited text’s place and a report entry’s verdict', () => {
  it('open a version’s field as the views mark it, in the record’s own view', () => {
    expect(citationEditPlace({ record: 'persecution', field: 'narrative', language: 'ru' })).toEqual({ view: 'persecution', field: 'versions.ru.narrative' });
    expect(citationEditPlace({ record: 'event', recordId: 'e1', field: 'description' })).toEqual({ view: 'timeline', id: 'e1', field: 'description' });
    expect(citationEditPlace({ record: 'element', recordId: 'cat_personal_risk', field: 'exhibits' })).toEqual({ view: 'argument', id: 'cat_personal_risk', field: 'exhibits' });
  });

  it('block only a citation that cannot land in a text the dossier prints', () => {
    const place = { record: 'persecution', field: 'narrative' } as const;
    const citation = { evidenceId: 'x', pages: { from: 9, to: 9 } };
    expect(citationBlocks({ place, citation, problem: 'page_out_of_range' })).toBe(true);
    expect(citationBlocks({ place, citation, problem: 'page_out_of_range', printed: false })).toBe(false);
    expect(citationBlocks({ place, citation, dossierPage: 12 })).toBe(false);
  });
});
