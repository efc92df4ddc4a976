// The citation report of the dossier one export choice would write: the plan is made by the
// composer in the exhibit reader (as for dossier.plan and dossier.check), and every citation of
// the case's texts, as typed and in every version, is resolved against it and marked when the
// dossier does not print its text.
import type { CitationReportEntry, CitedText } from '../../shared/citations.js';
import { getCaseDetail } from '../records/case-detail.js';
import type { Vault } from '../vault/vault.js';
import { citationReport, citationTargets, type CitationTargets } from './citation-targets.js';
import { planDossier, type PlanOptions } from './export-dossier.js';
import { redactionForExport } from './redaction/redaction-for-export.js';
import type { PlannedDossier } from './plan-parts.js';
import { textPrinted, type PrintChoice } from './printed-texts.js';
import { findTemplate } from './templates.js';
import { textsInLanguage } from './text-versions.js';
import type { CaseDetail } from '../../shared/models.js';

/**
 * Where citations land in a planned dossier, in the part the plan predicts when it goes in parts;
 * exhibit titles as the dossier's language prints them.
 */
export function planCitationTargets(plan: Pick<PlannedDossier, 'exhibits' | 'language' | 'parts'>, detail: CaseDetail): CitationTargets {
  const { evidence } = textsInLanguage(detail, plan.language).detail;
  return citationTargets(plan.exhibits, evidence, plan.parts);
}

export async function dossierCitations(vault: Vault, caseId: string, options: PlanOptions = {}): Promise<CitationReportEntry[]> {
  const plan = await planDossier(vault, caseId, options);
  // The case as typed: the report covers every version, not only the one this language prints,
  // and marks those this dossier does not print, as the pre-flight leaves them alone.
  const detail = getCaseDetail(vault, caseId);
  const choice: PrintChoice = { detail, template: findTemplate(plan.template)!, language: plan.language, disputedEvents: options.disputedEvents };
  // The events a redaction profile withholds are not printed, nor their texts.
  const profileId = options.redactionProfileId;
  const withheldEvents = new Set(profileId === undefined ? [] : vault.transaction((db) => redactionForExport(db, detail, profileId)).withheldEventIds);
  const printed = (text: CitedText, texts: readonly CitedText[]) => !(text.place.record === 'event' && withheldEvents.has(text.place.recordId ?? '')) && textPrinted(text, texts, choice);
  return citationReport(detail, planCitationTargets(plan, detail), printed);
}
