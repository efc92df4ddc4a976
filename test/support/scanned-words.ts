// A "scan" whose words are known with their boxes: each word is typeset on its own in the shipped
// Noto Sans (src/demo/fake-documents/pictures.ts) and pasted at a chosen place on a white page,
// so the recognised text a perfect OCR would give is known exactly, pixel for pixel. For tests
// of what is done with recognised text (the dossier's text layer), apart from how well a real
// OCR engine reads (the OCR tests and the benchmark measure that).
import { PDFDocument, degrees } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { drawPicture, textLayer, type Placement } from '../../src/demo/fake-documents/pictures.js';
import type { RecognizedLine, RecognizedPage } from '../../src/shared/recognized-text.js';

export interface ScannedWords {
  /** The page as a PNG. */
  png: Buffer;
  width: number;
  height: number;
  /** What a perfect OCR would answer for it. */
  page: RecognizedPage;
  /** Each line's words joined by spaces, top to bottom. */
  lines: string[];
}

/** `lines` of words typeset at `size` pixels on a white page of width × height pixels, from `top`, one line every 2.2 sizes. */
export async function scannedWords(lines: string[][], options: { width: number; height: number; size: number; top: number; left: number }): Promise<ScannedWords> {
  const { width, height, size, left } = options;
  const placements: Placement[] = [];
  const recognized: RecognizedLine[] = [];
  let top = options.top;
  for (const words of lines) {
    let x = left;
    const line: RecognizedLine = { box: { x0: left, y0: top, x1: left, y1: top }, words: [] };
    for (const text of words) {
      const layer = await textLayer(text, { size });
      placements.push({ layer, top, left: x });
      const box = { x0: x, y0: top, x1: x + layer.width, y1: top + layer.height };
      line.words.push({ text, box, confidence: 96 });
      line.box = { x0: line.box.x0, y0: top, x1: box.x1, y1: Math.max(line.box.y1, box.y1) };
      x = box.x1 + Math.round(size * 0.6);
    }
    recognized.push(line);
    top += Math.round(size * 2.2);
  }
  const picture = await drawPicture(width, height, '', placements);
  const png = await picture.png().toBuffer();
  const text = lines.map((words) => words.join(' ')).join('\n');
  return {
    png,
    width,
    height,
    page: { page: 1, width, height, text, lines: recognized, confidence: 96, languages: ['rus', 'kaz', 'eng'] },
    lines: lines.map((words) => words.join(' ')),
  };
}

/**
 * A scanned PDF: one page holding only the picture, at `dpi`, shown upright. With `turned`, the
 * page is stored portrait with /Rotate 90 and the picture drawn a quarter turn back, as a scanner
 * that saves a landscape page does; a viewer shows it landscape and upright.
 */
export async function scannedPdf(scan: ScannedWords, dpi: number, turned = false): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedJpg(await sharp(scan.png).jpeg({ quality: 92 }).toBuffer());
  const [shownWidth, shownHeight] = [(scan.width * 72) / dpi, (scan.height * 72) / dpi];
  if (!turned) {
    const page = pdf.addPage([shownWidth, shownHeight]);
    page.drawImage(image, { x: 0, y: 0, width: shownWidth, height: shownHeight });
  } else {
    const page = pdf.addPage([shownHeight, shownWidth]);
    page.setRotation(degrees(90));
    // Turned a quarter anticlockwise about its corner: its width runs up the page, its top to the left.
    page.drawImage(image, { x: shownHeight, y: 0, width: shownWidth, height: shownHeight, rotate: degrees(90) });
  }
  return pdf.save();
}
