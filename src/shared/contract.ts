// The one API contract between the window and the core. The shell validates every call's input
// against these schemas before the core sees it, and every answer against the output schema
// before the window does; the preload and the test transport are typed by the same object, so
// both ends of IPC cannot drift apart.
//
// Method names are "area.verb". Long work (import, export) is one call that resolves when the
// work is done; meanwhile the core sends `progress` events tagged with the jobId the window chose,
// and `jobs.cancel` stops it (the call then fails with CANCELLED).
import { z } from 'zod';
import {
  caseInputSchema,
  clientInputSchema,
  clientStatuses,
  counselInputSchema,
  deadlineInputSchema,
  deadlineMarksSchema,
  disputedEventChoices,
  elementArgumentInputSchema,
  eventInputSchema,
  evidenceBulkChangesSchema,
  evidenceMetadataSchema,
  forums,
  persecutionInputSchema,
  translatorInputSchema,
  type Case,
  type CaseDetail,
  type CaseSummary,
  type Client,
  type Counsel,
  type Deadline,
  type ElementArgument,
  type EvidenceItem,
  type PersecutionProfile,
  type SearchHit,
  type TimelineEvent,
  type Translator,
} from './models.js';
import { languages, type Language } from './format/languages.js';
import type { PreflightReport } from './preflight.js';
import { citationReportEntrySchema } from './citations.js';
import { legalElementKeys } from './legal-elements.js';
import { recognizedPage, textSources } from './recognized-text.js';
import { redactionProfileInputSchema, type RedactionProfile, type RedactionSuggestion } from './redaction.js';

const id = z.string().min(1).max(64);
/** An absolute path chosen by the user through a native dialog or a drop (never typed by the page). */
const filePath = z.string().min(1).max(4096);
const jobId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'must be a job id');
const passphrase = z.string().min(1).max(1024);
const nothing = z.undefined();
const ok = z.object({ ok: z.literal(true) });
/** The field schemas above, for the command line's own methods (cli-contract.ts). */
export const fieldSchemas = { id, filePath, jobId, passphrase, nothing, ok };

/** The window speaks the languages a dossier is written in (src/shared/format/languages.ts). */
export type InterfaceLanguage = Language;

// Outputs are described loosely where the core's own types are exact (records pass through
// unchanged); `z.custom` keeps the static type without a second copy of every schema. The window
// trusts the core, the core never trusts the window.
function record<T>() {
  return z.custom<T>((value) => typeof value === 'object' && value !== null && !Array.isArray(value));
}
const clientRecord = record<Client>();
const caseDetail = record<CaseDetail>();
const caseSummary = record<CaseSummary>();
const caseRecord = record<Case>();
const timelineEvent = record<TimelineEvent>();
const deadline = record<Deadline>();
const persecutionProfile = record<PersecutionProfile>();
const searchHit = record<SearchHit>();
/** A translator or interpreter, with where they are named (a named one cannot be removed). */
const translatorRecord = record<Translator & { uses: { translations: { evidenceId: string; caseId: string; title: string }[]; statements: { caseId: string; caseTitle: string }[] } }>();

/** A counsel record, with the cases that name them (a named one cannot be removed). */
const counselRecord = record<Counsel & { uses: { cases: { caseId: string; caseTitle: string }[] } }>();

/** What the dossier makes of a file, as the exhibit inspector found it or its type says (shown as a badge). */
export const dossierSupports = ['pages', 'image', 'text', 'not_reproduced'] as const;

/**
 * Why the dossier will only show a separator for a file: the exhibit inspector's one closed
 * vocabulary (src/core/exhibits), stored in the vault as it is, worded by the dossier in its
 * language and by the window in its own.
 */
export const supportReasons = [
  'needs_password',
  /** The password stored for the file does not open it. */
  'wrong_password',
  'damaged',
  'no_pages',
  'image_unreadable',
  /** The image file ends before its data does: cut short in copying or sending. */
  'file_cut_short',
  /** More pixels than a page can carry decoded (image-decoding.ts). */
  'image_too_large',
  /** A TIFF claiming more pages than a dossier places. */
  'too_many_pages',
  'audio',
  'video',
  'unknown_type',
  'text_too_long',
  /** The isolated reader stopped on this file: it crashed, ran out of its memory or took too long. */
  'reader_failed',
] as const;
export type SupportReason = (typeof supportReasons)[number];

export interface EvidenceListItem extends EvidenceItem {
  dossierSupport: (typeof dossierSupports)[number];
  /** Set when dossierSupport is 'not_reproduced'. */
  supportReason?: SupportReason | undefined;
  /** The same in plain words (English), with the reader's detail (a decoder's message, a media type). */
  supportNote?: string | undefined;
  /** Timeline events this file proves. */
  eventIds: string[];
}
const evidenceListItem = record<EvidenceListItem>();

/** Why a file was not taken into the vault, as a code the window words; `reason` says it in English. */
export const refusalCodes = ['not_found', 'permission', 'not_a_file', 'empty', 'unreadable'] as const;
export type RefusalCode = (typeof refusalCodes)[number];

export const clientSummary = z.object({
  id,
  fullName: z.string(),
  fullNameNative: z.string().optional(),
  status: z.enum(clientStatuses).optional(),
  currentCountry: z.string().optional(),
  cases: z.number().int(),
  archived: z.boolean(),
  updatedAt: z.string(),
  /** The earliest identity document expiring within 90 days, or already expired. */
  documentWarning: z.object({ kind: z.string(), expires: z.string() }).optional(),
});

export const vaultStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('locked') }),
  z.object({
    state: z.literal('unlocked'),
    dir: z.string(),
    name: z.string(),
    /** No passphrase opens this vault (travel mode): it was opened with its recovery key, and the window asks for a new passphrase. */
    needsPassphrase: z.boolean().optional(),
    /** The vault still uses one key for its records and its files (format 1): Settings offers to renew the key. */
    oldKeyScheme: z.boolean().optional(),
    /** vault.json's list of key slots was changed outside Dossier (a slot added or removed): what changed, in plain words. */
    headerWarning: z.string().optional(),
  }),
]);

export const settings = z.object({
  /** Minutes of inactivity before the vault locks itself, 1 to 240: there is no "never". */
  autoLockMinutes: z.number().int().min(1).max(240),
  language: z.enum(languages),
  /** Whether the window is hidden from screenshots and screen sharing (where the system allows); on by default. */
  hideFromScreenCapture: z.boolean(),
});
export type Settings = z.output<typeof settings>;

const exportChoice = z.object({
  caseId: id,
  /** Absent: the template made for the case's forum (the command line's default). */
  template: z.string().min(1).max(64).optional(),
  language: z.enum(languages),
  /**
   * In the order wanted; translations still follow their originals. Absent: every file not
   * marked confidential, in the case's order, with a warning naming those left out.
   */
  exhibitIds: z.array(id).max(5000).optional(),
  /** How the chronology prints disputed events; absent: the template's default. */
  disputedEvents: z.enum(disputedEventChoices).optional(),
  /** Reproduce exhibit pages whose drawing data does not decode as images of the page; absent: copy them, with a warning. */
  undrawablePagesAsImages: z.boolean().optional(),
  /** Largest file written, in bytes: a larger dossier goes in parts (NAME_Part1.pdf, …); absent: the template's filing limit, if any. */
  maxPartBytes: z.number().int().min(2_000_000).max(10_000_000_000).optional(),
  /** Place photos at 300 dpi at their printed size, not their full resolution; absent: on when the dossier has a size limit. */
  shrinkPhotos: z.boolean().optional(),
  /** Print a table of facts by element (element, fact, date, exhibit and page) after the argument; absent: no. */
  factsByElement: z.boolean().optional(),
  /** The case's redaction profile this dossier is made under (src/shared/redaction.ts); absent: nothing redacted. */
  redactionProfileId: id.optional(),
});

const contentsEntry = z.object({ title: z.string(), page: z.number().int(), level: z.number().int() });

/**
 * Reading the text of the evidence (OCR of scans and photos, a PDF's own text, a text file): one
 * job at a time, one file after another, each file's pages kept as soon as it is read. Its state,
 * as `evidence.textStatus` answers it and the `textReading` event sends it.
 */
export const textReadingProgress = z.object({
  /** The job's id, for jobs.cancel: the caller's for evidence.readText, the core's own for a reading it started itself. */
  jobId: z.string(),
  /** The case whose files it reads; null: every case's (the reading the core resumes at an unlock). */
  caseId: z.string().nullable(),
  /** waiting: behind another reading; the last four are final. */
  state: z.enum(['waiting', 'running', 'done', 'cancelled', 'locked', 'failed']),
  /** Stored files (the same bytes in two items are read once) read so far, of those to read. */
  filesDone: z.number().int(),
  filesTotal: z.number().int(),
  /** Pages of the file being read so far, of its pages. */
  pagesDone: z.number().int(),
  pagesTotal: z.number().int(),
  /** The file being read: one of the evidence items holding it, its case and its name. */
  current: z.object({ evidenceId: z.string(), caseId: z.string(), name: z.string() }).optional(),
});

/** Why the text of a file could not be read, worded by the window; `detail` says it in English. */
export const textFailureReasons = ['too_large', 'file_unavailable', 'reader_failed', 'unreadable'] as const;
export type TextFailureReason = (typeof textFailureReasons)[number];

export const contract = {
  appInfo: {
    input: nothing,
    output: z.object({ name: z.string(), version: z.string() }),
  },

  // --- vault and session ---------------------------------------------------------------------
  'vault.status': { input: nothing, output: vaultStatus },
  /** Vault folders opened before on this computer (paths only, newest first). */
  'vault.recent': { input: nothing, output: z.object({ dirs: z.array(z.string()) }) },
  'vault.forgetRecent': { input: z.object({ dir: filePath }), output: ok },
  /** Creates a vault in an empty or new folder and opens it; the recovery key is shown once. */
  'vault.create': {
    input: z.object({ dir: filePath, passphrase }),
    output: z.object({ status: vaultStatus, recoveryKey: z.string() }),
  },
  'vault.unlock': {
    input: z.union([
      z.object({ dir: filePath, passphrase }),
      z.object({ dir: filePath, recoveryKey: z.string().min(1).max(200) }),
    ]),
    output: vaultStatus,
  },
  'vault.lock': { input: nothing, output: vaultStatus },
  'vault.changePassphrase': {
    input: z.object({ current: passphrase, next: passphrase }),
    output: ok,
  },
  /** Sets a passphrase on a vault that has none (opened with its recovery key after travel mode). */
  'vault.setPassphrase': { input: z.object({ next: passphrase }), output: vaultStatus },
  /**
   * Renews the vault key: a new random key, the database re-keyed and every file re-encrypted,
   * resumable after a crash. Proven with the passphrase; the old recovery key stops working and
   * the new one is returned (shown once). A long job (progress phase 'rekey').
   */
  'vault.rekey': { input: z.object({ passphrase, jobId }), output: z.object({ recoveryKey: z.string() }) },
  /** A new recovery key for the open vault; the old one stops opening it. Proven with the passphrase. */
  'vault.newRecoveryKey': { input: z.object({ passphrase }), output: z.object({ recoveryKey: z.string() }) },
  /**
   * Travel mode: once the recovery key typed here opens the vault, every passphrase slot is
   * removed and the vault locks; only the recovery key opens it again.
   */
  'vault.travel': { input: z.object({ recoveryKey: z.string().min(1).max(200) }), output: vaultStatus },
  /**
   * Destroys every key slot of the open vault (crypto-erase): nobody can open it again. Asked
   * twice in the window, and proven like the other key actions: with the passphrase, or with the
   * recovery key when the vault has no passphrase (travel mode). A script in the window must not
   * be able to destroy the vault for good without knowing a secret.
   */
  'vault.wipe': {
    input: z.union([
      z.object({ confirm: z.literal('destroy-every-key'), passphrase }),
      z.object({ confirm: z.literal('destroy-every-key'), recoveryKey: z.string().min(1).max(200) }),
    ]),
    output: vaultStatus,
  },
  /** The window reports user activity (throttled) so the inactivity lock counts from it. */
  'session.activity': { input: nothing, output: ok },

  // --- settings (kept outside the vault: they apply before it is unlocked) -------------------
  'settings.get': { input: nothing, output: settings },
  'settings.update': { input: settings.partial(), output: settings },

  // --- native dialogs (the shell answers; the test transport answers from a script) ----------
  'dialog.chooseVaultFolder': {
    input: z.object({ purpose: z.enum(['create', 'open']) }),
    output: z.object({ dir: z.string().optional() }),
  },
  'dialog.chooseEvidenceFiles': { input: nothing, output: z.object({ files: z.array(z.string()) }) },
  'dialog.chooseExportFile': {
    input: z.object({ suggestedName: z.string().min(1).max(200) }),
    output: z.object({ file: z.string().optional() }),
  },

  // --- clients -------------------------------------------------------------------------------
  'clients.list': {
    input: z.object({ includeArchived: z.boolean().default(false) }),
    output: z.array(clientSummary),
  },
  'clients.get': { input: z.object({ id }), output: clientRecord },
  'clients.create': { input: clientInputSchema, output: clientRecord },
  'clients.update': { input: z.object({ id, client: clientInputSchema }), output: clientRecord },
  'clients.archive': { input: z.object({ id, archived: z.boolean() }), output: ok },

  // --- cases ---------------------------------------------------------------------------------
  'cases.list': {
    input: z.object({ clientId: id.optional(), includeArchived: z.boolean().default(false) }),
    output: z.array(caseSummary),
  },
  'cases.get': { input: z.object({ id }), output: caseDetail },
  'cases.create': { input: z.object({ clientId: id, case: caseInputSchema }), output: caseRecord },
  'cases.update': { input: z.object({ id, case: caseInputSchema }), output: caseRecord },
  /** Archiving sets the status to "archived"; restoring sets it back to "active". */
  'cases.archive': { input: z.object({ id, archived: z.boolean() }), output: ok },

  // --- timeline ------------------------------------------------------------------------------
  'events.list': { input: z.object({ caseId: id }), output: z.array(timelineEvent) },
  'events.create': {
    input: z.object({ caseId: id, event: eventInputSchema, evidenceIds: z.array(id).max(500).default([]) }),
    output: timelineEvent,
  },
  'events.update': {
    input: z.object({ id, event: eventInputSchema, evidenceIds: z.array(id).max(500).default([]) }),
    output: timelineEvent,
  },
  'events.delete': { input: z.object({ id }), output: ok },

  // --- evidence ------------------------------------------------------------------------------
  'evidence.list': { input: z.object({ caseId: id }), output: z.array(evidenceListItem) },
  /**
   * Imports files by path; each refused file is named with its reason, the rest go on. A file
   * whose SHA-256 is already in the case (or earlier in the batch) is not added: it is named
   * among `duplicates` with the item it repeats, unless `allowDuplicates` asks to add it anyway.
   */
  'evidence.import': {
    input: z.object({ caseId: id, files: z.array(filePath).min(1).max(2000), jobId, allowDuplicates: z.boolean().default(false) }),
    output: z.object({
      imported: z.array(evidenceListItem),
      refused: z.array(z.object({ file: z.string(), code: z.enum(refusalCodes), reason: z.string() })),
      duplicates: z.array(
        z.object({
          /** The file's name, and its full path as given, to import it again with allowDuplicates. */
          file: z.string(),
          path: z.string(),
          existing: z.object({ id: z.string(), title: z.string(), originalName: z.string() }),
        }),
      ),
    }),
  },
  'evidence.update': {
    input: z.object({
      id,
      metadata: evidenceMetadataSchema,
      translationOfId: id.nullable().default(null),
      partOfId: id.nullable().default(null),
    }),
    output: evidenceListItem,
  },
  /** Sets the given fields on many files at once (one transaction); fields not given stay as each file has them. */
  'evidence.updateMany': {
    input: z.object({ ids: z.array(id).min(1).max(5000), changes: evidenceBulkChangesSchema }),
    output: z.array(evidenceListItem),
  },
  /**
   * Removes files from their case with everything that points at them (event links, translation
   * and part-of links, search entries), in one transaction; the encrypted files go after it.
   */
  'evidence.remove': {
    input: z.object({ ids: z.array(id).min(1).max(5000) }),
    output: z.object({ removed: z.number().int() }),
  },
  /**
   * A preview for the window: a PNG thumbnail of an image (made in the core, whatever the
   * format), or the bytes of a PDF for the window's pdf.js to draw. Nothing touches the disk.
   */
  'evidence.preview': {
    input: z.object({ id, maxPixels: z.number().int().min(64).max(2048).default(800) }),
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('image'), mediaType: z.literal('image/png'), bytes: z.instanceof(Uint8Array) }),
      z.object({ kind: z.literal('pdf'), bytes: z.instanceof(Uint8Array) }),
      z.object({ kind: z.literal('text'), text: z.string() }),
      z.object({ kind: z.literal('none'), reason: z.string() }),
    ]),
  },

  /**
   * The password of a protected PDF (a bank statement, a medical report), used only to reproduce
   * its pages in the dossier; the file itself stays as it is. The exhibit reader opens the file
   * with it first: a password that does not open it is refused (WRONG_PASSWORD) and nothing is
   * kept; one that does is kept in the vault's database with what the reader found. `null`
   * forgets the password (the file is read again without it). Never sent back to the window.
   */
  'evidence.setPdfPassword': {
    input: z.object({ id, password: z.string().min(1).max(1024).nullable() }),
    output: evidenceListItem,
  },

  /**
   * Reads the text of the case's files that have none yet (every case's when caseId is absent;
   * with `again`, every file, read before or not): OCR of images and scanned pages, a PDF's own
   * text, a text file's text, one file at a time in the exhibit reader, each file's pages kept as
   * soon as it is read. A long job: progress phase 'text' (done/total count the pages of one
   * file, `item` which file of how many) and `textReading` events; a cancel or a lock keeps every
   * file read before it. The core also starts a reading by itself after an import and at each
   * unlock (announced by `textReading` events with its own job id).
   */
  'evidence.readText': {
    input: z.object({ caseId: id.optional(), jobId, again: z.boolean().default(false) }),
    output: z.object({
      /** Files read by this job, and their pages. */
      files: z.number().int(),
      pages: z.number().int(),
      failed: z.array(z.object({ evidenceId: z.string(), file: z.string(), reason: z.enum(textFailureReasons), detail: z.string() })),
    }),
  },
  /** How far the reading of a case's text is: files read, not read yet, failed, and the reading under way that takes it in. */
  'evidence.textStatus': {
    input: z.object({ caseId: id }),
    output: z.object({
      read: z.number().int(),
      unread: z.number().int(),
      failed: z.number().int(),
      running: textReadingProgress.nullable(),
    }),
  },
  /**
   * The text kept for one evidence item, page by page (all pages, or the one asked for), for the
   * window to show beside the preview and to highlight a hit with the words' boxes. `state`:
   * 'unread' before its file was read, 'failed' with the reason when reading it failed, 'read'
   * otherwise (a photo without words is read and has no pages).
   */
  'evidence.text': {
    input: z.object({ id, page: z.number().int().min(1).max(1_000_000).optional() }),
    output: z.object({
      state: z.enum(['read', 'unread', 'failed']),
      reason: z.enum(textFailureReasons).optional(),
      detail: z.string().optional(),
      pages: z.array(z.object({ source: z.enum(textSources), page: recognizedPage })),
    }),
  },

  // --- persecution profile -------------------------------------------------------------------
  'persecution.get': { input: z.object({ caseId: id }), output: persecutionProfile.optional() },
  'persecution.save': { input: z.object({ caseId: id, profile: persecutionInputSchema }), output: persecutionProfile },

  // --- the argument, element by element of the legal test (cases.get carries them all) ------
  /** Replaces the element's argument whole; its events and exhibits must be the case's. */
  'arguments.save': { input: z.object({ caseId: id, argument: elementArgumentInputSchema }), output: record<ElementArgument>() },
  'arguments.remove': { input: z.object({ caseId: id, element: z.enum(legalElementKeys) }), output: ok },


  // --- translators and interpreters (records of the vault, used by every case) ----------------
  'translators.list': { input: nothing, output: z.array(translatorRecord) },
  'translators.create': { input: translatorInputSchema, output: translatorRecord },
  'translators.update': { input: z.object({ id, translator: translatorInputSchema }), output: translatorRecord },
  /** Refused (INVALID_INPUT) while a translation or an interpreted statement names them. */
  'translators.remove': { input: z.object({ id }), output: ok },

  // --- counsel (records of the vault: who signs a forum's cover and proof of service) ----------
  'counsel.list': { input: nothing, output: z.array(counselRecord) },
  'counsel.create': { input: counselInputSchema, output: counselRecord },
  'counsel.update': { input: z.object({ id, counsel: counselInputSchema }), output: counselRecord },
  /** Refused (INVALID_INPUT) while a case names them. */
  'counsel.remove': { input: z.object({ id }), output: ok },

  // --- deadlines -----------------------------------------------------------------------------
  /** Every open case's deadlines due within `days`, and those missed in the last 30, soonest first. */
  'deadlines.upcoming': {
    input: z.object({ days: z.number().int().min(1).max(3650).default(60) }),
    output: z.array(z.object({ deadline, caseTitle: z.string(), clientName: z.string(), clientNameNative: z.string().optional() })),
  },
  'deadlines.create': { input: z.object({ caseId: id, deadline: deadlineInputSchema }), output: deadline },
  /** Changes a deadline entered by hand (one derived from an event changes with its event). */
  'deadlines.update': { input: z.object({ id, deadline: deadlineInputSchema }), output: deadline },
  /** Marks any deadline of a case done or "state in the filing", or gives a derived one its time of day. */
  'deadlines.mark': { input: z.object({ caseId: id, id: z.string().min(1).max(200), marks: deadlineMarksSchema }), output: deadline },
  'deadlines.delete': { input: z.object({ id }), output: ok },

  // --- search --------------------------------------------------------------------------------
  search: {
    input: z.object({ query: z.string().max(200), caseId: id.optional(), limit: z.number().int().min(1).max(100).default(30) }),
    output: z.array(searchHit),
  },

  // --- redaction profiles (per case: what one recipient's dossier leaves out) ---------------------
  'redaction.list': { input: z.object({ caseId: id }), output: z.array(record<RedactionProfile>()) },
  /** Creates a profile (no id) or replaces one whole (id): its name is unique within the case. */
  'redaction.save': { input: z.object({ caseId: id, id: id.optional(), profile: redactionProfileInputSchema }), output: record<RedactionProfile>() },
  'redaction.remove': { input: z.object({ caseId: id, id }), output: ok },
  /** Terms the case suggests: family members' names, addresses, document numbers, phone numbers; none the profile `profileId` already holds. */
  'redaction.suggestions': { input: z.object({ caseId: id, profileId: id.optional() }), output: z.array(record<RedactionSuggestion>()) },

  // --- the dossier ---------------------------------------------------------------------------
  'dossier.templates': {
    input: nothing,
    output: z.array(
      z.object({
        id: z.string(),
        description: z.string(),
        forums: z.array(z.enum(forums)),
        disputedEvents: z.enum(disputedEventChoices),
        /** Whether it has an interim-measures section, where the dates marked "state in the filing" print. */
        statesFilingDates: z.boolean(),
        /** The largest file the forum takes, in bytes: a larger dossier is written in parts. */
        maxPartBytes: z.number().int().optional(),
      }),
    ),
  },
  /** The table of contents the export would print, with page numbers, without writing a file. */
  'dossier.plan': {
    input: exportChoice,
    output: z.object({
      pages: z.number().int(),
      contents: z.array(contentsEntry),
      warnings: z.array(z.string()),
      /** Exhibit pages whose drawing data does not decode: the window offers to reproduce them as images. */
      undrawablePages: z.number().int(),
      /** With a size or page limit: the parts it will be written in, predicted on estimated sizes, each with the exhibits it holds. */
      parts: z.array(z.object({ firstPage: z.number().int(), lastPage: z.number().int(), bytes: z.number().int(), holds: z.array(z.string()) })).optional(),
    }),
  },
  /** The pre-flight: what the forum would refuse in the dossier this choice exports (block, warn, info), each with its place to fix. */
  'dossier.check': { input: exportChoice, output: record<PreflightReport>() },
  /** Every citation of the case's texts (and their versions), and where it lands in the dossier this choice exports, or why it cannot. */
  'dossier.citations': { input: exportChoice, output: z.array(citationReportEntrySchema) },
  'dossier.export': {
    /** overrideBlocks: export although the pre-flight blocks (the override and its codes go to the audit log); refused otherwise. */
    input: exportChoice.extend({ file: filePath, jobId, overrideBlocks: z.boolean().optional() }),
    output: z.object({
      file: z.string(),
      pages: z.number().int(),
      bytes: z.number().int(),
      warnings: z.array(z.string()),
      /** Every file written when the dossier went in parts (`file` is the first), with the dossier pages each holds. */
      parts: z.array(z.object({ file: z.string(), firstPage: z.number().int(), lastPage: z.number().int(), pages: z.number().int(), bytes: z.number().int() })).optional(),
    }),
  },
  'jobs.cancel': { input: z.object({ jobId }), output: ok },

  // --- the operating system ------------------------------------------------------------------
  /** Opens a dossier exported in this session (no other path) with the system's viewer. */
  'os.openExported': { input: z.object({ file: filePath }), output: ok },
  'os.showExportedInFolder': { input: z.object({ file: filePath }), output: ok },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** Events the core sends the window, unasked. */
export const appEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    jobId: z.string(),
    /** 'import' or one of the export's phases: reading, composing, exhibits, finishing, verifying. */
    phase: z.string(),
    done: z.number(),
    total: z.number(),
    /** The file or exhibit being worked on, for the progress line. */
    label: z.string().optional(),
    /** When done and total count the bytes of one file among several: which file (from 1) of how many. */
    item: z.object({ index: z.number().int(), count: z.number().int() }).optional(),
  }),
  /** A reading of the evidence's text started, moved on a file (or a page), or ended. */
  textReadingProgress.extend({ type: z.literal('textReading') }),
  z.object({
    type: z.literal('locked'),
    reason: z.enum(['user', 'idle', 'suspend', 'screen-lock']),
  }),
  /** The background check of a case's newly imported files has read `done` of `total`: their badges have changed. */
  z.object({ type: z.literal('filesChecked'), caseId: z.string(), done: z.number().int(), total: z.number().int() }),
]);
export type AppEvent = z.output<typeof appEvent>;

