// Active content of copied exhibit pages, removed: a dossier goes to an authority, whose viewer
// must not run an exhibit's script, launch a program, send a form, fetch or open another file,
// play media or offer an attachment because the other side crafted the PDF so. What stays are
// plain links: a web address (http, https, mailto) and a link to a page of the exhibit (GoTo or
// a destination). Actions are kept by allowlist where they are used (/A); anywhere else a dict is
// only taken for an action when its /S names one, since /S also types transparency groups,
// masks, structure elements and border styles.
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFContext,
  type PDFObject,
} from '@cantoo/pdf-lib';

/** The actions a dossier keeps (PDF 32000-1, 12.6.4): a link within the document, a web address. */
const keptActions = new Set(['GoTo', 'URI']);
/** Every other action type the standard (and Adobe's rich media extension) defines. */
const removedActions = new Set([
  'GoToR', 'GoToE', 'GoToDp', 'Launch', 'Thread', 'Sound', 'Movie', 'Hide', 'Named', 'SubmitForm', 'ResetForm',
  'ImportData', 'SetOCGState', 'Rendition', 'Trans', 'GoTo3DView', 'JavaScript', 'ECMAScript', 'RichMediaExecute',
]);
/** Annotations that carry or play a file, or run 3D or rich-media code. */
const removedAnnotations = new Set(['FileAttachment', 'RichMedia', 'Movie', 'Sound', 'Screen', '3D']);
/** Streams that hold a file or media to be opened or played. */
const removedStreams = new Set(['EmbeddedFile', 'Sound', 'RichMediaContent']);
/**
 * Keys whose value only ever runs or opens something: additional actions (page, annotation,
 * field), scripts, a document's open action, embedded files, rich media.
 */
const removedKeys = ['AA', 'JS', 'OpenAction', 'EF', 'RF', 'EmbeddedFiles', 'JavaScript', 'RichMediaContent', 'RichMediaSettings', 'XFA'].map((key) =>
  PDFName.of(key),
);
const plainAddress = /^(https?:|mailto:)/i;

const S = PDFName.of('S');
const A = PDFName.of('A');
const Next = PDFName.of('Next');
const Annots = PDFName.of('Annots');
const Dest = PDFName.of('Dest');
const Subtype = PDFName.of('Subtype');
const Type = PDFName.of('Type');

/**
 * Cleans the given indirect objects (what one exhibit brought into the document) and the direct
 * objects inside them. An object that is itself active content (an action, an annotation that
 * carries a file, an embedded file) becomes an empty dictionary, so whatever still refers to it
 * finds nothing to run.
 */
export function stripActiveContent(context: PDFContext, objects: Iterable<[PDFRef, PDFObject]>): void {
  for (const [ref, object] of objects) {
    if (isActive(object)) context.assign(ref, context.obj({}));
    else clean(context, object);
  }
}

function nameOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFName ? value.decodeText() : undefined;
}

function dictOf(object: PDFObject | undefined): PDFDict | undefined {
  if (object instanceof PDFDict) return object;
  if (object instanceof PDFStream) return object.dict;
  return undefined;
}

/** Whether this object, wherever it sits, is something a viewer would run, play or open. */
function isActive(object: PDFObject): boolean {
  const dict = dictOf(object);
  if (!dict) return false;
  const type = nameOf(dict.get(Type));
  if (object instanceof PDFStream) return removedStreams.has(type ?? '') || removedStreams.has(nameOf(dict.get(Subtype)) ?? '');
  const action = nameOf(dict.get(S));
  if ((type === undefined || type === 'Action') && action !== undefined && removedActions.has(action)) return true;
  const subtype = nameOf(dict.get(Subtype));
  return (type === 'Annot' || dict.has(PDFName.of('Rect'))) && subtype !== undefined && removedAnnotations.has(subtype);
}

/** Whether the value of an /A key is an action the dossier keeps. */
function isKeptAction(context: PDFContext, value: PDFObject | undefined): boolean {
  const action = value instanceof PDFRef ? context.lookup(value) : value;
  if (!(action instanceof PDFDict)) return false;
  const kind = nameOf(action.get(S));
  if (kind === undefined || !keptActions.has(kind)) return false;
  if (kind === 'GoTo') return leadsToAPage(context, action.get(PDFName.of('D')));
  if (kind === 'URI') {
    const address = action.lookup(PDFName.of('URI'));
    return (address instanceof PDFString || address instanceof PDFHexString) && plainAddress.test(address.decodeText().trim());
  }
  return true;
}

/**
 * Whether a destination names a page of the dossier: an explicit one whose page is a copied page
 * (page-copying.ts makes any other null). A named destination would be looked up in the
 * dossier's own names, not the exhibit's: it is not kept.
 */
function leadsToAPage(context: PDFContext, value: PDFObject | undefined): boolean {
  const destination = value instanceof PDFRef ? context.lookup(value) : value;
  return destination instanceof PDFArray && destination.get(0) instanceof PDFRef;
}

/** Whether an entry of a page's /Annots stays: not a file or media carrier, and a link only if it still leads somewhere. */
function isKeptAnnotation(context: PDFContext, entry: PDFObject): boolean {
  const annotation = entry instanceof PDFRef ? context.lookup(entry) : entry;
  // An annotation already emptied (it was active) has no subtype left.
  if (!(annotation instanceof PDFDict) || isActive(annotation) || !annotation.has(Subtype)) return false;
  if (nameOf(annotation.get(Subtype)) !== 'Link') return true;
  return leadsToAPage(context, annotation.get(Dest)) || isKeptAction(context, annotation.get(A));
}

/**
 * Direct objects nested deeper than this are left as they are: a viewer looks for actions and
 * annotations near the top of the objects that hold them, and a hostile file's nesting must not
 * run this walk out of stack.
 */
const maxDepth = 64;

function clean(context: PDFContext, object: PDFObject, depth = 0): void {
  if (depth > maxDepth) return;
  if (object instanceof PDFArray) {
    for (let index = 0; index < object.size(); index += 1) {
      const element = object.get(index);
      if (isActive(element)) object.set(index, context.obj({}));
      else clean(context, element, depth + 1);
    }
    return;
  }
  const dict = dictOf(object);
  if (!dict) return;
  for (const key of removedKeys) dict.delete(key);
  if (dict.has(A) && !isKeptAction(context, dict.get(A))) dict.delete(A);
  // A kept action runs no others after it.
  if (dict.has(S)) dict.delete(Next);
  const annots = dict.get(Annots);
  const list = annots instanceof PDFRef ? context.lookup(annots) : annots;
  if (list instanceof PDFArray) {
    const kept = list.asArray().filter((entry) => isKeptAnnotation(context, entry));
    dict.set(Annots, context.obj(kept));
  }
  // Annotations written directly in /Annots are cleaned here too (indirect ones are objects of their own).
  for (const [key, value] of dict.entries()) {
    if (isActive(value)) dict.delete(key);
    else clean(context, value, depth + 1);
  }
}
