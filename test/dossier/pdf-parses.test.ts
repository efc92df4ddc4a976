// A PDF exhibit is parsed once per export: its page count comes from the inspection kept by the
// check after its import (or when a plan first needed it), and only the pass that copies its
// pages reads it. Counted with a spy on the real pdf-lib over real imports, plans and exports, their
// reader tasks run in this process so that the spy sees them.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportDossier, planDossier } from '../../src/core/dossier/export-dossier.js';
import { inspectPendingFiles } from '../../src/core/evidence/inspect-pending.js';
import { importCase } from '../../src/core/intake/case-file.js';
import type { Vault } from '../../src/core/vault/vault.js';
import { tempDir } from '../support/temp-dir.js';
import { inProcessReader } from '../support/in-process-reader.js';
import { newVault } from '../support/vault.js';
import { writeCaseFile } from '../support/sample-case.js';

const TODAY = '2026-11-21';
const reader = inProcessReader();

/** A PDF of `pages` A4 pages, each with a grey block, made by pdf-lib itself. */
async function pdfOf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let index = 0; index < pages; index += 1) doc.addPage([595, 842]).drawRectangle({ x: 60, y: 700, width: 200 + index * 20, height: 40, color: rgb(0.5, 0.5, 0.5) });
  return doc.save();
}

/** A case of three PDFs (1, 2 and 3 pages), a photo and a note, imported from CASE.json. */
async function caseOfThreePdfs(vault: Vault): Promise<{ caseId: string; dir: string }> {
  const dir = await tempDir();
  const evidence = [];
  for (const pages of [1, 2, 3]) {
    await writeFile(path.join(dir, `record-${pages}.pdf`), await pdfOf(pages));
    evidence.push({ key: `pdf${pages}`, file: `record-${pages}.pdf`, title: `Record of ${pages} page(s)`, kind: 'court_document' });
  }
  await writeFile(path.join(dir, 'photo.png'), await sharp({ create: { width: 60, height: 40, channels: 3, background: '#336699' } }).png().toBuffer());
  await writeFile(path.join(dir, 'note.txt'), 'A note in the client’s words.\n');
  evidence.push({ key: 'photo', file: 'photo.png', title: 'Photo', kind: 'photo' }, { key: 'note', file: 'note.txt', title: 'Note', kind: 'statement' });
  const caseFile = await writeCaseFile(dir, { client: { fullName: 'Parse Counter' }, case: { title: 'Three PDFs', forum: 'un_cat', reference: 'PARSE-1' }, evidence });
  const report = await importCase(vault, caseFile, { reader });
  expect(report.refused).toEqual([]);
  return { caseId: report.caseId, dir };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PDF exhibits are parsed once per export', () => {
  it('parses each PDF not at all at import, once in the check after it, once in an export, and not at all in a plan', async () => {
    const { vault } = await newVault();
    const parses = vi.spyOn(PDFDocument, 'load');
    const { caseId, dir } = await caseOfThreePdfs(vault);
    expect(parses).not.toHaveBeenCalled();
    // The check after the import inspects each PDF: that is its one parse until an export.
    await inspectPendingFiles(vault, reader, caseId);
    expect(parses).toHaveBeenCalledTimes(3);

    parses.mockClear();
    const plan = await planDossier(vault, caseId, { today: TODAY, reader });
    expect(parses).not.toHaveBeenCalled();

    parses.mockClear();
    const result = await exportDossier(vault, caseId, path.join(dir, 'dossier.pdf'), { today: TODAY, reader });
    const pdfExhibits = result.exhibits.filter((exhibit) => exhibit.originalName.endsWith('.pdf'));
    expect(pdfExhibits).toHaveLength(3);
    expect(parses).toHaveBeenCalledTimes(pdfExhibits.length);
    // The stored page counts are the ones the export printed, and the plan foresaw the same dossier.
    expect(pdfExhibits.map((exhibit) => exhibit.pages - 1)).toEqual([1, 2, 3]);
    expect(result.pages).toBe(plan.pages);
    parses.mockRestore();
    expect((await PDFDocument.load(await readFile(path.join(dir, 'dossier.pdf')))).getPageCount()).toBe(result.pages);
  });

  it('inspects the files of a vault that kept no inspections on the first plan, and parses none again', async () => {
    const { vault } = await newVault();
    const { caseId, dir } = await caseOfThreePdfs(vault);
    // As a vault from before inspections were kept, or right after an import whose check has not run: nothing stored for any file.
    vault.db.prepare('DELETE FROM inspections').run();
    const parses = vi.spyOn(PDFDocument, 'load');

    const first = await planDossier(vault, caseId, { today: TODAY, reader });
    expect(parses).toHaveBeenCalledTimes(3);
    expect(vault.db.prepare('SELECT count(*) AS n FROM inspections').get()).toEqual({ n: 5 });

    parses.mockClear();
    const again = await planDossier(vault, caseId, { today: TODAY, reader });
    expect(parses).not.toHaveBeenCalled();
    expect(again).toEqual(first);

    parses.mockClear();
    const result = await exportDossier(vault, caseId, path.join(dir, 'dossier.pdf'), { today: TODAY, reader });
    expect(parses).toHaveBeenCalledTimes(3);
    expect(result.pages).toBe(first.pages);
  });
});
