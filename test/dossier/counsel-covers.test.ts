// Counsel's details on the forum's own pages (issue 15 item 9): a case that names a counsel
// record prints their firm, address, phone and EOIR ID on the EOIR cover, where and how to reach
// them on the proof of service, and their contact on the urgent letter; a case that names none
// still leaves the lines to fill in by hand, never a guess. Read back with poppler's pdftotext.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { filingText } from '../../src/core/dossier/filing-text.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { listCounsel } from '../../src/core/records/counsel.js';
import { sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const counsel = {
  name: 'Rosa Alvarez',
  firm: 'Hudson Refugee Law Project',
  address: ['12 Pine Street, Suite 400', 'Newark, NJ 07102'],
  phone: '+1 973 555 0142',
  email: 'r.alvarez@example.org',
  eoirId: 'AB123456',
  barNumber: 'NJ Bar 0123456',
};
const blank = '______';

function popplerPages(file: string): string[] {
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  return pages.slice(0, -1).map((page) => page.replace(/\s+/g, ' '));
}

async function exported(caseFields: Record<string, unknown>, extra: Record<string, unknown>, template: string, language: 'en' | 'ru' = 'en') {
  const { vault } = await newVault();
  const dir = await tempDir();
  const file = await writeSampleCase(dir, { ...extra, case: { ...sampleCase.case, ...caseFields } } as Partial<typeof sampleCase>);
  const { caseId } = await importCase(vault, file);
  const out = path.join(dir, 'dossier.pdf');
  await exportDossier(vault, caseId, out, { today: '2026-11-21', language, template });
  return { vault, pages: popplerPages(out) };
}

describe('counsel on the US immigration court filing', () => {
  it('prints the counsel record on the cover and the proof of service, with no line left blank for them', async () => {
    const { vault, pages } = await exported({ forum: 'us_immigration_court', alienNumber: 'A 123-456-789' }, { counsel }, 'us-immigration-court');
    // CASE.json's counsel became a record of the vault, which the case names.
    expect(vault.transaction((db) => listCounsel(db)).map((record) => record.name)).toEqual(['Rosa Alvarez']);
    const cover = pages[0]!;
    for (const detail of ['Rosa Alvarez', 'Hudson Refugee Law Project', '12 Pine Street, Suite 400', 'Newark, NJ 07102', '+1 973 555 0142', 'r.alvarez@example.org', 'AB123456', 'NJ Bar 0123456']) {
      expect(cover).toContain(detail);
    }
    expect(cover).not.toContain(blank);
    expect(cover).not.toContain(filingText.en.eoir.addressLine);
    const proof = pages.at(-1)!;
    expect(proof).toContain(filingText.en.proofOfService.heading);
    expect(proof).toContain('Rosa Alvarez');
    expect(proof).toContain('Newark, NJ 07102');
    expect(proof).toContain('+1 973 555 0142');
    vault.close();
  });

  it('leaves the lines for the address and EOIR ID when the case names only a lawyer, as old vaults do', async () => {
    const { vault, pages } = await exported({ forum: 'us_immigration_court', alienNumber: 'A 123-456-789', responsibleLawyer: 'Jane Counsel' }, {}, 'us-immigration-court');
    const cover = pages[0]!;
    expect(cover).toContain('Jane Counsel');
    expect(cover).toContain(filingText.en.eoir.addressLine);
    expect(cover).toContain(blank);
    vault.close();
  });

  it('leaves a line only for what the record lacks: the EOIR ID', async () => {
    const { eoirId: _eoirId, ...withoutEoirId } = counsel;
    const { vault, pages } = await exported({ forum: 'us_immigration_court', alienNumber: 'A 123-456-789' }, { counsel: withoutEoirId }, 'us-immigration-court', 'ru');
    const cover = pages[0]!;
    expect(cover).toContain('Newark, NJ 07102');
    expect(cover).toContain(`${filingText.ru.counsel.eoirId} ${blank}`);
    vault.close();
  });
});

describe('counsel on the urgent letter', () => {
  it('names counsel and how to reach them on the first page', async () => {
    const removal = { date: '2026-11-24', place: 'Manas airport, Bishkek', destination: 'KZ' };
    const { vault, pages } = await exported({ removal }, { counsel }, 'urgent-interim-measures');
    const first = pages[0]!;
    expect(first).toContain('Rosa Alvarez, Hudson Refugee Law Project');
    expect(first).toContain(filingText.en.counsel.contact);
    expect(first).toContain('r.alvarez@example.org');
    expect(first).toContain('Newark, NJ 07102');
    vault.close();
  });
});
