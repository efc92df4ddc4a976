// The pre-flight: every rule run over the case as the export would print it, before it is
// exported. runPreflight is pure (the rules and a report); checkDossier reads what the rules need
// from the vault: the case, the vault's translators, the selection the export would use with each
// file's stored inspection and text, and the plan when the template limits pages.
import type { PreflightFinding, PreflightReport } from '../../shared/preflight.js';
import { findingSeverities } from '../../shared/preflight.js';
import type { DossierPlan } from '../dossier/compose-dossier.js';
import { citationsIn, citedTexts } from '../../shared/citations.js';
import { readDossierInput } from '../dossier/dossier-selection.js';
import { planDossier, type PlanOptions } from '../dossier/export-dossier.js';
import { findTemplate, type DossierTemplate } from '../dossier/templates.js';
import { getCaseDetail } from '../records/case-detail.js';
import { listTranslators } from '../records/translators.js';
import type { SqliteDatabase } from '../vault/database.js';
import type { Vault } from '../vault/vault.js';
import { argumentRules } from './argument-rules.js';
import { deadlineRules } from './deadline-rules.js';
import { exhibitRules } from './exhibit-rules.js';
import { fieldRules } from './field-rules.js';
import { languageVersionRules } from './language-rules.js';
import type { ExhibitState, PreflightInput, PreflightRule } from './preflight-rule.js';
import { sizeRules } from './size-rules.js';
import { timelineRules } from './timeline-rules.js';
import { translationRules } from './translation-rules.js';
import { caseUnderProfile, redactionCheckOf, redactionRules } from './redaction-rules.js';

/** Every rule, by subject: the case's fields and dates, the exhibits and their translations, the texts' languages, the chronology, the argument, the size. */
export const preflightRules: readonly PreflightRule[] = [
  ...fieldRules,
  ...deadlineRules,
  ...exhibitRules,
  translationRules,
  languageVersionRules,
  ...timelineRules,
  ...argumentRules,
  ...sizeRules,
  ...redactionRules,
];

const severityOrder = new Map(findingSeverities.map((severity, index) => [severity, index]));

/** Runs every rule; findings come blocks first, then warnings, then notes, each in the rules' order. */
export function runPreflight(input: PreflightInput, rules: readonly PreflightRule[] = preflightRules): PreflightReport {
  const findings: PreflightFinding[] = rules.flatMap((rule) => rule(input));
  findings.sort((a, b) => severityOrder.get(a.severity)! - severityOrder.get(b.severity)!);
  return {
    caseId: input.detail.case.id,
    templateId: input.template.id,
    language: input.language,
    findings,
    blocked: findings.some((finding) => finding.severity === 'block'),
  };
}

/** Whether the rules need the plan's pages: only a template that limits them does (planning runs the composer). */
export function needsPlan(template: DossierTemplate): boolean {
  return template.filing.maxPagesBeforeExhibits !== undefined || template.filing.maxPagesPerPart !== undefined;
}

export interface CheckOptions extends PlanOptions {
  /** Now, for deadlines within 48 hours; default the clock's. */
  now?: Date | undefined;
  /** A plan already made for the same choice, so that none is made again. */
  plan?: DossierPlan | undefined;
}

function textState(db: SqliteDatabase, blobId: string): ExhibitState['text'] {
  const read = db.prepare('SELECT 1 FROM evidence_texts WHERE blob_id = ?').get(blobId) !== undefined;
  if (!read) return 'unread';
  const withWords = db.prepare("SELECT 1 FROM evidence_text_pages WHERE blob_id = ? AND trim(text) <> '' LIMIT 1").get(blobId) !== undefined;
  return withWords ? 'some' : 'none';
}

/** The pre-flight of a case for one template and language, with the exhibits the export would choose. */
export async function checkDossier(vault: Vault, caseId: string, options: CheckOptions = {}): Promise<PreflightReport> {
  // The selection as the export makes it: its template, its exhibits in order, each file's stored inspection.
  const selected = readDossierInput(vault, caseId, options);
  const template = findTemplate(selected.templateId)!;
  const { detail, translators, exhibits, redaction } = vault.transaction((db) => ({
    // The case as typed (less what a redaction profile withholds): the language rules see which texts have no version in the dossier's language.
    detail: caseUnderProfile(getCaseDetail(vault, caseId), selected.redaction),
    translators: listTranslators(db),
    exhibits: Object.fromEntries(
      selected.selection.map((entry): [string, ExhibitState] => [entry.item.id, { inspection: entry.inspection, text: textState(db, entry.item.blobId) }]),
    ),
    redaction: selected.redaction && redactionCheckOf(db, selected.redaction, selected.selection),
  }));
  // A citation (or an element's link to an exhibit) lands on an exhibit's pages as the dossier reproduces them: only the plan knows those.
  const cites =
    citedTexts(detail).some((entry) => citationsIn(entry.text).length > 0) || (detail.elementArguments ?? []).some((argument) => argument.exhibits.length > 0);
  const plan = options.plan ?? (needsPlan(template) || cites ? await planDossier(vault, caseId, options) : undefined);
  return runPreflight({
    detail,
    template,
    language: selected.language,
    today: selected.today,
    now: options.now ?? new Date(),
    translators,
    includedEvidenceIds: selected.selection.map((entry) => entry.item.id),
    plan,
    exhibits,
    maxPartBytes: options.maxPartBytes,
    disputedEvents: selected.disputedEvents,
    shrinkPhotos: options.shrinkPhotos,
    redaction,
  });
}
