// The case's texts as a dossier in one language prints them: each text's version in that
// language, else the text as the lawyer typed it, noting each text that fell back so the
// pre-flight can say which ones a fully translated filing still lacks. Done on the vault's side,
// before the case crosses to the composer, so every section, separator and index prints the
// same choice.
import type { CaseDetail, ElementArgument, EvidenceItem, PersecutionProfile, TimelineEvent } from '../../shared/models.js';
import { legalBasesOf, legalElement } from '../../shared/legal-elements.js';
import type { Language } from '../../shared/format/languages.js';
import { caseTextLanguage } from '../../shared/text-versions.js';

/** A text printed as typed, for want of a version in the dossier's language. */
export interface TextFallback {
  entity: 'event' | 'evidence' | 'persecution' | 'element';
  /** The event's or evidence item's id; the case's id for the persecution profile; the element's key for an argument. */
  id: string;
  /** The field's name in a version ("title", "narrative"; "groundReasoning.political_opinion", "risks.2" for the profile's lists). */
  field: string;
  /** The record as the user names it (an event's or exhibit's title as typed). */
  subject?: string | undefined;
}

export interface TextsInLanguage {
  detail: CaseDetail;
  /** The language the case's texts are typed in. */
  written: Language;
  fallbacks: TextFallback[];
}

/**
 * The case as a dossier in `language` prints it. `evidenceIds`: the exhibits the dossier holds,
 * so that only their fallbacks are noted (every item's text is chosen all the same).
 */
export function textsInLanguage(detail: CaseDetail, language: Language, evidenceIds?: readonly string[]): TextsInLanguage {
  const written = caseTextLanguage(detail);
  if (written === language) return { detail, written, fallbacks: [] };
  const fallbacks: TextFallback[] = [];
  const included = evidenceIds ? new Set(evidenceIds) : undefined;
  const events = detail.events.map((event) => pickEvent(event, language, fallbacks));
  const evidence = detail.evidence.map((item) => pickEvidence(item, language, included === undefined || included.has(item.id) ? fallbacks : []));
  const persecution = detail.persecution && pickPersecution(detail.persecution, language, fallbacks);
  // Only the tests the case argues are printed: an argument under another is chosen, not noted.
  const bases = legalBasesOf(detail.case.forum, detail.persecution?.legalBasis ?? []);
  const elementArguments = detail.elementArguments?.map((argument) =>
    pickArgument(argument, language, bases.includes(legalElement(argument.element).basis) ? fallbacks : []),
  );
  // A deadline derived from an event is about that event, named by its title: in the same language.
  const titles = new Map(detail.events.map((event, index) => [event.id, { typed: event.title, printed: events[index]!.title }]));
  const deadlines = detail.deadlines.map((deadline) => {
    const title = deadline.eventId === undefined ? undefined : titles.get(deadline.eventId);
    return title && deadline.subject === title.typed ? { ...deadline, subject: title.printed } : deadline;
  });
  return { detail: { ...detail, events, evidence, persecution, deadlines, ...(elementArguments ? { elementArguments } : {}) }, written, fallbacks };
}

/** The version of one text, else the original, noting the fallback; an empty original needs none. */
function chooser(fallbacks: TextFallback[], where: Omit<TextFallback, 'field'>) {
  return <T extends string | undefined>(field: string, original: T, version: string | undefined): T => {
    if (original === undefined || original === '') return original;
    if (version) return version as T;
    fallbacks.push({ ...where, field });
    return original;
  };
}

function pickEvent(event: TimelineEvent, language: Language, fallbacks: TextFallback[]): TimelineEvent {
  const version = event.versions?.[language];
  const pick = chooser(fallbacks, { entity: 'event', id: event.id, subject: event.title });
  return { ...event, title: pick('title', event.title, version?.title), description: pick('description', event.description, version?.description) };
}

function pickEvidence(item: EvidenceItem, language: Language, fallbacks: TextFallback[]): EvidenceItem {
  const version = item.versions?.[language];
  const pick = chooser(fallbacks, { entity: 'evidence', id: item.id, subject: item.title });
  return {
    ...item,
    title: pick('title', item.title, version?.title),
    description: pick('description', item.description, version?.description),
    relevance: pick('relevance', item.relevance, version?.relevance),
  };
}

function pickPersecution(profile: PersecutionProfile, language: Language, fallbacks: TextFallback[]): PersecutionProfile {
  const version = profile.versions?.[language];
  const pick = chooser(fallbacks, { entity: 'persecution', id: profile.caseId });
  return {
    ...profile,
    narrative: pick('narrative', profile.narrative, version?.narrative),
    stateProtection: pick('stateProtection', profile.stateProtection, version?.stateProtection),
    internalRelocation: pick('internalRelocation', profile.internalRelocation, version?.internalRelocation),
    remediesExhausted: pick('remediesExhausted', profile.remediesExhausted, version?.remediesExhausted),
    otherProcedures: pick('otherProcedures', profile.otherProcedures, version?.otherProcedures),
    interimMeasures: pick('interimMeasures', profile.interimMeasures, version?.interimMeasures),
    grounds: profile.grounds.map((entry) => ({
      ...entry,
      reasoning: pick(`groundReasoning.${entry.ground}`, entry.reasoning, version?.groundReasoning?.[entry.ground]),
    })),
    risks: profile.risks.map((risk, index) => pick(`risks.${index}`, risk, version?.risks?.[index])),
  };
}

function pickArgument(argument: ElementArgument, language: Language, fallbacks: TextFallback[]): ElementArgument {
  const pick = chooser(fallbacks, { entity: 'element', id: argument.element, subject: legalElement(argument.element).label[language] });
  return { ...argument, argument: pick('argument', argument.argument, argument.versions?.[language]?.argument) };
}
