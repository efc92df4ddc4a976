// Rules about the forum's limits: the pages before the first exhibit (an urgent letter goes by
// fax), and the parts a dossier over the largest file or page count the forum takes is split into.
import { predictParts, type PlannedStretch } from '../dossier/parts-prediction.js';
import { exhibitBytes, textPageBytes } from '../dossier/size-estimate.js';
import type { PreflightRule } from './preflight-rule.js';

/** Pages before the exhibits when no plan counted them: a cover, the contents and a section or two. */
const frontPages = 4;

/** The front matter over the template's page limit: the letter would not go by fax. */
export const frontMatterLength: PreflightRule = (input) => {
  const limit = input.template.filing.maxPagesBeforeExhibits;
  if (limit === undefined || !input.plan) return [];
  // The composer's own count, the one its export warning states.
  const pages = input.plan.pagesBeforeExhibits;
  return pages > limit ? [{ code: 'size.front-over-limit', severity: 'block', place: { view: 'export' }, values: { pages, limit } }] : [];
};

/**
 * How many parts the dossier will need, estimated before it is written: the plan's prediction
 * when one was made (parts-prediction.ts), else the same prediction on what the vault knows
 * without composing: each included exhibit's estimated bytes (size-estimate.ts: a photo the
 * export shrinks counts what shrinking leaves) and pages (its inspection's, and a separator).
 */
export function estimatedParts(input: Parameters<PreflightRule>[0]): number {
  if (input.plan?.parts) return Math.max(1, input.plan.parts.length);
  const maxBytes = input.maxPartBytes ?? input.template.filing.maxPartBytes;
  const maxPages = input.template.filing.maxPagesPerPart;
  if (maxBytes === undefined && maxPages === undefined) return 1;
  const shrinkPhotos = input.shrinkPhotos ?? maxBytes !== undefined;
  const items = new Map(input.detail.evidence.map((item) => [item.id, item]));
  let page = frontPages + 1;
  const stretches: PlannedStretch[] = input.includedEvidenceIds.flatMap((id) => {
    const item = items.get(id);
    if (!item) return [];
    const inspection = input.exhibits?.[id]?.inspection;
    const pages = 1 + (inspection && 'pageCount' in inspection ? inspection.pageCount : 1);
    const stretch = { name: item.title, firstPage: page, pages, bytes: exhibitBytes({ ...item, inspection }, shrinkPhotos) };
    page += pages;
    return [stretch];
  });
  return predictParts({ pages: frontPages, bytes: frontPages * textPageBytes }, stretches, { maxBytes, maxPages }, { pages: 1, bytes: textPageBytes }).length;
}

/** Said, not refused: the export writes the parts itself. */
export const parts: PreflightRule = (input) => {
  const count = estimatedParts(input);
  if (count <= 1) return [];
  const limit = input.maxPartBytes ?? input.template.filing.maxPartBytes;
  return [{ code: 'size.parts', severity: 'info', place: { view: 'export' }, values: { parts: count, ...(limit ? { megabytes: Math.round(limit / 1_000_000) } : {}) } }];
};

export const sizeRules: readonly PreflightRule[] = [frontMatterLength, parts];
