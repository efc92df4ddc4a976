// A case as its form edits it, and the way to and from the record. Fields the form does not
// show (other references) pass through unchanged when a case is edited.
import { committeeForums, type Case, type CaseInput, type caseStatuses, type forums } from '../../shared/models';
import { languageCodesFrom, optionalText } from '../ui/draft-text';

export interface CaseDraft {
  title: string;
  forum: '' | (typeof forums)[number];
  destination: string;
  /** Only for a UN committee: the State the communication is brought against. */
  stateParty: string;
  reference: string;
  status: (typeof caseStatuses)[number];
  responsibleLawyer: string;
  /** Comma-separated language codes. */
  languages: string;
  notes: string;
}

export function caseDraftOf(record: Case | undefined): CaseDraft {
  return {
    title: record?.title ?? '',
    forum: record?.forum ?? '',
    destination: record?.destination ?? '',
    stateParty: record?.stateParty ?? '',
    reference: record?.reference ?? '',
    status: record?.status ?? 'active',
    responsibleLawyer: record?.responsibleLawyer ?? '',
    languages: (record?.languages ?? []).join(', '),
    notes: record?.notes ?? '',
  };
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
    languages: languageCodesFrom(draft.languages),
    notes: optionalText(draft.notes),
  };
}

export function isCommitteeForum(forum: CaseDraft['forum']): boolean {
  return forum !== '' && committeeForums.includes(forum);
}
