// Damaged PDFs of the kinds lawyers receive go into the dossier as a reader shows them (issue
// 13): junk before the header, a broken trailer (pdf-lib refuses it; PDFium's repaired copy is
// copied as vectors), a page tree without its /Type keys (copied nowhere; PDFium renders the
// page). Each separator says how, the original stays byte for byte, and the engines never reach
// for the network. The files are made here from a sound PDF, damaged as the corpus files are.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import net from 'node:net';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { dossierText } from '../../src/core/dossier/dossier-text.js';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { PdfiumDocument } from '../../src/core/exhibits/pdfium.js';
import { PdfjsDocument } from '../../src/core/exhibits/pdfjs-pages.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { createExhibitReader } from '../../src/core/isolation/exhibit-reader.js';
import { nodeReaderLauncher } from '../../src/core/isolation/node-launcher.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';
import { writeCaseFile } from '../support/sample-case.js';

/** A sound PDF of `pages` pages, written without object streams so its objects can be damaged in place. */
async function soundPdf(words: string, pages = 1): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page++) doc.addPage([595, 842]).drawText(`${words} (${page})`, { x: 60, y: 760, size: 18, font });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** No /Type in the page tree (qpdf's no-pages-types.pdf): pdf-lib cannot walk it, and PDFium's copy keeps it so: every page is drawn as an image. */
function untyped(pdf: Buffer): Buffer {
  return damageInPlace(damageInPlace(pdf, '/Type /Pages', ''), '/Type /Page', '');
}

/** Replaces `from` by `to` padded with spaces to the same length, so every offset stays true. */
function damageInPlace(pdf: Buffer, from: string, to: string): Buffer {
  const text = pdf.toString('latin1');
  expect(text).toContain(from);
  return Buffer.from(text.replaceAll(from, to.padEnd(from.length, ' ')), 'latin1');
}

function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-q', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

function imagesOnPage(file: string, page: number): number {
  const listing = execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
  return listing.trim().split('\n').length - 2;
}

describe('damaged PDFs', () => {
  it('are reproduced from a repaired copy or as images of their pages, each separator saying so, the originals unchanged', async () => {
    const dir = await tempDir();
    const files = {
      // A mail gateway's leftovers before the header: file-type sees no PDF at offset 0.
      junk: Buffer.concat([Buffer.from('\r\n\r\nContent-Type: application/pdf\r\n\r\n'), await soundPdf('Junk before the header')]),
      // An open brace in the trailer (qpdf's bad13.pdf), after the cross-reference table so no offset moves: pdf-lib gives up, PDFium repairs.
      trailer: Buffer.from((await soundPdf('A broken trailer')).toString('latin1').replace(/trailer\s*<</, (found) => `${found}\n/Something {`), 'latin1'),
      // No /Type in the page tree (qpdf's no-pages-types.pdf): pdf-lib cannot walk it, PDFium draws the page.
      untyped: untyped(await soundPdf('An untyped page tree')),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(dir, `${name}.pdf`), bytes);
    const caseFile = await writeCaseFile(dir, {
      client: { fullName: 'Damaged Files' },
      case: { title: 'Damaged files', forum: 'national_asylum', reference: 'DMG-1' },
      evidence: Object.keys(files).map((name) => ({ key: name, file: `${name}.pdf`, title: name, kind: 'court_document' })),
    });
    const { vault } = await newVault();
    try {
      const report = await importCase(vault, caseFile);
      expect(report.refused).toEqual([]);
      const evidence = getCaseDetail(vault, report.caseId).evidence;
      for (const item of evidence) {
        expect(item.mediaType, item.title).toBe('application/pdf');
        // The original is kept as received, junk and damage included.
        expect(item.sha256).toBe(createHash('sha256').update(files[item.title as keyof typeof files]).digest('hex'));
      }

      const out = path.join(dir, 'dossier.pdf');
      const result = await exportDossier(vault, report.caseId, out, { today: '2026-12-02' });
      const t = dossierText.en;
      const byTitle = new Map(result.exhibits.map((exhibit) => [exhibit.title, exhibit]));
      for (const exhibit of result.exhibits) expect(exhibit.rendered, exhibit.title).toBe(true);

      const junk = byTitle.get('junk')!;
      expect(pageText(out, junk.firstPage + 1)).toContain('Junk before the header');

      // Copied as vectors from the repaired copy: the words are text, and the separator says how.
      const trailer = byTitle.get('trailer')!;
      expect(pageText(out, trailer.firstPage + 1)).toContain('A broken trailer');
      expect(imagesOnPage(out, trailer.firstPage + 1)).toBe(0);
      expect(pageText(out, trailer.firstPage)).toContain('repaired as PDF readers read it');
      expect(result.warnings).toContain(t.warnings.partlyReproduced('Tab B', 'trailer.pdf', t.reproduction.repaired));

      // Drawn as an image of the page: no text, one image, and the separator says which pages.
      const untyped = byTitle.get('untyped')!;
      expect(untyped.pages).toBe(2);
      expect(pageText(out, untyped.firstPage + 1)).not.toContain('An untyped page tree');
      expect(imagesOnPage(out, untyped.firstPage + 1)).toBe(1);
      expect(pageText(out, untyped.firstPage)).toContain(t.reproduction.asImages('1', 200).replace(/\s+/g, ' ').slice(0, 40));
      expect(result.warnings).toContain(t.warnings.partlyReproduced('Tab C', 'untyped.pdf', t.reproduction.asImages('1', 200)));
      execFileSync('qpdf', ['--check', out]);
    } finally {
      vault.close();
    }
  });

  it('drawn page by page, keep the reader alive past its deadline: the deadline is for a reader that stopped working', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'long.pdf'), untyped(await soundPdf('A long untyped scan', 60)));
    const caseFile = await writeCaseFile(dir, {
      client: { fullName: 'Long Scan' },
      case: { title: 'Long scan', forum: 'national_asylum', reference: 'LONG-1' },
      evidence: [{ key: 'long', file: 'long.pdf', title: 'Long scan', kind: 'court_document' }],
    });
    const { vault } = await newVault();
    // Sixty pages rendered at 200 dpi take several times this deadline; one page takes a fraction of it.
    const reader = createExhibitReader(nodeReaderLauncher(), { deadlineMs: 3_000 });
    onTestFinished(() => reader.stopAll());
    try {
      const report = await importCase(vault, caseFile, { reader });
      const result = await exportDossier(vault, report.caseId, path.join(dir, 'dossier.pdf'), { today: '2026-12-02', reader });
      expect(result.exhibits[0]).toMatchObject({ rendered: true, pages: 61 });
      expect(result.warnings).toEqual([dossierText.en.warnings.partlyReproduced('Tab A', 'long.pdf', dossierText.en.reproduction.asImages('1–60', 200))]);
    } finally {
      vault.close();
    }
  });

  it('are opened by PDFium and pdf.js from their own packages, never from the network', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in the reader'));
    const connectSpy = vi.spyOn(net.Socket.prototype, 'connect');
    try {
      const bytes = await soundPdf('Offline');
      const pdfium = await PdfiumDocument.open(bytes);
      expect(typeof pdfium).toBe('object');
      if (typeof pdfium === 'object') {
        expect(pdfium.pageCount).toBe(1);
        expect(pdfium.renderPage(0, 72, 1_000_000)).toMatchObject({ width: 595, height: 842 });
        pdfium.close();
      }
      const pdfjs = await PdfjsDocument.open(bytes);
      expect(pdfjs?.pageCount).toBe(1);
      expect(await pdfjs?.renderPage(0, 72, 1_000_000)).toMatchObject({ width: 595, height: 842 });
      await pdfjs?.close();
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(connectSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
      connectSpy.mockRestore();
    }
  });
});
