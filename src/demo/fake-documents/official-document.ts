// An official document typeset as a PDF on A4 or Letter: justified paragraphs, page breaks, a
// signature block with a seal, a landscape annex, a page scanned sideways, and a note in every
// page's footer (the demo's says the document is fictional).
import { degrees, PageSizes, rgb, type PDFDocument, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import type { NotoSansBytes } from './fonts.js';
import { newFixedPdf, type PdfMetadata } from './pdf-document.js';

type PageSize = [number, number];
type SecurityOptions = Parameters<PDFDocument['encrypt']>[0];

export interface DocumentInfo extends PdfMetadata {
  author: string;
  subject: string;
  language: string;
  /** Printed small at the foot of every page. */
  footer: string;
  pageSize?: PageSize;
}

interface ParagraphOptions {
  indent?: number;
  bold?: boolean;
  size?: number;
  align?: 'justify' | 'left' | 'center' | 'right';
  gapAfter?: number;
}

const ink = rgb(0.1, 0.1, 0.12);
const faint = rgb(0.45, 0.45, 0.5);
const sealBlue = rgb(0.17, 0.27, 0.62);
const margin = { left: 78, right: 50, top: 64, bottom: 64 };

export class OfficialPdf {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    readonly pdf: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    readonly footer: string,
    private readonly pageSize: PageSize,
  ) {}

  static async create(fonts: NotoSansBytes, info: DocumentInfo): Promise<OfficialPdf> {
    const { footer, pageSize, ...metadata } = info;
    const pdf = await newFixedPdf(metadata);
    pdf.registerFontkit(fontkit);
    const regular = await pdf.embedFont(fonts.regular, { subset: true });
    const bold = await pdf.embedFont(fonts.bold, { subset: true });
    const document = new OfficialPdf(pdf, regular, bold, footer, pageSize ?? PageSizes.A4);
    document.newPage();
    return document;
  }

  private get width(): number {
    return this.pageSize[0] - margin.left - margin.right;
  }

  newPage(): void {
    this.page = this.pdf.addPage(this.pageSize);
    const number = this.pdf.getPageCount();
    drawFooter(this.page, this.regular, this.pageSize[0], number, this.footer);
    this.y = this.pageSize[1] - margin.top;
  }

  private ensureRoom(height: number): void {
    if (this.y - height < margin.bottom) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  paragraph(text: string, options: ParagraphOptions = {}): void {
    const { indent = 28, bold = false, size = 11.5, align = 'justify', gapAfter = 5 } = options;
    const font = bold ? this.bold : this.regular;
    const lineHeight = size * 1.42;
    const lines = wrapWords(text, font, size, this.width, align === 'justify' ? indent : 0);
    lines.forEach((words, index) => {
      this.ensureRoom(lineHeight);
      this.y -= lineHeight;
      const lineIndent = index === 0 && align === 'justify' ? indent : 0;
      const available = this.width - lineIndent;
      const x = margin.left + lineIndent;
      const lastLine = index === lines.length - 1;
      if (align === 'justify' && !lastLine && words.length > 1) {
        // Justified like a court's own print: the slack goes into the gaps between words.
        const used = words.reduce((sum, word) => sum + font.widthOfTextAtSize(word, size), 0);
        const gap = (available - used) / (words.length - 1);
        let wordX = x;
        for (const word of words) {
          this.page.drawText(word, { x: wordX, y: this.y, size, font, color: ink });
          wordX += font.widthOfTextAtSize(word, size) + gap;
        }
        return;
      }
      const line = words.join(' ');
      const lineWidth = font.widthOfTextAtSize(line, size);
      const lineX = align === 'center' ? margin.left + (this.width - lineWidth) / 2 : align === 'right' ? margin.left + this.width - lineWidth : x;
      this.page.drawText(line, { x: lineX, y: this.y, size, font, color: ink });
    });
    this.y -= gapAfter;
  }

  heading(text: string, size = 12): void {
    this.paragraph(text, { bold: true, size, align: 'center', gapAfter: 2 });
  }

  rule(): void {
    this.y -= 6;
    this.page.drawLine({ start: { x: margin.left, y: this.y }, end: { x: margin.left + this.width, y: this.y }, thickness: 0.8, color: ink });
    this.y -= 8;
  }

  /** One line with text at the left margin and text against the right margin ("г. Оренбург ... 19 июня 2023 г."). */
  split(left: string, right: string, size = 11.5): void {
    this.ensureRoom(size * 1.6);
    this.y -= size * 1.6;
    this.page.drawText(left, { x: margin.left, y: this.y, size, font: this.regular, color: ink });
    const rightWidth = this.regular.widthOfTextAtSize(right, size);
    this.page.drawText(right, { x: margin.left + this.width - rightWidth, y: this.y, size, font: this.regular, color: ink });
    this.y -= 6;
  }

  /** Role at the left, a handwritten-looking signature, the name at the right, and a seal over the signature. */
  signature(roleLines: string[], name: string, sealLines?: [string, string]): void {
    const size = 11.5;
    const leading = size * 1.3;
    // A seal reaches 40 points above the signature line; leave it room so it covers no text.
    const above = sealLines ? 46 : 18;
    this.ensureRoom(above + roleLines.length * leading + 40);
    this.y -= above;
    const top = this.y;
    roleLines.forEach((line, index) => {
      this.page.drawText(line, { x: margin.left, y: top - index * leading, size, font: this.regular, color: ink });
    });
    const baseline = top - (roleLines.length - 1) * leading;
    const nameX = margin.left + this.width - this.regular.widthOfTextAtSize(name, size);
    this.page.drawText(name, { x: nameX, y: baseline, size, font: this.regular, color: ink });
    const roleEnd = margin.left + Math.max(...roleLines.map((line) => this.regular.widthOfTextAtSize(line, size)));
    const signatureX = Math.max(roleEnd + 12, nameX - 100);
    this.page.drawSvgPath('M0 8 C 4 22, 10 -6, 16 10 C 20 20, 24 -2, 30 8 C 36 18, 40 2, 46 10 L 52 4 C 58 0, 66 14, 84 2', {
      x: signatureX,
      y: baseline + 14,
      borderColor: sealBlue,
      borderWidth: 1.1,
    });
    if (sealLines) drawSeal(this.page, this.regular, this.bold, signatureX + 30, baseline + 4, sealLines);
    this.y = baseline - (sealLines ? 44 : 6);
  }

  async save(encryption?: SecurityOptions): Promise<Uint8Array> {
    if (!encryption) return this.pdf.save();
    // Encryption draws fresh keys and IVs from the system's random source, so these files
    // differ on every run; the process's random source is never replaced, not even for a demo.
    this.pdf.encrypt(encryption);
    return this.pdf.save();
  }
}

/** Words grouped into lines no wider than `width`; the first line is `firstIndent` narrower. */
export function wrapWords(text: string, font: PDFFont, size: number, width: number, firstIndent: number): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const limit = lines.length === 0 ? width - firstIndent : width;
    const candidate = [...line, word].join(' ');
    if (line.length > 0 && font.widthOfTextAtSize(candidate, size) > limit) {
      lines.push(line);
      line = [word];
    } else {
      line.push(word);
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function drawFooter(page: PDFPage, font: PDFFont, pageWidth: number, number: number, note: string): void {
  const size = 7.5;
  page.drawText(note, { x: (pageWidth - font.widthOfTextAtSize(note, size)) / 2, y: 30, size, font, color: faint });
  if (number > 1) {
    const label = `— ${number} —`;
    page.drawText(label, { x: (pageWidth - font.widthOfTextAtSize(label, 10)) / 2, y: page.getHeight() - 38, size: 10, font, color: ink });
  }
}

/** A round official seal: two rings, the authority's name and, in the middle, its short name. */
function drawSeal(page: PDFPage, regular: PDFFont, bold: PDFFont, x: number, y: number, [ring, centre]: [string, string]): void {
  page.drawCircle({ x, y, size: 40, borderColor: sealBlue, borderWidth: 1.6, borderOpacity: 0.8 });
  page.drawCircle({ x, y, size: 27, borderColor: sealBlue, borderWidth: 0.8, borderOpacity: 0.8 });
  // The ring text runs round the seal one letter at a time, as on a real stamp.
  // Clockwise from the bottom, leaving a gap of two letters there.
  const letters = [...ring];
  const step = (2 * Math.PI) / (letters.length + 2);
  letters.forEach((letter, index) => {
    const angle = (3 * Math.PI) / 2 - (index + 1.5) * step;
    page.drawText(letter, {
      x: x + 31 * Math.cos(angle),
      y: y + 31 * Math.sin(angle),
      size: 6,
      font: regular,
      color: sealBlue,
      opacity: 0.85,
      rotate: degrees((angle * 180) / Math.PI - 90),
    });
  });
  const centreWidth = bold.widthOfTextAtSize(centre, 7);
  page.drawText(centre, { x: x - centreWidth / 2, y: y - 2.5, size: 7, font: bold, color: sealBlue, opacity: 0.85 });
}

/**
 * A landscape page (no /Rotate: the page itself is wider than tall) holding a table, as annexes
 * listing dates often are.
 */
export function addLandscapeTable(document: OfficialPdf, title: string[], columns: { header: string; width: number }[], rows: string[][]): void {
  const [pageWidth, pageHeight] = [PageSizes.A4[1], PageSizes.A4[0]];
  const page = document.pdf.addPage([pageWidth, pageHeight]);
  drawFooter(page, document.regular, pageWidth, document.pdf.getPageCount(), document.footer);
  let y = pageHeight - 62;
  for (const line of title) {
    const width = document.bold.widthOfTextAtSize(line, 11);
    page.drawText(line, { x: (pageWidth - width) / 2, y, size: 11, font: document.bold, color: ink });
    y -= 16;
  }
  y -= 8;
  const left = 50;
  const size = 9;
  const lineHeight = 12;
  const drawRow = (cells: string[], font: PDFFont) => {
    const wrapped = cells.map((cell, index) => wrapWords(cell, font, size, (columns[index]?.width ?? 60) - 8, 0).map((words) => words.join(' ')));
    const height = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight + 8;
    let x = left;
    wrapped.forEach((lines, index) => {
      const width = columns[index]?.width ?? 60;
      page.drawRectangle({ x, y: y - height, width, height, borderColor: ink, borderWidth: 0.6 });
      lines.forEach((line, lineIndex) => page.drawText(line, { x: x + 4, y: y - 12 - lineIndex * lineHeight, size, font, color: ink }));
      x += width;
    });
    y -= height;
  };
  drawRow(
    columns.map((column) => column.header),
    document.bold,
  );
  for (const row of rows) drawRow(row, document.regular);
}

/**
 * A page scanned sideways: the page is portrait A4 but its content runs across it, and
 * /Rotate 90 turns it upright on screen, as scanning software does. Content is placed in the
 * coordinates of the upright (landscape) view and mapped back to the unrotated page.
 */
export function addSidewaysScan(document: OfficialPdf, lines: { text: string; bold?: boolean; size?: number; indent?: number }[]): void {
  const [portraitWidth, portraitHeight] = PageSizes.A4;
  const page = document.pdf.addPage([portraitWidth, portraitHeight]);
  page.setRotation(degrees(90));
  // Upright view: X from the left, Y from the bottom of a portraitHeight × portraitWidth page.
  const text = (value: string, X: number, Y: number, font: PDFFont, size: number, color = ink) =>
    page.drawText(value, { x: portraitWidth - Y, y: X, size, font, color, rotate: degrees(90) });
  // The grey of a photocopy, with the darker strip a scanner lid leaves along one edge.
  page.drawRectangle({ x: 0, y: 0, width: portraitWidth, height: portraitHeight, color: rgb(0.95, 0.95, 0.93) });
  page.drawRectangle({ x: portraitWidth - 14, y: 0, width: 14, height: portraitHeight, color: rgb(0.78, 0.78, 0.76) });
  let Y = portraitWidth - 70;
  for (const line of lines) {
    const size = line.size ?? 11;
    const font = line.bold ? document.bold : document.regular;
    for (const words of wrapWords(line.text, font, size, portraitHeight - 180 - (line.indent ?? 0), 0)) {
      text(words.join(' '), 90 + (line.indent ?? 0), Y, font, size);
      Y -= size * 1.5;
    }
    Y -= 4;
  }
  text('КОПИЯ ВЕРНА', portraitHeight - 250, 90, document.bold, 13, sealBlue);
  const note = document.footer;
  text(note, (portraitHeight - document.regular.widthOfTextAtSize(note, 7.5)) / 2, 30, document.regular, 7.5, faint);
}
