// The two forum-specific templates of issue 15, exported from a real vault and read back with
// poppler's pdftotext (what a court clerk's tools read) and pdf.js: the US immigration court's
// caption cover with the A-number and its proof of service as the last page; the urgent letter's
// first page with the removal details, only the key exhibits, and the count of pages before them.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDossier, planDossier } from '../../src/core/dossier/export-dossier.js';
import { filingText } from '../../src/core/dossier/filing-text.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { updateManyEvidence } from '../../src/core/records/evidence.js';
import { readPdf } from '../support/pdf-reader.js';
import { sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

/** Each page's text as pdftotext gives it, spaces folded. */
function popplerPages(file: string): string[] {
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  return pages.slice(0, -1).map((page) => page.replace(/\s+/g, ' '));
}

async function importedCase(caseFields: Record<string, unknown>, overrides: Partial<typeof sampleCase> = {}) {
  const { vault } = await newVault();
  const dir = await tempDir();
  const { caseId } = await importCase(vault, await writeSampleCase(dir, { ...overrides, case: { ...sampleCase.case, ...caseFields } as typeof sampleCase.case }));
  return { vault, dir, caseId };
}

describe('the US immigration court template', () => {
  it('prints the caption with the A-number on the cover, tabs in the index, and the proof of service last', async () => {
    // A hearing ahead with its judge among the actors: the caption names both.
    const hearing = { date: '2026-12-08', precision: 'day', type: 'court_hearing', title: 'Individual hearing', actors: [{ name: 'Hon. Mary Reyes', role: 'Immigration Judge' }] };
    const { vault, dir, caseId } = await importedCase(
      { forum: 'us_immigration_court', alienNumber: 'A 123-456-789', destination: 'New York, NY', responsibleLawyer: 'Jane Counsel' },
      { events: [...sampleCase.events, hearing] as typeof sampleCase.events },
    );
    const out = path.join(dir, 'eoir.pdf');
    const result = await exportDossier(vault, caseId, out, { today: '2026-11-21', language: 'en' });
    const pages = popplerPages(out);
    expect(pages).toHaveLength(result.pages);
    const words = filingText.en;
    expect(pages[0]).toContain('EXECUTIVE OFFICE FOR IMMIGRATION REVIEW');
    expect(pages[0]).toContain('A 123-456-789');
    expect(pages[0]).toContain('AIGERIM NURLANOVNA SADYKOVA');
    expect(pages[0]).toContain('New York, NY');
    expect(pages[0]).toContain('Jane Counsel');
    // The client is detained: the caption says so, as the court's covers do.
    expect(pages[0]).toContain(words.eoir.detained);
    expect(pages[0]).toContain(`${words.eoir.judge} Hon. Mary Reyes`);
    expect(pages[0]).toContain(`${words.eoir.nextHearing} 8 December 2026`);
    // Letter tabs, each with its page range in the index.
    expect(result.exhibits.map((exhibit) => exhibit.label)).toEqual(['A', 'B', 'C']);
    const index = pages.find((page) => page.includes('Tab A') || / A Photo of the picket/.test(page));
    expect(index).toBeDefined();
    const last = pages.at(-1)!;
    expect(last).toContain(words.proofOfService.heading);
    expect(last).toContain(words.proofOfService.office);
    expect(last).toContain('A 123-456-789');
    expect(pages.slice(0, -1).some((page) => page.includes(words.proofOfService.office))).toBe(false);
    // Consecutive numbers to the last page, which the outline reaches.
    expect(last).toContain(`${result.pages} / ${result.pages}`);
    const pdf = await readPdf(out);
    expect(pdf.outline.at(-1)).toMatchObject({ title: words.proofOfService.heading, target: result.pages - 1 });
    execFileSync('qpdf', ['--check', out]);
    vault.close();
  });

  it('is the default for the forum, and in Russian says so in Russian', async () => {
    const { vault, dir, caseId } = await importedCase({ forum: 'us_immigration_court', alienNumber: '987654321' });
    const plan = await planDossier(vault, caseId, { today: '2026-11-21', language: 'ru' });
    expect(plan.template).toBe('us-immigration-court');
    const out = path.join(dir, 'eoir-ru.pdf');
    await exportDossier(vault, caseId, out, { today: '2026-11-21', language: 'ru' });
    const pages = popplerPages(out);
    expect(pages[0]).toContain('ИММИГРАЦИОННЫЙ СУД');
    expect(pages[0]).toContain('987654321');
    expect(pages.at(-1)).toContain(filingText.ru.proofOfService.heading);
    // None of the English of the court's pages is left in the Russian filing.
    const whole = pages.join(' ');
    for (const words of [...filingText.en.eoir.court, filingText.en.eoir.inTheMatterOf, filingText.en.eoir.respondent, filingText.en.proofOfService.heading, filingText.en.proofOfService.servedOn, filingText.en.proofOfService.signature]) {
      expect(whole).not.toContain(words);
    }
    vault.close();
  });
});

describe('the urgent interim-measures template', () => {
  const removal = { date: '2026-11-24', time: '06:40', place: 'Manas airport, Bishkek', destination: 'KZ', manner: 'Scheduled flight under escort' };

  it('opens with URGENT and the removal details, and carries only the key exhibits (marked in CASE.json)', async () => {
    const evidence = sampleCase.evidence.map((item) => (item.key === 'order' ? { ...item, keyExhibit: true } : item));
    const { vault, dir, caseId } = await importedCase({ removal }, { evidence });
    const out = path.join(dir, 'urgent.pdf');
    const result = await exportDossier(vault, caseId, out, { today: '2026-11-21', language: 'en', template: 'urgent-interim-measures' });
    const first = popplerPages(out)[0]!;
    expect(first).toMatch(/^\s*URGENT/);
    expect(first).toContain('24 November 2026');
    expect(first).toContain('06:40');
    expect(first).toContain('Manas airport, Bishkek');
    expect(first).toContain('Kazakhstan');
    expect(first).toContain('Scheduled flight under escort');
    expect(first).toContain('torture in pre-trial detention');
    expect(result.exhibits.map((exhibit) => exhibit.title)).toEqual(['Extradition order']);
    expect(result.warnings.join('\n')).not.toContain('pages before the annexes');
    vault.close();
  });

  it('reports the pages before the annexes, and warns when they pass the limit of 10', async () => {
    const keyed = (vault: Awaited<ReturnType<typeof newVault>>['vault']) =>
      vault.transaction((db) => updateManyEvidence(db, db.prepare('SELECT id FROM evidence').pluck().all() as string[], { key: true }));
    const short = await importedCase({ removal });
    keyed(short.vault);
    const fits = await planDossier(short.vault, short.caseId, { today: '2026-11-21', language: 'en', template: 'urgent-interim-measures' });
    expect(fits.pagesBeforeExhibits).toBeGreaterThanOrEqual(2);
    expect(fits.pagesBeforeExhibits).toBeLessThanOrEqual(10);
    // The contents' first exhibit starts on the page after them.
    expect(fits.contents.filter((entry) => entry.level === 2).map((entry) => entry.page)[0]).toBe(fits.pagesBeforeExhibits + 1);
    expect(fits.warnings.join('\n')).not.toContain('pages before the annexes');
    short.vault.close();

    // A chronology of 200 events does not fit in ten pages.
    const events = Array.from({ length: 200 }, (_, index) => ({
      date: `2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
      precision: 'day',
      type: 'interrogation',
      place: 'Almaty',
      title: `Summoned for questioning by the KNB, occasion ${index + 1}, about the picket and the posts`,
    }));
    const long = await importedCase({ removal }, { events: events as unknown as typeof sampleCase.events });
    keyed(long.vault);
    const tooLong = await planDossier(long.vault, long.caseId, { today: '2026-11-21', language: 'en', template: 'urgent-interim-measures' });
    expect(tooLong.pagesBeforeExhibits).toBeGreaterThan(10);
    expect(tooLong.warnings).toContain(filingText.en.warnings.pagesBeforeExhibits(tooLong.pagesBeforeExhibits, 10));
    long.vault.close();
  });

  it('carries a key exhibit\'s translation with it, though the translation is not marked key', async () => {
    const evidence = [
      ...sampleCase.evidence.map((item) => (item.key === 'order' ? { ...item, keyExhibit: true } : item)),
      { key: 'order-en', file: 'statement.txt', title: 'Extradition order: English translation', kind: 'translation', language: 'en', translationOf: 'order' },
    ];
    const { vault, caseId } = await importedCase({ removal }, { evidence: evidence as typeof sampleCase.evidence });
    const plan = await planDossier(vault, caseId, { today: '2026-11-21', language: 'en', template: 'urgent-interim-measures' });
    // The exhibits in the contents (a translation's certificate is listed among them too).
    const exhibits = plan.contents.filter((entry) => entry.level === 2 && entry.title.startsWith('Annex ')).map((entry) => entry.title);
    expect(exhibits).toEqual(['Annex 1 — Extradition order', 'Annex 1.1 — Extradition order: English translation']);
    vault.close();
  });

  it('warns that no exhibit is marked key', async () => {
    const { vault, caseId } = await importedCase({ removal });
    const plan = await planDossier(vault, caseId, { today: '2026-11-21', language: 'fr', template: 'urgent-interim-measures' });
    expect(plan.warnings).toContain(filingText.fr.warnings.noKeyExhibits);
    expect(plan.contents.filter((entry) => entry.level === 2)).toHaveLength(0);
    vault.close();
  });
});

describe('the CAT template\'s interim measures', () => {
  it('state the expected removal recorded on the case, in the dossier\'s language', async () => {
    const removal = { date: '2026-11-24', time: '06:40', place: 'Manas airport, Bishkek', destination: 'KZ', manner: 'Scheduled flight under escort' };
    const { vault, dir, caseId } = await importedCase({ removal });
    for (const language of ['en', 'ru'] as const) {
      const out = path.join(dir, `cat-${language}.pdf`);
      await exportDossier(vault, caseId, out, { today: '2026-11-21', language, template: 'un-cat-interim-measures' });
      const whole = popplerPages(out).join(' ');
      const words = filingText[language].removal;
      expect(whole).toContain(words.heading);
      expect(whole).toContain(`${words.time} 06:40`);
      expect(whole).toContain(`${words.destination} ${language === 'ru' ? 'Казахстан' : 'Kazakhstan'}`);
      expect(whole).toContain(language === 'ru' ? '24 ноября 2026' : '24 November 2026');
    }
    vault.close();
  });
});

