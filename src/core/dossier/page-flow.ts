// Flowing text onto A4 pages: headings, wrapped paragraphs, label/value lists and tables whose
// rows break across pages with their header repeated. Text may carry links to named
// destinations (an exhibit, a section); the link rectangles follow the words wherever they wrap.
import { PDFName, PDFPage, PDFString, rgb, type PDFDocument, type PDFRef, type RGB } from '@cantoo/pdf-lib';
import { strokeLine } from './content-operators.js';
import { displayOrder, type DossierFonts, type FontWeight } from './fonts.js';

export const pageSize = { width: 595.28, height: 841.89 } as const;
export const margins = { left: 62, right: 62, top: 64, bottom: 72 } as const;
export const contentWidth = pageSize.width - margins.left - margins.right;

export const colors = {
  text: rgb(0.1, 0.1, 0.12),
  muted: rgb(0.38, 0.38, 0.42),
  accent: rgb(0.12, 0.23, 0.37),
  warning: rgb(0.62, 0.1, 0.1),
  rule: rgb(0.78, 0.8, 0.83),
  shade: rgb(0.93, 0.945, 0.96),
  link: rgb(0.1, 0.28, 0.6),
} as const;

export const bodySize = 10.5;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const lineFactor = 1.38;

/** A piece of text with one style; `dest` makes it a link to a named destination. */
export interface Span {
  text: string;
  weight?: FontWeight;
  /** A smaller size than the text around it (fingerprints); the line keeps its height. */
  size?: number;
  color?: RGB;
  dest?: string;
}

export type Inline = string | Span[];

interface Word {
  text: string;
  width: number;
  span: Span;
  /** True for the whitespace between words: dropped at a line's end. */
  space: boolean;
}

type Line = Word[];

export interface Position {
  page: PDFPage;
  /** The top of the element in PDF user space (origin bottom left). */
  top: number;
}

export interface Column {
  title: string;
  /** Share of the content width. */
  width: number;
  align?: 'left' | 'right';
}

export interface TableOptions {
  size?: number;
}

function toSpans(inline: Inline): Span[] {
  return typeof inline === 'string' ? [{ text: inline }] : inline;
}

/** Adds a link annotation over `rect` that jumps to the named destination `dest`. */
function addLink(doc: PDFDocument, page: PDFPage, rect: [number, number, number, number], dest: string): void {
  const annotation = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: rect,
      Border: [0, 0, 0],
      Dest: PDFString.of(dest),
    }),
  );
  page.node.addAnnot(annotation);
  // Reading order for assistive tools follows the structure of the content stream.
  page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
}

/**
 * Gives a page its place under the document's page tree without inserting it in the tree's
 * list: the exporter writes that list once, in dossier order, at the end. (pdf-lib's addPage
 * walks the whole tree, whose already written pages the stream writer has dropped.)
 */
export function attachPage(doc: PDFDocument, page: PDFPage): PDFPage {
  page.node.setParent(doc.catalog.get(PDFName.of('Pages')) as PDFRef);
  return page;
}

export function createPage(doc: PDFDocument, size: [number, number] = [pageSize.width, pageSize.height]): PDFPage {
  const page = attachPage(doc, PDFPage.create(doc));
  page.setSize(size[0], size[1]);
  return page;
}

export class PageFlow {
  readonly pages: PDFPage[] = [];
  private current: PDFPage | undefined;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: DossierFonts,
  ) {}

  /** False while laying out only to count pages: the flow then measures its text and draws nothing. */
  private get drawing(): boolean {
    return !this.fonts.measureOnly;
  }

  /** Names the part of the dossier laid out from now on, for the report of characters no font has. */
  atPlace(place: string | undefined): void {
    this.fonts.atPlace(place);
  }

  get page(): PDFPage {
    return this.current ?? this.newPage();
  }

  newPage(): PDFPage {
    const page = createPage(this.doc);
    this.pages.push(page);
    this.current = page;
    this.y = pageSize.height - margins.top;
    return page;
  }

  /** Where the next element starts, breaking to a new page if fewer than `needed` points remain. */
  position(needed = 0): Position {
    this.ensure(needed);
    return { page: this.page, top: this.y };
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** Goes on at `top` of the current page, below what was placed on it by hand (the cover's title and name). */
  continueAt(top: number): void {
    this.y = top;
  }

  private ensure(height: number): void {
    if (!this.current || this.y - height < margins.bottom) this.newPage();
  }

  heading(text: string, level: 1 | 2): Position {
    const size = level === 1 ? 16 : 12.5;
    const lines = this.wrap([{ text, weight: 'bold', color: colors.accent }], contentWidth, size);
    const height = lines.length * size * lineFactor;
    // Keep a heading with at least three lines of what follows it.
    this.ensure(height + (level === 1 ? 14 : 8) + bodySize * lineFactor * 3);
    if (this.y < pageSize.height - margins.top) this.gap(level === 1 ? 14 : 8);
    const position = { page: this.page, top: this.y };
    this.drawLines(lines, margins.left, size);
    if (level === 1 && this.drawing) {
      strokeLine(this.page, { x: margins.left, y: this.y + 3 }, { x: pageSize.width - margins.right, y: this.y + 3 }, 0.6, colors.rule);
    }
    this.gap(level === 1 ? 8 : 4);
    return position;
  }

  paragraph(inline: Inline, options: { size?: number; indent?: number; after?: number } = {}): void {
    const size = options.size ?? bodySize;
    const indent = options.indent ?? 0;
    for (const [index, part] of splitParagraphs(toSpans(inline)).entries()) {
      if (index > 0) this.gap(size * 0.5);
      this.drawLines(this.wrap(part, contentWidth - indent, size), margins.left + indent, size);
    }
    this.gap(options.after ?? size * 0.6);
  }

  /** A bulleted list, one item per entry. */
  bullets(items: Inline[], size = bodySize): void {
    for (const item of items) {
      const lines = this.wrap(toSpans(item), contentWidth - 14, size);
      this.ensure(size * lineFactor);
      this.fonts.draw(this.page, '•', { x: margins.left + 3, y: this.y - size, size, color: colors.muted });
      this.drawLines(lines, margins.left + 14, size);
      this.gap(size * 0.25);
    }
    this.gap(size * 0.4);
  }

  /**
   * Label and value pairs in two columns, as on a form. Both wrap in their columns; a row that
   * breaks across pages goes on with its label and value lines side by side. On each page a
   * row's label is drawn before its value, so text readers keep the label's words together.
   */
  fields(rows: [string, Inline][], labelShare = 0.3, size = bodySize): void {
    const labelWidth = contentWidth * labelShare;
    const lineHeight = size * lineFactor;
    for (const [label, value] of rows) {
      const labelLines = this.wrap([{ text: label, color: colors.muted }], labelWidth - 8, size);
      const valueLines = this.wrap(toSpans(value), contentWidth - labelWidth, size);
      const lineCount = Math.max(labelLines.length, valueLines.length);
      this.ensure(Math.min(lineCount, 3) * size * lineFactor);
      for (let first = 0; first < lineCount; ) {
        this.ensure(lineHeight);
        let end = first;
        let bottom = this.y;
        while (end < lineCount && bottom - lineHeight >= margins.bottom) {
          end += 1;
          bottom -= lineHeight;
        }
        const top = this.y;
        for (const [lines, x] of [[labelLines, margins.left], [valueLines, margins.left + labelWidth]] as const) {
          this.y = top;
          for (const line of lines.slice(first, end)) {
            this.drawLine(line, x, this.y - size, size);
            this.y -= lineHeight;
          }
        }
        this.y = bottom;
        first = end;
      }
      this.y -= size * 0.35;
    }
    this.gap(size * 0.5);
  }

  table(columns: Column[], rows: Inline[][], options: TableOptions = {}): void {
    const size = options.size ?? 8.6;
    const padding = 3.5;
    const widths = this.columnWidths(columns, rows, size, padding);
    const lineHeight = size * lineFactor;
    const header = columns.map((column, index) => this.wrap([{ text: column.title, weight: 'bold' }], widths[index]! - 2 * padding, size));
    const drawHeader = () => {
      const height = Math.max(...header.map((lines) => lines.length)) * lineHeight + 2 * padding;
      if (this.drawing) this.page.drawRectangle({ x: margins.left, y: this.y - height, width: contentWidth, height, color: colors.shade });
      this.drawRow(header, widths, columns, size, padding);
      this.y -= height;
    };
    this.ensure(lineHeight * 4);
    drawHeader();
    for (const row of rows) {
      let cells = row.map((cell, index) => this.wrap(toSpans(cell), widths[index]! - 2 * padding, size));
      while (cells.some((lines) => lines.length > 0)) {
        const room = Math.floor((this.y - margins.bottom - 2 * padding) / lineHeight);
        const rowLines = Math.max(...cells.map((lines) => lines.length));
        if (room < Math.min(rowLines, 2)) {
          this.newPage();
          drawHeader();
          continue;
        }
        const take = Math.min(rowLines, room);
        const part = cells.map((lines) => lines.slice(0, take));
        cells = cells.map((lines) => lines.slice(take));
        this.drawRow(part, widths, columns, size, padding);
        this.y -= take * lineHeight + 2 * padding;
        if (this.drawing) strokeLine(this.page, { x: margins.left, y: this.y }, { x: margins.left + contentWidth, y: this.y }, 0.4, colors.rule);
      }
    }
    this.gap(bodySize);
  }

  /**
   * The columns' widths: their shares of the content width, except that a column is widened to
   * hold its longest word ("воспроизведено", a half fingerprint), taking the room from columns
   * that have more than their own longest word needs, so that words never break inside. Only
   * when the longest words do not fit side by side, or a word would take more than half the
   * page (a URL), does such a word break anywhere.
   */
  private columnWidths(columns: Column[], rows: Inline[][], size: number, padding: number): number[] {
    const shares = columns.map((column) => column.width * contentWidth);
    const longestWord = columns.map((column, index) => {
      const spans = [{ text: column.title, weight: 'bold' as const }, ...rows.flatMap((row) => toSpans(row[index] ?? ''))];
      let longest = 0;
      for (const span of spans) {
        for (const word of span.text.split(/\s+/)) {
          if (word === '') continue;
          const width = this.fonts.widthOf(word, span.size ?? size, span.weight ?? 'regular');
          if (width <= contentWidth / 2) longest = Math.max(longest, width);
        }
      }
      // A hair more than the word: the width summed again by wrap() must not come out larger.
      return longest + 2 * padding + 0.5;
    });
    const minimum = longestWord;
    if (minimum.reduce((sum, width) => sum + width, 0) > contentWidth) return shares;
    const widened = shares.map((share, index) => Math.max(share, minimum[index]!));
    const excess = widened.reduce((sum, width) => sum + width, 0) - contentWidth;
    const slack = widened.map((width, index) => width - minimum[index]!);
    const totalSlack = slack.reduce((sum, room) => sum + room, 0);
    if (excess <= 0 || totalSlack <= 0) return widened;
    return widened.map((width, index) => width - (excess * slack[index]!) / totalSlack);
  }

  private drawRow(cells: Line[][], widths: number[], columns: Column[], size: number, padding: number): void {
    const top = this.y - padding;
    let x = margins.left;
    cells.forEach((lines, index) => {
      const width = widths[index]!;
      lines.forEach((line, lineIndex) => {
        const lineWidth = columns[index]!.align === 'right' ? measure(line) : 0;
        const start = columns[index]!.align === 'right' ? x + width - padding - lineWidth : x + padding;
        this.drawLine(line, start, top - lineIndex * size * lineFactor - size, size);
      });
      x += width;
    });
  }

  /**
   * A table-of-contents entry: the title, wrapped over as many lines as it needs (a long
   * exhibit title is not cut), then a dot leader and the page number on its last line; all
   * of it one link.
   */
  contentsLine(title: string, pageNumber: number, dest: string, indent: number, weight: FontWeight): void {
    const size = bodySize;
    const lineHeight = size * lineFactor;
    const numberText = String(pageNumber);
    const numberWidth = this.fonts.widthOf(numberText, size, weight);
    const right = pageSize.width - margins.right;
    const left = margins.left + indent;
    // Continuation lines are indented a little more, so an entry's lines read as one.
    const hanging = 12;
    const lines = this.wrap([{ text: title, weight }], contentWidth - indent - hanging - numberWidth - 24, size);
    this.ensure(Math.min(lines.length, 3) * lineHeight);
    lines.forEach((line, index) => {
      this.ensure(lineHeight);
      const baseline = this.y - size;
      const x = index === 0 ? left : left + hanging;
      this.drawLine(line, x, baseline, size);
      const lineEnd = x + measure(line);
      // Measuring, the leader, the number and the link take no room of their own.
      if (this.drawing && index === lines.length - 1) {
        const leader = '. ';
        const leaderStart = lineEnd + 6;
        const leaderCount = Math.floor((right - numberWidth - 4 - leaderStart) / this.fonts.widthOf(leader, size, 'regular'));
        if (leaderCount > 0) this.fonts.draw(this.page, leader.repeat(leaderCount), { x: leaderStart, y: baseline, size, color: colors.muted });
        this.fonts.draw(this.page, numberText, { x: right - numberWidth, y: baseline, size, weight, color: colors.text });
        addLink(this.doc, this.page, [left, baseline - 3, right, baseline + size], dest);
      } else if (this.drawing) {
        addLink(this.doc, this.page, [left, baseline - 3, lineEnd, baseline + size], dest);
      }
      this.y -= lineHeight;
    });
    this.y -= 1.5;
  }

  truncate(text: string, size: number, weight: FontWeight, width: number): string {
    if (this.fonts.widthOf(text, size, weight) <= width) return text;
    const characters = [...text];
    while (characters.length > 1 && this.fonts.widthOf(`${characters.join('')}…`, size, weight) > width) characters.pop();
    return `${characters.join('').trimEnd()}…`;
  }

  /**
   * Draws `text` wrapped to the content width, its first line at `y` and each next one `leading`
   * below, where a cover's fixed layout puts it (not at the flow's position); returns the y the
   * line after the last would have.
   */
  drawWrapped(page: PDFPage, text: string, options: { x: number; y: number; size: number; leading: number; weight: FontWeight; color: ReturnType<typeof rgb> }): number {
    const { x, size, leading, weight, color } = options;
    let { y } = options;
    for (const line of this.wrap([{ text, weight }], contentWidth, size)) {
      this.fonts.draw(page, line.map((word) => word.text).join(''), { x, y, size, weight, color });
      y -= leading;
    }
    return y;
  }

  /** Lays out spans into lines no wider than `width`. */
  wrap(spans: Span[], width: number, size: number): Line[] {
    const lines: Line[] = [];
    let line: Line = [];
    let lineWidth = 0;
    const push = () => {
      while (line.length > 0 && line[line.length - 1]!.space) line.pop();
      lines.push(line);
      line = [];
      lineWidth = 0;
    };
    for (const span of spans) {
      for (const token of span.text.split(/(\n|[ \t]+)/)) {
        if (token === '') continue;
        if (token === '\n') {
          push();
          continue;
        }
        const space = /^[ \t]+$/.test(token);
        if (space && line.length === 0) continue;
        const text = space ? ' ' : token;
        const spanSize = span.size ?? size;
        const tokenWidth = this.fonts.widthOf(text, spanSize, span.weight ?? 'regular');
        if (!space && lineWidth + tokenWidth > width && line.length > 0) push();
        if (!space && tokenWidth > width) {
          // A word wider than the column (a URL, a CJK sentence) breaks anywhere.
          for (const piece of this.breakWord(text, width, spanSize, span.weight ?? 'regular')) {
            if (line.length > 0) push();
            const pieceWidth = this.fonts.widthOf(piece, spanSize, span.weight ?? 'regular');
            line.push({ text: piece, width: pieceWidth, span, space: false });
            lineWidth = pieceWidth;
          }
          continue;
        }
        line.push({ text, width: tokenWidth, span, space });
        lineWidth += tokenWidth;
      }
    }
    if (line.length > 0 || lines.length === 0) push();
    return lines;
  }

  private breakWord(word: string, width: number, size: number, weight: FontWeight): string[] {
    // Measured a character at a time (summing, not re-measuring the growing piece): long
    // unbroken words are mostly fingerprints, and the index and manifest hold hundreds.
    const pieces: string[] = [];
    let piece = '';
    let pieceWidth = 0;
    for (const { segment } of graphemes.segment(word)) {
      const segmentWidth = this.fonts.widthOf(segment, size, weight);
      if (piece !== '' && pieceWidth + segmentWidth > width) {
        pieces.push(piece);
        piece = '';
        pieceWidth = 0;
      }
      piece += segment;
      pieceWidth += segmentWidth;
    }
    if (piece !== '') pieces.push(piece);
    return pieces;
  }

  private drawLines(lines: Line[], x: number, size: number): void {
    for (const line of lines) {
      this.ensure(size * lineFactor);
      this.drawLine(line, x, this.y - size, size);
      this.y -= size * lineFactor;
    }
  }

  private drawLine(line: Line, x: number, baseline: number, size: number): void {
    // Measuring: wrap() has measured (and noted any character no face has in) every word.
    if (!this.drawing) return;
    let cursor = x;
    for (const word of displayOrder(line, (word) => word.text)) {
      const { span } = word;
      if (!word.space) {
        this.fonts.draw(this.page, word.text, {
          x: cursor,
          y: baseline,
          size: span.size ?? size,
          weight: span.weight ?? 'regular',
          color: span.dest ? colors.link : (span.color ?? colors.text),
        });
        if (span.dest) {
          addLink(this.doc, this.page, [cursor, baseline - size * 0.25, cursor + word.width, baseline + size * 0.85], span.dest);
        }
      }
      cursor += word.width;
    }
  }
}

function measure(line: Line): number {
  return line.reduce((sum, word) => sum + word.width, 0);
}

/** Splits spans at blank lines into paragraphs. */
function splitParagraphs(spans: Span[]): Span[][] {
  const paragraphs: Span[][] = [[]];
  for (const span of spans) {
    const parts = span.text.split(/\n\s*\n/);
    parts.forEach((text, index) => {
      if (index > 0) paragraphs.push([]);
      if (text !== '') paragraphs[paragraphs.length - 1]!.push({ ...span, text });
    });
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}
