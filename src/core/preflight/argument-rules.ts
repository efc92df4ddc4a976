// Rules about the argument (issue 16): an element of the legal test that nothing supports yet,
// and a citation (or an element's link to an exhibit, printed as one) that cannot land in this
// dossier: to an exhibit the vault no longer holds, to one this dossier leaves out, or to a page
// the exhibit does not have. A broken citation would print as a reference the forum cannot
// follow, so it blocks; an unsupported element only warns.
import { citationEditPlace, citationsIn, citedTexts, pagesText, type Citation, type CitationPlace, type CitationProblem } from '../../shared/citations.js';
import { elementSupported, legalBasesOf, legalElements, type LegalElementKey } from '../../shared/legal-elements.js';
import type { ElementArgument } from '../../shared/models.js';
import type { PreflightFinding } from '../../shared/preflight.js';
import { citationTargets, resolveCitation, type CitationTargets } from '../dossier/citation-targets.js';
import { planCitationTargets } from '../dossier/dossier-citations.js';
import { eventOmitted, templatePrints, textPrinted, type PrintChoice } from '../dossier/printed-texts.js';
import type { PreflightInput, PreflightRule } from './preflight-rule.js';

function printChoice(input: PreflightInput): PrintChoice {
  return { detail: input.detail, template: input.template, language: input.language, disputedEvents: input.disputedEvents };
}

/** Where an element's linked exhibits are edited: its card's list of exhibits. */
function linksPlace(element: LegalElementKey): CitationPlace {
  return { record: 'element', recordId: element, field: 'exhibits' };
}

/**
 * What supports an element in this dossier: the facts it prints (an event deleted since, or a
 * disputed one the dossier omits, supports nothing) and the exhibit links that land.
 */
function supportInDossier(argument: ElementArgument, input: PreflightInput, targets: () => CitationTargets): ElementArgument {
  const printed = new Set(input.detail.events.filter((event) => !eventOmitted(event, printChoice(input))).map((event) => event.id));
  const eventIds = argument.eventIds.filter((id) => printed.has(id));
  const exhibits = argument.exhibits.filter((exhibit) => !resolveCitation(targets(), exhibit).problem);
  return { ...argument, eventIds, exhibits };
}

/** An element of the tests the case argues, not conditional, that nothing supports (written or not). */
export const unsupportedElements: PreflightRule = (input) => {
  const { detail, language } = input;
  const bases = legalBasesOf(detail.case.forum, detail.persecution?.legalBasis ?? []);
  let targets: CitationTargets | undefined;
  const lazyTargets = () => (targets ??= targetsOf(input));
  const argued = new Map<LegalElementKey, ElementArgument>(
    (detail.elementArguments ?? []).map((argument) => [argument.element, supportInDossier(argument, input, lazyTargets)]),
  );
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

/** A citation, or an exhibit an element links, that the dossier prints and that cannot land on its exhibit's page. */
function brokenFinding(targets: CitationTargets, place: CitationPlace, citation: Citation): PreflightFinding[] {
  const { problem, exhibitTitle, exhibitLabel } = resolveCitation(targets, citation);
  if (!problem) return [];
  const pages = pagesText(citation.pages);
  const exhibit = targets.exhibits.get(citation.evidenceId);
  const values: Record<string, string | number> = { text: place.field, ...(pages ? { pages } : {}) };
  if (exhibitLabel) values.label = exhibitLabel;
  if (problem === 'page_out_of_range' && exhibit && exhibit.contentPages < Number.MAX_SAFE_INTEGER) values.pageCount = exhibit.contentPages;
  if (problem === 'evidence_missing') values.evidenceId = citation.evidenceId;
  return [{ code: problemCodes[problem], severity: 'block', place: citationEditPlace(place), ...(exhibitTitle ? { subject: exhibitTitle } : {}), values }];
}

/**
 * A citation in a text this dossier prints (its template's sections, its language's version), or
 * an exhibit a printed element links (printed as a citation under its argument and in the table
 * of facts by element), that cannot land on its exhibit's page.
 */
export const brokenCitations: PreflightRule = (input) => {
  const texts = citedTexts(input.detail);
  const links = (input.detail.elementArguments ?? []).filter((argument) => argument.exhibits.length > 0);
  if (links.length === 0 && !texts.some((entry) => citationsIn(entry.text).length > 0)) return [];
  const targets = targetsOf(input);
  const choice = printChoice(input);
  // An exhibit the redaction profile withholds is left out on purpose: redaction-rules.ts warns of its citations.
  const withheld = new Set(input.redaction?.profile.withheldEvidenceIds);
  const broken = (place: CitationPlace, citation: Citation) => (withheld.has(citation.evidenceId) ? [] : brokenFinding(targets, place, citation));
  const inTexts = texts
    .filter((entry) => textPrinted(entry, texts, choice))
    .flatMap((entry) => citationsIn(entry.text).flatMap((citation) => broken(entry.place, citation)));
  const inLinks = links.flatMap((argument) => {
    const place = linksPlace(argument.element);
    return templatePrints(place, choice) ? argument.exhibits.flatMap((exhibit) => broken(place, exhibit)) : [];
  });
  return [...inTexts, ...inLinks];
};

export const argumentRules: readonly PreflightRule[] = [unsupportedElements, brokenCitations];
