// The legal tests as data: every element has a label and an explanation in each dossier
// language, belongs to one basis, and only diplomatic assurances are conditional; which tests a
// case argues follows from its forum and the profile's legal basis; an element is supported by
// a fact, an exhibit, country information or a citation, never by its argument alone.
import { describe, expect, it } from 'vitest';
import { elementSupported, elementsOfBasis, legalBases, legalBasesOf, legalElement, legalElementKeys, legalElements } from '../../src/shared/legal-elements.js';
import { forums } from '../../src/shared/models.js';

describe('the legal elements', () => {
  it('name every element once, in en, ru and fr, under one of the bases', () => {
    expect(legalElements.map((element) => element.key)).toEqual([...legalElementKeys]);
    for (const element of legalElements) {
      expect(legalBases).toContain(element.basis);
      for (const language of ['en', 'ru', 'fr'] as const) {
        expect(element.label[language].trim(), `${element.key} ${language}`).not.toBe('');
        expect(element.explanation[language].trim(), `${element.key} ${language}`).not.toBe('');
      }
      expect(legalElement(element.key)).toBe(element);
    }
    expect(() => legalElement('no_such' as never)).toThrow();
    expect(legalElements.filter((element) => element.conditional).map((element) => element.key)).toEqual(['cat_diplomatic_assurances', 'iccpr_life', 'iccpr_diplomatic_assurances']);
    expect(elementsOfBasis('cat_art3').map((element) => element.key)).toEqual([
      'cat_substantial_grounds',
      'cat_personal_risk',
      'cat_public_official',
      'cat_general_situation',
      'cat_diplomatic_assurances',
    ]);
    expect(elementsOfBasis('refugee_convention')).toHaveLength(9);
  });

  it('follow the forum: a committee its own treaty, an embassy the visa, any other the Refugee Convention and the bases the profile names', () => {
    const named = ['Convention against Torture, art. 3', 'Международный пакт о гражданских и политических правах', 'Convention relating to the Status of Refugees (1951)'];
    expect(legalBasesOf('un_cat', named)).toEqual(['cat_art3']);
    expect(legalBasesOf('un_hrc', named)).toEqual(['iccpr_6_7']);
    expect(legalBasesOf('un_cat', [])).toEqual(['cat_art3']);
    expect(legalBasesOf('embassy_humanitarian_visa', [])).toEqual(['humanitarian_visa']);
    expect(legalBasesOf('embassy_humanitarian_visa', ['Refugee Convention'])).toEqual(['humanitarian_visa', 'refugee_convention']);
    for (const forum of ['national_asylum', 'unhcr', 'us_asylum', 'us_immigration_court', 'other'] as const) {
      expect(legalBasesOf(forum, []), forum).toEqual(['refugee_convention']);
      expect(legalBasesOf(forum, named), forum).toEqual(['refugee_convention', 'cat_art3', 'iccpr_6_7']);
    }
    // In Russian and French, and by the basis's key itself.
    expect(legalBasesOf('national_asylum', ['Конвенция против пыток', 'visa humanitaire'])).toEqual(['refugee_convention', 'cat_art3', 'humanitarian_visa']);
    expect(legalBasesOf('national_asylum', ['iccpr_6_7'])).toEqual(['refugee_convention', 'iccpr_6_7']);
    // Every forum argues at least one test.
    for (const forum of forums) expect(legalBasesOf(forum, []).length, forum).toBeGreaterThan(0);
  });

  it('are supported by a fact, an exhibit, country information or a citation, never by the argument alone', () => {
    const none = { eventIds: [], exhibits: [], countryInformation: [], versions: {} };
    expect(elementSupported(undefined)).toBe(false);
    expect(elementSupported({ ...none, argument: 'A long argument with no evidence.' })).toBe(false);
    expect(elementSupported({ ...none, eventIds: ['e1'] })).toBe(true);
    expect(elementSupported({ ...none, exhibits: [{ evidenceId: 'x' }] })).toBe(true);
    expect(elementSupported({ ...none, countryInformation: ['HRW 2025'] })).toBe(true);
    expect(elementSupported({ ...none, argument: 'See [[cite:x p.2]].' })).toBe(true);
    expect(elementSupported({ ...none, versions: { ru: { argument: 'См. [[cite:x]].' } } })).toBe(true);
  });
});
