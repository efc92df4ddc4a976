// The end of a dossier written in parts (filing-parts.ts places the pages): each part gets its
// cover ("Part 2 of 3, pages 312–640") and, after the first, the full index again; its own
// bookmarks and named destinations; links into other parts pointed at their files; page labels
// matching the printed numbers; then its fonts, catalog and table are written and it is checked
// against the limit. One part is an ordinary dossier: no part cover, nothing renamed.
import { PDFName, PDFNumber, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import { stampSheet } from './exhibit-pages.js';
import { checkPartSizes, PartedOutput, pagesSize, type PartLimits, type PartSinks } from './filing-parts.js';
import type { DossierFonts } from './fonts.js';
import { composeContents, type ComposeContext, type ContentsEntry } from './front-matter.js';
import { writeNamedDestinations, writeOutline, type NavigationTarget } from './navigation.js';
import { writePageLabels, type LabelRange } from './page-labels.js';
import { PageFlow } from './page-flow.js';
import { composePartCover, type PartSummary } from './part-cover.js';
import { retargetLinks, settlePendingLinks, type PendingLink } from './part-links.js';
import { partFileName } from './part-names.js';
import { partText } from './part-text.js';

/** What the export asks of the parts: the file name they share and the limits. */
export interface FilingPartsInput extends PartLimits {
  /** The target's name without ".pdf": parts are STEM_Part1.pdf, STEM_Part2.pdf, … */
  stem: string;
}

export interface WrittenPart {
  /** Printed page numbers of the dossier's pages it holds. */
  firstPage: number;
  lastPage: number;
  /** Pages in the file, its cover and index included. */
  pages: number;
  bytes: number;
}

/** The parted output of a dossier, its links settled as pages are written. */
export function startParts(
  doc: PDFDocument,
  sinks: PartSinks,
  input: FilingPartsInput,
  contentsPages: PDFRef[],
): { parted: PartedOutput; destinations: Map<string, PDFRef>; pendingLinks: PendingLink[] } {
  const destinations = new Map<string, PDFRef>();
  // Links to exhibits not placed yet, settled when every page has its part.
  const pendingLinks: PendingLink[] = [];
  const laterFront = { bytes: laterIndexSize(doc, contentsPages), pages: contentsPages.length };
  const partOfDest = (dest: string) => {
    const page = destinations.get(dest);
    return page === undefined ? undefined : parted.partOfPage(page);
  };
  const parted: PartedOutput = new PartedOutput(doc, sinks, input, laterFront, (page, part) =>
    retargetLinks(doc, page, partOfDest, part, (index) => partFileName(input.stem, index), pendingLinks),
  );
  return { parted, destinations, pendingLinks };
}

/** What the contents pages alone add to a file (a later part's index), with room for their links pointed at other files. */
function laterIndexSize(doc: PDFDocument, pages: PDFRef[]): number {
  return Math.ceil(pagesSize(doc, pages) * 1.2) + 16 * 1024;
}

export interface PartsEnd {
  doc: PDFDocument;
  fonts: DossierFonts;
  parted: PartedOutput;
  destinations: Map<string, PDFRef>;
  pendingLinks: PendingLink[];
  input: FilingPartsInput;
  context: ComposeContext;
  /** Every bookmark of the dossier; each part keeps those of its pages. */
  targets: NavigationTarget[];
  entries: ContentsEntry[];
  /** The left of every footer. */
  reference: string;
}

/** Ends every part; returns what each holds. The document's fonts are subset here (doc.flush). */
export async function finishParts({ doc, fonts, parted, destinations, pendingLinks, input, context, targets, entries, reference }: PartsEnd): Promise<WrittenPart[]> {
  const p = partText[context.language];
  const parts = parted.parts;
  const count = parts.length;
  for (const target of targets.flatMap((each) => [each, ...(each.children ?? [])])) destinations.set(target.dest, target.pageRef);
  const partOfDest = (dest: string) => {
    const page = destinations.get(dest);
    return page === undefined ? undefined : parted.partOfPage(page);
  };
  settlePendingLinks(doc, pendingLinks, partOfDest, (index) => partFileName(input.stem, index));
  const summaries: PartSummary[] = parts.map((part) => ({ file: partFileName(input.stem, part.index), first: part.first, last: part.last, continuing: part.continuing }));
  // Each part's own pages, before its numbered ones: a cover, and after the first the full index.
  const ownPages: PDFRef[][] = parts.map(() => []);
  if (count > 1) {
    for (const part of parts) {
      const flow = new PageFlow(doc, fonts);
      composePartCover(flow, context, summaries, part.index, input);
      if (part.index > 0) composeContents(flow, context, entries);
      const prefix = p.ownPages(part.index + 1);
      flow.pages.forEach((page, index) => stampSheet(page, fonts, { left: reference, centre: `${prefix}${index + 1}`, right: '' }));
      ownPages[part.index] = flow.pages.map((page) => page.ref);
    }
  }
  await doc.flush();
  const sizes: number[] = [];
  const written: WrittenPart[] = [];
  const pagesRoot = doc.catalog.Pages();
  const info = doc.context.trailerInfo.Info as PDFRef | undefined;
  for (const part of parts) {
    const own = ownPages[part.index]!;
    const order = [...own, ...part.order];
    // The first part's front matter waited for this: its contents link into every part.
    for (const ref of [...own, ...(part.index === 0 ? part.order : [])]) retargetLinks(doc, ref, partOfDest, part.index, (index) => partFileName(input.stem, index));
    pagesRoot.set(PDFName.of('Kids'), doc.context.obj(order));
    pagesRoot.set(PDFName.of('Count'), PDFNumber.of(order.length));
    const inPart = new Set(order.map((ref) => ref.objectNumber));
    const ownTargets = targetsIn(targets, inPart);
    doc.catalog.delete(PDFName.of('Outlines'));
    doc.catalog.delete(PDFName.of('PageMode'));
    writeNamedDestinations(doc, ownTargets);
    writeOutline(doc, ownTargets);
    const labels: LabelRange[] = own.length > 0 ? [{ startIndex: 0, firstNumber: 1, prefix: p.ownPages(part.index + 1) }] : [];
    labels.push({ startIndex: own.length, firstNumber: part.first });
    writePageLabels(doc, labels);
    const roots = [doc.context.trailerInfo.Root as PDFRef, ...(info ? [info] : []), ...part.owed];
    const bytes = await part.writer.finishReachable(roots);
    sizes.push(bytes);
    written.push({ firstPage: part.first, lastPage: part.last, pages: order.length, bytes });
  }
  checkPartSizes(sizes, written.map((part) => part.pages), input);
  return written;
}

/** The bookmarks whose pages are in the part; the exhibits' heading opens at the part's first exhibit. */
function targetsIn(targets: NavigationTarget[], pages: Set<number>): NavigationTarget[] {
  const kept: NavigationTarget[] = [];
  for (const target of targets) {
    if (target.children) {
      const children = target.children.filter((child) => pages.has(child.pageRef.objectNumber));
      if (children.length > 0) kept.push({ ...target, pageRef: children[0]!.pageRef, children });
    } else if (pages.has(target.pageRef.objectNumber)) kept.push(target);
  }
  return kept;
}
