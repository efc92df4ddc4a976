// A case as its form edits it, and the way to and from the record. Fields the form does not
// show (other references) pass through unchanged when a case is edited.
import { committeeForums, type Case, type CaseInput, type caseStatuses, type forums, type Removal } from '../../shared/models';
import { languageCodesFrom, optionalText } from '../ui/draft-text';
import type { Language } from '../../shared/format/languages';

export interface CaseDraft {
  title: string;
  forum: '' | (typeof forums)[number];
  destination: string;
  /** Only for a UN committee: the State the communication is brought against. */
  stateParty: string;
  reference: string;
  status: (typeof caseStatuses)[number];
  responsibleLawyer: string;
  /** The counsel record the case names; '' for none. */
  counselId: string;
  /** Comma-separated language codes. */
  languages: string;
  notes: string;
  /** The US immigration court's A-number, as typed. */
  alienNumber: string;
  /** The expected removal, each part as typed (date YYYY-MM-DD, time HH:MM). */
  removal: Record<keyof Removal, string>;
  /** The dossier language the case's texts are typed in; '' leaves it to be guessed. */
  textLanguage: '' | Language;
}

const removalParts = ['date', 'time', 'place', 'destination', 'manner'] as const satisfies readonly (keyof Removal)[];

export function caseDraftOf(record: Case | undefined): CaseDraft {
  return {
    title: record?.title ?? '',
    forum: record?.forum ?? '',
    destination: record?.destination ?? '',
    stateParty: record?.stateParty ?? '',
    reference: record?.reference ?? '',
    status: record?.status ?? 'active',
    responsibleLawyer: record?.responsibleLawyer ?? '',
    counselId: record?.counselId ?? '',
    languages: (record?.languages ?? []).join(', '),
    notes: record?.notes ?? '',
    alienNumber: record?.alienNumber ?? '',
    removal: Object.fromEntries(removalParts.map((part) => [part, record?.removal?.[part] ?? ''])) as CaseDraft['removal'],
    textLanguage: record?.textLanguage ?? '',
  };
}

/** The removal as the record keeps it: only the parts typed, none at all when nothing is. */
function removalOf(draft: CaseDraft['removal']): Removal | undefined {
  const typed = removalParts.filter((part) => draft[part].trim() !== '');
  return typed.length === 0 ? undefined : Object.fromEntries(typed.map((part) => [part, draft[part].trim()]));
}

/** Forums where the A-number belongs: the form shows it there, or wherever one was recorded. */
export function asksForAlienNumber(draft: CaseDraft): boolean {
  return draft.forum === 'us_immigration_court' || draft.forum === 'us_asylum' || draft.alienNumber.trim() !== '';
}

export function caseInputOf(draft: CaseDraft, record: Case | undefined): CaseInput {
  return {
    title: draft.title.trim(),
    // An unchosen forum is sent as '' so the schema names the field that needs a choice.
    forum: draft.forum as CaseInput['forum'],
    destination: optionalText(draft.destination),
    // A State party belongs to a committee communication only: a case moved to another forum
    // drops it rather than keep a value the form no longer shows and the cover would print.
    stateParty: isCommitteeForum(draft.forum) ? optionalText(draft.stateParty) : undefined,
    reference: optionalText(draft.reference),
    otherReferences: record?.otherReferences ?? [],
    status: draft.status,
    responsibleLawyer: optionalText(draft.responsibleLawyer),
    counselId: optionalText(draft.counselId),
    languages: languageCodesFrom(draft.languages),
    notes: optionalText(draft.notes),
    alienNumber: optionalText(draft.alienNumber),
    removal: removalOf(draft.removal),
    textLanguage: draft.textLanguage === '' ? undefined : draft.textLanguage,
  };
}

export function isCommitteeForum(forum: CaseDraft['forum']): boolean {
  return forum !== '' && committeeForums.includes(forum);
}
