// `show`'s element map and citations, and `dossier citations`' report, as lines a lawyer reads
// in a terminal. The map follows the legal tests the case argues (its forum and the profile's
// legal basis), element by element: the argument's first line, the facts and exhibits it rests
// on, and a plain "nothing supports it yet" where that is so.
import { citationBlocks, citationsIn, citedTexts, parseCitedText, type Citation, type CitationPlace, type CitationReportEntry } from '../shared/citations.js';
import { elementSupported, isLegalElementKey, legalBasesOf, legalBasisTitles, legalElement, legalElements } from '../shared/legal-elements.js';
import type { CaseDetail } from '../shared/models.js';

const shown = 100;

function firstLine(text: string): string {
  const line = (text.split(/\n/).find((part) => part.trim() !== '') ?? '').trim();
  return [...line].length > shown ? `${[...line].slice(0, shown - 1).join('')}…` : line;
}

function pagesWords(pages: Citation['pages']): string {
  if (!pages) return '';
  return pages.from === pages.to ? `, p. ${pages.from}` : `, pp. ${pages.from}-${pages.to}`;
}

/** A text with each citation in words, "(Extradition order, p. 2)", as a terminal shows it. */
function readable(text: string, evidenceTitle: ReadonlyMap<string, string>): string {
  return parseCitedText(text)
    .map((segment) => ('text' in segment ? segment.text : `(${evidenceTitle.get(segment.citation.evidenceId) ?? 'missing exhibit'}${pagesWords(segment.citation.pages)})`))
    .join('');
}

/** The element map: every element of the tests the case argues, and any other element argued. */
export function elementMapLines(detail: CaseDetail): string[] {
  const argued = new Map((detail.elementArguments ?? []).map((argument) => [argument.element, argument]));
  const bases = legalBasesOf(detail.case.forum, detail.persecution?.legalBasis ?? []);
  const evidenceTitle = new Map(detail.evidence.map((item) => [item.id, item.title]));
  const eventTitle = new Map(detail.events.map((event) => [event.id, event.title]));
  const lines: string[] = ['', 'Argument, element by element:'];
  // An element argued under a test the case no longer argues (the forum changed) is still shown.
  const otherBases = [...new Set([...argued.keys()].map((key) => legalElement(key).basis))].filter((basis) => !bases.includes(basis));
  for (const basis of [...bases, ...otherBases]) {
    lines.push(`  ${legalBasisTitles[basis].en}${bases.includes(basis) ? '' : ' (not a test this case argues now)'}`);
    for (const element of legalElements.filter((candidate) => candidate.basis === basis)) {
      const argument = argued.get(element.key);
      if (!argument && !bases.includes(basis)) continue;
      lines.push(`    ${element.label.en}`);
      if (argument?.argument) lines.push(`      ${firstLine(readable(argument.argument, evidenceTitle))}`);
      for (const id of argument?.eventIds ?? []) lines.push(`      fact: ${eventTitle.get(id) ?? id}`);
      for (const exhibit of argument?.exhibits ?? []) lines.push(`      exhibit: ${evidenceTitle.get(exhibit.evidenceId) ?? exhibit.evidenceId}${pagesWords(exhibit.pages)}`);
      for (const title of argument?.countryInformation ?? []) lines.push(`      country information: ${title}`);
      if (!elementSupported(argument)) {
        lines.push(element.conditional ? '      (argued only when the facts raise it)' : '      NOTHING SUPPORTS IT YET: no fact, exhibit, country information or citation');
      }
    }
  }
  return lines;
}

/** Where a cited text lives, in words: "the statement (ru)", "event “Arrest”: description". */
export function placeWords(place: CitationPlace, detail: Pick<CaseDetail, 'events'>): string {
  const language = place.language ? ` (${place.language})` : '';
  if (place.record === 'persecution') return `${place.field === 'narrative' ? 'the statement' : place.field === 'interimMeasures' ? 'the interim-measures request' : place.field}${language}`;
  if (place.record === 'event') {
    const event = detail.events.find((candidate) => candidate.id === place.recordId);
    return `event "${event?.title ?? place.recordId}": ${place.field}${language}`;
  }
  const label = isLegalElementKey(place.recordId) ? legalElement(place.recordId).label.en : place.recordId;
  return `argument "${label}"${place.field === 'exhibits' ? ', exhibits it rests on' : ''}${language}`;
}

/** Every citation in the case's texts: where it is, and the exhibit and pages it cites. */
export function citationLines(detail: CaseDetail): string[] {
  const evidenceTitle = new Map(detail.evidence.map((item) => [item.id, item.title]));
  const entries = citedTexts(detail).flatMap(({ place, text }) => citationsIn(text).map((citation) => ({ place, citation })));
  if (entries.length === 0) return [];
  return [
    '',
    `Citations (${entries.length}):`,
    ...entries.map(({ place, citation }) => {
      const title = evidenceTitle.get(citation.evidenceId);
      return `  ${placeWords(place, detail)} -> ${title ?? `MISSING EVIDENCE ${citation.evidenceId}`}${pagesWords(citation.pages)}`;
    }),
  ];
}

const problemWords: Record<NonNullable<CitationReportEntry['problem']>, string> = {
  evidence_missing: 'BROKEN: the vault no longer holds this exhibit',
  excluded: 'BROKEN: this dossier leaves the exhibit out',
  page_out_of_range: 'BROKEN: the exhibit has no such page',
};

/** Whether any printed citation of the report cannot land (the pre-flight blocks the export). */
export function citationsBroken(entries: readonly CitationReportEntry[]): boolean {
  return entries.some(citationBlocks);
}

/** `dossier citations`: each citation, where it is, and where it lands in this dossier, or why it cannot. */
export function formatCitationReport(entries: readonly CitationReportEntry[], detail: Pick<CaseDetail, 'events'>, choice: { template: string; language: string }): string {
  if (entries.length === 0) return `Citations (${choice.template}, ${choice.language}): the case's texts cite no exhibit.`;
  const lines = entries.map((entry) => {
    const cited = `${entry.exhibitTitle ?? entry.citation.evidenceId}${pagesWords(entry.citation.pages)}`;
    const lands =
      entry.printed === false
        ? 'not printed in this dossier'
        : entry.problem
          ? problemWords[entry.problem]
          : `${entry.exhibitLabel ?? ''}, dossier p. ${entry.dossierPage ?? '?'}${entry.part !== undefined ? `, part ${entry.part} (estimated before writing)` : ''}`;
    return `  ${placeWords(entry.place, detail)}: ${cited}\n      -> ${lands}`;
  });
  const broken = entries.filter(citationBlocks).length;
  const unprinted = entries.some((entry) => entry.printed === false);
  const verdict =
    broken > 0
      ? `${broken} citation(s) cannot land: the pre-flight blocks the export until they are fixed.`
      : unprinted
        ? 'Every citation this dossier prints lands on its page.'
        : 'Every citation lands on its page.';
  return [`Citations (${choice.template}, ${choice.language}), ${entries.length}:`, ...lines, verdict].join('\n');
}
