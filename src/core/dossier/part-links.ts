// Links of a dossier in several files: a link to a named destination (an exhibit, a section, a
// cited page) that lies in another part becomes a link into that part's file (a remote go-to,
// ISO 32000-1, 12.6.4.3), which viewers open at the destination when the parts sit side by side,
// as filed. A page is written into its part as soon as it is placed, and a link on it may point
// forward, to an exhibit not placed yet (an original's separator names its translation): such a
// link is held back, written with the part's end once every page has its part.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from '@cantoo/pdf-lib';

/** A link whose destination had no part yet when its page was written. */
export interface PendingLink {
  ref: PDFRef;
  annotation: PDFDict;
  /** The part its page is in. */
  part: number;
}

function destinationName(annotation: PDFDict): string | undefined {
  if (annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link')) return undefined;
  const dest = annotation.get(PDFName.of('Dest'));
  return dest instanceof PDFString || dest instanceof PDFHexString ? dest.decodeText() : undefined;
}

function pointInto(doc: PDFDocument, annotation: PDFDict, file: string, name: string): void {
  annotation.delete(PDFName.of('Dest'));
  annotation.set(PDFName.of('A'), doc.context.obj({ S: PDFName.of('GoToR'), F: PDFString.of(file), D: PDFString.of(name), NewWindow: false }));
}

/**
 * Points the page's links whose destination is in another part at that part's file. With
 * `pending`, a link whose destination has no part yet is taken out of the document (its page's
 * part then owes it) and kept there, for settlePendingLinks.
 */
export function retargetLinks(
  doc: PDFDocument,
  pageRef: PDFRef,
  partOfDest: (dest: string) => number | undefined,
  ownPart: number,
  fileOfPart: (index: number) => string,
  pending?: PendingLink[],
): void {
  const page = doc.context.lookup(pageRef);
  if (!(page instanceof PDFDict)) return;
  const annots = page.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) return;
  for (let index = 0; index < annots.size(); index += 1) {
    const annotation = annots.lookup(index);
    if (!(annotation instanceof PDFDict)) continue;
    const name = destinationName(annotation);
    if (name === undefined) continue;
    const part = partOfDest(name);
    const entry = annots.get(index);
    if (part === undefined && pending && entry instanceof PDFRef) {
      pending.push({ ref: entry, annotation, part: ownPart });
      doc.context.delete(entry);
      continue;
    }
    if (part === undefined || part === ownPart) continue;
    pointInto(doc, annotation, fileOfPart(part), name);
  }
}

/** Puts the held-back links back, each pointed at the part that now holds its destination. */
export function settlePendingLinks(doc: PDFDocument, pending: PendingLink[], partOfDest: (dest: string) => number | undefined, fileOfPart: (index: number) => string): void {
  for (const { ref, annotation, part: ownPart } of pending) {
    doc.context.assign(ref, annotation);
    const name = destinationName(annotation)!;
    const part = partOfDest(name);
    if (part !== undefined && part !== ownPart) pointInto(doc, annotation, fileOfPart(part), name);
  }
  pending.length = 0;
}
