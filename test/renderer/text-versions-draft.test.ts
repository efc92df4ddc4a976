// The versions of a record's texts as the window edits them and as the record keeps them: a
// stored profile's versions survive a trip through the form unchanged, blank versions are not
// saved, a risk's version stays beside its risk when a blank row is skipped or a row removed,
// and the case form keeps the language the texts are typed in.
import { describe, expect, it } from 'vitest';
import { caseDraftOf, caseInputOf } from '../../src/renderer/clients/case-draft';
import {
  flatPersecutionVersions,
  flatVersionsOf,
  persecutionVersionsInput,
  setVersion,
  versionsInput,
  withoutRiskVersion,
} from '../../src/renderer/case/text-versions/versions-draft';
import type { Case } from '../../src/shared/models';
import { persecutionVersionsSchema } from '../../src/shared/text-versions';

describe('versions as the window edits them', () => {
  it('gives back a stored profile\'s versions unchanged', () => {
    const stored = persecutionVersionsSchema.parse({
      ru: { narrative: 'Меня задержали.', groundReasoning: { political_opinion: 'Пикет.' }, risks: ['Пытки', 'Тюрьма'] },
      fr: { interimMeasures: 'Ne pas extrader.' },
    });
    expect(persecutionVersionsInput(flatPersecutionVersions(stored), [false, false])).toEqual(stored);
  });

  it('saves no blank version, and no language without one', () => {
    let flat = flatVersionsOf({ ru: { title: 'Арест' } });
    flat = setVersion(flat, 'ru', 'title', '  ');
    flat = setVersion(flat, 'fr', 'description', 'Arrêté à Almaty.');
    expect(versionsInput(flat)).toEqual({ fr: { description: 'Arrêté à Almaty.' } });
    expect(versionsInput(setVersion(flat, 'fr', 'description', ''))).toBeUndefined();
  });

  it('keeps each risk\'s version beside its risk when a blank row is not saved or a row is removed', () => {
    const flat = { ru: { 'risks.0': 'Пытки', 'risks.2': 'Тюрьма' } };
    // Row 1 is blank: the profile saves two risks, and the second version follows the second.
    expect(persecutionVersionsInput(flat, [false, true, false])).toEqual({ ru: { risks: ['Пытки', 'Тюрьма'] } });
    // Row 0 removed: the versions move up with their risks.
    expect(withoutRiskVersion(flat, 0)).toEqual({ ru: { 'risks.1': 'Тюрьма' } });
  });

  it('keeps the language a case is typed in through the case form', () => {
    const record = { title: 'Toktarov', forum: 'un_cat', status: 'active', languages: [], otherReferences: [], textLanguage: 'ru' } as unknown as Case;
    expect(caseInputOf(caseDraftOf(record), record).textLanguage).toBe('ru');
    expect(caseInputOf({ ...caseDraftOf(record), textLanguage: '' }, record).textLanguage).toBeUndefined();
  });
});
