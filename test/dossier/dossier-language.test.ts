// A Russian or French dossier speaks its language: every word that comes from Dossier itself
// (headings, labels, vocabularies, deadline texts, notices, cover fields) is in the dossier's
// language, and what the lawyer typed prints as typed. The demo case is exported in ru and fr and
// read back with pdf.js; the English of our own tables (each English string that differs from its
// counterpart) must not appear in it once the lawyer's own text is taken out, and the headings and
// labels of the language must.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { DEMO_REFERENCE_DATE } from '../../src/demo/demo-case.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import { argumentText } from '../../src/core/dossier/argument-text.js';
import { dossierText, type DossierLanguage } from '../../src/core/dossier/dossier-text.js';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { dossierTemplates, findTemplate } from '../../src/core/dossier/templates.js';
import { deadlineTexts, filingDatesLead } from '../../src/shared/deadline-text.js';
import { legalBasisTitles, legalElements } from '../../src/shared/legal-elements.js';
import type { CaseDetail } from '../../src/shared/models.js';
import { vocabularies } from '../../src/shared/vocabulary.js';
import { readPdf } from '../support/pdf-reader.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

/** Stand-ins for the arguments of a table's functions; the words around them are what count. */
const markers = ['\u0001', '\u0002', '\u0003'];

/**
 * An English word left as it is in the Russian table ("contested" for "оспаривается"): Russian
 * has no lower-case Latin words of its own; names and codes (SHA-256, PDF, macOS) are not caught.
 */
function untranslatedInRussian(text: string): boolean {
  return /(?<![\p{L}])[a-z]{3,}(?![\p{L}])/u.test(text.replace(/\b(macOS|certutil|hashfile|shasum|sha256sum)\b/g, ''));
}

/**
 * Words of the English table whose counterpart in `other` differs, found by walking both
 * together; for Russian, also those left untranslated.
 */
function englishOnly(en: unknown, other: unknown, where: string, found: Map<string, string>, language: DossierLanguage): void {
  if (typeof en === 'function' && typeof other === 'function') {
    englishOnly(String(en(...markers)), String(other(...markers)), where, found, language);
  } else if (typeof en === 'string') {
    if (en === other && !(language === 'ru' && untranslatedInRussian(en))) return;
    // Placeholders ({subject}, {n}) and function arguments split a string into its fixed words.
    for (const fragment of en.split(/\{[a-z]+\}|[\u0001-\u0003]/)) {
      const words = fragment.replace(/\s+/g, ' ').trim().replace(/^[\s:;,.—–-]+|[\s:;,—–-]+$/g, '');
      const translated = typeof other === 'string' && other !== en && other.includes(words);
      if (/\p{L}/u.test(words) && words.length >= 2 && !translated) found.set(words, where);
    }
  } else if (Array.isArray(en)) {
    en.forEach((entry, index) => englishOnly(entry, (other as unknown[] | undefined)?.[index], `${where}[${index}]`, found, language));
  } else if (en && typeof en === 'object') {
    for (const [key, value] of Object.entries(en)) englishOnly(value, (other as Record<string, unknown> | undefined)?.[key], `${where}.${key}`, found, language);
  }
}

/** Every English string of our tables that the `language` table says differently, with where it is from. */
function ourEnglish(language: DossierLanguage): Map<string, string> {
  const found = new Map<string, string>();
  // The warnings go to the window and the terminal, never onto a page.
  englishOnly({ ...dossierText.en, warnings: undefined }, { ...dossierText[language], warnings: undefined }, 'dossierText', found, language);
  englishOnly(vocabularies.en, vocabularies[language], 'vocabularies', found, language);
  englishOnly(deadlineTexts.en, deadlineTexts[language], 'deadlineTexts', found, language);
  englishOnly(filingDatesLead.en, filingDatesLead[language], 'filingDatesLead', found, language);
  englishOnly(argumentText.en, argumentText[language], 'argumentText', found, language);
  for (const [basis, title] of Object.entries(legalBasisTitles)) englishOnly(title.en, title[language], `legalBasisTitles.${basis}`, found, language);
  for (const element of legalElements) englishOnly(element.label.en, element.label[language], `legalElements.${element.key}`, found, language);
  for (const template of dossierTemplates) {
    const localized = [template.title, template.exhibitWord, ...Object.values(template.headings ?? {})];
    for (const [index, entry] of localized.entries()) {
      if (entry) englishOnly(entry.en, entry[language], `templates.${template.id}[${index}]`, found, language);
    }
  }
  return found;
}

/**
 * What the lawyer typed: every string of the case, except the words Dossier itself derived
 * (a derived deadline's title and advice), which must be in the dossier's language.
 */
function typedByTheLawyer(detail: CaseDetail): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk({ ...detail, deadlines: detail.deadlines.filter((deadline) => deadline.origin !== 'derived') });
  return strings;
}

/** A word without the punctuation around it; punctuation alone becomes '' and is left out. */
function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((word) => word !== '');
}

/**
 * The dossier's words with what the lawyer typed taken out. Typed text is found as runs of its
 * own words (three in a row, or the whole of a shorter entry), not as one string: a table cell
 * broken over two pages has the next page's column titles in the middle of it. A word of ours
 * left next to the lawyer's words stays, since no run of the lawyer's text holds it there.
 */
function ownWords(text: string, typed: string[]): string {
  const tokens = words(text);
  const runs = new Map<number, Set<string>>([1, 2, 3].map((length) => [length, new Set<string>()]));
  for (const entry of typed) {
    const entryWords = words(entry);
    const length = Math.min(3, entryWords.length);
    for (let start = 0; length > 0 && start + length <= entryWords.length; start += 1) runs.get(length)!.add(entryWords.slice(start, start + length).join(' '));
  }
  const typedHere = new Array<boolean>(tokens.length).fill(false);
  for (const [length, known] of runs) {
    for (let start = 0; start + length <= tokens.length; start += 1) {
      if (known.has(tokens.slice(start, start + length).join(' '))) typedHere.fill(true, start, start + length);
    }
  }
  return tokens.map((token, index) => (typedHere[index] ? '¶' : token)).join(' ');
}

interface Exported {
  /** The text of the dossier's own pages (not the exhibits' pages, nor the page footers), whitespace collapsed, as pdf.js reads it. */
  text: string;
  /** The same as pdftotext reads it. */
  popplerText: string;
  detail: CaseDetail;
}

async function demoDossier(language: DossierLanguage, template: string, withExhibits: boolean): Promise<Exported> {
  const { vault } = await newVault();
  const dir = await tempDir('dossier-language-');
  const { caseId } = await importCase(vault, await writeDemoCase(dir));
  const out = path.join(dir, `${template}-${language}.pdf`);
  const result = await exportDossier(vault, caseId, out, { template, language, today: DEMO_REFERENCE_DATE, ...(withExhibits ? {} : { exhibitIds: [] }) });
  const pdf = await readPdf(out);
  const detail = getCaseDetail(vault, caseId);
  const reference = detail.case.reference ?? detail.case.title;
  // An exhibit's own pages are the exhibit (a Russian court's PDF, an English translation): not ours.
  const exhibitPages = new Set(result.exhibits.flatMap((exhibit) => Array.from({ length: exhibit.pages - 1 }, (_, offset) => exhibit.firstPage + offset)));
  const ours = (pages: string[]) =>
    pages.map((page, index) => (exhibitPages.has(index) ? '' : page.replace(/\s+/g, ' ').replace(`${reference} ${index + 1} / ${pdf.pageCount}`, ' '))).join(' ');
  // Poppler's reading too: two readers, two ways of ordering and joining a page's words.
  const popplerPages = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  return { text: ours(pdf.pages.map((page) => page.text)), popplerText: ours(popplerPages.slice(0, pdf.pageCount)), detail };
}

const cases = (['ru', 'fr'] as const).flatMap((language) =>
  dossierTemplates.map((template) => ({ language, template: template.id, withExhibits: template.id === 'un-cat-interim-measures' })),
);

describe.each(cases)('a $language dossier of the demo case, template $template', ({ language, template, withExhibits }) => {
  it('prints none of our English words, and its own headings and labels', async () => {
    const exported = await demoDossier(language, template, withExhibits);
    const typed = typedByTheLawyer(exported.detail);
    for (const [reader, text] of [['pdf.js', exported.text], ['pdftotext', exported.popplerText]] as const) {
      const rest = ownWords(text, typed);
      const english = [...ourEnglish(language)].flatMap(([fragment, where]) => {
        const sought = ` ${words(fragment).join(' ')} `;
        const found = ` ${rest} `.indexOf(sought);
        // The words around it say where on the page it is.
        return sought.trim() !== '' && found >= 0 ? [`"${fragment}" (${where}) in "…${rest.slice(Math.max(0, found - 60), found + sought.length + 40)}…"`] : [];
      });
      expect(english, reader).toEqual([]);
    }

    const t = dossierText[language];
    const chosen = findTemplate(template)!;
    for (const section of chosen.sections) expect(exported.text).toContain(chosen.headings?.[section]?.[language] ?? t.sections[section]);
    // The standard cover's labels; a forum's own first page (the EOIR caption, an urgent letter) has its own words, checked in filing-templates.test.ts.
    const coverLabels = (chosen.cover ?? 'standard') === 'standard' ? [t.preparedOn, t.client.toUpperCase()] : [];
    for (const label of [t.contents, t.manifest, ...coverLabels, t.manifestColumns.file, t.chronology.date]) expect(exported.text).toContain(label);
    if (coverLabels.length > 0) expect(exported.text).toContain(chosen.title[language].replace(/\s+/g, ' ').split(' ').slice(0, 3).join(' '));
    // What the lawyer typed is printed as typed, here the client's names and an event's title.
    expect(exported.text).toContain(exported.detail.client.fullName);
    expect(exported.text).toContain(exported.detail.client.fullNameNative!);
  }, 120_000);
});
