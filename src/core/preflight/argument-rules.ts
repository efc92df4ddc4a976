// Rules about the argument (issue 16): an element of the legal test that nothing supports yet,
// and a citation that cannot land in this dossier: to an exhibit the vault no longer holds, to
// one this dossier leaves out, or to a page the exhibit does not have. A broken citation would
// print as a reference the forum cannot follow, so it blocks; an unsupported element only warns.
import { citationsIn, citedTexts, type CitationPlace, type CitationProblem, type CitedText } from '../../shared/citations.js';
import { elementSupported, isLegalElementKey, legalBasesOf, legalElement, legalElements, type LegalElementKey } from '../../shared/legal-elements.js';
import type { ElementArgument } from '../../shared/models.js';
import type { FindingPlace, PreflightFinding } from '../../shared/preflight.js';
import { citationTargets, resolveCitation, type CitationTargets } from '../dossier/citation-targets.js';
import { planCitationTargets } from '../dossier/dossier-citations.js';
import type { PreflightInput, PreflightRule } from './preflight-rule.js';

/** An element of the tests the case argues, not conditional, that nothing supports (written or not). */
export const unsupportedElements: PreflightRule = (input) => {
  const { detail, language } = input;
  const bases = legalBasesOf(detail.case.forum, detail.persecution?.legalBasis ?? []);
  const argued = new Map<LegalElementKey, ElementArgument>((detail.elementArguments ?? []).map((argument) => [argument.element, argument]));
  return bases.flatMap((basis) =>
    legalElements
      .filter((element) => element.basis === basis && !element.conditional && !elementSupported(argued.get(element.key)))
      .map(
        (element): PreflightFinding => ({
          code: 'element.unsupported',
          severity: 'warn',
          place: { view: 'argument', id: element.key },
          subject: element.label[language],
        }),
      ),
  );
};

/** Where the window opens a cited text: its record's view, the record, and the field (a version's as the views mark it). */
export function citationFindingPlace(place: CitationPlace): FindingPlace {
  const field = place.language ? `versions.${place.language}.${place.field}` : place.field;
  if (place.record === 'persecution') return { view: 'persecution', field };
  if (place.record === 'event') return { view: 'timeline', id: place.recordId, field };
  return { view: 'argument', id: place.recordId, field };
}

/** Whether the template prints a kind of cited text at all: a citation in a text it leaves out cannot mislead. */
function templatePrints(place: CitationPlace, input: PreflightInput): boolean {
  const sections: readonly string[] = input.template.sections;
  if (place.record === 'event') return sections.includes('chronology');
  // The grounds-and-risk section lays out the argument by element, for the tests the case argues only.
  if (place.record === 'element') {
    const bases = legalBasesOf(input.detail.case.forum, input.detail.persecution?.legalBasis ?? []);
    return sections.includes('persecution') && isLegalElementKey(place.recordId) && bases.includes(legalElement(place.recordId).basis);
  }
  if (place.field === 'narrative') return sections.includes('statement');
  return sections.includes('interimMeasures') || input.template.cover === 'urgent';
}

/**
 * Whether this dossier prints the text: a version in the dossier's language is printed instead of
 * the text as typed (text-versions.ts), so a citation only in another language's version is not.
 */
function printed(entry: CitedText, texts: readonly CitedText[], language: PreflightInput['language']): boolean {
  if (entry.place.language) return entry.place.language === language;
  const same = (other: CitedText) => other.place.record === entry.place.record && other.place.recordId === entry.place.recordId && other.place.field === entry.place.field;
  return !texts.some((other) => same(other) && other.place.language === language);
}

/**
 * Where citations land: the plan's exhibits when one was made (their pages as reproduced); else
 * the exhibits the export includes, with their files' page counts as inspected, which is enough
 * to tell a missing, left-out or out-of-range citation.
 */
function targetsOf(input: PreflightInput): CitationTargets {
  if (input.plan) return planCitationTargets(input.plan, input.detail);
  const exhibits = input.includedEvidenceIds.map((evidenceId) => {
    const inspection = input.exhibits?.[evidenceId]?.inspection;
    const contentPages = inspection && 'pageCount' in inspection ? inspection.pageCount : Number.MAX_SAFE_INTEGER;
    return { evidenceId, name: '', firstPage: 1, contentPages };
  });
  return citationTargets(exhibits, input.detail.evidence);
}

const problemCodes: Record<CitationProblem, string> = {
  evidence_missing: 'citation.evidence-missing',
  excluded: 'citation.excluded',
  page_out_of_range: 'citation.page-out-of-range',
};

/** A citation in a text this dossier prints (its template's sections, its language's version) that cannot land on its exhibit's page. */
export const brokenCitations: PreflightRule = (input) => {
  const texts = citedTexts(input.detail);
  if (!texts.some((entry) => citationsIn(entry.text).length > 0)) return [];
  const targets = targetsOf(input);
  return texts
    .filter((entry) => templatePrints(entry.place, input) && printed(entry, texts, input.language))
    .flatMap((entry) =>
      citationsIn(entry.text).flatMap((citation): PreflightFinding[] => {
        const { problem, exhibitTitle, exhibitLabel } = resolveCitation(targets, citation);
        if (!problem) return [];
        const pages = citation.pages ? (citation.pages.from === citation.pages.to ? `${citation.pages.from}` : `${citation.pages.from}-${citation.pages.to}`) : '';
        const exhibit = targets.exhibits.get(citation.evidenceId);
        const values: Record<string, string | number> = { text: entry.place.field, ...(pages ? { pages } : {}) };
        if (exhibitLabel) values.label = exhibitLabel;
        if (problem === 'page_out_of_range' && exhibit && exhibit.contentPages < Number.MAX_SAFE_INTEGER) values.pageCount = exhibit.contentPages;
        if (problem === 'evidence_missing') values.evidenceId = citation.evidenceId;
        return [{ code: problemCodes[problem], severity: 'block', place: citationFindingPlace(entry.place), ...(exhibitTitle ? { subject: exhibitTitle } : {}), values }];
      }),
    );
};

export const argumentRules: readonly PreflightRule[] = [unsupportedElements, brokenCitations];
