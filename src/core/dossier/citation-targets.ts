// Where a citation lands in one dossier. A citation holds an evidence id and the exhibit's own
// pages (src/shared/citations.ts); only the dossier being planned or written knows the exhibit's
// label ("Annex 4"), the printed page its separator is on, how many pages it has as reproduced
// and which part file each page went to. This reads those from the composer's plan and answers
// for one citation, or for every citation of the case's texts (the citation report that the
// window, the CLI and the pre-flight show). Pure: no vault, no PDF.
import { citationsIn, citedTexts, type Citation, type CitationProblem, type CitationReportEntry, type CitedText } from '../../shared/citations.js';
import type { CaseDetail } from '../../shared/models.js';

/** An exhibit of this dossier as a citation needs it. */
export interface CitableExhibit {
  evidenceId: string;
  /** As the dossier names it: the template's word and the label, "Annex 4". */
  name: string;
  /** The printed page of its separator: where it begins. */
  firstPage: number;
  /** Its own pages as reproduced, after the separator (a certificate behind them not counted). */
  contentPages: number;
}

/** The printed pages one part file holds. */
export interface PartRange {
  firstPage: number;
  lastPage: number;
}

export interface CitationTargets {
  /** The dossier's exhibits by evidence id. */
  exhibits: ReadonlyMap<string, CitableExhibit>;
  /** Every evidence item of the case, by id, with its title: what is not an exhibit here is left out, not missing. */
  evidenceTitles: ReadonlyMap<string, string>;
  /** The part files in order, when the dossier is written (or predicted) in parts. */
  parts?: readonly PartRange[] | undefined;
}

/** Where one citation lands, or why it cannot. */
export interface CitationTarget {
  exhibitTitle?: string | undefined;
  /** The exhibit's name in this dossier ("Annex 4"); also for a page out of its range. */
  exhibitLabel?: string | undefined;
  /** The printed page the citation lands on: the first page cited, else the exhibit's separator. */
  dossierPage?: number | undefined;
  /** The printed page of the last page cited (equal to dossierPage for one page, or none cited). */
  lastDossierPage?: number | undefined;
  /** The part (from 1) holding dossierPage, when the dossier is in parts. */
  part?: number | undefined;
  problem?: CitationProblem | undefined;
}

export function citationTargets(
  exhibits: readonly CitableExhibit[],
  evidence: readonly { id: string; title: string }[],
  parts?: readonly PartRange[] | undefined,
): CitationTargets {
  return {
    exhibits: new Map(exhibits.map((exhibit) => [exhibit.evidenceId, exhibit])),
    evidenceTitles: new Map(evidence.map((item) => [item.id, item.title])),
    ...(parts && parts.length > 1 ? { parts } : {}),
  };
}

/** The part (from 1) holding a printed page; none when the dossier is one file. */
export function partOfPage(parts: readonly PartRange[] | undefined, page: number): number | undefined {
  if (!parts || parts.length < 2) return undefined;
  const index = parts.findIndex((part) => page >= part.firstPage && page <= part.lastPage);
  return index < 0 ? undefined : index + 1;
}

export function resolveCitation(targets: CitationTargets, citation: Citation): CitationTarget {
  const exhibitTitle = targets.evidenceTitles.get(citation.evidenceId);
  const exhibit = targets.exhibits.get(citation.evidenceId);
  if (!exhibit) return { exhibitTitle, problem: exhibitTitle === undefined ? 'evidence_missing' : 'excluded' };
  const { pages } = citation;
  if (pages && pages.to > exhibit.contentPages) return { exhibitTitle, exhibitLabel: exhibit.name, problem: 'page_out_of_range' };
  // The exhibit's page n follows its separator: printed page firstPage + n.
  const dossierPage = pages ? exhibit.firstPage + pages.from : exhibit.firstPage;
  const lastDossierPage = pages ? exhibit.firstPage + pages.to : exhibit.firstPage;
  const part = partOfPage(targets.parts, dossierPage);
  return { exhibitTitle, exhibitLabel: exhibit.name, dossierPage, lastDossierPage, ...(part !== undefined ? { part } : {}) };
}

/**
 * Every citation in the case's texts, and every exhibit an element links, with where it is and
 * where it lands in this dossier.
 * `printed`: whether the dossier prints a text (printed-texts.ts); a citation in one it does not
 * is marked `printed: false`.
 */
export function citationReport(
  detail: Pick<CaseDetail, 'persecution' | 'events' | 'elementArguments'>,
  targets: CitationTargets,
  printed?: (text: CitedText, texts: readonly CitedText[]) => boolean,
): CitationReportEntry[] {
  const texts = citedTexts(detail);
  const entry = (where: CitedText, citation: Citation): CitationReportEntry => {
    const unprinted = printed !== undefined && !printed(where, texts);
    const { lastDossierPage: _last, ...target } = resolveCitation(targets, citation);
    return { place: where.place, citation, ...definedOnly(target), ...(unprinted ? { printed: false as const } : {}) };
  };
  const inTexts = texts.flatMap((where) => citationsIn(where.text).map((citation) => entry(where, citation)));
  // An element's linked exhibits print with their pages and links in the grounds section, as citations do.
  const inLinks = (detail.elementArguments ?? []).flatMap((argument) => {
    const where: CitedText = { place: { record: 'element', recordId: argument.element, field: 'exhibits' }, text: undefined };
    return argument.exhibits.map((link) => entry(where, link));
  });
  return [...inTexts, ...inLinks];
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
