// The dossier built from a real vault and read back by independent tools: pdf.js for pages, text,
// links and bookmarks; qpdf for structure; pdffonts for embedding; pdftoppm for pictures a
// person can look at (kept in test-artifacts/dossier/).
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { exportDossier, type ExportProgress, type ExportResult } from '../../src/core/dossier/export-dossier.js';
import { DossierError } from '../../src/shared/errors.js';
import { flatText, readPdf, type ReadPdf } from '../support/pdf-reader.js';
import { repoRoot, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const artifacts = path.join(repoRoot, 'test-artifacts', 'dossier');

async function sampleDossier(options: Parameters<typeof exportDossier>[3] = {}, fileName = 'dossier.pdf') {
  const { vault } = await newVault();
  const dir = await tempDir();
  const report = await importCase(vault, await writeSampleCase(dir));
  const out = path.join(dir, fileName);
  const result = await exportDossier(vault, report.caseId, out, { today: '2026-11-21', ...options });
  const pdf = await readPdf(out);
  return { vault, dir, out, result, pdf, caseId: report.caseId };
}

function pageWith(pdf: ReadPdf, needle: string): number {
  return pdf.pages.findIndex((page) => flatText(page.text).includes(needle));
}

function renderPage(file: string, page: number, name: string): string {
  const prefix = path.join(artifacts, name);
  execFileSync('pdftoppm', ['-r', '70', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, prefix]);
  return `${prefix}.png`;
}

function pdffontsLines(file: string): string[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
}

function pdffontsNames(file: string): string[] {
  return pdffontsLines(file).map((line) => line.split(/\s+/)[0]!);
}

describe('dossier export of the sample case', () => {
  it('holds cover, contents, sections, exhibits and manifest, numbered and linked', async () => {
    const { out, result, pdf } = await sampleDossier();
    expect(pdf.pageCount).toBe(result.pages);
    expect(result.template).toBe('un-cat-interim-measures');

    // Cover: both scripts, forum, reference, confidentiality.
    const cover = flatText(pdf.pages[0]!.text);
    expect(cover).toContain('Aigerim Nurlanovna Sadykova');
    expect(cover).toContain('Әйгерім Нұрланқызы Садықова');
    expect(cover).toContain('UN Committee against Torture');
    expect(cover).toContain('CAT-2026-014');
    expect(cover).toContain('CONFIDENTIAL');

    // Every page carries the footer with the continuous number.
    pdf.pages.forEach((page, index) => {
      expect(flatText(page.text)).toContain(`${index + 1} / ${pdf.pageCount}`);
      expect(flatText(page.text)).toContain('CAT-2026-014');
    });

    // Sections of the template, each reachable from the contents and the outline.
    const contentsIndex = pageWith(pdf, 'Contents');
    expect(contentsIndex).toBe(1);
    const headings = ['Request for interim measures', 'The complainant', 'The facts', 'Risk of torture on return (article 3)', 'The rights at stake', 'Exhaustion of domestic remedies', 'Other procedures of international investigation or settlement', 'Personal statement', 'Index of exhibits', 'Authorisation and signatures'];
    const outlineTitles = pdf.outline.map((entry) => entry.title);
    for (const heading of headings) {
      expect(outlineTitles).toContain(heading);
      const entry = pdf.outline.find((item) => item.title === heading)!;
      expect(flatText(pdf.pages[entry.target]!.text)).toContain(heading);
    }
    const contentsLinks = pdf.pages[contentsIndex]!.links;
    expect(contentsLinks.length).toBeGreaterThanOrEqual(headings.length + 3);
    expect(contentsLinks.every((link) => link.target > contentsIndex)).toBe(true);

    // The chronology shows dates with their precision and links each cited exhibit to its separator.
    const chronology = pageWith(pdf, 'Пикет против мобилизации');
    expect(chronology).toBeGreaterThan(1);
    const chronologyText = flatText(pdf.pages[chronology]!.text);
    expect(chronologyText).toContain('October 2022');
    expect(chronologyText).toContain('Үкімет «жалған ақпарат» деп айыптады.');
    const exhibitsEntry = pdf.outline.find((entry) => entry.title === 'Exhibits')!;
    expect(exhibitsEntry.children.map((child) => child.title)).toEqual([
      'Annex 1 — Photo of the picket',
      'Annex 2 — Extradition order',
      'Annex 3 — Personal statement',
    ]);
    const separators = exhibitsEntry.children.map((child) => child.target);
    for (const link of pdf.pages[chronology]!.links) expect(separators).toContain(link.target);
    expect(pdf.pages[chronology]!.links.map((link) => link.target)).toEqual(expect.arrayContaining([separators[0], separators[1]]));

    // Separators: label, title, fingerprint, page range; exhibit pages: footer with the label.
    const detail = result.exhibits;
    for (const [index, exhibit] of detail.entries()) {
      const separator = flatText(pdf.pages[separators[index]!]!.text);
      expect(separator).toContain(`Annex ${exhibit.label}`);
      expect(separator.replace(/\s/g, '')).toContain(exhibit.sha256);
      expect(separators[index]).toBe(exhibit.firstPage - 1);
      for (let page = exhibit.firstPage; page < exhibit.firstPage + exhibit.pages - 1; page += 1) {
        expect(flatText(pdf.pages[page]!.text)).toContain(`Annex ${exhibit.label}`);
      }
    }
    // The order PDF keeps its two pages and their text; the statement is typeset.
    expect(detail.map((exhibit) => exhibit.pages)).toEqual([2, 3, 2]);
    expect(flatText(pdf.pages[separators[2]! + 1]!.text)).toContain('Мен, Әйгерім Садықова, 2022 жылы пикетке шықтым.');

    // The manifest lists every exhibit's fingerprint and how to check it.
    const manifestEntry = pdf.outline.find((entry) => entry.title === 'Manifest of exhibit files')!;
    expect(manifestEntry.target).toBeGreaterThan(separators[2]!);
    const manifest = pdf.pages.slice(manifestEntry.target).map((page) => page.text).join(' ').replace(/\s/g, '');
    for (const exhibit of detail) expect(manifest).toContain(exhibit.sha256);
    expect(manifest).toContain('sha256sum');

    // Metadata.
    expect(pdf.info.Title).toContain('Aigerim Nurlanovna Sadykova');
    expect(pdf.info.Producer).toContain('Dossier');
    expect(pdf.info.Subject).toContain('CAT-2026-014');
    expect(pdf.info.CreationDate).toMatch(/^D:\d{14}/);

    // Independent structure and font checks.
    execFileSync('qpdf', ['--check', out]);
    // Our own text is set only in the shipped fonts, embedded as subsets with Unicode maps; an
    // exhibit's fonts are kept as the exhibit has them (the order PDF uses a non-embedded Helvetica).
    const exhibitFonts = pdffontsNames(path.join(repoRoot, 'test', 'fixtures', 'order.pdf'));
    const fontLines = pdffontsLines(out).filter((line) => !exhibitFonts.includes(line.split(/\s+/)[0]!));
    expect(fontLines.length).toBeGreaterThan(1);
    for (const line of fontLines) expect(line).toMatch(/^[A-Z]{6}\+(Noto|Droid)\S+\s.*\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);

    await mkdir(artifacts, { recursive: true });
    for (const [name, page] of [['cover-en', 1], ['chronology-en', chronology + 1]] as const) {
      const png = await readFile(renderPage(out, page, name));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });

  it('is written in Russian when asked, with Cyrillic headings and labels', async () => {
    const { out, pdf } = await sampleDossier({ language: 'ru' }, 'досье.pdf');
    const text = flatText(pdf.pages.map((page) => page.text).join(' '));
    for (const heading of ['Содержание', 'Сведения о заявителе', 'Факты', 'Перечень приложений', 'Перечень файлов приложений', 'Приложение 1', 'Комитет ООН против пыток']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('октябрь 2022');
    await mkdir(artifacts, { recursive: true });
    renderPage(out, pageWith(pdf, 'Пикет против мобилизации') + 1, 'chronology-ru');
  });

  it('numbers tabs by letter and pairs nothing it should not, in the asylum bundle', async () => {
    const { result, pdf } = await sampleDossier({ template: 'national-asylum-bundle', language: 'fr' });
    expect(result.exhibits.map((exhibit) => exhibit.label)).toEqual(['A', 'B', 'C']);
    expect(flatText(pdf.pages[result.exhibits[1]!.firstPage - 1]!.text)).toContain('Onglet B');
  });

  it('reports progress per exhibit and can be cancelled, leaving no file behind', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    const report = await importCase(vault, await writeSampleCase(dir));
    const before = await readdir(dir);
    const controller = new AbortController();
    const seen: ExportProgress[] = [];
    const out = path.join(dir, 'cancelled.pdf');
    const attempt = exportDossier(vault, report.caseId, out, {
      signal: controller.signal,
      onProgress: (progress) => {
        seen.push(progress);
        if (progress.phase === 'exhibits' && progress.done === 1) controller.abort();
      },
    });
    await expect(attempt).rejects.toSatisfy((error) => error instanceof DossierError && error.code === 'CANCELLED');
    expect(seen.filter((progress) => progress.phase === 'reading').map((progress) => progress.done)).toEqual([0, 1, 2]);
    expect(await readdir(dir)).toEqual(before);

    // Nothing half-written either when the target folder does not exist.
    await expect(exportDossier(vault, report.caseId, path.join(dir, 'missing', 'x.pdf'))).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual(before);
  });

  it('exports a case that has nothing yet but a client, saying so in each section', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    const caseFile = path.join(dir, 'bare.json');
    await writeFile(caseFile, JSON.stringify({ client: { fullName: 'Бекзат Алиев' }, case: { title: 'New matter', forum: 'embassy_humanitarian_visa' } }));
    const report = await importCase(vault, caseFile);
    const out = path.join(dir, 'bare.pdf');
    const result = await exportDossier(vault, report.caseId, out, { language: 'fr' });
    const pdf = await readPdf(out);
    expect(pdf.pageCount).toBe(result.pages);
    expect(result.exhibits).toEqual([]);
    expect(flatText(pdf.pages.map((page) => page.text).join(' '))).toContain('Rien n’a été enregistré.');
    execFileSync('qpdf', ['--check', out]);
  });

  it('refuses an unknown template and evidence from another case', async () => {
    const { vault, caseId, dir } = await sampleDossier();
    await expect(exportDossier(vault, caseId, path.join(dir, 'x.pdf'), { template: 'nope' })).rejects.toThrow(/no dossier template "nope"/);
    await expect(exportDossier(vault, caseId, path.join(dir, 'x.pdf'), { exhibitIds: ['not-an-id'] })).rejects.toThrow(/not part of this case/);
  });

  it('prints disputed events as the export chooses: left out, marked “contested” or plainly; else as the template says', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    const events = sampleCase.events.map((event, index) => (index === 1 ? { ...event, status: 'disputed' } : event));
    const report = await importCase(vault, await writeSampleCase(dir, { events }));
    const disputedTitle = 'Criminal case under art. 274 opened';
    const chronologyOf = async (options: Parameters<typeof exportDossier>[3], name: string) => {
      const out = path.join(dir, `${name}.pdf`);
      await exportDossier(vault, report.caseId, out, { today: '2026-11-21', exhibitIds: [], ...options });
      return flatText((await readPdf(out)).pages.map((page) => page.text).join(' '));
    };
    const omitted = await chronologyOf({ disputedEvents: 'omit' }, 'omit');
    expect(omitted).toContain('Пикет против мобилизации');
    expect(omitted).not.toContain(disputedTitle);
    const marked = await chronologyOf({ disputedEvents: 'mark' }, 'mark');
    expect(marked).toContain(`${disputedTitle} (contested)`);
    expect(marked).not.toContain('[disputed]');
    const plain = await chronologyOf({ disputedEvents: 'include' }, 'include');
    expect(plain).toContain(disputedTitle);
    expect(plain).not.toContain('(contested)');
    // The neutral mark in the dossier's language; the default is the template's.
    expect(await chronologyOf({ disputedEvents: 'mark', language: 'ru' }, 'mark-ru')).toContain(`${disputedTitle} (оспаривается)`);
    expect(await chronologyOf({ disputedEvents: 'mark', language: 'fr' }, 'mark-fr')).toContain(`${disputedTitle} (contesté)`);
    expect(await chronologyOf({}, 'cat-default')).toContain(`${disputedTitle} (contested)`);
    expect(await chronologyOf({ template: 'embassy-humanitarian-visa' }, 'embassy-default')).not.toContain(disputedTitle);
  });

  it('exports the exhibits chosen, in the order chosen', async () => {
    const { vault, caseId, dir, result } = await sampleDossier();
    const [photo, order] = result.exhibits.map((exhibit) => exhibit.sha256);
    const detail = getCaseDetail(vault, caseId);
    const ids = [order, photo].map((sha) => detail.evidence.find((item) => item.sha256 === sha)!.id);
    const chosen: ExportResult = await exportDossier(vault, caseId, path.join(dir, 'chosen.pdf'), { exhibitIds: ids, today: '2026-11-21' });
    expect(chosen.exhibits.map((exhibit) => exhibit.title)).toEqual(['Extradition order', 'Photo of the picket']);
  });
});
