// Printing a text that carries citations: the typed words as they are, each citation token as
// "(Annex 4, p. 2; dossier p. 312)" in the dossier's language, a link to the cited page (or to the
// exhibit's separator when no page is cited). The page is reached by a named destination
// "page-312", which the composer registers for every page cited (compose-dossier.ts); in a
// dossier in parts it is in the file of the part that holds the page, and the link is pointed
// there like every other (part-links.ts).
import { parseCitedText, type Citation } from '../../shared/citations.js';
import { argumentText } from './argument-text.js';
import { citationTargets, resolveCitation, type CitableExhibit, type CitationTarget } from './citation-targets.js';
import { exhibitName, type ComposeContext, type PlannedExhibit } from './front-matter.js';
import { colors, type Span } from './page-flow.js';

/** The named destination of a printed page that a citation lands on. */
export function pageDest(page: number): string {
  return `page-${page}`;
}

/** The exhibits as citations find them: each one's name, separator page and own pages. */
export function citableExhibits(context: ComposeContext): CitableExhibit[] {
  return context.exhibits.map((exhibit) => ({
    evidenceId: exhibit.item.id,
    name: exhibitName(context, exhibit),
    firstPage: exhibit.firstPage,
    contentPages: exhibit.contentPages,
  }));
}

/** Where a citation lands in the dossier as laid out so far (page numbers change while the front matter settles). */
export function resolveInDossier(context: ComposeContext, citation: Citation): CitationTarget {
  return resolveCitation(citationTargets(citableExhibits(context), context.detail.evidence), citation);
}

const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

/** One citation as printed: a link to the page it lands on, or words saying why it has none. */
export function citationSpans(context: ComposeContext, citation: Citation, style: Omit<Span, 'text'> = {}): Span[] {
  const words = argumentText[context.language];
  const target = resolveInDossier(context, citation);
  if (target.problem === 'evidence_missing') return [{ ...style, text: words.missing, color: colors.warning }];
  if (target.problem === 'excluded') {
    // Left out, most often for being confidential: a confidential item's title stays out of the filing too.
    const confidential = context.detail.evidence.find((item) => item.id === citation.evidenceId)?.confidential;
    return [{ ...style, text: confidential ? words.notIncludedUnnamed : words.notIncluded(target.exhibitTitle ?? ''), color: colors.warning }];
  }
  const exhibit = plannedExhibit(context, citation.evidenceId)!;
  const label = nbsp(target.exhibitLabel!);
  const pages = citation.pages && nbsp(words.exhibitPages(citation.pages.from, citation.pages.to));
  if (target.problem === 'page_out_of_range') return [{ ...style, text: words.citationOutOfRange(label, pages!), dest: exhibit.dest }];
  const dossierPage = target.dossierPage!;
  const dossier = nbsp(words.dossierPages(dossierPage, target.lastDossierPage!));
  // A whole exhibit opens at its separator, which is a destination already.
  if (citation.pages) context.citedPages?.add(dossierPage);
  return [{ ...style, text: words.citation(label, pages, dossier), dest: citation.pages ? pageDest(dossierPage) : exhibit.dest }];
}

/** A text as printed: its words, and each citation in it as a link. */
export function citedSpans(context: ComposeContext, text: string, style: Omit<Span, 'text'> = {}): Span[] {
  return parseCitedText(text).flatMap((segment) => ('text' in segment ? [{ ...style, text: segment.text }] : citationSpans(context, segment.citation, style)));
}

/** The dossier's exhibit of an evidence item, if the dossier holds it. */
export function plannedExhibit(context: ComposeContext, evidenceId: string): PlannedExhibit | undefined {
  return context.exhibits.find((exhibit) => exhibit.item.id === evidenceId);
}
