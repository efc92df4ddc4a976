// The argument laid out by the legal test (issue 16): in the grounds-and-risk section, each legal
// basis the case argues (legalBasesOf), then each of its elements that the lawyer argued or
// supported: its label, the argument with its citations, the facts (date, title, their exhibits),
// the exhibits with their pages and the country information it rests on, all linked. An element
// nothing was written or linked for is left out: the pre-flight warns of it, the filing does not.
// The optional table of facts by element prints the same support as rows, as chronology tools do.
import type { Citation } from '../../shared/citations.js';
import { formatDatedValue, formatPartialDate } from '../../shared/format/dates.js';
import { legalBasesOf, legalBasisTitles, elementsOfBasis, type LegalElementKey } from '../../shared/legal-elements.js';
import type { ElementArgument, TimelineEvent } from '../../shared/models.js';
import { argumentText } from './argument-text.js';
import { citationSpans, citedSpans, plannedExhibit } from './cited-text.js';
import { dossierText } from './dossier-text.js';
import { namedLinks, type ComposeContext } from './front-matter.js';
import { eventOmitted } from './printed-texts.js';
import { bodySize, colors, type Inline, type PageFlow, type Span } from './page-flow.js';

/** The profile's texts an element's argument stands in for, when it has one. */
const replacedTexts: Partial<Record<LegalElementKey, 'stateProtection' | 'internalRelocation'>> = {
  rc_state_protection: 'stateProtection',
  rc_internal_relocation: 'internalRelocation',
};

/** An element as the dossier prints it: its argument in the dossier's language, and what supports it. */
interface PrintedElement {
  key: LegalElementKey;
  label: string;
  argument: string | undefined;
  events: TimelineEvent[];
  exhibits: ElementArgument['exhibits'];
  countryInformation: string[];
}

/** The elements of the case's bases that have an argument or support, by basis, in the legal test's order. */
export function argumentByBasis(context: ComposeContext): { title: string; elements: PrintedElement[] }[] {
  const written = new Map((context.detail.elementArguments ?? []).map((argument) => [argument.element, argument]));
  if (written.size === 0) return [];
  const bases = legalBasesOf(context.detail.case.forum, context.detail.persecution?.legalBasis ?? []);
  return bases
    .map((basis) => ({
      title: legalBasisTitles[basis][context.language],
      elements: elementsOfBasis(basis).flatMap((element): PrintedElement[] => {
        const argument = written.get(element.key);
        if (!argument) return [];
        const printed: PrintedElement = {
          key: element.key,
          label: element.label[context.language],
          // Already in the dossier's language: textsInLanguage picked each argument's version before composing.
          argument: argument.argument,
          // In the chronology's order, which is the timeline's; a disputed event the chronology omits is omitted here too.
          events: context.detail.events.filter((event) => argument.eventIds.includes(event.id) && !eventOmitted(event, context)),
          exhibits: argument.exhibits,
          countryInformation: argument.countryInformation,
        };
        const supported = printed.argument || printed.events.length > 0 || printed.exhibits.length > 0 || printed.countryInformation.length > 0;
        return supported ? [printed] : [];
      }),
    }))
    .filter((basis) => basis.elements.length > 0);
}

/** The profile's texts that an argued element replaces (its argument is printed instead). */
export function replacedProfileTexts(context: ComposeContext): Set<'stateProtection' | 'internalRelocation'> {
  const replaced = new Set<'stateProtection' | 'internalRelocation'>();
  for (const { elements } of argumentByBasis(context)) {
    for (const element of elements) {
      const text = replacedTexts[element.key];
      if (text && element.argument) replaced.add(text);
    }
  }
  return replaced;
}

/** An element's link to an exhibit, printed as a citation of the pages it names. */
function linkCitation(exhibit: ElementArgument['exhibits'][number]): Citation {
  return exhibit.pages ? { evidenceId: exhibit.evidenceId, pages: exhibit.pages } : { evidenceId: exhibit.evidenceId };
}

/** An exhibit an element rests on: its title and a citation of its pages, linked. */
function exhibitLine(context: ComposeContext, exhibit: ElementArgument['exhibits'][number]): Span[] {
  const planned = plannedExhibit(context, exhibit.evidenceId);
  const lead: Span[] = planned ? [{ text: `${planned.item.title} ` }] : [];
  return [...lead, ...citationSpans(context, linkCitation(exhibit))];
}

/** A disputed event's neutral mark, where the export marks them as the chronology does. */
function disputedMark(context: ComposeContext, event: TimelineEvent): Span[] {
  return event.status === 'disputed' && context.disputedEvents === 'mark' ? [{ text: ` (${dossierText[context.language].chronology.disputed})`, color: colors.muted }] : [];
}

/** A fact: its date, its title, and its exhibits as links. */
function factLine(context: ComposeContext, event: TimelineEvent): Span[] {
  const links = namedLinks(context, context.exhibits.filter((exhibit) => event.evidenceIds.includes(exhibit.item.id)), ' ');
  return [{ text: `${formatDatedValue(event, context.language)}: `, weight: 'bold' }, { text: event.title }, ...disputedMark(context, event), ...links];
}

/** A country information entry named by its title, as the profile lists it (source, date), else the title alone. */
function countryLine(context: ComposeContext, title: string): string {
  const entry = context.detail.persecution?.countryInformation.find((candidate) => candidate.title === title);
  if (!entry) return title;
  return [entry.title, entry.source, entry.date && formatPartialDate(entry.date, context.language)].filter(Boolean).join(' — ');
}

/** Prints the argument by basis and element; returns whether it printed anything. */
export function composeArgument(flow: PageFlow, context: ComposeContext): boolean {
  const words = argumentText[context.language];
  const bases = argumentByBasis(context);
  for (const basis of bases) {
    flow.heading(basis.title, 2);
    for (const element of basis.elements) {
      // An element's label stays with the first lines of what follows it, as a heading does.
      flow.position(bodySize * 5);
      flow.paragraph([{ text: element.label, weight: 'bold', color: colors.accent }], { after: 2 });
      if (element.argument) flow.paragraph(citedSpans(context, element.argument));
      const support: [string, Inline[]][] = [
        [words.facts, element.events.map((event) => factLine(context, event))],
        [words.exhibits, element.exhibits.map((exhibit) => exhibitLine(context, exhibit))],
        [words.countryInformation, element.countryInformation.map((title) => countryLine(context, title))],
      ];
      for (const [label, lines] of support) {
        if (lines.length === 0) continue;
        flow.position(bodySize * 4);
        flow.paragraph([{ text: label, weight: 'bold', color: colors.muted }], { size: 9.5, after: 1 });
        flow.bullets(lines, 9.5);
      }
    }
  }
  return bases.length > 0;
}

/** The table of facts by element: one row per fact and per exhibit an element rests on. */
export function composeFactsByElement(flow: PageFlow, context: ComposeContext): void {
  const words = argumentText[context.language].factsByElement;
  const rows: Inline[][] = [];
  for (const { elements } of argumentByBasis(context)) {
    for (const element of elements) {
      for (const event of element.events) {
        const exhibits = context.exhibits.filter((exhibit) => event.evidenceIds.includes(exhibit.item.id));
        const cited = exhibits.flatMap((exhibit, index): Span[] => [...(index > 0 ? [{ text: '\n' }] : []), ...citationSpans(context, { evidenceId: exhibit.item.id })]);
        rows.push([element.label, [{ text: event.title }, ...disputedMark(context, event)], formatDatedValue(event, context.language), cited]);
      }
      for (const exhibit of element.exhibits) {
        // An exhibit this dossier leaves out is not named (it may be confidential): its citation says it is not included.
        const item = plannedExhibit(context, exhibit.evidenceId)?.item;
        rows.push([element.label, item?.title ?? '', item?.date ? formatPartialDate(item.date, context.language) : '', citationSpans(context, linkCitation(exhibit))]);
      }
    }
  }
  if (rows.length === 0) return;
  flow.heading(words.heading, 2);
  flow.table(
    [
      { title: words.element, width: 0.22 },
      { title: words.fact, width: 0.34 },
      { title: words.date, width: 0.16 },
      { title: words.exhibit, width: 0.28 },
    ],
    rows,
  );
}
