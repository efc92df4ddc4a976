// The verification after a redacted export. On its own: a PDF that holds a removed term in each
// place a redaction engine could miss it (a page's text, the Info dictionary, XMP metadata, a
// bookmark, an annotation's contents, a form field's value, a picture of the word under a box)
// is read by the real verifyRedaction task in a real reader process; each term must be found by
// the check that can see it, on the right page where it has one. The same file checked for terms
// it does not hold, and a clean file, pass. In an export: a composer that misses what the profile
// removes (its input stripped of the redaction, as an engine blind to a term would leave it) has
// its dossier refused, in one file or in parts: nothing is left at the target or beside it, and
// the audit log records the failure without the term.
import { execFileSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { DossierError } from '../../src/shared/errors.js';
import type { ExhibitReader } from '../../src/core/isolation/exhibit-reader.js';
import { saveRedactionProfile } from '../../src/core/records/redaction-profiles.js';
import { writeSampleCase } from '../support/sample-case.js';
import { newVault } from '../support/vault.js';
import { leakError, redactionCheck, verificationAuditAction, verifyRedactedDossier, writtenParts } from '../../src/core/dossier/redaction/verify-redacted-dossier.js';
import { sharedNodeReader } from '../../src/core/isolation/shared-reader.js';
import { scannedWords } from '../support/scanned-words.js';
import { tempDir } from '../support/temp-dir.js';

const TERMS = {
  pageText: 'Tokhtarova',
  info: 'Bekmukhambetova',
  infoUtf16: 'Ергалиева',
  xmp: 'Zhaksylykov',
  // Written in capitals over a line break in the XMP: the rule's folding holds in the stream check too.
  xmpSpread: 'Aidos Zhaksylykov',
  bookmark: 'Serikbayeva',
  // In an attached file's text, UTF-16BE (Cyrillic: no zero byte in it).
  attachment: 'Джумабаева',
  annotation: 'Kenzhebayev',
  field: 'Abilkairov',
  picture: 'NURSULTANOV',
  // In a JPEG's EXIF (APP1) and XMP packet (UTF-8), as a composer that copies the image's bytes would leave them.
  exif: 'Temirkhanova',
  jpegXmp: 'Нургалиева',
};

/** A two-page PDF hiding each term of TERMS where its key says; the picture's box on page 2, in points from the bottom left. */
async function leakyPdf(): Promise<{ bytes: Uint8Array; box: { x: number; y: number; width: number; height: number } }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const first = pdf.addPage([595, 842]);
  first.drawText(`Statement of ${TERMS.pageText} on the events`, { x: 72, y: 760, size: 14, font });
  pdf.setTitle(`Dossier of ${TERMS.info}`);
  // UTF-16BE without a byte order mark, in the Info dictionary's /Subject.
  pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict).set(PDFName.of('Subject'), PDFHexString.of(Buffer.from(`Re: ${TERMS.infoUtf16}`, 'utf16le').swap16().toString('hex')));
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${TERMS.xmp}</dc:creator><dc:contributor>AIDOS\n   ZHAKSYLYKOV</dc:contributor></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(pdf.context.flateStream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
  const outlines = pdf.context.nextRef();
  const item = pdf.context.register(pdf.context.obj({ Title: PDFString.of(`Letter from ${TERMS.bookmark}`), Parent: outlines, Dest: [first.ref, 'Fit'] }));
  pdf.context.assign(outlines, pdf.context.obj({ Type: 'Outlines', First: item, Last: item, Count: 1 }));
  pdf.catalog.set(PDFName.of('Outlines'), outlines);
  const note = pdf.context.register(pdf.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [300, 700, 320, 720], Contents: PDFString.of(`Call ${TERMS.annotation}`) }));
  first.node.addAnnot(note);
  const field = pdf.getForm().createTextField('witness');
  field.setText(TERMS.field);
  field.addToPage(first, { x: 72, y: 600, width: 200, height: 24 });

  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#8899aa' } })
    .withExif({ IFD0: { Artist: TERMS.exif } })
    .withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${TERMS.jpegXmp}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`)
    .jpeg()
    .toBuffer();
  first.drawImage(await pdf.embedJpg(photo), { x: 350, y: 600, width: 128, height: 96 });

  const utf16 = Buffer.from(`\ufeffПисьмо: ${TERMS.attachment}\n`, 'utf16le').swap16();
  await pdf.attach(utf16, 'note.txt', { mimeType: 'text/plain' });

  const second = pdf.addPage([595, 842]);
  const scan = await scannedWords([[TERMS.picture]], { width: 800, height: 200, size: 60, top: 60, left: 60 });
  const image = await pdf.embedPng(await sharp(scan.png).png().toBuffer());
  // 800 × 200 px at 150 dpi: 384 × 96 pt.
  second.drawImage(image, { x: 100, y: 500, width: 384, height: 96 });
  return { bytes: await pdf.save(), box: { x: 100, y: 500, width: 384, height: 96 } };
}

async function cleanPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText('Statement of the applicant on the events', { x: 72, y: 760, size: 14, font });
  pdf.setTitle('Dossier');
  return pdf.save();
}

describe('the verification after a redacted export', () => {
  it('finds a removed term in a page’s text, the metadata, XMP, a bookmark, an annotation, a form field and under a box, each by the check that sees it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'leaky.pdf');
    const { bytes, box } = await leakyPdf();
    await writeFile(file, bytes);
    const progress: number[] = [];
    const { leaks, pages } = await verifyRedactedDossier(
      sharedNodeReader(),
      file,
      { terms: [...Object.values(TERMS), 'Qwertyuiop'], boxes: [{ page: 2, rects: [box] }], languages: ['eng'] },
      { onProgress: (done) => progress.push(done) },
    );
    expect(pages).toBe(2);
    const found = (term: string) => leaks.filter((leak) => leak.text === term).map((leak) => `${leak.foundBy}@${leak.page ?? '-'}`).sort();

    expect(found(TERMS.pageText)).toEqual(expect.arrayContaining(['pdfium@1', 'pdfjs@1']));
    for (const term of [TERMS.info, TERMS.infoUtf16, TERMS.xmp, TERMS.xmpSpread, TERMS.bookmark, TERMS.attachment, TERMS.exif, TERMS.jpegXmp]) expect(found(term), term).toContain('streams@-');
    expect(found(TERMS.annotation)).toContain('streams@1');
    expect(found(TERMS.field).some((where) => where.startsWith('streams@'))).toBe(true);
    // Only a picture: no text reader sees it, OCR of its box does.
    expect(found(TERMS.picture)).toEqual(['ocr@2']);
    expect(found('Qwertyuiop')).toEqual([]);
    expect(progress.length).toBeGreaterThan(2);

    // The error names pages and checks in the dossier's language, never a term; so does the audit line.
    for (const language of ['en', 'ru', 'fr'] as const) {
      const message = leakError(leaks, language).message;
      for (const term of Object.values(TERMS)) expect(message).not.toContain(term);
      expect(message).toMatch(language === 'ru' ? /стр\. 2/ : /page 2/);
    }
    expect(leakError(leaks, 'en').message).toContain('by OCR under a redaction box: page 2');
    const audit = verificationAuditAction(leaks, 1, pages);
    expect(audit).toMatch(/^dossier\.redaction\.verified failed leaks=\d+ pages=\d+ checks=ocr,pdfium,pdfjs,streams$/);
    for (const term of Object.values(TERMS)) expect(audit).not.toContain(term);
  });

  it('passes a file that holds none of the terms, boxes or not', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'clean.pdf');
    await writeFile(file, await cleanPdf());
    const check = redactionCheck(
      { profileId: 'p', profileName: 'Embassy', terms: [{ text: 'Tokhtarova', reason: 'third_party' }], regions: {}, withheldFields: ['family'], withheldEvidenceIds: [], withheldEventIds: [], withheldValues: ['Bekmukhambetova', ' '], logPage: true },
      [{ dossierPage: 1, rects: [{ x: 72, y: 700, width: 200, height: 40 }] }],
      ['eng'],
    );
    expect(check.terms).toEqual(['Tokhtarova', 'Bekmukhambetova']);
    const { leaks, pages } = await verifyRedactedDossier(sharedNodeReader(), file, check);
    expect(pages).toBe(1);
    expect(leaks).toEqual([]);
    expect(verificationAuditAction(leaks, 1, pages)).toBe('dossier.redaction.verified passed files=1 pages=1');
  });

  it('fails a file it cannot read, saying so rather than naming a page', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'garbage.pdf');
    await writeFile(file, Buffer.from('%PDF-1.7\nnot a PDF at all, only its header\n'.repeat(50)));
    const { leaks } = await verifyRedactedDossier(sharedNodeReader(), file, { terms: ['Tokhtarova'], boxes: [], languages: ['eng'] });
    expect(leaks).toContainEqual({ page: undefined, foundBy: 'pdfium', text: '' });
    expect(leakError(leaks, 'en').message).toContain('in the text as PDFium reads it: the file could not be read');
    expect(leakError(leaks, 'en').code).toBe('REDACTION_LEAK');
  });

  it('names the boxed page PDFium could not draw for the OCR check, not the file', () => {
    const undrawn = [{ page: 12, foundBy: 'ocr' as const, text: '' }];
    const words = { en: 'by OCR under a redaction box: page 12 could not be drawn for the check', ru: 'стр. 12 не удалось отрисовать для проверки', fr: 'la page 12 n’a pas pu être dessinée pour la vérification' };
    for (const language of ['en', 'ru', 'fr'] as const) {
      const error = leakError(undrawn, language);
      expect(error.code).toBe('REDACTION_LEAK');
      expect(error.message).toContain(words[language]);
      expect(error.message).not.toMatch(/could not be read|не удалось прочитать|n’a pas pu être lu/);
    }
    expect(leakError([{ ...undrawn[0]!, part: 2 }], 'en').message).toContain('page 12 of part 2 could not be drawn for the check');
  });

  it('refuses an export whose composer left the term in, in one file or in parts: no file at the target or beside it, and the audit says it failed', async () => {
    const dir = await tempDir();
    const { vault } = await newVault();
    const report = await importCase(vault, await writeSampleCase(dir));
    const before = (await readdir(dir)).sort();
    const profile = vault.transaction((db) => saveRedactionProfile(db, report.caseId, undefined, { name: 'Embassy', terms: [{ text: 'Sadykova', reason: 'third_party' }] }));
    const real = sharedNodeReader();
    // The composer as an engine blind to the profile would run it; the verification runs for real.
    const blind: ExhibitReader = {
      run: (task, input, call) => real.run(task, task === 'exportDossier' ? { ...(input as object), redaction: undefined } : input, call),
      forCase: () => blind,
      stopAll: () => real.stopAll(),
    };
    for (const limits of [{}, { maxPartPages: 8 }]) {
      const out = `${dir}/embassy.pdf`;
      const failure = await exportDossier(vault, report.caseId, out, { today: '2026-12-03', language: 'ru', redactionProfileId: profile.id, reader: blind, ...limits }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DossierError);
      // Its own code: the window's headline says the dossier failed its check, not that Dossier went wrong inside.
      expect((failure as DossierError).code).toBe('REDACTION_LEAK');
      const message = (failure as DossierError).message;
      expect(message).toContain('Редактирование не удалось');
      expect(message).toMatch(/PDFium[^;]*стр\. 1/);
      expect(message).not.toMatch(/sadykova/i);
      if ('maxPartPages' in limits) expect(message).toMatch(/части 2/);
      expect((await readdir(dir)).sort()).toEqual(before);
    }
    const audit = vault.transaction((db) => db.prepare("SELECT action FROM audit_log WHERE action LIKE 'dossier.redaction.verified%' ORDER BY rowid").all() as { action: string }[]);
    expect(audit.map((row) => row.action)).toEqual([
      expect.stringMatching(/^dossier\.redaction\.verified failed leaks=\d+ pages=\d+ checks=pdfium,pdfjs,streams$/),
      expect.stringMatching(/^dossier\.redaction\.verified failed leaks=\d+ pages=\d+ checks=pdfium,pdfjs,streams$/),
    ]);
  }, 300_000);

  it('stops when the export is cancelled while it verifies: CANCELLED, and nothing left at the target or beside it', async () => {
    const dir = await tempDir();
    const { vault } = await newVault();
    const report = await importCase(vault, await writeSampleCase(dir));
    const before = (await readdir(dir)).sort();
    const profile = vault.transaction((db) => saveRedactionProfile(db, report.caseId, undefined, { name: 'Embassy', terms: [{ text: 'Sadykova', reason: 'third_party' }] }));
    const cancel = new AbortController();
    const failure = await exportDossier(vault, report.caseId, `${dir}/embassy.pdf`, {
      today: '2026-12-03',
      redactionProfileId: profile.id,
      signal: cancel.signal,
      onProgress: (progress) => {
        if (progress.phase === 'verifying') cancel.abort();
      },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DossierError);
    expect((failure as DossierError).code).toBe('CANCELLED');
    expect((await readdir(dir)).sort()).toEqual(before);
  }, 300_000);

  it('finds each redacted box on the page of the part it printed on, as the verification’s OCR reads it', async () => {
    const dir = await tempDir();
    const { vault } = await newVault();
    const report = await importCase(vault, await writeSampleCase(dir));
    const order = report.imported.find((item) => item.key === 'order')!;
    const region = { evidenceId: order.evidenceId, page: 1, x: 0.2, y: 0.3, width: 0.4, height: 0.2, reason: 'address' as const };
    const profile = vault.transaction((db) => saveRedactionProfile(db, report.caseId, undefined, { name: 'Embassy', regions: [region] }));
    // The real reader; its answer to the export is kept to see where the composer put the box.
    const real = sharedNodeReader();
    let answer: { redactedPages?: { dossierPage: number; rects: { x: number; y: number; width: number; height: number }[] }[]; parts?: { firstPage: number; lastPage: number; pages: number }[] } = {};
    const watching: ExhibitReader = {
      run: async (task, input, call) => {
        const value = await real.run(task, input, call);
        if (task === 'exportDossier') answer = value as typeof answer;
        return value;
      },
      forCase: () => watching,
      stopAll: () => real.stopAll(),
    };
    const result = await exportDossier(vault, report.caseId, path.join(dir, 'embassy.pdf'), { today: '2026-12-03', redactionProfileId: profile.id, reader: watching, maxPartPages: 8 });
    const files = result.parts!.map((part) => part.file);
    expect(files.length).toBeGreaterThan(1);
    const boxed = answer.redactedPages!;
    expect(boxed.length).toBe(1);
    const parts = writtenParts(files, answer.parts!);
    const holding = parts.filter((part) => part.filePage(boxed[0]!.dossierPage) !== undefined);
    expect(holding).toHaveLength(1);
    // A later part, whose own cover and index come before the dossier's pages.
    expect(holding[0]!.part).toBeGreaterThan(1);
    const page = holding[0]!.filePage(boxed[0]!.dossierPage)!;
    // The middle of the box, drawn by poppler from that part's file at 72 dpi, is black.
    const rect = boxed[0]!.rects[0]!;
    const png = execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', '-f', String(page), '-l', String(page), holding[0]!.temp]);
    const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    const [cx, cy] = [Math.round(rect.x + rect.width / 2), Math.round(info.height - (rect.y + rect.height / 2))];
    expect(data[cy * info.width + cx]).toBeLessThan(40);
    // And on no other page of any part: the same spot of the page before it is not black.
    const before = execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', '-f', String(page - 1), '-l', String(page - 1), holding[0]!.temp]);
    const other = await sharp(before).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(other.data[cy * other.info.width + cx]).toBeGreaterThan(200);
  }, 300_000);
});
