// The parts a dossier with a size or page limit will be written in, predicted from its plan before
// it is written: the same rule as the writer of parts (filing-parts.ts, part-budget.ts), run on
// estimated sizes (size-estimate.ts) instead of the bytes of pages in memory. An exhibit goes
// whole into the current part when it fits, else into a new one; one larger than a whole part is
// spread over parts page by page.
import { partBudget, type PartLimits } from './part-budget.js';

/** A stretch of the dossier placed as one: an exhibit (separator and pages), or the manifest. */
export interface PlannedStretch {
  name: string;
  firstPage: number;
  pages: number;
  bytes: number;
}

export interface PredictedPart {
  /** Printed page numbers of the dossier it holds. */
  firstPage: number;
  lastPage: number;
  /** Estimated size of the file, its own cover, index and fonts included. */
  bytes: number;
  /** The exhibits (and the manifest) it holds, whole or in part, by name. */
  holds: string[];
}

interface OpenPart {
  index: number;
  pages: number;
  bytes: number;
  first: number;
  last: number;
  holds: string[];
}

/** What every part's file adds beyond its pages: its cover, fonts, outline and cross-references. */
const fileOverhead = 160 * 1024;

export function predictParts(
  front: { pages: number; bytes: number },
  stretches: readonly PlannedStretch[],
  limits: PartLimits,
  /** What a part after the first adds before its pages: its cover and the full index. */
  laterFront: { bytes: number; pages: number },
): PredictedPart[] {
  const parts: OpenPart[] = [{ index: 0, pages: front.pages, bytes: front.bytes, first: 1, last: front.pages, holds: [] }];
  const open = () => {
    const part: OpenPart = { index: parts.length, pages: 0, bytes: 0, first: 0, last: 0, holds: [] };
    parts.push(part);
    return part;
  };
  const fits = (part: OpenPart, bytes: number, pages: number) => {
    const budget = partBudget(part.index, limits, laterFront);
    return part.bytes + bytes <= budget.bytes && part.pages + pages <= budget.pages;
  };
  const add = (part: OpenPart, stretch: PlannedStretch, page: number, pages: number, bytes: number) => {
    if (part.first === 0) part.first = page;
    part.last = page + pages - 1;
    part.pages += pages;
    part.bytes += bytes;
    if (part.holds.at(-1) !== stretch.name) part.holds.push(stretch.name);
  };
  for (const stretch of stretches) {
    if (stretch.pages === 0) continue;
    let part = parts.at(-1)!;
    if (!fits(part, stretch.bytes, stretch.pages) && part.pages > 0) part = open();
    if (fits(part, stretch.bytes, stretch.pages)) {
      add(part, stretch, stretch.firstPage, stretch.pages, stretch.bytes);
      continue;
    }
    const pageBytes = stretch.bytes / stretch.pages;
    for (let page = 0; page < stretch.pages; page += 1) {
      if (!fits(part, pageBytes, 1) && part.pages > 0) part = open();
      add(part, stretch, stretch.firstPage + page, 1, pageBytes);
    }
  }
  return parts.map((part) => ({
    firstPage: part.first,
    lastPage: part.last,
    bytes: Math.round(part.bytes + fileOverhead + (part.index === 0 ? 0 : laterFront.bytes)),
    holds: part.holds,
  }));
}
