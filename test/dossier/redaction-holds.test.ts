// Issue 17's "done when": a case hides one term in each way it can hide (a PDF's text layer, an
// OCR'd scan, a form field's value, an annotation's contents, the PDF's Info and XMP metadata, a
// bookmark, a JPEG's EXIF and XMP on a page with no other trace of it, the typeset statement, an event and the applicant's family, and an exhibit's file
// name in the manifest). Exported under a profile with that term, the dossier is read back with
// the real tools a recipient has: pdf.js's text, poppler's pdftotext, `strings` on the file
// decompressed by `qpdf --qdf --object-streams=disable`, and the tesseract command on every page
// drawn by `pdftoppm -r 150`. None of them may find the term. The control: the same export
// without the profile, where each of them does find it, so the test would catch a leak.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString, StandardFonts } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findTermMatches } from '../../src/shared/redaction.js';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { saveEvidenceText } from '../../src/core/records/evidence-text.js';
import { getEvidence } from '../../src/core/records/evidence.js';
import { saveRedactionProfile } from '../../src/core/records/redaction-profiles.js';
import { readPdf } from '../support/pdf-reader.js';
import { writeCaseFile } from '../support/sample-case.js';
import { scannedWords } from '../support/scanned-words.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const TERM = 'Temirkhanova';
const TODAY = '2026-12-03';

/**
 * A letter whose text layer, form field, annotation, Info, XMP and bookmark each hold the term;
 * its second page shows only a photo whose EXIF (Artist) and XMP packet hold it: a page with no
 * box, copied into the dossier.
 */
async function letterPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText('Letter about the search', { x: 72, y: 760, size: 20, font });
  page.drawText(`Written by ${TERM} on 4 May 2025`, { x: 72, y: 720, size: 20, font });
  page.drawText('The officers took the computer and the passports.', { x: 72, y: 690, size: 14, font });
  const field = pdf.getForm().createTextField('witness');
  field.setText(TERM);
  field.addToPage(page, { x: 72, y: 600, width: 260, height: 30, font });
  const note = pdf.context.register(pdf.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [400, 700, 420, 720], Contents: PDFString.of(`Ask ${TERM} to sign`) }));
  page.node.addAnnot(note);
  pdf.setTitle(`Letter of ${TERM}`);
  pdf.setAuthor(TERM);
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${TERM}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(pdf.context.flateStream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
  const outlines = pdf.context.nextRef();
  const item = pdf.context.register(pdf.context.obj({ Title: PDFString.of(`${TERM}: the letter`), Parent: outlines, Dest: [page.ref, 'Fit'] }));
  pdf.context.assign(outlines, pdf.context.obj({ Type: 'Outlines', First: item, Last: item, Count: 1 }));
  pdf.catalog.set(PDFName.of('Outlines'), outlines);
  const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#7a8c6e' } })
    .withExif({ IFD0: { Artist: TERM } })
    .withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${TERM}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`)
    .jpeg()
    .toBuffer();
  pdf.addPage([595, 842]).drawImage(await pdf.embedJpg(photo), { x: 72, y: 400, width: 320, height: 240 });
  return pdf.save();
}

/** A case that hides the term everywhere, with a profile "Embassy" removing it; the scan's OCR text is stored as the background reading stores it. */
async function hidingCase() {
  const dir = await tempDir();
  const { vault } = await newVault();
  const scan = await scannedWords([['Witness', 'statement'], [TERM, 'saw', 'the', 'arrest']], { width: 1240, height: 1754, size: 44, top: 240, left: 150 });
  await writeFile(path.join(dir, `${TERM}-letter.pdf`), await letterPdf());
  await writeFile(path.join(dir, 'witness-scan.png'), scan.png);
  const caseFile = await writeCaseFile(dir, {
    client: {
      fullName: 'Aigerim Sadykova',
      family: [{ name: `Zhanargul ${TERM}`, relation: 'sister', note: 'still in Almaty' }],
    },
    case: { title: 'Sadykova: humanitarian visa', forum: 'un_cat', reference: 'RED-17', languages: ['en'] },
    persecution: { narrative: `On 4 May 2025 officers searched the flat of my sister ${TERM} and took her passport.` },
    events: [{ date: '2025-05-04', precision: 'day', type: 'search', title: `Search of the flat of ${TERM}`, evidence: ['letter'] }],
    evidence: [
      { key: 'letter', file: `${TERM}-letter.pdf`, title: 'Letter about the search', kind: 'correspondence', language: 'en' },
      { key: 'scan', file: 'witness-scan.png', title: 'Witness statement, scanned', kind: 'statement', language: 'en' },
    ],
  });
  const report = await importCase(vault, caseFile);
  const [, scanned] = report.imported;
  vault.transaction((db) => saveEvidenceText(db, getEvidence(db, scanned!.evidenceId).blobId, [{ source: 'ocr', page: scan.page }], 1));
  const profile = vault.transaction((db) => saveRedactionProfile(db, report.caseId, undefined, { name: 'Embassy', terms: [{ text: TERM, reason: 'third_party' }] }));
  return { dir, vault, caseId: report.caseId, profileId: profile.id };
}

const has = (text: string) => findTermMatches(text, [TERM]).length > 0;

/** Where each tool a recipient has finds the term in `file`: pages for pdf.js, pdftotext and OCR; yes or no for strings. */
async function termFoundIn(file: string, work: string) {
  const read = await readPdf(file);
  const pdfjs = read.pages.flatMap((page, index) => (has(page.text) ? [index + 1] : []));
  const pdfjsOutline = JSON.stringify(read.outline).includes(TERM) || has(JSON.stringify(read.info));
  const pdftotext: number[] = [];
  for (let page = 1; page <= read.pageCount; page++) {
    if (has(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }))) pdftotext.push(page);
  }
  const qdf = path.join(work, 'qdf.pdf');
  // qpdf exits 3 for warnings; the file is written all the same.
  try {
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
  } catch (error) {
    if ((error as { status?: number }).status !== 3) throw error;
  }
  const strings = ['s', 'b'].some((encoding) => has(execFileSync('strings', ['-a', '-e', encoding, qdf], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })));
  const pictures = path.join(work, 'pages');
  await mkdir(pictures, { recursive: true });
  execFileSync('pdftoppm', ['-r', '150', '-png', file, path.join(pictures, 'page')]);
  const files = (await readdir(pictures)).filter((name) => name.endsWith('.png')).sort();
  const ocrText = files.map((name) => execFileSync('tesseract', [path.join(pictures, name), 'stdout', '-l', 'eng'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const ocr = ocrText.flatMap((text, index) => (has(text) ? [index + 1] : []));
  return { found: { pages: read.pageCount, pdfjs, pdfjsOutline, pdftotext, strings, ocr }, ocrText, pdfjsText: read.pages.map((page) => page.text) };
}

describe('redaction that holds (issue 17)', () => {
  it('exports without the profile a dossier where every tool finds the term (the control)', async () => {
    const { dir, vault, caseId } = await hidingCase();
    const out = path.join(dir, 'full.pdf');
    const result = await exportDossier(vault, caseId, out, { today: TODAY, language: 'en' });
    const { found, pdfjsText } = await termFoundIn(out, await mkdirIn(dir, 'full'));
    // Each hiding place reaches the dossier: the typeset pages before the exhibits (statement,
    // chronology, family), the letter's text layer, the scan's OCR layer, and the manifest's file name.
    const pagesOf = (title: string) => {
      const exhibit = result.exhibits.find((candidate) => candidate.title === title)!;
      return Array.from({ length: exhibit.pages }, (_, index) => exhibit.firstPage + index);
    };
    const firstExhibitPage = Math.min(...result.exhibits.map((exhibit) => exhibit.firstPage));
    expect(found.pdfjs.some((page) => page < firstExhibitPage), 'a typeset section').toBe(true);
    expect(found.pdftotext.some((page) => pagesOf('Letter about the search').includes(page)), 'the letter').toBe(true);
    expect(found.pdftotext.some((page) => pagesOf('Witness statement, scanned').includes(page)), 'the scan').toBe(true);
    expect(pdfjsText.some((text) => text.includes(`${TERM}-letter.pdf`)), 'the manifest').toBe(true);
    expect(found.pdfjs.length, 'pdf.js').toBeGreaterThan(0);
    expect(found.pdftotext.length, 'pdftotext').toBeGreaterThan(0);
    expect(found.strings, 'strings of qpdf --qdf').toBe(true);
    expect(found.ocr.length, 'tesseract').toBeGreaterThan(0);
  }, 900_000);

  it('exports under the profile a dossier where neither pdf.js, pdftotext, strings of the decompressed file nor OCR of its pages finds the term', async () => {
    const { dir, vault, caseId, profileId } = await hidingCase();
    const out = path.join(dir, 'embassy.pdf');
    const phases = new Set<string>();
    let verifyingTotal = 0;
    const result = await exportDossier(vault, caseId, out, {
      today: TODAY,
      language: 'en',
      redactionProfileId: profileId,
      onProgress: (progress) => {
        phases.add(progress.phase);
        if (progress.phase === 'verifying') verifyingTotal = Math.max(verifyingTotal, progress.total);
      },
    });
    // The verification ran before the file was put in place: both text readers on every page and
    // OCR of the boxed pages (one step each beyond the object scan), and the audit log says it passed.
    expect(phases).toContain('verifying');
    expect(verifyingTotal).toBeGreaterThan(1 + 2 * result.pages);
    const audit = vault.transaction((db) => db.prepare("SELECT action FROM audit_log WHERE action LIKE 'dossier.redaction.verified%'").all() as { action: string }[]);
    expect(audit.map((row) => row.action)).toEqual([expect.stringMatching(/^dossier\.redaction\.verified passed files=1 pages=\d+$/)]);

    const { found, ocrText, pdfjsText } = await termFoundIn(out, await mkdirIn(dir, 'embassy'));
    expect(found).toEqual({ pages: result.pages, pdfjs: [], pdfjsOutline: false, pdftotext: [], strings: false, ocr: [] });
    // The exhibits are still there, redacted rather than left out: their other words read as before.
    expect(result.exhibits).toHaveLength(2);
    const seen = (title: string) => {
      const exhibit = result.exhibits.find((candidate) => candidate.title === title)!;
      return ocrText.slice(exhibit.firstPage - 1, exhibit.firstPage - 1 + exhibit.pages).join('\n').replace(/\s+/g, ' ').toLowerCase();
    };
    expect(seen('Letter about the search')).toContain('officers took the computer');
    expect(seen('Witness statement, scanned')).toContain('saw the arrest');
    // The manifest still lists the letter, under its file name without the term.
    expect(pdfjsText.some((text) => /-letter\.pdf/.test(text))).toBe(true);
  }, 900_000);
});

async function mkdirIn(dir: string, name: string): Promise<string> {
  const folder = path.join(dir, name);
  await mkdir(folder, { recursive: true });
  return folder;
}
