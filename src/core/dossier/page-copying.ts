// Copying an exhibit's pages into the dossier with their links within the exhibit intact.
// pdf-lib's copyPages copies a page's annotations as they are, and a link's destination names
// the source's page object: the copier then copies that page a second time, unattached, so the
// link leads to a page outside the dossier (and every annotation's /P, its own page, duplicates
// its page the same way). Here every source page is known by its reference before copying: a
// reference to a copied page becomes its copy, one to a page not copied becomes null (the link
// then leads nowhere and active-content.ts drops it).
import { PDFNull, PDFObjectCopier, PDFPage, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';
import type { PDFPageLeaf } from '@cantoo/pdf-lib';

/** The copier's map from source objects to their copies (private in pdf-lib's types, there at run time). */
type KnownCopies = Map<PDFObject, PDFObject>;

export async function copyPagesLinked(doc: PDFDocument, source: PDFDocument, indices: number[]): Promise<PDFPage[]> {
  await source.flush();
  const copier = PDFObjectCopier.for(source.context, doc.context);
  const known = (copier as unknown as { traversedObjects: KnownCopies }).traversedObjects;
  const sourcePages = source.getPages();
  const copyRefs = new Map(indices.map((index) => [index, doc.context.nextRef()]));
  sourcePages.forEach((page, index) => known.set(page.ref, copyRefs.get(index) ?? PDFNull));
  return indices.map((index) => {
    const copy = copier.copy(sourcePages[index]!.node) as PDFPageLeaf;
    const ref = copyRefs.get(index)!;
    doc.context.assign(ref, copy);
    return PDFPage.of(copy, ref, doc);
  });
}
