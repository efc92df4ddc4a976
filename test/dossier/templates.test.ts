// The templates are data; these checks keep them coherent as they grow.
import { describe, expect, it } from 'vitest';
import { dossierText } from '../../src/core/dossier/dossier-text.js';
import { formatDatedValue } from '../../src/shared/format/dates.js';
import { formatFileSize } from '../../src/shared/format/file-size.js';
import { languages as dossierLanguages } from '../../src/shared/format/languages.js';
import { applicantFields, defaultTemplateId, dossierTemplates, exhibitLabel, findTemplate, sectionIds, sectionsOnTheirOwnPage } from '../../src/core/dossier/templates.js';
import { forums } from '../../src/shared/models.js';

describe('dossier templates', () => {
  it('are the five the forums need, each well formed', () => {
    expect(dossierTemplates.map((template) => template.id)).toEqual([
      'embassy-humanitarian-visa',
      'un-cat-interim-measures',
      'national-asylum-bundle',
      'us-immigration-court',
      'urgent-interim-measures',
    ]);
    for (const template of dossierTemplates) {
      expect(new Set(template.sections).size).toBe(template.sections.length);
      for (const section of template.sections) expect(sectionIds).toContain(section);
      for (const field of template.applicantFields) expect(applicantFields).toContain(field);
      for (const language of dossierLanguages) expect(template.title[language].length).toBeGreaterThan(10);
      expect(template.sections).toContain('exhibitIndex');
    }
  });

  it('give the UN committee template the facts, rights, remedies and interim measures, measures first', () => {
    const cat = findTemplate('un-cat-interim-measures')!;
    expect(cat.sections[0]).toBe('interimMeasures');
    expect(cat.sections).toEqual(expect.arrayContaining(['chronology', 'rights', 'remedies']));
  });

  it('give the CAT template the model complaint form: other international procedures, and the signed authorisation last', () => {
    const cat = findTemplate('un-cat-interim-measures')!;
    expect(cat.sections.indexOf('otherProcedures')).toBeGreaterThan(cat.sections.indexOf('remedies'));
    expect(cat.sections.at(-1)).toBe('authorisation');
    expect(sectionsOnTheirOwnPage.has('authorisation')).toBe(true);
  });

  it('frame the risk under CAT art. 3 for the committee and under the Refugee Convention elsewhere, declared per template', () => {
    const framings = Object.fromEntries(dossierTemplates.map((template) => [template.id, template.persecutionFraming]));
    expect(framings).toEqual({
      'embassy-humanitarian-visa': 'refugeeConvention',
      'un-cat-interim-measures': 'tortureRisk',
      'national-asylum-bundle': 'refugeeConvention',
      'us-immigration-court': 'refugeeConvention',
      'urgent-interim-measures': 'tortureRisk',
    });
    for (const language of dossierLanguages) {
      const framing = dossierText[language].persecution.tortureRisk;
      // The article 3 test in each language: substantial grounds, a personal and real risk, public officials.
      expect(framing.intro).toMatch({ en: /substantial grounds.*personal.*real.*public officials/s, ru: /серьёзные основания.*личной.*реальной.*должностными лицами/s, fr: /motifs sérieux.*personnel.*réel.*agents de la fonction publique/s }[language]);
      expect(framing.grounds).not.toBe(dossierText[language].persecution.refugeeConvention.grounds);
    }
  });

  it('have a default for every forum', () => {
    for (const forum of forums) expect(findTemplate(defaultTemplateId[forum]!)).toBeDefined();
  });

  it('label exhibits A … Z, AA … or 1, 2 …', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map((index) => exhibitLabel(index, 'letters'))).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(exhibitLabel(0, 'numbers')).toBe('1');
    expect(exhibitLabel(199, 'numbers')).toBe('200');
  });
});

describe('dossier text', () => {
  it('has every fixed string in every language', () => {
    const keysOf = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}${key}.`))
        : [prefix];
    const english = keysOf(dossierText.en).sort();
    for (const language of dossierLanguages) {
      expect(keysOf(dossierText[language]).sort()).toEqual(english);
      const strings = JSON.stringify(dossierText[language]);
      expect(strings).not.toMatch(/""/);
    }
  });

  it('writes dates with their precision in each language', () => {
    expect(formatDatedValue({ date: '2022-03-12', precision: 'day' }, 'en')).toBe('12 March 2022');
    expect(formatDatedValue({ date: '2022-10', precision: 'month' }, 'ru')).toBe('октябрь 2022 г.');
    expect(formatDatedValue({ date: '2019', precision: 'approximate' }, 'fr')).toBe('vers 2019');
    expect(formatDatedValue({ date: '2020-03', precision: 'before' }, 'en')).toBe('before March 2020');
    expect(formatDatedValue({ date: '2021', precision: 'range', dateEnd: '2023-05' }, 'en')).toBe('2021 – May 2023');
  });

  it('writes file sizes a clerk can read', () => {
    expect(formatFileSize(96, 'en')).toBe('96 bytes');
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB');
    expect(formatFileSize(5 * 1024 * 1024, 'fr')).toBe('5 Mo');
  });
});
