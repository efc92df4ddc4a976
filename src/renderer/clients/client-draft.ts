// A client as the form edits it (every field a string, lists as rows or text) and the way to
// and from the record. Blank rows are dropped; a row with something in it is kept, so the
// schema can say what it still lacks.
import type { Client, ClientInput, clientStatuses } from '../../shared/models';
import { languageCodesFrom, listFromText, optionalText, rowHasText } from '../ui/draft-text';

export interface DocumentDraft {
  kind: string;
  number: string;
  issuingState: string;
  issued: string;
  expires: string;
}
export interface ContactDraft {
  kind: string;
  value: string;
}
export interface FamilyDraft {
  name: string;
  nameNative: string;
  relation: string;
  note: string;
}

export interface ClientDraft {
  fullName: string;
  fullNameNative: string;
  /** One alias per line (a name may contain a comma). */
  aliases: string;
  dateOfBirth: string;
  placeOfBirth: string;
  /** Comma-separated. */
  citizenships: string;
  ethnicity: string;
  religion: string;
  /** Comma-separated language codes. */
  languages: string;
  documents: DocumentDraft[];
  currentCountry: string;
  currentLocation: string;
  status: '' | (typeof clientStatuses)[number];
  contacts: ContactDraft[];
  family: FamilyDraft[];
  notes: string;
}

export const emptyDocument: DocumentDraft = { kind: '', number: '', issuingState: '', issued: '', expires: '' };
export const emptyContact: ContactDraft = { kind: '', value: '' };
export const emptyFamilyMember: FamilyDraft = { name: '', nameNative: '', relation: '', note: '' };

export function draftOf(client: Client | undefined): ClientDraft {
  return {
    fullName: client?.fullName ?? '',
    fullNameNative: client?.fullNameNative ?? '',
    aliases: (client?.aliases ?? []).join('\n'),
    dateOfBirth: client?.dateOfBirth ?? '',
    placeOfBirth: client?.placeOfBirth ?? '',
    citizenships: (client?.citizenships ?? []).join(', '),
    ethnicity: client?.ethnicity ?? '',
    religion: client?.religion ?? '',
    languages: (client?.languages ?? []).join(', '),
    documents: (client?.documents ?? []).map((document) => ({
      kind: document.kind,
      number: document.number ?? '',
      issuingState: document.issuingState ?? '',
      issued: document.issued ?? '',
      expires: document.expires ?? '',
    })),
    currentCountry: client?.currentCountry ?? '',
    currentLocation: client?.currentLocation ?? '',
    status: client?.status ?? '',
    contacts: (client?.contacts ?? []).map((contact) => ({ ...contact })),
    family: (client?.family ?? []).map((member) => ({
      name: member.name,
      nameNative: member.nameNative ?? '',
      relation: member.relation,
      note: member.note ?? '',
    })),
    notes: client?.notes ?? '',
  };
}

/**
 * The draft without the rows left blank. The form saves this one back into its state before
 * validating, so an error at "documents.1" points at the second row the person sees.
 */
export function withoutEmptyRows(draft: ClientDraft): ClientDraft {
  return {
    ...draft,
    documents: draft.documents.filter(rowHasText),
    contacts: draft.contacts.filter(rowHasText),
    family: draft.family.filter(rowHasText),
  };
}

export function inputOf(draft: ClientDraft): ClientInput {
  return {
    fullName: draft.fullName.trim(),
    fullNameNative: optionalText(draft.fullNameNative),
    aliases: listFromText(draft.aliases, /\n/),
    dateOfBirth: optionalText(draft.dateOfBirth),
    placeOfBirth: optionalText(draft.placeOfBirth),
    citizenships: listFromText(draft.citizenships, /[,;]/),
    ethnicity: optionalText(draft.ethnicity),
    religion: optionalText(draft.religion),
    languages: languageCodesFrom(draft.languages),
    documents: draft.documents.map((document) => ({
      kind: document.kind.trim(),
      number: optionalText(document.number),
      issuingState: optionalText(document.issuingState),
      issued: optionalText(document.issued),
      expires: optionalText(document.expires),
    })),
    currentCountry: optionalText(draft.currentCountry),
    currentLocation: optionalText(draft.currentLocation),
    status: draft.status === '' ? undefined : draft.status,
    contacts: draft.contacts.map((contact) => ({ kind: contact.kind.trim(), value: contact.value.trim() })),
    family: draft.family.map((member) => ({
      name: member.name.trim(),
      nameNative: optionalText(member.nameNative),
      relation: member.relation.trim(),
      note: optionalText(member.note),
    })),
    notes: optionalText(draft.notes),
  };
}
