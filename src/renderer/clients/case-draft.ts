// A case as its form edits it, and the way to and from the record. Fields the form does not
// show (other references) pass through unchanged when a case is edited.
import type { Case, CaseInput, caseStatuses, forums } from '../../shared/models';
import { languageCodesFrom, optionalText } from '../ui/draft-text';

export interface CaseDraft {
  title: string;
  forum: '' | (typeof forums)[number];
  destination: string;
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
    reference: optionalText(draft.reference),
    otherReferences: record?.otherReferences ?? [],
    status: draft.status,
    responsibleLawyer: optionalText(draft.responsibleLawyer),
    languages: languageCodesFrom(draft.languages),
    notes: optionalText(draft.notes),
  };
}
