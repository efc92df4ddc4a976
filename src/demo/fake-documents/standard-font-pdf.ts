// A PDF as simple software writes it: lines of text in the standard Helvetica, which every PDF
// reader supplies, so no font is embedded. Such an exhibit shows that the dossier keeps an
// exhibit's fonts as they are.
import { StandardFonts } from '@cantoo/pdf-lib';
import { newFixedPdf, type PdfMetadata } from './pdf-document.js';

/** A4 in whole points, as most producers round it. */
const a4: [number, number] = [595, 842];

/** One page for each entry of `pages`, its lines set at 20 pt from the top left. */
export async function standardFontPdf(metadata: PdfMetadata, pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const pdf = await newFixedPdf(metadata);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    pdf.addPage(a4).drawText(lines.join('\n'), { x: 72, y: 750, size: 20, lineHeight: 30, font });
  }
  return pdf.save();
}
