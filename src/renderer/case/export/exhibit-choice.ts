// The exhibits the dossier will carry, in order: every file of the case, oldest first, the
// confidential ones left out until the lawyer ticks them. Files added later join at the end.
import type { EvidenceItem } from '../../../shared/models';
import { earliestDay } from '../../../shared/dates';

export interface ExhibitChoice {
  order: string[];
  included: ReadonlySet<string>;
}

// "note-2" before "note-10", as a person numbers files.
const byTitle = (a: EvidenceItem, b: EvidenceItem) => a.title.localeCompare(b.title, undefined, { numeric: true });

function byDate(a: EvidenceItem, b: EvidenceItem): number {
  if (a.date && b.date) return earliestDay(a.date).localeCompare(earliestDay(b.date)) || byTitle(a, b);
  if (a.date) return -1;
  if (b.date) return 1;
  return byTitle(a, b);
}

export function initialChoice(evidence: readonly EvidenceItem[]): ExhibitChoice {
  const sorted = [...evidence].sort(byDate);
  return { order: sorted.map((item) => item.id), included: new Set(sorted.filter((item) => !item.confidential).map((item) => item.id)) };
}

/** Keeps the lawyer's order and ticks; adds new files at the end and forgets deleted ones. */
export function mergeChoice(choice: ExhibitChoice, evidence: readonly EvidenceItem[]): ExhibitChoice {
  const known = new Set(choice.order);
  const present = new Set(evidence.map((item) => item.id));
  const added = [...evidence].filter((item) => !known.has(item.id)).sort(byDate);
  if (added.length === 0 && choice.order.every((id) => present.has(id))) return choice;
  const included = new Set([...choice.included].filter((id) => present.has(id)));
  for (const item of added) if (!item.confidential) included.add(item.id);
  return { order: [...choice.order.filter((id) => present.has(id)), ...added.map((item) => item.id)], included };
}
