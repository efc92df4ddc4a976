// The one term-matching rule (src/shared/redaction.ts) that the typeset text, the exhibit pages
// and the verification after export all use: what it finds, and where in the original text, so
// that what is cut out or boxed is exactly what was found.
import { describe, expect, it } from 'vitest';
import { findTermMatches, foldTerm, redactionProfileInputSchema, redactionRegionSchema, replaceTerms } from '../../src/shared/redaction.js';

/** The parts of `text` the terms match, as the original spells them. */
const found = (text: string, terms: string[]) => findTermMatches(text, terms).map((match) => text.slice(match.start, match.end));

describe('term matching', () => {
  it('finds a Cyrillic term in any letter case', () => {
    expect(found('Свидетель: ПЕТРОВА Анна, затем петрова а.', ['Петрова'])).toEqual(['ПЕТРОВА', 'петрова']);
    expect(found('Anna PETROVA', ['petrova'])).toEqual(['PETROVA']);
  });

  it('finds Kazakh letters in any case, and does not take them for the Russian letters they resemble', () => {
    expect(found('ӘЙГЕРІМ НҰРЛАНҚЫЗЫ САДЫҚОВА', ['Әйгерім Нұрланқызы Садықова'])).toEqual(['ӘЙГЕРІМ НҰРЛАНҚЫЗЫ САДЫҚОВА']);
    expect(found('Өлзийбаяр и Үкімет', ['өлзийбаяр', 'ҮКІМЕТ'])).toEqual(['Өлзийбаяр', 'Үкімет']);
    // қ is not к, ұ is not у: the Russian spelling is a term of its own (suggestions offer both).
    expect(found('Садықова', ['Садыкова'])).toEqual([]);
    expect(found('Нұрлан', ['Нурлан'])).toEqual([]);
  });

  it('takes ё for е both ways, in either case', () => {
    expect(found('Алёна Сергеевна', ['Алена'])).toEqual(['Алёна']);
    expect(found('Алена Сергеевна', ['алёна'])).toEqual(['Алена']);
    expect(found('АЛЁНА', ['алена'])).toEqual(['АЛЁНА']);
    expect(foldTerm('  Фёдоров  ')).toBe('федоров');
  });

  it('matches across any run of spaces, tabs and line breaks, and cuts out the run as written', () => {
    const text = 'ул. Токтогула\n   12,\tкв. 5';
    expect(found(text, ['Токтогула 12, кв. 5'])).toEqual(['Токтогула\n   12,\tкв. 5']);
    expect(found('Nurlan  Sadykov', ['Nurlan Sadykov'])).toEqual(['Nurlan  Sadykov']);
    expect(found('Nurlan\u00a0Sadykov', ['Nurlan Sadykov'])).toEqual(['Nurlan\u00a0Sadykov']);
  });

  it('reads ligatures and full-width letters as the letters they stand for, and cuts out the whole ligature', () => {
    // "ﬁ" is one character of the text and two of the term.
    expect(found('Certiﬁcate of Deﬁance', ['certificate'])).toEqual(['Certiﬁcate']);
    // A match that ends inside a ligature takes the whole ligature: too much is safe, too little is not.
    expect(found('Deﬁance', ['def'])).toEqual(['Deﬁ']);
    expect(found('Call ＡＬＩＹＡ now', ['aliya'])).toEqual(['ＡＬＩＹＡ']);
  });

  it('finds a term inside a longer word', () => {
    expect(found('Petrova and Petrovsky', ['Petrov'])).toEqual(['Petrov', 'Petrov']);
    expect(findTermMatches('Petrova', ['Petrov'])).toEqual([{ start: 0, end: 6, term: 'Petrov' }]);
  });

  it('merges overlapping and nested matches into one, in order of the text', () => {
    const text = 'Nurlan Sadykov Street 12; Sadykov';
    expect(findTermMatches(text, ['Sadykov Street', 'Nurlan Sadykov', 'Sadykov'])).toEqual([
      { start: 0, end: 21, term: 'Nurlan Sadykov' },
      { start: 26, end: 33, term: 'Sadykov' },
    ]);
    expect(found('aaaa', ['aa'])).toEqual(['aaaa']);
  });

  it('replaces every match with the mark, and leaves a text without matches as it is', () => {
    expect(replaceTerms('Мать — Гүлнар Тоқтарова, жена — ӘЛИЯ тоқтарова.', ['Гүлнар Тоқтарова', 'Әлия Тоқтарова'], '█')).toBe('Мать — █, жена — █.');
    const untouched = 'Nothing to see here.';
    expect(replaceTerms(untouched, ['Petrova'], '█')).toBe(untouched);
    expect(replaceTerms('', ['Petrova'], '█')).toBe('');
    expect(findTermMatches('Petrova', [])).toEqual([]);
    expect(findTermMatches('Petrova', ['   '])).toEqual([]);
  });

  it('finds a word a soft hyphen or a zero-width space splits, as a PDF’s hyphenated line gives it', () => {
    expect(found('Sady\u00adkova', ['Sadykova'])).toEqual(['Sady\u00adkova']);
    expect(found('Сады\u200bкова', ['Садыкова'])).toEqual(['Сады\u200bкова']);
  });

  it('finds a letter written as a base letter and a combining mark (NFD, as macOS file names give it) as the letter composed', () => {
    expect(found('Баи\u0306терек', ['Байтерек'])).toEqual(['Баи\u0306терек']);
    expect(found('Але\u0308на', ['Алёна'])).toEqual(['Але\u0308на']);
  });
});

describe('profile input', () => {
  it('refuses a term of one character, a box off the page or of no size, and fills the defaults', () => {
    expect(redactionProfileInputSchema.safeParse({ name: 'Embassy', terms: [{ text: ' x ' }] }).success).toBe(false);
    expect(redactionRegionSchema.safeParse({ evidenceId: 'e', page: 1, x: 0.6, y: 0, width: 0.5, height: 0.1, reason: 'other' }).success).toBe(false);
    expect(redactionRegionSchema.safeParse({ evidenceId: 'e', page: 1, x: 0, y: 0, width: 0, height: 0.1, reason: 'other' }).success).toBe(false);
    expect(redactionRegionSchema.safeParse({ evidenceId: 'e', page: 1, x: 0, y: 0, width: 1, height: 1, reason: 'other' }).success).toBe(true);
    expect(redactionProfileInputSchema.parse({ name: ' Embassy ', terms: [{ text: 'Petrova' }] })).toEqual({
      name: 'Embassy',
      terms: [{ text: 'Petrova', reason: 'other' }],
      regions: [],
      withheldFields: [],
      withheldEvidenceIds: [],
      withheldEventIds: [],
      logPage: true,
    });
  });
});
