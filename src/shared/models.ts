// The case model of docs/architecture.md, as zod schemas. The CLI, the window and the import
// format all validate with these, so a value the core stores has passed the same rules whichever
// door it came through. Controlled vocabularies are enums; descriptive fields are free text.
import { z } from 'zod';
import { datePrecisions, isoDay, partialDate, precisionProblem } from './dates.js';
import { languages as dossierLanguages } from './format/languages.js';
import { legalElementKeys } from './legal-elements.js';
import { elementArgumentVersionsSchema, eventVersionsSchema, evidenceVersionsSchema, persecutionVersionsSchema } from './text-versions.js';

const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const textList = z.array(text).default([]);
const languageTag = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "ru", "kk" or "en"');

/** A time of day, 24-hour ("10:00"). */
const timeOfDay = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM');

export const clientStatuses = [
  'at_liberty',
  'in_hiding',
  'detained',
  'house_arrest',
  'asylum_seeker',
  'refused',
  'appeal_pending',
  'refugee',
  'humanitarian_visa',
  'in_transit',
  'deported',
  'extradited',
  'other',
] as const;

export const forums = [
  'embassy_humanitarian_visa',
  'national_asylum',
  'unhcr',
  'un_cat',
  'un_hrc',
  'us_asylum',
  'us_immigration_court',
  'other',
] as const;

/** Forums that are UN treaty bodies: a communication to one names the State party it concerns. */
export const committeeForums: readonly (typeof forums)[number][] = ['un_cat', 'un_hrc'];

export const caseStatuses = ['draft', 'active', 'submitted', 'decided', 'closed', 'archived'] as const;

export const eventTypes = [
  'arrest',
  'detention',
  'release',
  'search',
  'interrogation',
  'criminal_case_opened',
  'charge',
  'wanted_listing',
  'extradition_request',
  'extradition_order',
  'court_hearing',
  'sentence',
  'ill_treatment',
  'threat',
  'surveillance',
  'protest',
  'publication',
  'border_crossing',
  'asylum_application',
  'decision',
  'appeal',
  'deportation',
  'document_expiry',
  'other',
] as const;

export const evidenceKinds = [
  'identity_document',
  'court_document',
  'wanted_notice',
  'photo',
  'screenshot',
  'social_media_post',
  'medical_report',
  'media_article',
  'country_report',
  'statement',
  'translation',
  'correspondence',
  'audio',
  'video',
  'other',
] as const;

export const persecutionGrounds = [
  'political_opinion',
  'religion',
  'race',
  'nationality',
  'particular_social_group',
] as const;

export const eventStatuses = ['confirmed', 'disputed'] as const;
/**
 * How a dossier's chronology prints disputed events: left out, printed with a neutral mark
 * ("contested"), or printed like any other. Chosen per export; each template has a default.
 */
export const disputedEventChoices = ['omit', 'mark', 'include'] as const;
export type DisputedEventChoice = (typeof disputedEventChoices)[number];

export const identityDocumentSchema = z.object({
  kind: text,
  number: optionalText,
  issuingState: optionalText,
  issued: isoDay.optional(),
  expires: isoDay.optional(),
});

export const clientInputSchema = z.object({
  fullName: text,
  fullNameNative: optionalText,
  aliases: textList,
  dateOfBirth: partialDate.optional(),
  placeOfBirth: optionalText,
  citizenships: textList,
  ethnicity: optionalText,
  religion: optionalText,
  languages: z.array(languageTag).default([]),
  documents: z.array(identityDocumentSchema).default([]),
  currentCountry: optionalText,
  currentLocation: optionalText,
  status: z.enum(clientStatuses).optional(),
  contacts: z.array(z.object({ kind: text, value: text })).default([]),
  family: z
    .array(z.object({ name: text, nameNative: optionalText, relation: text, note: optionalText }))
    .default([]),
  notes: optionalText,
});

/** A translator or interpreter the practice works with: a record of the vault, used by every case. */
export const linguistRoles = ['translator', 'interpreter'] as const;
export const translatorInputSchema = z.object({
  name: text,
  roles: z.array(z.enum(linguistRoles)).min(1, 'choose translator, interpreter or both').default(['translator']),
  address: optionalText,
  phone: optionalText,
  email: optionalText,
  /** "Sworn translator", "Member of the Chartered Institute of Linguists": what the certificate states. */
  qualifications: optionalText,
  /** Who swore or certified them (a court, an institute), with any number. */
  certifiedBy: optionalText,
  languages: z.array(languageTag).default([]),
});

/**
 * Counsel: a lawyer of the practice, whose details a forum's cover, proof of service and urgent
 * letter print. A record of the vault (encrypted), not a setting: a laptop searched at a border
 * must not show whose lawyer it is.
 */
export const counselInputSchema = z.object({
  name: text,
  /** The firm or organisation, as it signs. */
  firm: optionalText,
  /** The postal address, one line each, as an envelope prints it. */
  address: textList,
  phone: optionalText,
  email: optionalText,
  /** The US immigration court's EOIR ID number of the representative. */
  eoirId: optionalText,
  /** The bar or registration number, with who issued it ("NY Bar 1234567"). */
  barNumber: optionalText,
});

/** How the personal statement reached an applicant who does not read the submission's language. */
export const statementInterpretationSchema = z.object({
  interpreterId: z.string().trim().min(1),
  /** The language it was read back in. */
  language: languageTag,
  date: isoDay.optional(),
});

/** An expected removal (extradition, deportation): what a request for interim measures must state. */
export const removalSchema = z.object({
  date: isoDay.optional(),
  time: timeOfDay.optional(),
  /** Where the person is held or will be removed from (an airport, a detention centre). */
  place: optionalText,
  /** The state the person would be sent to. */
  destination: optionalText,
  /** How: a scheduled flight, a transfer by land, an escort handed over at the border. */
  manner: optionalText,
});

export const caseInputSchema = z.object({
  title: text,
  forum: z.enum(forums),
  destination: optionalText,
  /** The State party concerned, for a communication to a UN committee: a country code ("KZ") or a name. */
  stateParty: optionalText,
  reference: optionalText,
  otherReferences: z.array(z.object({ label: text, value: text })).default([]),
  status: z.enum(caseStatuses).default('active'),
  responsibleLawyer: optionalText,
  /** The counsel record (of the vault) who signs for this case; responsibleLawyer stays the free-text name when none is chosen. */
  counselId: optionalText,
  languages: z.array(languageTag).default([]),
  notes: optionalText,
  /** The US immigration court's A-number ("A 123-456-789"): 8 or 9 digits, stored as typed. */
  alienNumber: optionalText,
  /** The expected removal an urgent request is about: when, where from, to where, and how. */
  removal: removalSchema.optional(),
  /** The dossier language the case's texts are typed in (absent: guessed, text-versions.ts); the others are versions. */
  textLanguage: z.enum(dossierLanguages).optional(),
});

const datedFields = {
  date: partialDate,
  precision: z.enum(datePrecisions).default('day'),
  dateEnd: partialDate.optional(),
};

export function checkPrecision(value: { date: string; precision: (typeof datePrecisions)[number]; dateEnd?: string | undefined }, ctx: z.RefinementCtx) {
  const problem = precisionProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['date'] });
}

export const actorSchema = z.object({ name: text, role: optionalText });

export const eventFieldsSchema = z.object({
  ...datedFields,
  type: z.enum(eventTypes),
  place: optionalText,
  title: text,
  description: optionalText,
  actors: z.array(actorSchema).default([]),
  status: z.enum(eventStatuses).default('confirmed'),
  /** Days the decision itself allows for appeal or execution, where it states its own. */
  deadlineDays: z.number().int().positive().max(3650).optional(),
  /** The title and description in the dossier's other languages. */
  versions: eventVersionsSchema,
});

export const eventInputSchema = eventFieldsSchema.superRefine(checkPrecision);

export const provenanceSchema = z.object({
  obtainedBy: optionalText,
  method: optionalText,
  obtainedOn: partialDate.optional(),
});

/** The pages of the original a translation covers, when it is an excerpt. */
export const pageRangeSchema = z
  .object({ from: z.number().int().positive(), to: z.number().int().positive() })
  .refine((range) => range.to >= range.from, { message: 'the last page must not come before the first', path: ['to'] });

export const translationDetailsSchema = z.object({
  /** A translator record's id (translators are records of the vault, not of one case). */
  translatorId: z.string().trim().min(1).optional(),
  sourceLanguage: languageTag.optional(),
  targetLanguage: languageTag.optional(),
  /** Absent: the whole document. */
  excerpt: pageRangeSchema.optional(),
});

export const evidenceMetadataSchema = z.object({
  title: text,
  kind: z.enum(evidenceKinds),
  date: partialDate.optional(),
  language: languageTag.optional(),
  source: optionalText,
  provenance: provenanceSchema.optional(),
  description: optionalText,
  relevance: optionalText,
  confidential: z.boolean().default(false),
  /** A key exhibit: the few an urgent request carries (templates with keyExhibitsOnly). */
  key: z.boolean().default(false),
  /** For a translation (translationOfId set): who translated it, from and into what, and what it covers. */
  translation: translationDetailsSchema.optional(),
  /** The title, description and relevance in the dossier's other languages. */
  versions: evidenceVersionsSchema,
});

/**
 * The fields set at once on many files (the evidence list's bulk edit): a field given changes on
 * every file, a field left out stays as each file has it, and null clears it.
 */
export const evidenceBulkChangesSchema = z
  .object({
    kind: z.enum(evidenceKinds).optional(),
    date: partialDate.nullable().optional(),
    language: languageTag.nullable().optional(),
    source: z.string().trim().min(1, 'must not be empty').nullable().optional(),
    confidential: z.boolean().optional(),
    /** Mark or unmark the items as key exhibits (what an urgent request carries). */
    key: z.boolean().optional(),
  })
  .strict()
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), 'choose at least one field to change');

const groundEntry = z
  .union([z.enum(persecutionGrounds), z.object({ ground: z.enum(persecutionGrounds), reasoning: optionalText })])
  .transform((entry) => (typeof entry === 'string' ? { ground: entry, reasoning: undefined } : entry));

export const chargeSchema = z.object({
  state: text,
  code: optionalText,
  article: text,
  text: optionalText,
});

export const persecutionInputSchema = z.object({
  grounds: z.array(groundEntry).default([]),
  agents: textList,
  charges: z.array(chargeSchema).default([]),
  risks: textList,
  stateProtection: optionalText,
  internalRelocation: optionalText,
  countryInformation: z
    .array(z.object({ title: text, source: optionalText, date: partialDate.optional(), url: optionalText }))
    .default([]),
  legalBasis: textList,
  /** The applicant's own account: the personal statement of the dossier. */
  narrative: optionalText,
  /** Domestic remedies tried and their outcome (a UN committee requires them exhausted). */
  remediesExhausted: optionalText,
  /** Whether the same matter was put to another procedure of international investigation or settlement (CAT art. 22(5)(a)). */
  otherProcedures: optionalText,
  /** What interim measures are requested, and why they are urgent. */
  interimMeasures: optionalText,
  /** Set when the statement was read back to the applicant by an interpreter: a certificate of interpretation follows it. */
  statementInterpretation: statementInterpretationSchema.optional(),
  /** The statement and the profile's other texts in the dossier's other languages. */
  versions: persecutionVersionsSchema,
});


function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone ("Asia/Almaty"), for a time a decision states in its own place's time. */
const timeZone = z.string().trim().refine(isTimeZone, 'must be a time zone such as "Asia/Almaty"');

/** When on its day a deadline falls; a zone says whose clock, and only makes sense with a time. */
/** An exhibit an element of the legal test rests on, with the pages that show it. */
export const elementExhibitSchema = z.object({ evidenceId: z.string().trim().min(1), pages: pageRangeSchema.optional() });

/** The lawyer's argument for one element of the legal test (src/shared/legal-elements.ts), and what supports it. */
export const elementArgumentInputSchema = z.object({
  element: z.enum(legalElementKeys),
  /** The argument; it may carry citations to exhibit pages (src/shared/citations.ts). */
  argument: optionalText,
  /** The timeline events (the facts) the element rests on. */
  eventIds: z.array(z.string().trim().min(1)).default([]),
  exhibits: z.array(elementExhibitSchema).default([]),
  /** The profile's country information entries it rests on, by their titles. */
  countryInformation: textList,
  /** The argument in the dossier's other languages. */
  versions: elementArgumentVersionsSchema,
});

export const deadlineTimeSchema = z
  .object({ time: timeOfDay.optional(), timeZone: timeZone.optional() })
  .refine((value) => value.timeZone === undefined || value.time !== undefined, { message: 'a time zone needs a time', path: ['time'] });

export const deadlineInputSchema = z
  .object({
    title: text,
    due: isoDay,
    consequence: optionalText,
    time: timeOfDay.optional(),
    timeZone: timeZone.optional(),
  })
  .refine((value) => value.timeZone === undefined || value.time !== undefined, { message: 'a time zone needs a time', path: ['time'] });

/** What the lawyer marks on any deadline, derived or entered by hand. */
export const deadlineMarksSchema = z.object({
  /** Done: it no longer alarms, but stays listed. */
  done: z.boolean().optional(),
  /** State this date in the filing (the interim-measures section of a committee dossier). */
  inFiling: z.boolean().optional(),
  /** The time of a derived deadline (a hearing at 10:00 Almaty time); an empty object clears it. */
  when: deadlineTimeSchema.optional(),
});

export type ClientInput = z.input<typeof clientInputSchema>;
export type Client = z.output<typeof clientInputSchema> & { id: string; createdAt: string; updatedAt: string };
export type CaseInput = z.input<typeof caseInputSchema>;
export type Case = z.output<typeof caseInputSchema> & { id: string; clientId: string; createdAt: string; updatedAt: string };
export type EventInput = z.input<typeof eventInputSchema>;
export type TimelineEvent = z.output<typeof eventInputSchema> & {
  id: string;
  caseId: string;
  sortDate: string;
  evidenceIds: string[];
};
export type EvidenceMetadata = z.output<typeof evidenceMetadataSchema>;
export type TranslationDetails = z.output<typeof translationDetailsSchema>;
export type Removal = z.output<typeof removalSchema>;
export type TranslatorInput = z.input<typeof translatorInputSchema>;
export type Translator = z.output<typeof translatorInputSchema> & { id: string; createdAt: string; updatedAt: string };
export type CounselInput = z.input<typeof counselInputSchema>;
export type Counsel = z.output<typeof counselInputSchema> & { id: string; createdAt: string; updatedAt: string };
export type StatementInterpretation = z.output<typeof statementInterpretationSchema>;
export type EvidenceBulkChanges = z.output<typeof evidenceBulkChangesSchema>;
export type PersecutionInput = z.input<typeof persecutionInputSchema>;
export type PersecutionProfile = z.output<typeof persecutionInputSchema> & { caseId: string };
export type ElementArgumentInput = z.input<typeof elementArgumentInputSchema>;
export type ElementArgument = z.output<typeof elementArgumentInputSchema> & { caseId: string; updatedAt: string };
export type DeadlineInput = z.input<typeof deadlineInputSchema>;
export type DeadlineMarks = z.output<typeof deadlineMarksSchema>;
export type DeadlineTime = z.output<typeof deadlineTimeSchema>;

export interface EvidenceItem extends EvidenceMetadata {
  id: string;
  caseId: string;
  originalName: string;
  size: number;
  sha256: string;
  /** Media type detected from the content, never from the name. */
  mediaType: string;
  /** False when the file's name claims a type its content does not have. */
  nameMatchesContent: boolean;
  translationOfId?: string | undefined;
  partOfId?: string | undefined;
  importedAt: string;
}

export interface Deadline {
  id: string;
  caseId: string;
  title: string;
  due: string;
  consequence?: string | undefined;
  /** "manual" deadlines are entered by hand; "derived" ones follow from an event or a document. */
  origin: 'manual' | 'derived';
  rule?: string | undefined;
  eventId?: string | undefined;
  /** What a derived deadline is about (the event's title, the document's kind and number), for the window to word it in its own language. */
  subject?: string | undefined;
  /** The time of day ("10:00") and the IANA zone whose clock it is read on, when the decision gives them. */
  time?: string | undefined;
  timeZone?: string | undefined;
  /** Marked done: listed, no longer alarming. */
  done?: boolean | undefined;
  /** Marked "state in the filing": printed, neutrally worded, in the dossier's interim-measures section. */
  inFiling?: boolean | undefined;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId?: string | undefined;
}

export interface CaseSummary {
  id: string;
  title: string;
  forum: Case['forum'];
  reference?: string | undefined;
  status: Case['status'];
  clientName: string;
  clientNameNative?: string | undefined;
  events: number;
  evidence: number;
  updatedAt: string;
}

export interface CaseDetail {
  case: Case;
  client: Client;
  events: TimelineEvent[];
  evidence: EvidenceItem[];
  persecution?: PersecutionProfile | undefined;
  deadlines: Deadline[];
  /** The argument element by element (absent or empty: none written yet). */
  elementArguments?: ElementArgument[] | undefined;
  /** The counsel record the case names (case.counselId), when it names one the vault holds. */
  counsel?: Counsel | undefined;
}

export interface SearchHit {
  /** 'argument': an element's argument; its entityId is "caseId:element" and its title the element's labels. */
  entity: 'client' | 'case' | 'event' | 'evidence' | 'persecution' | 'argument';
  entityId: string;
  caseId?: string | undefined;
  title: string;
  snippet: string;
  /** For a hit in the text of an evidence item's file: the page it is on (1-based). */
  page?: number | undefined;
}
