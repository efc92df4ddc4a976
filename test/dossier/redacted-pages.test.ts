// Exhibit pages redacted for real (issue 17): a real vault holds a PDF whose text layer names a
// third party (typeset in the app's Noto Sans), a PDF with a filled form field and a note
// annotation naming them, and a photographed page whose OCR words (stored as the background
// reading stores them) name them too, plus a region drawn on the photo, a page shown turned
// (/Rotate 90) and a text file that name them, and a photo whose EXIF names them. The composer is called
// directly with a redaction, as the export calls it in the reader. Afterwards poppler and pdf.js
// find the name on no page, the page images are black where the boxes are, and the manifest's
// hash of the redacted pages is what `pdfimages -all … | sha256sum` gives. The second test takes
// the whole road (a saved profile, the export in parts, in Russian, with the verification after
// it) and finds the name in no part.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString, PageSizes, StandardFonts, concatTransformationMatrix, degrees, drawObject, popGraphicsState, pushGraphicsState } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composeDossier, planComposition, type ComposerIO } from '../../src/core/dossier/compose-dossier.js';
import { readDossierInput } from '../../src/core/dossier/dossier-selection.js';
import { defaultFontsDir } from '../../src/core/dossier/fonts.js';
import type { DossierRedaction } from '../../src/core/dossier/redaction/dossier-redaction.js';
import { PdfjsDocument } from '../../src/core/exhibits/pdfjs-pages.js';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { saveRedactionProfile } from '../../src/core/records/redaction-profiles.js';
import { evidenceTextOf, saveEvidenceText } from '../../src/core/records/evidence-text.js';
import { getEvidence } from '../../src/core/records/evidence.js';
import type { Vault } from '../../src/core/vault/vault.js';
import { scannedWords } from '../support/scanned-words.js';
import { writeCaseFile } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const NAME = 'Marat Sadykov';

/**
 * Three A4 pages in Noto Sans: the first and the last name the third party mid-line; the second
 * does not, and holds a picture of its own (so the check of the redacted pages' hash must leave
 * it out).
 */
async function letterPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(await readFile(path.join(defaultFontsDir(), 'NotoSans-Regular.ttf')), { subset: true });
  const first = pdf.addPage(PageSizes.A4);
  first.drawText('Statement of the witness', { x: 72, y: 760, size: 16, font });
  first.drawText(`The witness ${NAME} saw the arrest on 3 May.`, { x: 72, y: 720, size: 12, font });
  first.drawText('The arrest took place at noon.', { x: 72, y: 700, size: 12, font });
  const second = pdf.addPage(PageSizes.A4);
  second.drawText('Second page: nothing to hide.', { x: 72, y: 760, size: 12, font });
  const picture = await sharp({ create: { width: 40, height: 20, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
  second.drawImage(await pdf.embedPng(picture), { x: 72, y: 600, width: 80, height: 40 });
  // A note on the clean page: in a redacted export it goes, like every annotation but a link.
  second.node.set(
    PDFName.of('Annots'),
    pdf.context.obj([pdf.context.register(pdf.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [300, 700, 320, 720], Contents: PDFString.of('A harmless note') }))]),
  );
  second.node.set(PDFName.of('PieceInfo'), pdf.context.obj({ Tool: { Private: PDFString.of('private data') } }));
  const third = pdf.addPage(PageSizes.A4);
  third.drawText(`Signed: ${NAME.toUpperCase()}`, { x: 72, y: 760, size: 12, font });
  // A form XObject naming them, drawn on the third page and listed, unused, in the second page's
  // resources, as producers that share one resource dictionary between pages do.
  // Written by hand, so the name is in the stream as it reads (pdf-lib would write it in hex).
  const helvetica = await pdf.embedFont(StandardFonts.Helvetica);
  const stamp = pdf.context.register(
    pdf.context.stream(`BT /F1 12 Tf 5 15 Td (Witness stamp ${NAME}) Tj ET`, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 300, 40], Resources: { Font: { F1: helvetica.ref } } }),
  );
  third.pushOperators(pushGraphicsState(), concatTransformationMatrix(1, 0, 0, 1, 72, 600), drawObject(third.node.newXObject('Stamp', stamp)), popGraphicsState());
  second.node.newXObject('Stamp', stamp);
  return pdf.save({ useObjectStreams: false });
}

/** Page 1: a text field filled with the name; page 2: a note annotation whose contents name them. */
async function formPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const helvetica = await pdf.embedFont(StandardFonts.Helvetica);
  const first = pdf.addPage(PageSizes.A4);
  first.drawText('Application form', { x: 72, y: 760, size: 16, font: helvetica });
  const field = pdf.getForm().createTextField('applicant.contact');
  field.setText(NAME);
  field.addToPage(first, { x: 72, y: 650, width: 250, height: 24, font: helvetica });
  pdf.getForm().updateFieldAppearances(helvetica);
  const second = pdf.addPage(PageSizes.A4);
  second.drawText('Reviewer notes', { x: 72, y: 760, size: 16, font: helvetica });
  second.node.set(
    PDFName.of('Annots'),
    pdf.context.obj([
      pdf.context.register(pdf.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [400, 600, 420, 620], Contents: PDFString.of(`Call ${NAME} again`), Open: false })),
    ]),
  );
  return pdf.save({ useObjectStreams: false });
}

/** A page stored portrait with /Rotate 90 (shown landscape), naming the third party. */
async function turnedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(await readFile(path.join(defaultFontsDir(), 'NotoSans-Regular.ttf')), { subset: true });
  const page = pdf.addPage(PageSizes.A4);
  page.setRotation(degrees(90));
  // Drawn a quarter turn back, so it reads upright as shown.
  page.drawText(`Landlord: ${NAME}, flat 4`, { x: 300, y: 200, size: 14, font, rotate: degrees(90) });
  return pdf.save({ useObjectStreams: false });
}

/** Where poppler finds a word on a page as shown, in points from the page's top left. */
function wordRect(file: string, page: number, word: string): { x: number; top: number; width: number; height: number } {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  const found = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].find((match) => match[5] === word)!;
  const [x0, y0, x1, y1] = found.slice(1, 5).map(Number) as [number, number, number, number];
  return { x: x0, top: y0, width: x1 - x0, height: y1 - y0 };
}

function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

/** The page rendered by poppler at 72 dpi: one pixel a point, origin top left. */
async function pagePixels(file: string, page: number): Promise<{ data: Buffer; width: number; height: number }> {
  const png = execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', '-f', String(page), '-l', String(page), file]);
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The share of pixels inside a rectangle (PDF points from the page's lower left, 1 pt in from its edges) darker than 60 of 255. */
function darkShare(pixels: { data: Buffer; width: number; height: number }, rect: { x: number; y: number; width: number; height: number }): number {
  let dark = 0;
  let count = 0;
  for (let y = Math.ceil(pixels.height - rect.y - rect.height + 1); y <= Math.floor(pixels.height - rect.y - 1); y++) {
    for (let x = Math.ceil(rect.x + 1); x <= Math.floor(rect.x + rect.width - 1); x++) {
      const at = (y * pixels.width + x) * 3;
      if ((pixels.data[at]! + pixels.data[at + 1]! + pixels.data[at + 2]!) / 3 < 60) dark += 1;
      count += 1;
    }
  }
  return count === 0 ? 0 : dark / count;
}

function composerIO(vault: Vault): ComposerIO {
  return {
    readBlob: async (blobId) => vault.blobs.readAll(blobId),
    readRecognizedText: async (blobId) =>
      vault.transaction((db) => evidenceTextOf(db, blobId))
        .filter((page) => page.source === 'ocr')
        .map((page) => page.page),
    progress: () => undefined,
  };
}

/** A region over "Reward offered" on the photo. */
function rewardRegion(photoId: string) {
  return { evidenceId: photoId, page: 1, x: 100 / 1240, y: 380 / 1754, width: 600 / 1240, height: 90 / 1754, reason: 'address' as const };
}

/** A real vault holding the exhibits that name the third party, the photo's OCR words stored. */
async function redactionCase() {
  const dir = await tempDir();
  const { vault } = await newVault();
  const scan = await scannedWords(
    [
      ['Wanted', 'notice'],
      ['Informant:', 'Marat', 'Sadykov'],
      ['Reward', 'offered'],
    ],
    { width: 1240, height: 1754, size: 40, top: 240, left: 150 },
  );
  await writeFile(path.join(dir, 'letter.pdf'), await letterPdf());
  await writeFile(path.join(dir, 'form.pdf'), await formPdf());
  await writeFile(path.join(dir, 'photo.png'), scan.png);
  await writeFile(path.join(dir, 'turned.pdf'), await turnedPdf());
  await writeFile(path.join(dir, 'note.txt'), `Telephone note: ${NAME} called twice.\n`);
  // A photo that shows nothing to box, its EXIF naming the photographer.
  const camera = await sharp({ create: { width: 600, height: 400, channels: 3, background: { r: 90, g: 140, b: 200 } } })
    .jpeg()
    .withExif({ IFD0: { ImageDescription: `Photo by ${NAME}`, Artist: NAME } })
    .toBuffer();
  expect(camera.includes(Buffer.from('Sadykov'))).toBe(true);
  await writeFile(path.join(dir, 'camera.jpg'), camera);
  const caseFile = await writeCaseFile(dir, {
    client: { fullName: 'Ivan Tokarev' },
    case: { title: 'Tokarev: extradition', forum: 'un_cat', reference: 'RED-1' },
    evidence: [
      { key: 'letter', file: 'letter.pdf', title: 'Witness statement', kind: 'statement', language: 'en' },
      { key: 'form', file: 'form.pdf', title: 'Application form', kind: 'other', language: 'en' },
      { key: 'photo', file: 'photo.png', title: 'Wanted notice, photographed', kind: 'wanted_notice', language: 'en' },
      { key: 'turned', file: 'turned.pdf', title: 'Tenancy, scanned sideways', kind: 'other', language: 'en' },
      { key: 'note', file: 'note.txt', title: 'Telephone note', kind: 'correspondence', language: 'en' },
      { key: 'camera', file: 'camera.jpg', title: 'The street', kind: 'photo' },
    ],
  });
  const report = await importCase(vault, caseFile);
  const [letterId, formId, photoId, turnedId] = report.imported.map((item) => item.evidenceId) as [string, string, string, string, string, string];
  vault.transaction((db) => saveEvidenceText(db, getEvidence(db, photoId).blobId, [{ source: 'ocr', page: scan.page }], 1));
  return { dir, vault, report, letterId, formId, photoId, turnedId };
}

describe('redacted exhibit pages', () => {
  it('boxes a term in a text layer, a form field, an annotation and OCR words, and a drawn region; no reader finds it; the hash checks out', async () => {
    const { dir, vault, report, letterId, formId, photoId, turnedId } = await redactionCase();
    const redaction: DossierRedaction = {
      profileId: 'profile-1',
      profileName: 'Embassy',
      terms: [{ text: NAME, reason: 'third_party' }],
      regions: { [photoId]: [rewardRegion(photoId)] },
      withheldFields: [],
      withheldEvidenceIds: [],
      withheldEventIds: [],
      withheldValues: [],
      logPage: true,
    };
    const input = { ...readDossierInput(vault, report.caseId, { today: '2026-12-03', language: 'en' }), redaction };
    const file = path.join(dir, 'dossier.pdf');
    const chunks: Uint8Array[] = [];
    const composed = await composeDossier(input, composerIO(vault), { write: async (bytes) => void chunks.push(Uint8Array.from(bytes)) });
    await writeFile(file, Buffer.concat(chunks));
    if (process.env.KEEP_DOSSIER) await writeFile(process.env.KEEP_DOSSIER, Buffer.concat(chunks));

    const byId = new Map(composed.exhibits.map((exhibit, index) => [report.imported[index]!.evidenceId, exhibit]));
    // The plan counts the same pages (the redaction log's among them) as the export prints.
    expect((await planComposition(input, composerIO(vault))).plan.pages).toBe(composed.pages);
    const redacted = composed.redactedPages ?? [];
    // Pages 1 and 3 of the letter, pages 1 and 2 of the form, the photo: five pages, each with its boxes by reason.
    expect(redacted.map((page) => [page.evidenceId, page.page])).toEqual([
      [letterId, 1],
      [letterId, 3],
      [formId, 1],
      [formId, 2],
      [photoId, 1],
      [turnedId, 1],
    ]);
    // One box over the name in the letter's text, one over the field, one over the note, one over each OCR word and the region.
    expect(redacted.map((page) => page.boxes)).toEqual([{ third_party: 1 }, { third_party: 2 }, { third_party: 1 }, { third_party: 1 }, { third_party: 2, address: 1 }, { third_party: 1 }]);
    for (const page of redacted) expect(page.dossierPage).toBe(byId.get(page.evidenceId)!.firstPage + page.page);

    // Neither poppler nor pdf.js finds the name anywhere in the dossier. The letter's redacted page
    // is a picture now, under an invisible layer of its words outside the boxes and its box's
    // reason; its clean page is copied with its text.
    const whole = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(whole).not.toMatch(/Sadykov/i);
    expect(pageText(file, byId.get(letterId)!.firstPage + 1).replace(/\s+/g, ' ')).toContain('The arrest took place at noon.');
    expect(pageText(file, byId.get(letterId)!.firstPage + 1)).toContain('Third party');
    expect(pageText(file, byId.get(letterId)!.firstPage + 3).replace(/\s+/g, ' ')).toMatch(/Signed: .*Witness/);
    expect(pageText(file, byId.get(letterId)!.firstPage + 2)).toContain('Second page: nothing to hide.');
    const pdfjs = (await PdfjsDocument.open(await readFile(file)))!;
    try {
      for (let index = 0; index < pdfjs.pageCount; index++) {
        const text = (await pdfjs.pageText(index))!.runs.map((run) => run.text).join(' ');
        expect(text, `page ${index + 1}`).not.toMatch(/Sadykov/i);
        for (const annotation of (await pdfjs.pageAnnotations(index)) ?? []) {
          expect(annotation.subtype, `page ${index + 1}`).toBe('Link');
          expect(annotation.texts.join(' ')).not.toMatch(/Sadykov/i);
        }
      }
    } finally {
      await pdfjs.close();
    }
    // Not in the file's bytes either, not even in objects no page uses (qpdf decompresses every stream).
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-']);
    expect(qdf.includes(Buffer.from('Sadykov'))).toBe(false);
    expect(qdf.includes(Buffer.from('A harmless note'))).toBe(false);
    expect(qdf.includes(Buffer.from('private data'))).toBe(false);

    // Black where the boxes are, white beside them; the reason is written on the box.
    for (const page of redacted) {
      const pixels = await pagePixels(file, page.dossierPage);
      // Mostly black: the reason written in white takes the rest.
      for (const rect of page.rects) expect(darkShare(pixels, rect), `page ${page.dossierPage}`).toBeGreaterThan(0.6);
      // Beside the page's first box, above it, the page is not black.
      const first = page.rects[0]!;
      expect(darkShare(pixels, { ...first, y: first.y + first.height + 4, height: 6 }), `page ${page.dossierPage}`).toBeLessThan(0.5);
    }
    // The boxes lie over the name where poppler finds it on the original page as shown, turned or not
    // (a redacted page keeps its size; the footer band is added below it).
    for (const [evidenceId, original, page, word] of [
      [letterId, 'letter.pdf', 1, 'Sadykov'],
      [letterId, 'letter.pdf', 3, 'SADYKOV'],
      [turnedId, 'turned.pdf', 1, 'Sadykov,'],
    ] as const) {
      const dossierPage = byId.get(evidenceId)!.firstPage + page;
      const pixels = await pagePixels(file, dossierPage);
      const { x, top, width, height } = wordRect(path.join(dir, original), page, word);
      expect(darkShare(pixels, { x, y: pixels.height - top - height, width, height }), `${original} page ${page}`).toBeGreaterThan(0.9);
    }
    // The separator says how much was redacted, and where the original is.
    expect(pageText(file, byId.get(letterId)!.firstPage).replace(/\s+/g, ' ')).toContain('Redacted: 3 boxes on 2 pages, drawn again as images. The original, SHA-256');
    const photoPage = redacted.find((page) => page.evidenceId === photoId)!;
    expect(pageText(file, photoPage.dossierPage)).toContain('Third party');
    expect(pageText(file, photoPage.dossierPage)).toContain('Address');
    // The photo's text layer keeps the words no box touches.
    expect(pageText(file, photoPage.dossierPage)).toContain('Wanted notice');
    expect(pageText(file, photoPage.dossierPage)).not.toContain('Reward');

    // The hash of each redacted exhibit is what the manifest's own command gives, run as printed
    // (the letter's is the one with a page between its redacted pages, whose picture is left out).
    const manifest = execFileSync('pdftotext', ['-f', String(composed.pages - 1), '-l', String(composed.pages), file, '-'], { encoding: 'utf8' });
    expect(manifest).toContain('Redaction log');
    // The log is in the contents, at the page it prints on (the last).
    expect(pageText(file, 2)).toMatch(new RegExp(`Redaction log[ .]*${composed.pages}\\s`));
    const commands = [...manifest.replace(/\s+/g, ' ').matchAll(/pdfimages .*? \| sha256sum/g)].map((match) => match[0]);
    expect(commands).toHaveLength(4);
    expect(commands[0]).toContain(' -p ');
    for (const [index, exhibit] of (composed.redactedExhibits ?? []).entries()) {
      const out = path.join(dir, `images-${index}`);
      await mkdir(out);
      const printed = execFileSync('bash', ['-c', commands[index]!.replace('dossier.pdf', JSON.stringify(file))], { cwd: out, encoding: 'utf8' });
      expect(printed.split(' ')[0]).toBe(exhibit.redactedSha256);
      expect(manifest.replace(/\s+/g, '')).toContain(exhibit.redactedSha256);
      expect(exhibit.originalSha256).toBe(byId.get(exhibit.evidenceId)!.sha256);
    }
    expect(composed.redactedExhibits?.map((exhibit) => exhibit.evidenceId)).toEqual([letterId, formId, photoId, turnedId]);
  }, 120_000);

  it('holds through the export in parts, in Russian: the verification passes, no part holds the name, the boxes say why in Russian', async () => {
    const { dir, vault, report, photoId } = await redactionCase();
    const profile = vault.transaction((db) =>
      saveRedactionProfile(db, report.caseId, undefined, { name: 'Посольство', terms: [{ text: NAME, reason: 'third_party' }], regions: [rewardRegion(photoId)] }),
    );
    const result = await exportDossier(vault, report.caseId, path.join(dir, 'dossier.pdf'), { today: '2026-12-03', language: 'ru', redactionProfileId: profile.id, maxPartPages: 8 });
    const files = result.parts?.map((part) => part.file) ?? [];
    expect(files.length).toBeGreaterThan(1);
    let text = '';
    for (const file of files) {
      text += execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-']);
      expect(qdf.includes(Buffer.from('Sadykov')), file).toBe(false);
    }
    expect(text).not.toMatch(/Sadykov/i);
    expect(text).toContain('Третье лицо');
    expect(text).toContain('Адрес');
    expect(text).toContain('Журнал редактирования');
    expect(text).toContain('Отредактированные приложения');
  }, 180_000);
});
