// Bookmarks (the outline) and named destinations: the links in the contents and the chronology
// jump by name, so they can be drawn before the exhibit pages they point to exist.
import { PDFArray, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString, type PDFDict, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';

export interface NavigationTarget {
  dest: string;
  title: string;
  pageRef: PDFRef;
  /** Where on the page to land, in user space. */
  top: number;
  /** Land showing the whole page (a page cited, whatever its size) rather than at `top`. */
  fit?: true;
  /** False: a named destination only, with no bookmark (a page cited). */
  outline?: false;
  children?: NavigationTarget[];
}

function destinationArray(doc: PDFDocument, target: NavigationTarget): PDFArray {
  if (target.fit) return doc.context.obj([target.pageRef, PDFName.of('Fit')]);
  return doc.context.obj([target.pageRef, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(target.top + 12)), PDFNull]);
}

/** Registers every target as a named destination, in the sorted name tree the format requires. */
export function writeNamedDestinations(doc: PDFDocument, targets: NavigationTarget[]): void {
  const all = targets.flatMap((target) => [target, ...(target.children ?? [])]);
  const sorted = [...new Map(all.map((target) => [target.dest, target])).values()].sort((a, b) => (a.dest < b.dest ? -1 : a.dest > b.dest ? 1 : 0));
  const names = doc.context.obj([]);
  for (const target of sorted) {
    names.push(PDFString.of(target.dest));
    names.push(destinationArray(doc, target));
  }
  const dests = doc.context.register(doc.context.obj({ Names: names }));
  doc.catalog.set(PDFName.of('Names'), doc.context.obj({ Dests: dests }));
}

/** Writes the outline: one bookmark per target, children nested, all open at level one. */
export function writeOutline(doc: PDFDocument, targets: NavigationTarget[]): void {
  const context = doc.context;
  const rootRef = context.nextRef();
  const writeLevel = (items: NavigationTarget[], parentRef: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = 0;
    items.forEach((item, index) => {
      const dict: PDFDict = context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parentRef,
        Dest: destinationArray(doc, item),
      });
      if (index > 0) dict.set(PDFName.of('Prev'), refs[index - 1]!);
      if (index < items.length - 1) dict.set(PDFName.of('Next'), refs[index + 1]!);
      count += 1;
      if (item.children && item.children.length > 0) {
        const children = writeLevel(item.children, refs[index]!);
        dict.set(PDFName.of('First'), children.first);
        dict.set(PDFName.of('Last'), children.last);
        // A negative count shows the bookmark closed: exhibits can number in the hundreds.
        dict.set(PDFName.of('Count'), PDFNumber.of(-children.count));
      }
      context.assign(refs[index]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };
  const bookmarks = targets.filter((target) => target.outline !== false);
  if (bookmarks.length === 0) return;
  const top = writeLevel(bookmarks, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: PDFNumber.of(top.count) }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
