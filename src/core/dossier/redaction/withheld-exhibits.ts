// Which exhibits a redaction profile leaves out: those it names, and every translation and part of
// one of them, however deep (a translation of a part of a withheld exhibit too). A translation
// or part left in would print the withheld exhibit's content unpaired, under its own title. The
// plan, the pre-flight, the citations and the export all read the withheld set through here.
import type { EvidenceItem } from '../../../shared/models.js';

type Linked = Pick<EvidenceItem, 'id' | 'translationOfId' | 'partOfId'>;

/** The profile's withheld evidence ids closed over translationOfId and partOfId, in the case's order after those named. */
export function withheldExhibitIds(evidence: readonly Linked[], named: readonly string[]): string[] {
  const withheld = new Set(named);
  // Until nothing is added: links may run in any order in the list (and a circle adds nothing new).
  for (let grew = true; grew; ) {
    grew = false;
    for (const item of evidence) {
      if (withheld.has(item.id)) continue;
      const parent = [item.translationOfId, item.partOfId].find((id) => id !== undefined && withheld.has(id));
      if (parent === undefined) continue;
      withheld.add(item.id);
      grew = true;
    }
  }
  return [...withheld];
}
