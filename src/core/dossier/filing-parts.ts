// A dossier written as several files, each under the forum's size or page limit (NAME_Part1.pdf,
// NAME_Part2.pdf, …). The composer still builds one document with one numbering; this decides,
// page by page, which file each page goes to and writes there what the page needs: its content,
// images and annotations, and the objects it shares with the part's other pages (the q/Q streams,
// the fonts) once per file. A part stays open until the last is known (its cover says "Part 2 of
// 3"); what each file holds at its end (its cover, index, fonts, catalog) is written then.
//
// An exhibit goes whole into one part when it fits in a part of its own; only one larger than a
// whole part is split between its pages. Sizes are known exactly before a page is written: the
// page's objects are all in memory until its exhibit is flushed.
import { PDFDict, PDFName, type PDFDocument, type PDFObject, type PDFRef } from '@cantoo/pdf-lib';
import { DossierError } from '../../shared/errors.js';
import { coverAllowance, partBudget, type PartLimits } from './part-budget.js';
import { PdfStreamWriter, referencesIn, type ByteSink } from './pdf-stream-writer.js';

export type { PartLimits };

/** Where each part's bytes go, by its index from 0. */
export type PartSinks = (index: number) => ByteSink;

/** Links between pages are not followed into another page: each page's closure is its own. */
const parentKeys: ReadonlySet<string> = new Set(['/Parent', '/P']);

export interface Part {
  index: number;
  writer: PdfStreamWriter;
  /** The part's pages in order, its own front pages (cover, index) excluded: they are added when it ends. */
  order: PDFRef[];
  /** Printed page numbers of the first and last page placed. */
  first: number;
  last: number;
  /** Objects the part's pages refer to that were not in the document yet (fonts awaiting their subset), written at its end. */
  owed: PDFRef[];
  /** Exhibits split over this part and the next, by name. */
  continuing: string[];
  /** Bytes of pages placed but written only at the part's end (the first part's front matter, whose links are settled last). */
  reserved: number;
}

export class PartedOutput {
  readonly parts: Part[] = [];
  private watermark: number;
  private readonly pageParts = new Map<number, number>();

  /**
   * `laterFront` is what a part after the first adds before its pages (its cover and the full
   * index), in bytes and pages, measured on the first part's index.
   */
  constructor(
    private readonly doc: PDFDocument,
    private readonly sinks: PartSinks,
    private readonly limits: PartLimits,
    private readonly laterFront: { bytes: number; pages: number },
    /** Called before a page is written into a part (its links are pointed at the parts holding their destinations). */
    private readonly beforeWrite: (page: PDFRef, part: number) => void,
  ) {
    this.watermark = doc.context.largestObjectNumber;
  }

  /**
   * Opens the first part with the dossier's own first pages (cover, contents, sections, numbered
   * from 1). They are written when the part ends: their links to exhibits are settled then.
   */
  async begin(frontPages: PDFRef[]): Promise<void> {
    const part = await this.open();
    part.reserved = this.cost(frontPages, part);
    part.order.push(...frontPages);
    for (const ref of frontPages) this.pageParts.set(ref.objectNumber, 0);
    part.first = 1;
    part.last = frontPages.length;
    this.mark();
  }

  /** The part a page was placed in. */
  partOfPage(ref: PDFRef): number | undefined {
    return this.pageParts.get(ref.objectNumber);
  }

  /** The objects numbered since the last mark: the exhibit being placed. */
  objectsSinceMark(): [PDFRef, PDFObject][] {
    return this.doc.context.enumerateIndirectObjects().filter(([ref]) => ref.objectNumber > this.watermark);
  }

  /** Whether these pages, with their separator still to come, are larger than a whole part: the exhibit will be split. */
  largerThanOnePart(pages: PDFRef[]): boolean {
    const bytes = pagesSize(this.doc, pages) + coverAllowance;
    return !this.fitsEmpty(bytes, pages.length + 1);
  }

  /**
   * Places an exhibit's pages (or the manifest's), numbered from `firstNumber`: in the current
   * part if they fit, else in a new one; page by page over several parts when larger than one.
   */
  async place(pages: PDFRef[], firstNumber: number, name: string): Promise<void> {
    let part = this.current();
    if (!this.fits(part, this.cost(pages, part), pages.length) && part.order.length > 0) part = await this.open();
    const whole = this.fits(part, this.cost(pages, part), pages.length);
    for (const [index, ref] of pages.entries()) {
      if (!whole && part.order.length > 0 && !this.fits(part, this.closure(ref, part.writer).bytes, 1)) {
        part.continuing.push(name);
        part = await this.open();
      }
      await this.write(part, ref, firstNumber + index);
    }
  }

  /** Drops what the exhibit placed last brought into the document: every part that needs it holds it. */
  dropSinceMark(): void {
    for (const [ref] of this.objectsSinceMark()) this.doc.context.delete(ref);
    this.mark();
  }

  private mark(): void {
    this.watermark = this.doc.context.largestObjectNumber;
  }

  private current(): Part {
    return this.parts[this.parts.length - 1]!;
  }

  private async open(): Promise<Part> {
    const index = this.parts.length;
    const writer = new PdfStreamWriter(this.doc, this.sinks(index));
    await writer.writeHeader();
    const part: Part = { index, writer, order: [], first: 0, last: 0, owed: [], continuing: [], reserved: 0 };
    this.parts.push(part);
    return part;
  }

  private budget(part: Pick<Part, 'index'>): { bytes: number; pages: number } {
    return partBudget(part.index, this.limits, this.laterFront);
  }

  private fits(part: Part, bytes: number, pages: number): boolean {
    const budget = this.budget(part);
    return part.writer.size + part.reserved + bytes <= budget.bytes && part.order.length + pages <= budget.pages;
  }

  private fitsEmpty(bytes: number, pages: number): boolean {
    const budget = this.budget({ index: 1 });
    return bytes + 16 <= budget.bytes && pages <= budget.pages;
  }

  /** What writing these pages would add to the part, counting what they share once. */
  private cost(pages: PDFRef[], part: Part): number {
    const counted = new Set<number>();
    let bytes = 0;
    for (const ref of pages) {
      for (const [objectRef, object] of this.closure(ref, part.writer).objects) {
        if (counted.has(objectRef.objectNumber)) continue;
        counted.add(objectRef.objectNumber);
        bytes += PdfStreamWriter.sizeOf(objectRef, object);
      }
    }
    return bytes;
  }

  private async write(part: Part, ref: PDFRef, number: number): Promise<void> {
    this.pageParts.set(ref.objectNumber, part.index);
    this.beforeWrite(ref, part.index);
    const { objects, missing } = this.closure(ref, part.writer);
    await part.writer.writeObjects(objects);
    part.owed.push(...missing);
    part.order.push(ref);
    if (part.first === 0) part.first = number;
    part.last = number;
  }

  private closure(start: PDFRef, writer: PdfStreamWriter | undefined) {
    return pageClosure(this.doc, start, writer);
  }
}

/**
 * The objects a page needs that the file does not hold yet (its contents, resources,
 * annotations; not its parent nor other pages it links to), and the references it makes to
 * objects not in the document yet.
 */
function pageClosure(doc: PDFDocument, start: PDFRef, writer: PdfStreamWriter | undefined): { objects: [PDFRef, PDFObject][]; missing: PDFRef[]; bytes: number } {
  const context = doc.context;
  const objects: [PDFRef, PDFObject][] = [];
  const missing: PDFRef[] = [];
  const seen = new Set<number>();
  const stack = [start];
  let bytes = 0;
  while (stack.length > 0) {
    const ref = stack.pop()!;
    if (seen.has(ref.objectNumber)) continue;
    seen.add(ref.objectNumber);
    const object = context.lookup(ref);
    if (object === undefined) {
      missing.push(ref);
      continue;
    }
    if (ref !== start && isPage(object)) continue;
    if (!writer?.holds(ref)) {
      objects.push([ref, object]);
      bytes += PdfStreamWriter.sizeOf(ref, object);
    }
    stack.push(...referencesIn(object, parentKeys));
  }
  return { objects, missing, bytes };
}

/** What these pages and everything they need add to an empty file. */
export function pagesSize(doc: PDFDocument, pages: PDFRef[]): number {
  const counted = new Set<number>();
  let bytes = 0;
  for (const page of pages) {
    for (const [ref, object] of pageClosure(doc, page, undefined).objects) {
      if (counted.has(ref.objectNumber)) continue;
      counted.add(ref.objectNumber);
      bytes += PdfStreamWriter.sizeOf(ref, object);
    }
  }
  return bytes;
}

function isPage(object: PDFObject): boolean {
  return object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Page');
}

/**
 * Refuses a part that ended over the limit: larger (a single page larger than a part, or fonts
 * beyond the room kept for them), or longer (the first part's front matter alone over a page limit).
 */
export function checkPartSizes(sizes: number[], pages: number[], limits: PartLimits): void {
  const longest = pages.findIndex((count) => count > (limits.maxPages ?? Infinity));
  if (longest >= 0) {
    throw new DossierError(
      'INVALID_INPUT',
      `Part ${longest + 1} of the dossier came to ${pages[longest]} pages, over the limit of ${limits.maxPages} a file (its cover, contents and sections alone take more); no file was written.`,
    );
  }
  const limit = limits.maxBytes;
  if (limit === undefined) return;
  const over = sizes.findIndex((size) => size > limit);
  if (over >= 0) {
    throw new DossierError(
      'INVALID_INPUT',
      `Part ${over + 1} of the dossier came to ${(sizes[over]! / 1024 / 1024).toFixed(1)} MB, over the limit of ${(limit / 1024 / 1024).toFixed(1)} MB a file (one of its pages alone is too large); no file was written. Shrink the photos or choose a larger limit.`,
    );
  }
}
