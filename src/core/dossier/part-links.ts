// Links of a dossier in several files: a link to a named destination (an exhibit, a section) that
// lies in another part becomes a link into that part's file (a remote go-to, ISO 32000-1,
// 12.6.4.3), which viewers open at the destination when the parts sit side by side, as filed.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';

/** Points the page's links whose destination is in another part at that part's file. */
export function retargetLinks(doc: PDFDocument, pageRef: PDFRef, partOfDest: (dest: string) => number | undefined, ownPart: number, fileOfPart: (index: number) => string): void {
  const page = doc.context.lookup(pageRef);
  if (!(page instanceof PDFDict)) return;
  const annots = page.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) return;
  for (let index = 0; index < annots.size(); index += 1) {
    const annot = annots.lookup(index);
    if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
    const dest = annot.get(PDFName.of('Dest'));
    if (!(dest instanceof PDFString || dest instanceof PDFHexString)) continue;
    const name = dest.decodeText();
    const part = partOfDest(name);
    if (part === undefined || part === ownPart) continue;
    annot.delete(PDFName.of('Dest'));
    annot.set(PDFName.of('A'), doc.context.obj({ S: PDFName.of('GoToR'), F: PDFString.of(fileOfPart(part)), D: PDFString.of(name), NewWindow: false }));
  }
}
