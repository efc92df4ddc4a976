// What the dossier's own pages say about places and the forum: countries and languages as names
// in the dossier's language, never "RU" or "KZ"; the State party of a UN committee communication
// on the cover and in the rights section; and the CAT template's model-complaint parts (other
// international procedures, the article 3 framing of the risk, the page the complainant and
// counsel sign). The demo case is exported per template and language and read back with pdf.js;
// the covers are drawn with pdftoppm into test-artifacts/dossier/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import { dossierText, type DossierLanguage } from '../../src/core/dossier/dossier-text.js';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { findTemplate } from '../../src/core/dossier/templates.js';
import { countryName, languageName } from '../../src/shared/place-names.js';
import type { CaseInput } from '../../src/shared/models.js';
import { flatText, readPdf, type ReadPdf } from '../support/pdf-reader.js';
import { repoRoot } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const artifacts = path.join(repoRoot, 'test-artifacts', 'dossier');
const languages: DossierLanguage[] = ['en', 'ru', 'fr'];

type Exporter = (language: DossierLanguage, template: string) => Promise<{ out: string; pdf: ReadPdf }>;

/**
 * The demo case in a new vault, its case record changed by `caseChanges`, and a function that
 * exports it without exhibits (the dossier's own pages are what these tests read).
 */
async function demoVault(caseChanges: Partial<CaseInput> = {}): Promise<Exporter> {
  const { vault } = await newVault();
  const dir = await tempDir('dossier-committee-');
  const jsonPath = await writeDemoCase(dir);
  const doc = JSON.parse(await readFile(jsonPath, 'utf8'));
  doc.case = { ...doc.case, ...caseChanges };
  await writeFile(jsonPath, JSON.stringify(doc));
  const { caseId } = await importCase(vault, jsonPath);
  return async (language, template) => {
    const out = path.join(dir, `${template}-${language}.pdf`);
    await exportDossier(vault, caseId, out, { template, language, exhibitIds: [], today: '2026-03-16' });
    return { out, pdf: await readPdf(out) };
  };
}


function renderPage(file: string, page: number, name: string): void {
  execFileSync('pdftoppm', ['-r', '70', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, path.join(artifacts, name)]);
}

/** The text of the pages from the one the bookmark `title` targets to the one where the next section starts. */
function sectionText(pdf: ReadPdf, title: string): string {
  const index = pdf.outline.findIndex((entry) => entry.title === title);
  expect(index, `no bookmark "${title}"`).toBeGreaterThanOrEqual(0);
  const first = pdf.outline[index]!.target;
  const next = pdf.outline[index + 1]?.target ?? pdf.pageCount;
  return pdf.pages
    .slice(first, next + 1)
    .map((page) => flatText(page.text))
    .join('\n');
}

/** One of these codes standing alone, as a word: a country code printed where a name belongs. */
function bareCode(...codes: string[]): RegExp {
  return new RegExp(`(^|[^\\p{L}\\p{N}/-])(${codes.join('|')})(?=$|[^\\p{L}\\p{N}/-])`, 'u');
}
const bareCountryCode = bareCode('RU', 'KZ');

describe('country and language names', () => {
  it('names a two-letter country code in the language asked for, in either case, and leaves anything else as typed', () => {
    expect(countryName('RU', 'en')).toBe('Russia');
    expect(countryName('ru', 'ru')).toBe('Россия');
    expect(countryName(' kz ', 'fr')).toBe('Kazakhstan');
    expect(countryName('KZ', 'ru')).toBe('Казахстан');
    for (const typed of ['Almaty region', 'USSR', 'Kazakhstan', 'XX', 'ZZ', 'K1', '']) expect(countryName(typed, 'en')).toBe(typed);
  });

  it('names a language code, and leaves a name or a malformed tag as typed', () => {
    expect(languageName('kk', 'ru')).toBe('казахский');
    expect(languageName('ru', 'en')).toBe('Russian');
    expect(languageName('en', 'fr')).toBe('anglais');
    for (const typed of ['Kazakh', 'not a tag', '']) expect(languageName(typed, 'en')).toBe(typed);
  });
});

describe('the UN committee dossier of the demo case', () => {
  const expected = {
    en: { russia: 'Russia', kazakhstan: 'Kazakhstan', citizenship: 'Citizenship Russia' },
    ru: { russia: 'Россия', kazakhstan: 'Казахстан', citizenship: 'Гражданство Россия' },
    fr: { russia: 'Russie', kazakhstan: 'Kazakhstan', citizenship: 'Nationalité Russie' },
  } as const;

  it('prints countries as names, the State party, the article 3 framing and the signature page, in en, ru and fr', async () => {
    await mkdir(artifacts, { recursive: true });
    const exportAs = await demoVault();
    for (const language of languages) {
      const t = dossierText[language];
      const template = findTemplate('un-cat-interim-measures')!;
      const heading = (section: keyof typeof t.sections) => template.headings?.[section]?.[language] ?? t.sections[section];
      const { out, pdf } = await exportAs(language, template.id);
      const names = expected[language];

      const cover = flatText(pdf.pages[0]!.text);
      expect(cover).toContain(`${t.forum} ${t.forums.un_cat}`);
      expect(cover).toContain(`${t.stateParty} ${names.kazakhstan}`);
      expect(cover).toContain(`${t.counsel} Dana Seitkali`);

      const applicant = sectionText(pdf, heading('applicant'));
      expect(applicant).toContain(names.citizenship);
      expect(applicant).toContain(`75 4821936 (${names.russia})`);
      expect(applicant).toContain(`000417 (${names.kazakhstan})`);
      expect(applicant).toContain(`2026-04-08), ${names.kazakhstan}`);

      const risk = sectionText(pdf, heading('persecution'));
      const framing = t.persecution.tortureRisk;
      expect(risk).toContain(framing.intro!.slice(0, 40));
      expect(risk).toContain(framing.risks);
      expect(risk).toContain(framing.countryInformation.slice(0, 30));
      expect(risk).not.toContain(t.persecution.refugeeConvention.agents);
      // The charges name the prosecuting State in words.
      expect(risk).toContain(`${names.russia}, Criminal Code of the Russian Federation, 338(3)`);

      const rights = sectionText(pdf, heading('rights'));
      expect(rights).toContain(`${t.stateParty} ${names.kazakhstan}`);

      const procedures = sectionText(pdf, t.sections.otherProcedures);
      // The lawyer's own words: the demo's Russian version in a Russian dossier, the text as typed (English) otherwise.
      expect(procedures).toContain(language === 'ru' ? 'не представлялся и не рассматривается в рамках другой процедуры' : 'has not been submitted to, and is not being examined under');

      // The signature page comes last of the sections, on a page of its own.
      const sections = pdf.outline.map((entry) => entry.title);
      expect(sections.indexOf(t.sections.authorisation)).toBe(sections.indexOf(heading('exhibitIndex')) + 1);
      const signing = pdf.outline.find((entry) => entry.title === t.sections.authorisation)!;
      expect(signing.target).toBeGreaterThan(pdf.outline.find((entry) => entry.title === heading('exhibitIndex'))!.target);
      const authorisation = flatText(pdf.pages[signing.target]!.text);
      expect(authorisation).toContain(t.authorisation.consent('Yerlan Serikovich Toktarov', 'Dana Seitkali'));
      for (const label of [t.authorisation.complainant, t.authorisation.counsel]) expect(authorisation).toContain(label);
      expect(authorisation.split(t.authorisation.signature).length - 1).toBe(2);
      expect(authorisation.split(t.authorisation.placeAndDate).length - 1).toBe(2);
      renderPage(out, signing.target + 1, `authorisation-cat-${language}`);

      // No page of the dossier's own prints a bare country code.
      pdf.pages.forEach((page, index) => expect(flatText(page.text), `page ${index + 1} (${language})`).not.toMatch(bareCountryCode));
    }
  }, 120_000);

  it('leaves a missing counsel as a line to fill in, never "undefined"', async () => {
    const exportAs = await demoVault({ responsibleLawyer: undefined });
    const { pdf } = await exportAs('en', 'un-cat-interim-measures');
    const signing = pdf.outline.find((entry) => entry.title === dossierText.en.sections.authorisation)!;
    const text = flatText(pdf.pages[signing.target]!.text);
    expect(text).toContain('authorise ______________________________ to represent me');
    expect(text).not.toContain('undefined');
    expect(flatText(pdf.pages[0]!.text)).not.toContain(dossierText.en.counsel);
  }, 60_000);
});

describe('cover fields of every template', () => {
  // Each template with the kind of case it is made for, so that every cover label is read in the
  // situation it will be printed in.
  const cases: { template: string; changes: Partial<CaseInput>; destination: keyof typeof dossierText.en.destinations }[] = [
    { template: 'embassy-humanitarian-visa', changes: { forum: 'embassy_humanitarian_visa', destination: 'de', stateParty: undefined }, destination: 'embassy_humanitarian_visa' },
    { template: 'national-asylum-bundle', changes: { forum: 'national_asylum', destination: 'DE', stateParty: undefined }, destination: 'national_asylum' },
    { template: 'un-cat-interim-measures', changes: {}, destination: 'un_cat' },
  ];
  const germany = { en: 'Germany', ru: 'Германия', fr: 'Allemagne' } as const;

  for (const { template, changes, destination } of cases) {
    it(`labels the destination for what it is, in en, ru and fr (${template})`, async () => {
      await mkdir(artifacts, { recursive: true });
      const exportAs = await demoVault(changes);
      for (const language of languages) {
        const t = dossierText[language];
        const { out, pdf } = await exportAs(language, template);
        const cover = flatText(pdf.pages[0]!.text);
        expect(cover).toContain(findTemplate(template)!.title[language].slice(0, 20));
        if (changes.destination) expect(cover).toContain(`${t.destinations[destination]} ${germany[language]}`);
        else expect(cover).toContain(`${t.destinations[destination]} OHCHR, Geneva`);
        expect(cover.includes(t.stateParty)).toBe(!('stateParty' in changes));
        expect(cover).not.toMatch(bareCode('RU', 'KZ', 'DE'));
        renderPage(out, 1, `cover-${template}-${language}`);
      }
    }, 120_000);
  }
});
