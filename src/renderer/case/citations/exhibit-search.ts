// Which exhibits the citation picker offers for what was typed.
import type { EvidenceItem } from '../../../shared/models';

/** Whether an exhibit answers what was typed: its title, a version of its title, or its file's name, case aside. */
export function exhibitMatches(item: Pick<EvidenceItem, 'title' | 'originalName' | 'versions'>, query: string): boolean {
  const words = query.trim().toLocaleLowerCase();
  if (words === '') return true;
  const names = [item.title, item.originalName, ...Object.values(item.versions ?? {}).map((version) => version?.title)];
  return names.some((name) => name?.toLocaleLowerCase().includes(words));
}
