// Certificates of translation and interpretation (issue 15), read back from real exports with
// pdftotext: behind each translation's pages, in the form its template names (EOIR, UK, generic),
// naming the translator and both languages, saying when it covers an excerpt; listed in the
// contents with its page; the index showing the original's and the translation's titles; the
// original's separator naming its translation; the statement followed by its certificate of
// interpretation. Page numbers still add up: pdfinfo counts the pages the export reports.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificateText } from '../../src/core/dossier/certificate-text.js';
import { dossierText, type DossierLanguage } from '../../src/core/dossier/dossier-text.js';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { repoRoot, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const artifacts = path.join(repoRoot, 'test-artifacts', 'dossier');

const translator = {
  id: 't1',
  name: 'Dana Zhaksylykova',
  roles: ['translator', 'interpreter'],
  address: '12 Abay Avenue, Almaty',
  phone: '+7 701 555 01 02',
  qualifications: 'Sworn translator',
  certifiedBy: 'Almaty Notary Chamber, no. 118',
  languages: ['kk', 'ru', 'en'],
};

const translationTitle = 'Extradition order, English translation';
const translationText = 'PROSECUTOR GENERAL. Order on extradition of A. N. Sadykova.';

/** The sample case with an English translation of page 1 of the order, by the translator above, and the statement read back in Kazakh. */
async function translatedCase(dir: string, excerpt = true) {
  await writeFile(path.join(dir, 'order-en.txt'), `${translationText}\n`);
  return writeSampleCase(dir, {
    translators: [translator],
    evidence: [
      ...sampleCase.evidence,
      {
        key: 'order-en',
        file: 'order-en.txt',
        title: translationTitle,
        kind: 'court_document',
        language: 'en',
        translationOf: 'order',
        translation: { translator: 't1', sourceLanguage: 'ru', targetLanguage: 'en', ...(excerpt ? { excerpt: { from: 1, to: 1 } } : {}) },
      },
    ],
    persecution: { ...sampleCase.persecution, statementInterpretation: { interpreter: 't1', language: 'kk', date: '2026-11-18' } },
  } as Partial<typeof sampleCase>);
}

/** The text of each page, as pdftotext reads it (pages split at form feeds). */
function pagesOf(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((page) => page.replace(/\s+/g, ' '));
}

function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

async function exportTranslated(template: string, language: DossierLanguage, options: { excerpt?: boolean } = {}) {
  const { vault } = await newVault();
  const dir = await tempDir('dossier-certificates-');
  const folder = path.join(dir, 'case');
  await mkdir(folder);
  const { caseId } = await importCase(vault, await translatedCase(folder, options.excerpt ?? true));
  const out = path.join(dir, `${template}-${language}.pdf`);
  const result = await exportDossier(vault, caseId, out, { template, language, today: '2026-11-20' });
  vault.close();
  const translation = result.exhibits.find((exhibit) => exhibit.title === translationTitle)!;
  const original = result.exhibits.find((exhibit) => exhibit.title === 'Extradition order')!;
  return { out, result, translation, original, pages: pagesOf(out) };
}

describe.each([
  ['us-immigration-court', 'eoir', 'en'],
  ['national-asylum-bundle', 'uk', 'en'],
  ['un-cat-interim-measures', 'generic', 'en'],
  ['us-immigration-court', 'eoir', 'ru'],
  ['un-cat-interim-measures', 'generic', 'fr'],
] as const)('a translation exported with %s (the %s form) in %s', (template, form, language) => {
  it('is followed by its certificate, naming the translator, both languages and the excerpt, listed in the contents', async () => {
    const { out, result, translation, original, pages } = await exportTranslated(template, language);
    const c = certificateText[language];
    const t = dossierText[language];
    expect(pageCount(out)).toBe(result.pages);
    // A structurally sound file (qpdf exits non-zero on any error it finds).
    execFileSync('qpdf', ['--check', out], { encoding: 'utf8' });

    // Separator, the typeset translation, then the certificate: the last of the exhibit's pages.
    expect(translation.pages).toBe(3);
    const translationPage = pages[translation.firstPage]!; // 0-based: the page after the separator
    const certificatePage = pages[translation.firstPage + 1]!;
    expect(translationPage).toContain(translationText);
    const heading = form === 'uk' ? c.translatorStatementHeading : c.translationHeading;
    expect(certificatePage).toContain(heading);
    expect(certificatePage).toContain(translator.name);
    const names = new Intl.DisplayNames([language], { type: 'language' });
    expect(certificatePage).toContain(names.of('ru'));
    expect(certificatePage).toContain(names.of('en'));
    expect(certificatePage).toContain(c.excerpt('1'));
    // What each form asks of the translator.
    if (form === 'eoir') {
      expect(certificatePage).toContain(translator.address);
      expect(certificatePage).toContain(translator.phone);
      expect(certificatePage).toContain(c.signature);
      expect(certificatePage).toContain(c.date);
    }
    if (form === 'uk') {
      expect(certificatePage).toContain(translator.qualifications);
      expect(certificatePage).toContain(translator.certifiedBy);
    }
    // Its footer carries its dossier page number, as every page does.
    expect(certificatePage).toContain(`${translation.firstPage + 2} / ${result.pages}`);
    // The next page is another exhibit's separator or the manifest, never more of this one.
    expect(pages[translation.firstPage + 2]).not.toContain(heading);

    // The contents list the certificate with the page it is on.
    const contents = pages.find((page) => page.includes(t.contents))!;
    const entry = c.contentsEntry(`${translationWord(template, language)} ${translation.label}`);
    expect(contents).toMatch(new RegExp(`${escape(entry)}[ .]*${translation.firstPage + 2}\\b`));

    // The original's separator names its translation.
    expect(pages[original.firstPage - 1]).toContain(c.translatedAs);

    // For a person to look at: the certificate page.
    await mkdir(artifacts, { recursive: true });
    const page = String(translation.firstPage + 2);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', page, '-l', page, out, path.join(artifacts, `certificate-${template}-${language}`)]);
  });
});

describe('the exhibit index and the statement', () => {
  it('show both titles of a translated document, and the certificate of interpretation after the statement', async () => {
    const { pages, original, translation } = await exportTranslated('national-asylum-bundle', 'en', { excerpt: false });
    const t = dossierText.en;
    const c = certificateText.en;
    const index = pages.find((page) => page.includes(t.exhibitIndex.sha256) && page.includes(t.sections.exhibitIndex))!;
    // The title column wraps, and pdftotext reads a table row by row: each title's first line.
    expect(index).toContain(`${c.indexTranslation} ${translation.label}: ${translationTitle.split(' ').slice(0, 2).join(' ')}`);
    expect(index).toContain(`(${t.separator.translationOf.toLowerCase()} ${original.label}: Extradition order)`);
    // The whole document: no excerpt note.
    expect(pages[translation.firstPage + 1]).not.toContain('excerpt');

    const statement = pages.find((page) => page.includes(c.interpretationHeading))!;
    expect(statement).toContain(t.sections.statement);
    expect(statement).toContain(
      c.interpretation({ interpreter: translator.name, applicant: sampleCase.client.fullName, language: 'Kazakh', statementLanguage: 'English', date: '18 November 2026' }).replace(/\s+/g, ' '),
    );
  });
});

function translationWord(template: string, language: DossierLanguage): string {
  const words: Record<string, Record<DossierLanguage, string>> = {
    'us-immigration-court': { en: 'Tab', ru: 'Вкладка', fr: 'Onglet' },
    'national-asylum-bundle': { en: 'Tab', ru: 'Вкладка', fr: 'Onglet' },
    'un-cat-interim-measures': { en: 'Annex', ru: 'Приложение', fr: 'Annexe' },
  };
  return words[template]![language];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
