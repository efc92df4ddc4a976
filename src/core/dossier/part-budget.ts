// How much of a part's size and page limit its pages may take: the one rule the writer of parts
// (filing-parts.ts) and the plan's prediction of them (parts-prediction.ts) both follow. Plain
// arithmetic, so the core can predict parts without loading the composer's PDF code.

export interface PartLimits {
  maxBytes?: number | undefined;
  maxPages?: number | undefined;
}

/**
 * Room kept in every part for what is written only when it ends: the fonts' subsets (all the
 * dossier's characters: tens of KB for Latin and Cyrillic, more with CJK), the part's catalog,
 * outline and cross-reference table. A twentieth of the limit, between 256 KB and 1 MB; a part
 * that still ends over the limit is refused (checkPartSizes).
 */
export function endAllowance(maxBytes: number | undefined): number {
  return maxBytes === undefined ? 0 : Math.min(1024 * 1024, Math.max(256 * 1024, Math.round(maxBytes / 20)));
}

/** Room for a part's own cover page. */
export const coverAllowance = 64 * 1024;

/**
 * What a part's pages may take: the limits less the room kept for its end and its own front
 * pages (the first part's cover; a later part's cover and the full index, `laterFront`).
 */
export function partBudget(index: number, limits: PartLimits, laterFront: { bytes: number; pages: number }): { bytes: number; pages: number } {
  const front = index === 0 ? { bytes: coverAllowance, pages: 1 } : { bytes: coverAllowance + laterFront.bytes, pages: 1 + laterFront.pages };
  return { bytes: (limits.maxBytes ?? Infinity) - endAllowance(limits.maxBytes) - front.bytes, pages: (limits.maxPages ?? Infinity) - front.pages };
}
