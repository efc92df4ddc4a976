// Rules about the export's redaction profile (issue 17): a term in an exhibit the dossier cannot
// redact (a file it does not reproduce is still named, and supplied on request as it is), a text
// the dossier prints that cites an exhibit the profile withholds (it prints "not included"), and a
// box drawn on a page the exhibit does not have (it hides nothing): each only warns, the profile
// is the lawyer's choice, and the verification after export refuses any leak into the file. A term
// inside the dossier's own words about the redaction blocks: that verification would refuse it.
import { citationEditPlace, citationsIn, citedTexts, type CitationPlace } from '../../shared/citations.js';
import type { CaseDetail } from '../../shared/models.js';
import type { PreflightFinding } from '../../shared/preflight.js';
import { findTermMatches } from '../../shared/redaction.js';
import type { SelectedExhibit } from '../dossier/compose-dossier.js';
import { templatePrints, textPrinted, type PrintChoice } from '../dossier/printed-texts.js';
import { dossierText, type DossierLanguage } from '../dossier/dossier-text.js';
import type { DossierRedaction } from '../dossier/redaction/dossier-redaction.js';
import { redactionText } from '../dossier/redaction/redaction-text.js';
import { withheldExhibitIds } from '../dossier/redaction/withheld-exhibits.js';
import { evidenceTextOf } from '../records/evidence-text.js';
import type { SqliteDatabase } from '../vault/database.js';
import type { PreflightRule } from './preflight-rule.js';

/** What the redaction rules need beyond the case: the profile, and what the vault found in the files it cannot redact. */
export interface RedactionCheck {
  profile: DossierRedaction;
  /** Included exhibits the dossier cannot redact whose text (as the vault read it) holds a term or withheld value: those found, by evidence id. */
  unremovable: Record<string, string[]>;
}

/** Whether the dossier can redact the file: it reproduces its pages (a file it only names cannot be rebuilt without the term). */
function redactable(entry: SelectedExhibit): boolean {
  if (/^(audio|video)\//.test(entry.item.mediaType)) return false;
  return entry.inspection?.kind !== 'not_reproduced';
}

/** Reads, for the files of the selection the dossier cannot redact, which of the profile's terms and withheld values their text holds. */
export function redactionCheckOf(db: SqliteDatabase, profile: DossierRedaction, selection: readonly SelectedExhibit[]): RedactionCheck {
  const needles = [...profile.terms.map((term) => term.text), ...profile.withheldValues];
  const unremovable: Record<string, string[]> = {};
  if (needles.length === 0) return { profile, unremovable };
  for (const entry of selection) {
    if (redactable(entry)) continue;
    const found = new Set<string>();
    for (const { page } of evidenceTextOf(db, entry.item.blobId)) for (const match of findTermMatches(page.text, needles)) found.add(match.term);
    if (found.size > 0) unremovable[entry.item.id] = [...found];
  }
  return { profile, unremovable };
}

/**
 * The case as the rules should see it under the profile: without the events it withholds (the
 * dossier prints nothing of them) and without links from events to the exhibits it withholds
 * (an event left with none is one the chronology prints unsupported). Elements keep their links:
 * citedWithheld reports them.
 */
export function caseUnderProfile(detail: CaseDetail, profile: DossierRedaction | undefined): CaseDetail {
  if (!profile) return detail;
  const events = new Set(profile.withheldEventIds);
  const exhibits = new Set(withheldExhibitIds(detail.evidence, profile.withheldEvidenceIds));
  return {
    ...detail,
    events: detail.events.filter((event) => !events.has(event.id)).map((event) => ({ ...event, evidenceIds: event.evidenceIds.filter((id) => !exhibits.has(id)) })),
    ...(detail.elementArguments ? { elementArguments: detail.elementArguments.map((argument) => ({ ...argument, eventIds: argument.eventIds.filter((id) => !events.has(id)) })) } : {}),
  };
}

/** A term in an exhibit the dossier names but cannot rebuild: withhold the exhibit, or accept that its file holds the term. */
export const unremovableTerms: PreflightRule = ({ redaction, detail, includedEvidenceIds }) => {
  if (!redaction) return [];
  const titles = new Map(detail.evidence.map((item) => [item.id, item.title]));
  return includedEvidenceIds.flatMap((id): PreflightFinding[] => {
    const found = redaction.unremovable[id];
    if (!found?.length) return [];
    return [{ code: 'redaction.unremovable', severity: 'warn', place: { view: 'evidence', id }, subject: titles.get(id) ?? '', values: { terms: found.length } }];
  });
};

/**
 * A text the dossier prints, or an element's link, that cites an exhibit the profile withholds:
 * the citation prints "not included", the link is left out, and the argument loses that support.
 */
export const citedWithheld: PreflightRule = (input) => {
  if (!input.redaction) return [];
  const withheld = new Set(withheldExhibitIds(input.detail.evidence, input.redaction.profile.withheldEvidenceIds));
  if (withheld.size === 0) return [];
  const choice: PrintChoice = { detail: input.detail, template: input.template, language: input.language, disputedEvents: input.disputedEvents };
  const finding = (place: CitationPlace): PreflightFinding => ({ code: 'redaction.cited-withheld', severity: 'warn', place: citationEditPlace(place), values: { text: place.field } });
  const texts = citedTexts(input.detail);
  // The case's withheld events are gone already (caseUnderProfile): their texts are not printed.
  const inTexts = texts
    .filter((entry) => textPrinted(entry, texts, choice))
    .filter((entry) => citationsIn(entry.text).some((citation) => withheld.has(citation.evidenceId)))
    .map((entry) => finding(entry.place));
  const inLinks = (input.detail.elementArguments ?? []).flatMap((argument) => {
    const place: CitationPlace = { record: 'element', recordId: argument.element, field: 'exhibits' };
    return templatePrints(place, choice) && argument.exhibits.some((exhibit) => withheld.has(exhibit.evidenceId)) ? [finding(place)] : [];
  });
  return [...inTexts, ...inLinks];
};

/** A box on a page beyond the exhibit's last (as its stored inspection counts them): it hides nothing; the page was probably meant. */
export const regionOffPage: PreflightRule = ({ redaction, exhibits, detail, includedEvidenceIds }) => {
  if (!redaction) return [];
  const titles = new Map(detail.evidence.map((item) => [item.id, item.title]));
  return includedEvidenceIds.flatMap((id): PreflightFinding[] => {
    const inspection = exhibits?.[id]?.inspection;
    if (!inspection || !('pageCount' in inspection)) return [];
    const off = (redaction.profile.regions[id] ?? []).filter((region) => region.page > inspection.pageCount);
    if (off.length === 0) return [];
    const pages = [...new Set(off.map((region) => region.page))].sort((a, b) => a - b).join(', ');
    return [{ code: 'redaction.region-off-page', severity: 'warn', place: { view: 'evidence', id }, subject: titles.get(id) ?? '', values: { pages, pageCount: inspection.pageCount } }];
  });
};

/** What a redacted dossier itself prints about its redaction in `language`: the mark, the boxes' reasons, the separator's note, the manifest's block, the log page, the profile's name. */
function ownRedactionWords(language: DossierLanguage, profileName: string): string[] {
  const words = redactionText[language];
  const noHash = '';
  return [
    dossierText[language].redactedMark,
    ...Object.values(words.reasons),
    words.separatorNote(1, 1, noHash),
    words.separatorNote(2, 2, noHash),
    words.manifestHeading,
    words.manifestIntro,
    words.manifestInParts,
    words.manifestLine('', 1, 1),
    words.manifestLine('', 1, 2),
    words.originalLine(noHash),
    words.logHeading,
    words.logIntro(profileName),
    ...Object.values(words.logColumns),
    words.logNone,
  ];
}

/**
 * A term or withheld value found inside the dossier's own words about its redaction ("Medical" on
 * a box, "ed" in "[redacted]", a word of the profile's name): the check after export finds it there
 * and refuses the export whatever the exhibits hold, so it blocks here, where it can be fixed.
 */
export const termInOwnWords: PreflightRule = ({ redaction, language }) => {
  if (!redaction) return [];
  const own = ownRedactionWords(language, redaction.profile.profileName);
  const needles = [...new Set([...redaction.profile.terms.map((term) => term.text), ...redaction.profile.withheldValues])];
  return needles.flatMap((needle): PreflightFinding[] => {
    for (const words of own) {
      const [match] = findTermMatches(words, [needle]);
      if (!match) continue;
      const shown = words.length <= 60 ? words : `…${words.slice(Math.max(0, match.start - 20), match.end + 20)}…`;
      return [{ code: 'redaction.term-in-own-words', severity: 'block', place: { view: 'redaction', id: redaction.profile.profileId }, values: { term: needle, words: shown } }];
    }
    return [];
  });
};

export const redactionRules: readonly PreflightRule[] = [unremovableTerms, citedWithheld, regionOffPage, termInOwnWords];
