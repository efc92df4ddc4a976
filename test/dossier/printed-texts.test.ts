// Which cited texts one dossier prints (the pre-flight blocks, and the citation report counts as
// broken, only citations in those): the template's sections, the disputed-events choice, the
// tests the case argues, and the version the dossier's language picks.
import { describe, expect, it } from 'vitest';
import { textPrinted, type PrintChoice } from '../../src/core/dossier/printed-texts.js';
import { findTemplate } from '../../src/core/dossier/templates.js';
import { citedTexts, type CitedText } from '../../src/shared/citations.js';
import type { CaseDetail } from '../../src/shared/models.js';

// A CAT case written in English: a statement with a Russian version, a disputed event, an argued
// CAT element with a French version, and a Refugee Convention element the committee's test does not print.
const detail = {
  case: { forum: 'un_cat', textLanguage: 'en', languages: [] },
  evidence: [],
  persecution: {
    legalBasis: [],
    narrative: 'The order [[cite:a p.1]].',
    versions: { ru: { narrative: 'Приказ [[cite:a p.1]].' } },
  },
  events: [{ id: 'disputed-1', title: 'Picket', status: 'disputed', description: 'Filmed [[cite:a p.2]].', versions: {} }],
  elementArguments: [
    { element: 'cat_personal_risk', argument: 'Named [[cite:a]].', eventIds: [], exhibits: [], countryInformation: [], versions: { fr: { argument: 'Nommée [[cite:a]].' }, en: { argument: 'An English copy [[cite:a]].' } } },
    { element: 'rc_nexus', argument: 'Political [[cite:a]].', eventIds: [], exhibits: [], countryInformation: [], versions: {} },
  ],
} as unknown as CaseDetail;

function printedPlaces(choice: Omit<PrintChoice, 'detail'>): string[] {
  const texts: CitedText[] = citedTexts(detail);
  return texts
    .filter((entry) => textPrinted(entry, texts, { ...choice, detail }))
    .map(({ place }) => [place.record, place.recordId, place.field, place.language].filter(Boolean).join(' '));
}

describe('the texts a dossier prints', () => {
  const committee = findTemplate('un-cat-interim-measures')!;

  it('in the case’s own language: each text as typed, never a version, not even one in that language', () => {
    expect(printedPlaces({ template: committee, language: 'en' })).toEqual([
      'persecution narrative',
      'event disputed-1 description',
      'element cat_personal_risk argument',
    ]);
  });

  it('in another language: its version where there is one, else the text as typed', () => {
    expect(printedPlaces({ template: committee, language: 'ru' })).toEqual([
      'persecution narrative ru',
      'event disputed-1 description',
      'element cat_personal_risk argument',
    ]);
    expect(printedPlaces({ template: committee, language: 'fr' })).toEqual([
      'persecution narrative',
      'event disputed-1 description',
      'element cat_personal_risk argument fr',
    ]);
  });

  it('leaves out a disputed event when the export (else the template) omits them, and the sections the template does not have', () => {
    expect(printedPlaces({ template: committee, language: 'en', disputedEvents: 'omit' })).not.toContain('event disputed-1 description');
    expect(printedPlaces({ template: { ...committee, disputedEvents: 'omit' }, language: 'en' })).not.toContain('event disputed-1 description');
    expect(printedPlaces({ template: { ...committee, disputedEvents: 'omit' }, language: 'en', disputedEvents: 'include' })).toContain('event disputed-1 description');
    // The urgent letter: the chronology only (disputed events included when asked; it omits them by default).
    const urgent = findTemplate('urgent-interim-measures')!;
    expect(printedPlaces({ template: urgent, language: 'en', disputedEvents: 'include' })).toEqual(['event disputed-1 description']);
    expect(printedPlaces({ template: urgent, language: 'en' })).toEqual([]);
  });
});
