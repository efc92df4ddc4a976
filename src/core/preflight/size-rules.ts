// Rules about the forum's limits: the pages before the first exhibit (an urgent letter goes by
// fax), and the parts a dossier over the largest file or page count the forum takes is split into.
import { exhibitBytes } from '../dossier/size-estimate.js';
import type { PreflightRule } from './preflight-rule.js';

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
 * when one was made (parts-prediction.ts), else its exhibits' estimated bytes (size-estimate.ts:
 * a photo the export shrinks counts what shrinking leaves) against the largest part, and its
 * pages against the most a part may have.
 */
export function estimatedParts(input: Parameters<PreflightRule>[0]): number {
  if (input.plan?.parts) return Math.max(1, input.plan.parts.length);
  const { maxPagesPerPart } = input.template.filing;
  const maxPartBytes = input.maxPartBytes ?? input.template.filing.maxPartBytes;
  const shrinkPhotos = input.shrinkPhotos ?? maxPartBytes !== undefined;
  const included = new Set(input.includedEvidenceIds);
  const bytes = input.detail.evidence
    .filter((item) => included.has(item.id))
    .reduce((sum, item) => sum + exhibitBytes({ ...item, inspection: input.exhibits?.[item.id]?.inspection }, shrinkPhotos), 0);
  const byBytes = maxPartBytes ? Math.ceil(bytes / maxPartBytes) : 1;
  const byPages = maxPagesPerPart && input.plan ? Math.ceil(input.plan.pages / maxPagesPerPart) : 1;
  return Math.max(1, byBytes, byPages);
}

/** Said, not refused: the export writes the parts itself. */
export const parts: PreflightRule = (input) => {
  const count = estimatedParts(input);
  if (count <= 1) return [];
  const limit = input.maxPartBytes ?? input.template.filing.maxPartBytes;
  return [{ code: 'size.parts', severity: 'info', place: { view: 'export' }, values: { parts: count, ...(limit ? { megabytes: Math.round(limit / 1_000_000) } : {}) } }];
};

export const sizeRules: readonly PreflightRule[] = [frontMatterLength, parts];
