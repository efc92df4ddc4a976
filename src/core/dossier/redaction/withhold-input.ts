// The composer's input as a redaction profile leaves it (the composer calls withholdInput first
// thing): withheld applicant fields, events and exhibits gone from everywhere they appear, then
// every term and withheld value replaced by a mark in every string the dossier may print. The
// walk over the input is generic (every string, however deep) rather than a list of fields, so a
// field added to the case later is redacted without anyone remembering to: only identifiers,
// hashes, dates and vocabulary codes, which the dossier never prints as they are, are kept; a
// country or language code is marked when the name the dossier prints for it holds a term.
import { parseCitedText } from '../../../shared/citations.js';
import { dossierSupports, supportReasons } from '../../../shared/contract.js';
import { datePrecisions } from '../../../shared/dates.js';
import { legalElementKeys } from '../../../shared/legal-elements.js';
import {
  caseStatuses,
  clientStatuses,
  disputedEventChoices,
  eventStatuses,
  eventTypes,
  evidenceKinds,
  forums,
  linguistRoles,
  persecutionGrounds,
  type Client,
} from '../../../shared/models.js';
import { formatPartialDate } from '../../../shared/format/dates.js';
import { countryName, languageName } from '../../../shared/place-names.js';
import { findTermMatches, redactionReasons, replaceTerms, withholdableFields, type WithholdableField } from '../../../shared/redaction.js';
import type { DossierInput, SelectedExhibit } from '../compose-dossier.js';
import { dossierText, type DossierLanguage } from '../dossier-text.js';
import { withheldExhibitIds } from './withheld-exhibits.js';

/** The languages a dossier is written in: a withheld date is searched for as each of them prints it. */
const printedLanguages: readonly DossierLanguage[] = ['en', 'ru', 'fr'];

/**
 * A withheld date in the forms it is printed in: as the dossier prints it (formatPartialDate, in
 * each dossier language, the Russian " г." dropped so that "12 марта 1985 года" is found too) and
 * in the common numeric forms a passport or a letter prints (12.03.1985, 12/03/1985, 1985-03-12).
 * A year alone gives no form: "1985" as a term would mark every 1985 in the case (the field is
 * still withheld, only not searched for). A month gives its month and year ("March 1985",
 * "03.1985"), which marks every other date of that month too: too much is safe, too little is not.
 */
export function withheldDateForms(value: string): string[] {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (!day && !month) return [];
  const printed = printedLanguages.map((language) => formatPartialDate(value, language).replace(/\s*г\.$/u, ''));
  if (day) {
    const [, year, mm, dd] = day;
    return [...printed, value, `${dd}.${mm}.${year}`, `${dd}/${mm}/${year}`];
  }
  const [, year, mm] = month!;
  // A month in a phrase is declined ("в марте", "марта 1985 г."): its first day's form without the day.
  const inPhrase = printedLanguages.map((language) => formatPartialDate(`${value}-01`, language).replace(/^1(er)?\s+/u, '').replace(/\s*г\.$/u, ''));
  return [...printed, ...inPhrase, value, `${mm}.${year}`, `${mm}/${year}`];
}

/**
 * The values a withheld field holds in the client record, in the forms they are printed in: each
 * family member's name, native name and note, each contact's value, each document's number (also
 * without its spaces, as a passport's machine-readable line prints it), the location, each alias, the date of birth as dates are printed (withheldDateForms), and so on.
 * Never printed; replaced wherever else they occur and searched for after export. Codes printed
 * through a name are not values: a document's issuing state or the current country would mark
 * every "Kazakhstan" in the case (the withheld field itself is gone, and the current country is
 * not the applicant's address).
 */
export function withheldValuesOf(client: Client, fields: readonly WithholdableField[]): string[] {
  const values: (string | undefined)[] = [];
  for (const field of new Set(fields)) {
    switch (field) {
      case 'family':
        for (const member of client.family) values.push(member.name, member.nameNative, member.note);
        break;
      case 'contacts':
        for (const contact of client.contacts) values.push(contact.value);
        break;
      case 'documents':
        // Not its dates of issue and expiry: a deadline or an event on the same day would print
        // it, and the check after export would refuse the dossier for a date that names no one.
        for (const document of client.documents) values.push(document.number, document.number?.replace(/\s+/gu, ''));
        break;
      case 'aliases':
        values.push(...client.aliases);
        break;
      case 'dateOfBirth':
        if (client.dateOfBirth) values.push(...withheldDateForms(client.dateOfBirth));
        break;
      default:
        values.push(client[field]);
    }
  }
  // A value of one character would mark every occurrence of that letter; the matching rule asks for two, as a term does.
  return [...new Set(values.map((value) => value?.trim() ?? '').filter((value) => value.length >= 2))];
}

/** The client record without the withheld fields: empty lists, absent values. */
function withoutFields(client: Client, fields: readonly WithholdableField[]): Client {
  const kept: Client = { ...client };
  for (const field of fields) {
    if (field === 'family' || field === 'contacts' || field === 'documents' || field === 'aliases') kept[field] = [];
    else delete kept[field];
  }
  return kept;
}

/** Keys whose strings are never printed as they are: identifiers, hashes, dates, times, codes, and the redaction itself. */
const keptKeys = new Set([
  'id',
  'caseId',
  'clientId',
  'blobId',
  'evidenceId',
  'eventId',
  'eventIds',
  'evidenceIds',
  'interpreterId',
  'translatorId',
  'counselId',
  'translationOfId',
  'partOfId',
  'sha256',
  'mediaType',
  'createdAt',
  'updatedAt',
  'importedAt',
  'sortDate',
  'date',
  'dateEnd',
  'dateOfBirth',
  'due',
  'issued',
  'expires',
  'obtainedOn',
  'time',
  'timeZone',
  'textLanguage',
  'templateId',
  'today',
  'fontsDir',
  'password',
  'redaction',
  // The name the lawyer gave the file: its parts' links name each other's files by it, so it must
  // stay as it is (the verification after export finds a term in it like any other).
  'stem',
]);

/** Vocabulary codes: printed through the dossier's own words ("arrest" as "Arrest"/"Арест"), never as they are; changing one would lose its word. */
const codes = new Set<string>([
  ...caseStatuses,
  ...clientStatuses,
  ...disputedEventChoices,
  ...eventStatuses,
  ...eventTypes,
  ...evidenceKinds,
  ...forums,
  ...linguistRoles,
  ...persecutionGrounds,
  ...datePrecisions,
  ...legalElementKeys,
  ...dossierSupports,
  ...supportReasons,
  ...redactionReasons,
  ...withholdableFields,
]);
/**
 * Keys whose strings may be codes the dossier prints as a name ("kk" as "Kazakh", "KZ" as
 * "Kazakhstan"): such a code is marked when the name it prints holds a term.
 */
const namedCodeKeys = new Set(['language', 'languages', 'sourceLanguage', 'targetLanguage', 'citizenships', 'currentCountry', 'stateParty', 'issuingState', 'destination']);

/** Keys whose value is a code when it is one (an identity document's kind is free text, an evidence item's a code). */
const codeKeys = new Set(['kind', 'type', 'status', 'forum', 'reason', 'ground', 'element', 'precision', 'roles', 'origin', 'rule', 'disputedEvents', 'cover', 'framing']);

/** `text` with every term and withheld value marked, its citation tokens left whole (a term must not break one). */
export function redactText(text: string, needles: readonly string[], mark: string): string {
  if (needles.length === 0 || text.length === 0) return text;
  return parseCitedText(text)
    .map((segment) => ('text' in segment ? replaceTerms(segment.text, needles, mark) : segment.token))
    .join('');
}

interface Redacting {
  needles: readonly string[];
  mark: string;
  /** The dossier's language: what a country or language code prints as. */
  language: DossierLanguage;
}

/** Every string of `value`, however deep, redacted (see keptKeys and codes for what is kept). */
function redactDeep<T>(value: T, how: Redacting, key?: string): T {
  if (key !== undefined && keptKeys.has(key)) return value;
  if (typeof value === 'string') {
    if (key !== undefined && codeKeys.has(key) && codes.has(value)) return value;
    if (key !== undefined && namedCodeKeys.has(key)) {
      const printed = [countryName(value, how.language), languageName(value, how.language)];
      if (printed.some((name) => name !== value && findTermMatches(name, how.needles).length > 0)) return how.mark as T;
    }
    return redactText(value, how.needles, how.mark) as T;
  }
  // A list's entries are what its key names (a list of event ids holds ids).
  if (Array.isArray(value)) return value.map((entry) => redactDeep(entry, how, key)) as T;
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    const result: Record<string, unknown> = {};
    for (const [entryKey, entry] of Object.entries(value)) result[entryKey] = redactDeep(entry, how, entryKey);
    return result as T;
  }
  return value;
}

/** The selection without the withheld exhibits; each translation's index of its original follows the shift. */
function withoutExhibits(selection: SelectedExhibit[], withheld: ReadonlySet<string>): SelectedExhibit[] {
  const newIndex = new Map<number, number>();
  const kept: SelectedExhibit[] = [];
  selection.forEach((entry, index) => {
    if (withheld.has(entry.item.id)) return;
    newIndex.set(index, kept.length);
    kept.push(entry);
  });
  return kept.map((entry) => {
    if (entry.translationOf === undefined) return entry;
    const translationOf = newIndex.get(entry.translationOf);
    return { ...entry, translationOf };
  });
}

/**
 * The input as the profile leaves it; the same input when there is no profile. Withheld exhibits
 * stay in the case's list of evidence, titled by the mark and marked confidential, so that a
 * citation of one resolves as "not included" without naming it.
 */
export function withholdInput(input: DossierInput): DossierInput {
  const redaction = input.redaction;
  if (!redaction) return input;
  const mark = dossierText[input.language].redactedMark;
  const events = new Set(redaction.withheldEventIds);
  const { detail } = input;
  const exhibits = new Set(withheldExhibitIds(detail.evidence, redaction.withheldEvidenceIds));
  const needles = [
    ...new Set([...redaction.terms.map((term) => term.text), ...redaction.withheldValues, ...withheldValuesOf(detail.client, redaction.withheldFields)]),
  ];
  const withheld: DossierInput = {
    ...input,
    detail: {
      ...detail,
      client: withoutFields(detail.client, redaction.withheldFields),
      events: detail.events
        .filter((event) => !events.has(event.id))
        .map((event) => ({ ...event, evidenceIds: event.evidenceIds.filter((id) => !exhibits.has(id)) })),
      evidence: detail.evidence.map((item) => (exhibits.has(item.id) ? withheldItem(item, mark) : item)),
      deadlines: detail.deadlines.filter((deadline) => deadline.eventId === undefined || !events.has(deadline.eventId)),
      ...(detail.elementArguments
        ? {
            elementArguments: detail.elementArguments.map((argument) => ({
              ...argument,
              eventIds: argument.eventIds.filter((id) => !events.has(id)),
              exhibits: argument.exhibits.filter((exhibit) => !exhibits.has(exhibit.evidenceId)),
            })),
          }
        : {}),
    },
    selection: withoutExhibits(input.selection, exhibits),
  };
  // The profile itself is kept as it is (keptKeys): the exhibit pages need its terms. The
  // dossier's own language is what it is written in, not a text of the case.
  return { ...redactDeep(withheld, { needles, mark, language: input.language }), language: input.language };
}

/** A withheld exhibit as the case's list keeps it: its id, and nothing of what it is. */
function withheldItem(item: DossierInput['detail']['evidence'][number], mark: string): DossierInput['detail']['evidence'][number] {
  const { description: _description, relevance: _relevance, source: _source, provenance: _provenance, ...rest } = item;
  return { ...rest, title: mark, originalName: mark, confidential: true, versions: {} };
}
