// Whether one dossier prints a text that may cite an exhibit: its template's sections, the
// chronology's choice for disputed events, the tests the case argues, and the version the
// dossier's language picks (text-versions.ts). The pre-flight blocks, and the citation report
// counts as broken, only citations in texts the dossier prints: one that is never printed
// cannot mislead the forum.
import type { CitationPlace, CitedText } from '../../shared/citations.js';
import { isLegalElementKey, legalBasesOf, legalElement } from '../../shared/legal-elements.js';
import type { CaseDetail, DisputedEventChoice, TimelineEvent } from '../../shared/models.js';
import { caseTextLanguage } from '../../shared/text-versions.js';
import type { DossierLanguage } from './dossier-text.js';
import type { DossierTemplate } from './templates.js';

export interface PrintChoice {
  /** The case as typed (not yet picked for a language). */
  detail: Pick<CaseDetail, 'case' | 'events' | 'evidence' | 'persecution'>;
  template: Pick<DossierTemplate, 'sections' | 'cover' | 'disputedEvents'>;
  language: DossierLanguage;
  /** The export's choice for disputed events; absent: the template's. */
  disputedEvents?: DisputedEventChoice | undefined;
}

/** Whether the dossier leaves an event out everywhere (the chronology, the argument's facts): a disputed one, when the choice (else the template) omits them. */
export function eventOmitted(event: Pick<TimelineEvent, 'status'>, choice: Pick<PrintChoice, 'template' | 'disputedEvents'>): boolean {
  return event.status === 'disputed' && (choice.disputedEvents ?? choice.template.disputedEvents) === 'omit';
}

/** Whether the template prints the record and field at all, whatever its language. */
export function templatePrints(place: CitationPlace, choice: PrintChoice): boolean {
  const sections: readonly string[] = choice.template.sections;
  if (place.record === 'event') {
    const event = choice.detail.events.find((candidate) => candidate.id === place.recordId);
    return sections.includes('chronology') && !(event && eventOmitted(event, choice));
  }
  // The grounds-and-risk section lays out the argument by element, for the tests the case argues only.
  if (place.record === 'element') {
    const bases = legalBasesOf(choice.detail.case.forum, choice.detail.persecution?.legalBasis ?? []);
    return sections.includes('persecution') && isLegalElementKey(place.recordId) && bases.includes(legalElement(place.recordId).basis);
  }
  if (place.field === 'narrative') return sections.includes('statement');
  return sections.includes('interimMeasures') || choice.template.cover === 'urgent';
}

/**
 * Whether this dossier prints the text: where the case is written in the dossier's language,
 * the text as typed; else its version in that language, and the text as typed only when it has
 * none (an empty text as typed has no version printed either), as textsInLanguage picks them.
 * `texts`: every cited text of the case (citedTexts), to find a text's versions.
 */
export function textPrinted(entry: CitedText, texts: readonly CitedText[], choice: PrintChoice): boolean {
  if (!templatePrints(entry.place, choice)) return false;
  const same = (other: CitedText) => other.place.record === entry.place.record && other.place.recordId === entry.place.recordId && other.place.field === entry.place.field;
  const written = caseTextLanguage(choice.detail);
  if (entry.place.language) {
    return written !== choice.language && entry.place.language === choice.language && texts.some((other) => same(other) && !other.place.language);
  }
  return written === choice.language || !texts.some((other) => same(other) && other.place.language === choice.language);
}
