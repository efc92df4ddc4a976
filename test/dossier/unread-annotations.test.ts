// An annotation whose appearance draws words no reader gives us (a stamp "RECEIVED, I. Petrov"
// with no /Contents) would be drawn into the image of a page rendered again for another box, where
// no term search sees it: such annotations are boxed whole on a redacted page. Real PDFs made with
// pdf-lib, read by the composer's own first pass (pdf.js and PDFium).
import { PDFDocument, PDFName, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import type { DossierRedaction } from '../../src/core/dossier/redaction/dossier-redaction.js';
import { findExhibitBoxes } from '../../src/core/dossier/redaction/exhibit-boxes.js';

async function pdfWithStampAndInk(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const context = document.context;
  for (const withTerm of [true, false]) {
    const page = document.addPage([595, 842]);
    if (withTerm) page.drawText('Witness: Marat Sadykov', { x: 72, y: 700, size: 14, font });
    page.drawText('A page of the letter.', { x: 72, y: 600, size: 14, font });
    const stampAppearance = context.stream('BT /F1 12 Tf 4 8 Td (RECEIVED I. Petrov) Tj ET', {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, 160, 30],
      Resources: { Font: { F1: font.ref } },
    });
    const stamp = context.obj({ Type: 'Annot', Subtype: 'Stamp', Rect: [300, 100, 460, 130], AP: { N: context.register(stampAppearance) } });
    const ink = context.obj({ Type: 'Annot', Subtype: 'Ink', Rect: [72, 150, 200, 200], InkList: [[80, 160, 120, 190, 190, 170]] });
    page.node.set(PDFName.of('Annots'), context.obj([context.register(stamp), context.register(ink)]));
  }
  return document.save();
}

const redaction: DossierRedaction = {
  profileId: 'p',
  profileName: 'Embassy',
  terms: [{ text: 'Marat Sadykov', reason: 'third_party' }],
  regions: {},
  withheldFields: [],
  withheldEvidenceIds: [],
  withheldEventIds: [],
  withheldValues: [],
  logPage: true,
};

describe('annotations that may draw unread words', () => {
  it('are boxed whole on a page rendered again, and a page without boxes stays clean', async () => {
    const bytes = await pdfWithStampAndInk();
    const boxes = await findExhibitBoxes(redaction, { evidenceId: 'e1', kind: 'pdf', pageCount: 2, bytes: async () => bytes, recognized: new Map() });
    expect([...boxes.keys()]).toEqual([1]);
    const page = boxes.get(1)!;
    expect(page.map((box) => box.reason).sort()).toEqual(['other', 'third_party']);
    // The stamp's rectangle (300–460 × 100–130 pt from the bottom), padded, as fractions of the page from its top left.
    const stampBox = page.find((box) => box.reason === 'other')!;
    expect(stampBox.x * 595).toBeLessThanOrEqual(300);
    expect((stampBox.x + stampBox.width) * 595).toBeGreaterThanOrEqual(460);
    expect(stampBox.y * 842).toBeLessThanOrEqual(842 - 130);
    expect((stampBox.y + stampBox.height) * 842).toBeGreaterThanOrEqual(842 - 100);
    // The ink (a signature's strokes) is not boxed: nothing covers 72–200 × 150–200 pt.
    expect(page.some((box) => box.x * 595 < 200 && (box.y + box.height) * 842 > 842 - 200 && box.y * 842 < 842 - 150)).toBe(false);
  });
});
