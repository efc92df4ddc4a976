// The vault's side of the plan's parts: what the filing limits are for this export (the user's
// or the template's), and each planned exhibit's estimated bytes from its file's size, type and
// stored inspection, handed to the prediction (parts-prediction.ts). Undefined without a limit.
import type { Vault } from '../vault/vault.js';
import type { DossierPlan } from './compose-dossier.js';
import { readDossierInput } from './dossier-selection.js';
import type { PlanOptions } from './export-dossier.js';
import type { PartLimits } from './part-budget.js';
import { predictParts, type PlannedStretch, type PredictedPart } from './parts-prediction.js';
import { exhibitBytes, textPageBytes } from './size-estimate.js';
import { findTemplate } from './templates.js';

/** Contents lines a page of the index holds, for a later part's full index. */
const contentsLinesPerPage = 30;

/** The limits an export with these options writes parts under, or undefined when it writes one file. */
export function partLimitsOf(templateId: string, options: Pick<PlanOptions, 'maxPartBytes' | 'maxPartPages'>): PartLimits | undefined {
  const filing = findTemplate(templateId)?.filing;
  const limits = { maxBytes: options.maxPartBytes ?? filing?.maxPartBytes, maxPages: options.maxPartPages ?? filing?.maxPagesPerPart };
  return limits.maxBytes === undefined && limits.maxPages === undefined ? undefined : limits;
}

/** The plan, with the parts it will be written in when the export has a size or page limit. */
export type PlannedDossier = DossierPlan & { parts?: PredictedPart[] | undefined };

export function plannedParts(vault: Vault, caseId: string, plan: DossierPlan, options: PlanOptions): PredictedPart[] | undefined {
  const limits = partLimitsOf(plan.template, options);
  if (!limits) return undefined;
  const shrinkPhotos = options.shrinkPhotos ?? true;
  const files = new Map(readDossierInput(vault, caseId, { ...options, template: plan.template }).selection.map((entry) => [entry.item.id, { ...entry.item, inspection: entry.inspection }]));
  // What follows the exhibits (the manifest, a proof of service) starts at the first section after the last one.
  const lastExhibit = plan.exhibits.at(-1);
  const closing = lastExhibit ? plan.contents.find((entry) => entry.level === 1 && entry.page > lastExhibit.firstPage) : undefined;
  const stretches: PlannedStretch[] = plan.exhibits.map((exhibit, index) => {
    const end = plan.exhibits[index + 1]?.firstPage ?? closing?.page ?? plan.pages + 1;
    const file = files.get(exhibit.evidenceId);
    const pages = end - exhibit.firstPage;
    // A certificate of translation behind the file's pages is typeset text.
    const certificate = Math.max(0, pages - 1 - exhibit.contentPages) * textPageBytes;
    return { name: exhibit.name, firstPage: exhibit.firstPage, pages, bytes: (file ? exhibitBytes(file, shrinkPhotos) : textPageBytes * pages) + certificate };
  });
  if (closing) stretches.push({ name: closing.title, firstPage: closing.page, pages: plan.pages + 1 - closing.page, bytes: (plan.pages + 1 - closing.page) * textPageBytes });
  const indexPages = Math.max(1, Math.ceil(plan.contents.length / contentsLinesPerPage));
  const front = plan.exhibits[0]?.firstPage ? plan.exhibits[0].firstPage - 1 : plan.pagesBeforeExhibits;
  return predictParts({ pages: front, bytes: front * textPageBytes }, stretches, limits, { pages: indexPages, bytes: indexPages * textPageBytes });
}
