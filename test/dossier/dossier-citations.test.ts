// Citations in the exported dossier, read back with pdf.js as a recipient's viewer reads them:
// the demo case, with citations in every kind of text that can hold one (the statement, the
// interim-measures request, an event's description, the arguments, their Russian and French
// versions), exported in en, ru and fr. Every citation the dossier prints is followed from its
// link to the page it lands on, which must carry the cited exhibit's name and the printed page
// number the citation states; the citation report says the same. Reordering the exhibits, and
// splitting the dossier into parts, keep every citation right.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argumentText } from '../../src/core/dossier/argument-text.js';
import { dossierCitations } from '../../src/core/dossier/dossier-citations.js';
import { exportDossier, planDossier, type ExportOptions } from '../../src/core/dossier/export-dossier.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { saveElementArgument } from '../../src/core/records/element-arguments.js';
import { updateEvent } from '../../src/core/records/events.js';
import { savePersecution } from '../../src/core/records/persecution.js';
import { Vault } from '../../src/core/vault/vault.js';
import { DEMO_REFERENCE_DATE } from '../../src/demo/demo-case.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import type { CitationReportEntry } from '../../src/shared/citations.js';
import type { Language } from '../../src/shared/format/languages.js';
import { legalBasisTitles } from '../../src/shared/legal-elements.js';
import type { CaseDetail } from '../../src/shared/models.js';
import { caseTextLanguage } from '../../src/shared/text-versions.js';
import { importCaseChecked } from '../support/import-checked.js';
import { flatText } from '../support/pdf-reader.js';
import { PASSPHRASE, repoRoot } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const base = { today: DEMO_REFERENCE_DATE } satisfies ExportOptions;
const artifacts = path.join(repoRoot, 'test-artifacts', 'dossier');

interface ReadLink {
  /** A named destination in this file, or one in another file (a part). */
  dest: string;
  file?: string | undefined;
  /** The word under the link (each word of a link is drawn, and linked, on its own). */
  word: string;
}

interface ReadFile {
  pages: { text: string; links: ReadLink[] }[];
  /** The page (from 1, in this file) a named destination opens. */
  landing(dest: string): Promise<number>;
  close(): Promise<void>;
}

async function openPdf(file: string): Promise<ReadFile> {
  const doc: PDFDocumentProxy = await getDocument({ data: new Uint8Array(await readFile(file)), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: ReadFile['pages'] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) => ('str' in item ? [item] : []));
    const text = items.map((item) => item.str).join(' ');
    const wordAt = (rect: number[]): string => {
      const x = (rect[0]! + rect[2]!) / 2;
      const y = (rect[1]! + rect[3]!) / 2;
      const item = items.find(({ transform, width, height }) => x >= transform[4] && x <= transform[4] + width && y >= transform[5] - height * 0.3 && y <= transform[5] + height);
      return (item?.str ?? '').replace(/\u00a0/g, ' ');
    };
    const links: ReadLink[] = [];
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype !== 'Link') continue;
      const word = wordAt(annotation.rect as number[]);
      if (typeof annotation.dest === 'string') links.push({ dest: annotation.dest, word });
      // A link into another part: pdf.js gives its file and destination as "FILE#DEST".
      else if (typeof annotation.unsafeUrl === 'string') {
        const [linked, dest] = (annotation.unsafeUrl as string).split('#');
        links.push({ dest: dest!, file: linked, word });
      }
    }
    pages.push({ text: flatText(text), links });
    page.cleanup();
  }
  return {
    pages,
    async landing(dest) {
      const explicit = await doc.getDestination(dest);
      if (!explicit) return -1;
      return (await doc.getPageIndex(explicit[0] as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
    },
    close: () => doc.destroy(),
  };
}

let vault: Vault;
let caseId: string;

/** The report's entries whose text this language's dossier prints: the version in it, else the text as typed. */
function printedIn(report: CitationReportEntry[], detail: CaseDetail, language: Language): CitationReportEntry[] {
  const written = caseTextLanguage(detail);
  const hasVersion = (entry: CitationReportEntry): boolean => {
    const { record, recordId } = entry.place;
    if (record === 'persecution') return Boolean(detail.persecution?.versions?.[language]?.[entry.place.field as 'narrative' | 'interimMeasures']);
    if (record === 'event') return Boolean(detail.events.find((event) => event.id === recordId)?.versions?.[language]?.description);
    return Boolean(detail.elementArguments?.find((argument) => argument.element === recordId)?.versions?.[language]?.argument);
  };
  return report.filter((entry) => {
    // Only the CAT's elements print in the committee's dossier (the case's legal test).
    if (entry.place.record === 'element' && !entry.place.recordId!.startsWith('cat_')) return false;
    // An element's linked exhibits print in every language: they are links, not a text with versions.
    if (entry.place.field === 'exhibits') return true;
    if (entry.place.language) return entry.place.language === language && (written !== language || entry.place.language === written);
    return written === language || !hasVersion(entry);
  });
}

/** "dossier p. 312" (or pp. 312–313), as the citation of the report's entry prints it. */
function dossierWords(entry: CitationReportEntry, language: Language): string {
  const { pages } = entry.citation;
  const last = pages ? entry.dossierPage! + pages.to - pages.from : entry.dossierPage!;
  return argumentText[language].dossierPages(entry.dossierPage!, last).replace(/\u00a0/g, ' ');
}

/** The citation as the dossier prints it, from the report's entry. */
function printedWords(entry: CitationReportEntry, language: Language): string {
  const words = argumentText[language];
  const { pages } = entry.citation;
  const text = words.citation(entry.exhibitLabel!, pages && words.exhibitPages(pages.from, pages.to), dossierWords(entry, language));
  return flatText(text.replace(/\u00a0/g, ' '));
}

interface Dossier {
  /** The files in order: one, or every part. */
  files: string[];
  /** The first file's pages before the first exhibit: its own cover when in parts, the dossier's cover, contents and sections. */
  frontPages: number;
  /** The printed pages each file holds. */
  ranges: { firstPage: number; lastPage: number }[];
  pages: number;
}

/**
 * Follows every printed citation's link from the front matter (the first file) to its page and
 * checks that the page is stamped with the page number the citation states and the exhibit's
 * name, in whichever file holds it.
 */
async function expectCitationsLand(dossier: Dossier, printed: CitationReportEntry[], language: Language): Promise<void> {
  const files = await Promise.all(dossier.files.map(openPdf));
  try {
    const front = files[0]!.pages.slice(0, dossier.frontPages);
    const frontText = front.map((page) => page.text).join(' ');
    const frontLinks = front.flatMap((page) => page.links);
    const fileNames = dossier.files.map((file) => path.basename(file));
    for (const entry of printed) {
      expect(entry.problem, JSON.stringify(entry)).toBeUndefined();
      expect(frontText).toContain(printedWords(entry, language));
      const page = entry.dossierPage!;
      const holder = dossier.ranges.findIndex((range) => page >= range.firstPage && page <= range.lastPage);
      expect(holder).toBeGreaterThanOrEqual(0);
      // The citation's own link: over the words that give its dossier page. A cited page has a
      // destination of its own; a whole exhibit opens at its separator's.
      const words = dossierWords(entry, language);
      const candidates = frontLinks.filter((link) => link.word.includes(words) && (entry.citation.pages ? link.dest === `page-${page}` : link.dest.startsWith('exhibit-')));
      const landings: number[] = [];
      for (const link of candidates) {
        const target = link.file === undefined ? 0 : fileNames.indexOf(link.file);
        expect(target, `a link names ${link.file}, not a part of this dossier`).toBeGreaterThanOrEqual(0);
        const landed = await files[target]!.landing(link.dest);
        const text = files[target]!.pages[landed - 1]?.text ?? '';
        if (text.includes(`${page} / ${dossier.pages}`)) {
          // The link goes where the page is: its own file, else the part that holds it.
          expect(target).toBe(link.file === undefined ? 0 : holder);
          expect(text).toContain(entry.exhibitLabel!);
          landings.push(landed);
        }
      }
      expect(landings.length, `no link lands on page ${page} for ${JSON.stringify(entry)}`).toBeGreaterThan(0);
    }
  } finally {
    await Promise.all(files.map((file) => file.close()));
  }
  for (const file of dossier.files) execFileSync('qpdf', ['--check', file]);
}

describe('citations in the dossier', () => {
  // One vault for every test here (importing and checking the demo takes a while), removed after them.
  let shared: string;
  beforeAll(async () => {
    shared = await mkdtemp(path.join(os.tmpdir(), 'citations-demo-'));
    ({ vault } = await Vault.create(path.join(shared, 'vault'), PASSPHRASE, { actor: 'test' }));
    await mkdir(path.join(shared, 'case'));
    ({ caseId } = await importCaseChecked(vault, await writeDemoCase(path.join(shared, 'case'))));
    // Citations in every kind of text, to exhibits of several pages and to whole exhibits, as
    // typed and in the Russian and French versions, beside any the demo has of its own.
    const plan = await planDossier(vault, caseId, base);
    const [several, other] = plan.exhibits.filter((exhibit) => exhibit.contentPages >= 2);
    const single = plan.exhibits.find((exhibit) => exhibit.contentPages === 1)!;
    const cite = (exhibit: { evidenceId: string }, pages?: string) => `[[cite:${exhibit.evidenceId}${pages ? ` p.${pages}` : ''}]]`;
    const detail = getCaseDetail(vault, caseId);
    const profile = detail.persecution!;
    const event = detail.events.find((candidate) => candidate.description)!;
    vault.transaction((db) => {
      savePersecution(db, caseId, {
        ...profile,
        narrative: `${profile.narrative} They came for me again ${cite(several!, '2')}.`,
        interimMeasures: `${profile.interimMeasures ?? ''} The order is final ${cite(single)}.`,
        versions: {
          ...profile.versions,
          ru: {
            ...profile.versions?.ru,
            narrative: `${profile.versions?.ru?.narrative ?? profile.narrative} За мной пришли снова ${cite(several!, '1-2')}.`,
            interimMeasures: `${profile.versions?.ru?.interimMeasures ?? ''} Решение окончательное ${cite(single)}.`,
          },
        },
      });
      const russian = event.versions?.ru;
      updateEvent(
        db,
        event.id,
        {
          ...event,
          description: `${event.description} ${cite(other!, '1')}`,
          versions: { ...event.versions, ...(russian?.description ? { ru: { ...russian, description: `${russian.description} ${cite(other!, '2')}` } } : {}) },
        },
        event.evidenceIds,
      );
      saveElementArgument(db, caseId, {
        element: 'cat_personal_risk',
        argument: `He is sought by name ${cite(several!, '2')} and his custody was ordered ${cite(other!)}.`,
        eventIds: [event.id],
        exhibits: [{ evidenceId: several!.evidenceId, pages: { from: 1, to: 2 } }],
        versions: {
          ru: { argument: `Его разыскивают ${cite(several!, '2')}, арест санкционирован ${cite(other!, '2')}.` },
          fr: { argument: `Il est recherché ${cite(other!, '1-2')} ; l’ordre est définitif ${cite(single)}.` },
        },
      });
    });
  }, 300_000);
  afterAll(async () => {
    vault?.close();
    await rm(shared, { recursive: true, force: true });
  });

  for (const language of ['en', 'ru', 'fr'] as const) {
    it(`in ${language}: every citation's link lands on the page stamped with its number and the exhibit's name`, { timeout: 300_000 }, async () => {
      const dir = await tempDir('citations-');
      const options = { ...base, language };
      const report = await dossierCitations(vault, caseId, options);
      const result = await exportDossier(vault, caseId, path.join(dir, `demo-${language}.pdf`), options);
      const printed = printedIn(report, getCaseDetail(vault, caseId), language);
      // The report marks the others as not printed, as this test's own reckoning does.
      expect(report.filter((entry) => entry.printed !== false)).toEqual(printed);
      expect(report.some((entry) => entry.printed === false)).toBe(true);
      // The statement, the request, an event and an argument at least.
      expect(new Set(printed.map((entry) => entry.place.record))).toEqual(new Set(['persecution', 'event', 'element']));
      expect(printed.length).toBeGreaterThanOrEqual(5);
      // The demo's own arguments cite too, beside the one this test wrote.
      expect(new Set(printed.filter((entry) => entry.place.record === 'element').map((entry) => entry.place.recordId)).size).toBeGreaterThan(1);
      // The report lands where the export put each exhibit.
      for (const entry of report) {
        const exhibit = result.exhibits.find((candidate) => entry.exhibitLabel?.endsWith(` ${candidate.label}`));
        if (!entry.problem) expect(entry.dossierPage).toBe(exhibit!.firstPage + (entry.citation.pages?.from ?? 0));
      }
      const frontPages = (await planDossier(vault, caseId, options)).pagesBeforeExhibits;
      await expectCitationsLand({ files: [result.file], frontPages, ranges: [{ firstPage: 1, lastPage: result.pages }], pages: result.pages }, printed, language);
      // The argument's first page, drawn for a person to look at.
      const read = await openPdf(result.file);
      const argumentPage = read.pages.findIndex((page) => page.text.includes(legalBasisTitles.cat_art3[language])) + 1;
      await read.close();
      expect(argumentPage).toBeGreaterThan(0);
      await mkdir(artifacts, { recursive: true });
      execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', String(argumentPage), '-l', String(argumentPage), result.file, path.join(artifacts, `argument-${language}`)]);
    });
  }

  it('keeps every citation right when the exhibits are reordered', { timeout: 300_000 }, async () => {
    const dir = await tempDir('citations-reordered-');
    const plan = await planDossier(vault, caseId, base);
    const reversed = plan.exhibits.map((exhibit) => exhibit.evidenceId).reverse();
    const options = { ...base, language: 'en' as const, exhibitIds: reversed };
    const before = await dossierCitations(vault, caseId, base);
    const report = await dossierCitations(vault, caseId, options);
    // The same citations, now under other labels and pages.
    expect(report.map((entry) => entry.citation)).toEqual(before.map((entry) => entry.citation));
    expect(report.some((entry, index) => entry.exhibitLabel !== before[index]!.exhibitLabel)).toBe(true);
    const result = await exportDossier(vault, caseId, path.join(dir, 'reordered.pdf'), options);
    const frontPages = (await planDossier(vault, caseId, options)).pagesBeforeExhibits;
    await expectCitationsLand({ files: [result.file], frontPages, ranges: [{ firstPage: 1, lastPage: result.pages }], pages: result.pages }, printedIn(report, getCaseDetail(vault, caseId), 'en'), 'en');
  });

  it('keeps every citation right in a dossier split into parts: a page in another part is a link into that part’s file', { timeout: 300_000 }, async () => {
    const dir = await tempDir('citations-parts-');
    // The demo is under 1 MB: a small limit makes several parts.
    const options = { ...base, language: 'en' as const, maxPartBytes: 700_000 };
    const report = await dossierCitations(vault, caseId, options);
    const result = await exportDossier(vault, caseId, path.join(dir, 'demo.pdf'), options);
    const parts = result.parts!;
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const printed = printedIn(report, getCaseDetail(vault, caseId), 'en');
    // The report names the part the plan predicts for each page (an estimate of sizes: the parts
    // written may be cut elsewhere; the links follow the parts written).
    const predicted = (await planDossier(vault, caseId, options)).parts!;
    for (const entry of printed) {
      expect(entry.part).toBe(predicted.findIndex((part) => entry.dossierPage! >= part.firstPage && entry.dossierPage! <= part.lastPage) + 1);
    }
    // Citations land in parts after the first, so some links must go into other files.
    expect(printed.some((entry) => entry.dossierPage! > parts[0]!.lastPage)).toBe(true);
    // The first part opens with its own cover, then the dossier's cover, contents and sections.
    const ownPages = parts[0]!.pages - (parts[0]!.lastPage - parts[0]!.firstPage + 1);
    const frontPages = ownPages + (await planDossier(vault, caseId, options)).pagesBeforeExhibits;
    await expectCitationsLand({ files: parts.map((part) => part.file), frontPages, ranges: parts, pages: result.pages }, printed, 'en');
  });

  it('prints a citation to an exhibit left out as its title, "not included", with no link; the report says it is excluded', { timeout: 300_000 }, async () => {
    const dir = await tempDir('citations-excluded-');
    const detail = getCaseDetail(vault, caseId);
    const argument = detail.elementArguments!.find((entry) => entry.element === 'cat_personal_risk')!;
    const leftOut = detail.evidence.find((item) => argument.argument!.includes(item.id) && !item.translation)!;
    const plan = await planDossier(vault, caseId, base);
    const options = { ...base, language: 'en' as const, exhibitIds: plan.exhibits.map((exhibit) => exhibit.evidenceId).filter((id) => id !== leftOut.id) };
    const report = await dossierCitations(vault, caseId, options);
    const excluded = report.filter((entry) => entry.citation.evidenceId === leftOut.id);
    expect(excluded.length).toBeGreaterThan(0);
    expect(excluded.every((entry) => entry.problem === 'excluded' && entry.exhibitTitle === leftOut.title && entry.dossierPage === undefined)).toBe(true);
    const result = await exportDossier(vault, caseId, path.join(dir, 'without.pdf'), options);
    const pdf = await openPdf(result.file);
    try {
      const text = pdf.pages.map((page) => page.text).join(' ');
      expect(text).toContain(flatText(`(${leftOut.title} — not included in this dossier)`));
      expect(pdf.pages.flatMap((page) => page.links).filter((link) => link.word === 'included')).toEqual([]);
    } finally {
      await pdf.close();
    }
  });
});
