// What copying an exhibit brought into the dossier and no page of it still uses, dropped before
// it is written. The writer writes every object of the document, used or not; in a redacted
// export an annotation taken off a copied page, the field tree behind a form's widgets, or a
// page copied in one go with the others and then rendered instead for its boxes would otherwise
// reach the file with their text, unseen by a viewer but not by `strings`.
import type { PDFContext, PDFObject, PDFRef } from '@cantoo/pdf-lib';
import { referencesIn } from '../pdf-stream-writer.js';

/** Deletes from the document each of `objects` that `roots` do not reach through `objects`; returns how many. */
export function dropUnreachable(context: PDFContext, objects: readonly [PDFRef, PDFObject][], roots: readonly PDFRef[]): number {
  const candidates = new Map(objects.map(([ref, object]) => [ref.objectNumber, { ref, object }]));
  const reached = new Set<number>();
  const stack = roots.map((ref) => ref.objectNumber);
  while (stack.length > 0) {
    const number = stack.pop()!;
    if (reached.has(number)) continue;
    reached.add(number);
    // Only what this exhibit brought is followed: older objects are written whatever happens here.
    const entry = candidates.get(number);
    if (entry) for (const ref of referencesIn(entry.object)) stack.push(ref.objectNumber);
  }
  let dropped = 0;
  for (const [number, { ref }] of candidates) {
    if (reached.has(number)) continue;
    context.delete(ref);
    dropped += 1;
  }
  return dropped;
}
