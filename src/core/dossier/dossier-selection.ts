// The vault's side of a dossier, read before composing: the case, which evidence becomes an
// exhibit in what order and under what label, and what inspecting each file found. All of it
// plain data (DossierInput) for the composer, which never sees the vault.
import { localDay } from '../../shared/dates.js';
import { DossierError } from '../../shared/errors.js';
import type { CaseDetail, DisputedEventChoice, EvidenceItem } from '../../shared/models.js';
import { getCaseDetail } from '../records/case-detail.js';
import { getEvidence } from '../records/evidence.js';
import { readInspections } from '../records/inspections.js';
import { readPdfPasswords } from '../records/pdf-passwords.js';
import { caseTranslators } from '../records/translators.js';
import type { Vault } from '../vault/vault.js';
import type { DossierInput, SelectedExhibit } from './compose-dossier.js';
import { dossierText, type DossierLanguage } from './dossier-text.js';
import { filingText } from './filing-text.js';
import { defaultFontsDir } from './fonts.js';
import type { DossierRedaction } from './redaction/dossier-redaction.js';
import { redactionForExport } from './redaction/redaction-for-export.js';
import { withheldExhibitIds } from './redaction/withheld-exhibits.js';
import { defaultTemplateId, exhibitLabel, findTemplate, type DossierTemplate } from './templates.js';
import { textsInLanguage } from './text-versions.js';

/**
 * Largest exhibit file read for the dossier (512 MiB): the core holds a file whole while the
 * reader parses it, and pdf-lib needs several times a PDF's size, more than the reader's memory
 * cap allows. A larger file gets a separator page saying reading it was stopped.
 */
export const maxExhibitBytes = 512 * 1024 * 1024;

export interface SelectionOptions {
  /** Template id; defaults to the one made for the case's forum. */
  template?: string | undefined;
  language?: DossierLanguage | undefined;
  /** Evidence ids in the order wanted; default: every non-confidential item in case order. */
  exhibitIds?: string[] | undefined;
  /** The date printed on the cover, YYYY-MM-DD; default today. */
  today?: string | undefined;
  /** Whether the chronology leaves disputed events out, marks them or prints them plainly; default: the template's. */
  disputedEvents?: DisputedEventChoice | undefined;
  /** Reproduce pages whose drawing data does not decode as images of the page; default: copy them as they are, with a warning. */
  undrawablePagesAsImages?: boolean | undefined;
  fontsDir?: string | undefined;
  /** Print the table of facts by element after the argument; default: no. */
  factsByElement?: boolean | undefined;
  /** The case's redaction profile the dossier is made under (redaction/redaction-for-export.ts); default: none. */
  redactionProfileId?: string | undefined;
}

/** Everything the composer needs from the vault, read in one go. */
export function readDossierInput(vault: Vault, caseId: string, options: SelectionOptions): DossierInput {
  const language = options.language ?? 'en';
  // Each text in the dossier's language where the lawyer wrote a version in it.
  const { detail } = textsInLanguage(getCaseDetail(vault, caseId), language);
  const templateId = options.template ?? defaultTemplateId[detail.case.forum] ?? 'national-asylum-bundle';
  const template = findTemplate(templateId);
  if (!template) throw new DossierError('INVALID_INPUT', `There is no dossier template "${templateId}".`);
  const warnings: string[] = [];
  const redaction = withheldClosed(detail, options.redactionProfileId === undefined ? undefined : vault.transaction((db) => redactionForExport(db, detail, options.redactionProfileId!)));
  const selection = selectExhibits(vault, detail, template, language, options.exhibitIds, warnings, redaction);
  return {
    detail,
    templateId,
    language,
    selection,
    warnings,
    today: options.today ?? localDay(),
    disputedEvents: options.disputedEvents,
    undrawablePagesAsImages: options.undrawablePagesAsImages,
    fontsDir: options.fontsDir ?? defaultFontsDir(),
    translators: caseTranslators(vault, detail),
    ...(options.factsByElement ? { factsByElement: true } : {}),
    ...(redaction ? { redaction } : {}),
  };
}

/** Which evidence becomes an exhibit, in what order and under what label. */
function selectExhibits(
  vault: Vault,
  detail: CaseDetail,
  template: DossierTemplate,
  language: DossierLanguage,
  exhibitIds: string[] | undefined,
  warnings: string[],
  redaction?: DossierRedaction | undefined,
): SelectedExhibit[] {
  const byId = new Map(detail.evidence.map((item) => [item.id, item]));
  let items: EvidenceItem[];
  if (exhibitIds) {
    items = [...new Set(exhibitIds)].map((id) => {
      const item = byId.get(id);
      if (!item) throw new DossierError('NOT_FOUND', `Evidence ${id} is not part of this case.`);
      return item;
    });
  } else {
    const confidential = detail.evidence.filter((item) => item.confidential);
    if (confidential.length > 0) {
      warnings.push(dossierText[language].warnings.confidentialLeftOut(confidential.length, confidential.map((item) => item.title).join('; ')));
    }
    items = detail.evidence.filter((item) => !item.confidential);
    if (template.filing.keyExhibitsOnly) items = keyExhibits(items, language, warnings);
  }
  if (redaction) items = withoutWithheld(items, redaction, language, warnings);
  // A chosen order is kept too, except that a translation follows its original.
  if (template.pairTranslations) items = pairTranslations(items);
  const { blobIds, inspections, passwords } = vault.transaction((db) => {
    const blobIds = new Map(items.map((item) => [item.id, getEvidence(db, item.id).blobId]));
    return { blobIds, inspections: readInspections(db, [...blobIds.values()]), passwords: readPdfPasswords(db, [...blobIds.keys()]) };
  });
  const selected: SelectedExhibit[] = [];
  let counter = 0;
  let lastOriginal: SelectedExhibit | undefined;
  let companions = 0;
  for (const item of items) {
    const originalIndex = selected.findIndex((entry) => entry.item.id === item.translationOfId);
    const blobId = blobIds.get(item.id)!;
    const password = passwords.get(item.id);
    const entry: SelectedExhibit = {
      item: { ...item, blobId },
      label: '',
      translationOf: originalIndex >= 0 ? originalIndex : undefined,
      // A file too large to read is never sent to the reader: its separator says so.
      inspection: item.size > maxExhibitBytes ? { kind: 'not_reproduced', reason: 'reader_failed', detail: 'too large to read' } : inspections.get(blobId),
      // Only the items the user gave a password for: the composer opens those PDFs with it.
      ...(password === undefined ? {} : { password }),
    };
    if (template.pairTranslations && lastOriginal && item.translationOfId === lastOriginal.item.id) {
      companions += 1;
      entry.label = `${lastOriginal.label}.${companions}`;
    } else {
      entry.label = exhibitLabel(counter, template.numbering);
      counter += 1;
      lastOriginal = entry;
      companions = 0;
    }
    selected.push(entry);
  }
  return selected;
}

/**
 * The profile with its withheld exhibits' translations and parts withheld too (withheld-exhibits.ts),
 * so that everything reading DossierInput.redaction (the plan, the pre-flight, the composer) sees one set.
 */
function withheldClosed(detail: CaseDetail, redaction: DossierRedaction | undefined): DossierRedaction | undefined {
  return redaction && { ...redaction, withheldEvidenceIds: withheldExhibitIds(detail.evidence, redaction.withheldEvidenceIds) };
}

/** The items without those the redaction profile withholds (closed over translations and parts by withheldClosed), with a warning that counts them all and names none. */
function withoutWithheld(items: EvidenceItem[], redaction: DossierRedaction, language: DossierLanguage, warnings: string[]): EvidenceItem[] {
  const withheld = new Set(redaction.withheldEvidenceIds);
  const kept = items.filter((item) => !withheld.has(item.id));
  if (kept.length < items.length) warnings.push(dossierText[language].warnings.withheldLeftOut(items.length - kept.length, redaction.profileName));
  return kept;
}

/**
 * The exhibits the lawyer marked key, and the translations of those (an original the reader
 * cannot read needs its translation beside it): all an urgent letter carries.
 */
function keyExhibits(items: EvidenceItem[], language: DossierLanguage, warnings: string[]): EvidenceItem[] {
  const chosen = new Set(items.filter((item) => item.key).map((item) => item.id));
  if (chosen.size === 0) warnings.push(filingText[language].warnings.noKeyExhibits);
  for (let grew = true; grew; ) {
    grew = false;
    for (const item of items) {
      if (!chosen.has(item.id) && item.translationOfId !== undefined && chosen.has(item.translationOfId)) {
        chosen.add(item.id);
        grew = true;
      }
    }
  }
  return items.filter((item) => chosen.has(item.id));
}

/**
 * Moves each translation right after its original (a translation of a translation after the
 * one it translates), keeping the case order otherwise. Items whose links go round in a circle
 * have no original to follow: they keep their place rather than drop out of the dossier.
 */
function pairTranslations(items: EvidenceItem[]): EvidenceItem[] {
  const present = new Set(items.map((item) => item.id));
  const isPairedTranslation = (item: EvidenceItem) => item.translationOfId !== undefined && item.translationOfId !== item.id && present.has(item.translationOfId);
  const translations = new Map<string, EvidenceItem[]>();
  for (const item of items) {
    if (isPairedTranslation(item)) translations.set(item.translationOfId!, [...(translations.get(item.translationOfId!) ?? []), item]);
  }
  const placed = new Set<string>();
  const ordered: EvidenceItem[] = [];
  const place = (item: EvidenceItem): void => {
    if (placed.has(item.id)) return;
    placed.add(item.id);
    ordered.push(item);
    for (const translation of translations.get(item.id) ?? []) place(translation);
  };
  for (const item of items) if (!isPairedTranslation(item)) place(item);
  for (const item of items) place(item);
  return ordered;
}
