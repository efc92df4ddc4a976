// Copying an exhibit's pages into the dossier with their links within the exhibit intact.
// pdf-lib's copyPages copies a page's annotations as they are, and a link's destination names
// the source's page object: the copier then copies that page a second time, unattached, so the
// link leads to a page outside the dossier (and every annotation's /P, its own page, duplicates
// its page the same way). Here every source page is known by its reference before copying: a
// reference to a copied page becomes its copy, one to a page not copied becomes null (the link
// then leads nowhere and active-content.ts drops it). A named destination (as LaTeX writes every
// link) is looked up in the exhibit's names first, since the dossier's names are its own.
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFObjectCopier,
  PDFPage,
  PDFRef,
  PDFString,
  type PDFDocument,
  type PDFObject,
  type PDFPageLeaf,
} from '@cantoo/pdf-lib';

/** The copier's map from source objects to their copies (private in pdf-lib's types, there at run time). */
type KnownCopies = Map<PDFObject, PDFObject>;

export async function copyPagesLinked(doc: PDFDocument, source: PDFDocument, indices: number[]): Promise<PDFPage[]> {
  await source.flush();
  const sourcePages = source.getPages();
  const names = namedDestinations(source);
  for (const index of indices) resolveNamedLinks(source, sourcePages[index]!.node, names);
  const copier = PDFObjectCopier.for(source.context, doc.context);
  const known = (copier as unknown as { traversedObjects: KnownCopies }).traversedObjects;
  const copyRefs = new Map(indices.map((index) => [index, doc.context.nextRef()]));
  sourcePages.forEach((page, index) => known.set(page.ref, copyRefs.get(index) ?? PDFNull));
  return indices.map((index) => {
    const copy = copier.copy(sourcePages[index]!.node) as PDFPageLeaf;
    const ref = copyRefs.get(index)!;
    doc.context.assign(ref, copy);
    return PDFPage.of(copy, ref, doc);
  });
}

type NameLookup = (name: string) => PDFObject | undefined;

/** The exhibit's named destinations: the catalog's /Dests (PDF 1.1) and the /Names /Dests tree. */
function namedDestinations(source: PDFDocument): NameLookup {
  const oldStyle = source.catalog.lookup(PDFName.of('Dests'));
  const names = source.catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined;
  let flattened: Map<string, PDFObject> | undefined;
  return (name) => {
    if (oldStyle instanceof PDFDict) {
      const found = oldStyle.get(PDFName.of(name));
      if (found) return found;
    }
    if (!(tree instanceof PDFDict)) return undefined;
    flattened ??= flattenNameTree(tree);
    return flattened.get(name);
  };
}

/** A name tree's leaves, at most 64 levels deep and each node once (a hostile tree may loop). */
function flattenNameTree(root: PDFDict): Map<string, PDFObject> {
  const leaves = new Map<string, PDFObject>();
  const seen = new Set<PDFDict>();
  const visit = (node: PDFDict, depth: number): void => {
    if (depth > 64 || seen.has(node)) return;
    seen.add(node);
    const pairs = node.lookup(PDFName.of('Names'));
    if (pairs instanceof PDFArray) {
      for (let index = 0; index + 1 < pairs.size(); index += 2) {
        const key = pairs.lookup(index);
        if (key instanceof PDFString || key instanceof PDFHexString) leaves.set(key.decodeText(), pairs.get(index + 1));
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) {
      for (let index = 0; index < kids.size(); index += 1) {
        const kid = kids.lookup(index);
        if (kid instanceof PDFDict) visit(kid, depth + 1);
      }
    }
  };
  visit(root, 0);
  return leaves;
}

/** Replaces each named destination of the page's links by the explicit one it names, when the exhibit has it. */
function resolveNamedLinks(source: PDFDocument, page: PDFDict, lookup: NameLookup): void {
  const context = source.context;
  const annots = page.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) return;
  const explicit = (value: PDFObject | undefined): PDFArray | undefined => {
    const named = value instanceof PDFName ? value.decodeText() : value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
    if (named === undefined) return undefined;
    let target = lookup(named);
    if (target instanceof PDFRef) target = context.lookup(target);
    // A destination may be an array, or a dictionary holding it as /D.
    if (target instanceof PDFDict) target = target.lookup(PDFName.of('D'));
    return target instanceof PDFArray ? target : undefined;
  };
  for (let index = 0; index < annots.size(); index += 1) {
    const annotation = annots.lookup(index);
    if (!(annotation instanceof PDFDict)) continue;
    const dest = explicit(annotation.get(PDFName.of('Dest')));
    if (dest) annotation.set(PDFName.of('Dest'), dest);
    const action = annotation.lookup(PDFName.of('A'));
    if (action instanceof PDFDict && action.get(PDFName.of('S')) === PDFName.of('GoTo')) {
      const target = explicit(action.get(PDFName.of('D')));
      if (target) action.set(PDFName.of('D'), target);
    }
  }
}
