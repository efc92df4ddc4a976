// Imports a whole case from CASE.json (format in docs/case-format.md), a front end of the intake
// pipeline (pipeline.ts): every evidence file is staged and inspected first (a few at once, each
// inspected while the next are stored, see StagingBatch); then every record
// is written in one transaction and the files published. A kill at any moment leaves the case
// either wholly in the vault or absent; a file that cannot be taken is named with its reason
// while the rest go in.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../../shared/errors.js';
import { caseImportSchema, type CaseImport, type ImportEvidence } from '../../shared/import-format.js';
import type { TranslationDetails } from '../../shared/models.js';
import { describeIssues } from '../../shared/validation.js';
import type { ExhibitReader } from '../isolation/exhibit-reader.js';
import { sharedNodeReader } from '../isolation/shared-reader.js';
import { discardFiles, publishFiles, recordFile, StagingBatch, type StagedFile } from './pipeline.js';
import { FileRefusedError } from './store-file.js';
import { CitationKeys, importElements } from './case-file-arguments.js';
import { importRedactionProfiles } from './case-file-redaction.js';
import { insertCase } from '../records/cases.js';
import { insertClient } from '../records/clients.js';
import { insertDeadline, markDeadline } from '../records/deadlines.js';
import { deriveDeadlines } from '../deadlines/derive.js';
import { insertEvent } from '../records/events.js';
import { setImportedLinks } from '../records/evidence.js';
import { savePdfPassword } from '../records/pdf-passwords.js';
import { savePersecution } from '../records/persecution.js';
import { importTranslators } from '../records/translators.js';
import { importCounsel } from '../records/counsel.js';
import type { SqliteDatabase } from '../vault/database.js';
import type { Vault } from '../vault/vault.js';

const MAX_CASE_FILE_BYTES = 20 * 1024 * 1024;

export type ImportProgress =
  | { phase: 'storing'; index: number; total: number; file: string; bytesDone: number; bytesTotal: number }
  | { phase: 'recording'; total: number }
  | { phase: 'publishing'; total: number };

export interface ImportOptions {
  /** Where the files' bytes are parsed; a reader over forked Node processes when none is given. */
  reader?: ExhibitReader | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

export interface RefusedFile {
  key: string;
  file: string;
  reason: string;
}

export interface ImportReport {
  caseId: string;
  clientId: string;
  imported: { key: string; evidenceId: string; file: string; sha256: string; mediaType: string }[];
  refused: RefusedFile[];
  warnings: string[];
}

/** Reads and validates CASE.json; every problem is named by its place in the document. */
export async function readCaseFile(jsonPath: string): Promise<CaseImport> {
  let size: number;
  try {
    size = (await stat(jsonPath)).size;
  } catch {
    throw new DossierError('NOT_FOUND', `${jsonPath}: file not found.`);
  }
  if (size > MAX_CASE_FILE_BYTES) throw new DossierError('INVALID_INPUT', `${jsonPath}: too large for a case file (${size} bytes).`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(jsonPath, 'utf8'));
  } catch (error) {
    throw new DossierError('INVALID_INPUT', `${jsonPath} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = caseImportSchema.safeParse(json);
  if (!parsed.success) {
    throw new DossierError('INVALID_INPUT', `${jsonPath} is not a valid case file:\n${describeIssues(parsed.error).map((l) => `  ${l}`).join('\n')}`);
  }
  return parsed.data;
}

/**
 * Two entries of CASE.json with the same content are both imported, with a warning naming both
 * keys: the case file is the lawyer's own list (events may point at either key), so the import
 * does not pick one, and a warning does not change the exit code (3 means files were refused).
 */
function sameContentWarnings(doc: CaseImport, staged: ReadonlyMap<string, StagedFile>): string[] {
  const firstWith = new Map<string, CaseImport['evidence'][number]>();
  const warnings: string[] = [];
  for (const item of doc.evidence) {
    const file = staged.get(item.key)?.stored;
    if (!file) continue;
    const first = firstWith.get(file.sha256);
    if (first) {
      warnings.push(`${item.file} (key "${item.key}") has the same content as ${first.file} (key "${first.key}"), SHA-256 ${file.sha256}; both were imported.`);
    } else {
      firstWith.set(file.sha256, item);
    }
  }
  return warnings;
}

/**
 * Keeps an item's password unless its inspection says it does not open the file (the badge then
 * says so) or the file is no PDF; a file too large to inspect at import keeps it unchecked, and
 * the export reads it with it. The warning names the file, never the password.
 */
function keepPassword(db: SqliteDatabase, evidenceId: string, file: string, staged: StagedFile, password: string, warnings: string[]): void {
  if (staged.stored.mediaType !== 'application/pdf') {
    warnings.push(`${file}: a password was given, but the file is not a PDF (${staged.stored.mediaType}); it was not kept.`);
    return;
  }
  const reason = staged.inspection?.kind === 'not_reproduced' ? staged.inspection.reason : undefined;
  if (reason === 'wrong_password' || reason === 'needs_password') {
    warnings.push(`${file}: the password given does not open it; it was not kept, and the dossier shows only its separator page until the right one is given.`);
    return;
  }
  savePdfPassword(db, evidenceId, password);
}

/** A translation's details as the vault keeps them: the case file's translator id becomes the record's. */
function translationDetails(translation: ImportEvidence['translation'] & object, translatorIds: ReadonlyMap<string, string>): TranslationDetails {
  const { translator, ...details } = translation;
  return { ...details, translatorId: translator === undefined ? undefined : translatorIds.get(translator) };
}

export async function importCase(vault: Vault, jsonPath: string, options: ImportOptions = {}): Promise<ImportReport> {
  const doc = await readCaseFile(jsonPath);
  const baseDir = path.dirname(path.resolve(jsonPath));
  const staged = new Map<string, StagedFile>();
  const refused: RefusedFile[] = [];
  const warnings: string[] = [];
  const batch = new StagingBatch(vault, options.reader ?? sharedNodeReader());
  let report: ImportReport;

  try {
    const outcomes = batch.stageAll(
      doc.evidence.map((item, index) => ({
        file: path.resolve(baseDir, item.file),
        options: {
          signal: options.signal,
          password: item.password,
          onBytes: (bytesDone: number, bytesTotal: number) =>
            options.onProgress?.({ phase: 'storing', index: index + 1, total: doc.evidence.length, file: item.file, bytesDone, bytesTotal }),
        },
      })),
    );
    // In the case file's order, whatever order the files were stored in.
    for (const [index, item] of doc.evidence.entries()) {
      try {
        staged.set(item.key, await outcomes[index]!);
      } catch (error) {
        if (!(error instanceof FileRefusedError)) throw error;
        refused.push({ key: item.key, file: item.file, reason: error.reason });
      }
    }

    // A cancel that came while the last file was being inspected still cancels.
    if (options.signal?.aborted) throw new DossierError('CANCELLED', 'The import was cancelled.');
    warnings.push(...sameContentWarnings(doc, staged));
    options.onProgress?.({ phase: 'recording', total: staged.size });
    // The staged files and their folder entries reach the disk before any record refers to them.
    await vault.blobs.syncStaged([...staged.values()].map((file) => file.stored.blobId));
    report = vault.transaction((db) => {
      const client = insertClient(db, doc.client);
      const counselId = doc.counsel ? importCounsel(db, doc.counsel, warnings) : undefined;
      const record = insertCase(db, client.id, { ...doc.case, counselId });
      const translatorIds = importTranslators(db, doc.translators, warnings);
      const evidenceIds = new Map<string, string>();
      const imported: ImportReport['imported'] = [];
      for (const item of doc.evidence) {
        const staging = staged.get(item.key);
        if (!staging) continue;
        const file = staging.stored;
        const { key, keyExhibit, file: relative, translationOf, partOf, password, translation, ...rest } = item;
        const fields = { ...rest, key: keyExhibit };
        const metadata = translation ? { ...fields, translation: translationDetails(translation, translatorIds) } : fields;
        const evidence = recordFile(db, record.id, staging, metadata);
        if (password !== undefined) keepPassword(db, evidence.id, relative, staging, password, warnings);
        evidenceIds.set(key, evidence.id);
        imported.push({ key, evidenceId: evidence.id, file: relative, sha256: file.sha256, mediaType: file.mediaType });
        if (!file.nameMatchesContent) {
          warnings.push(`${relative}: its name does not match its content (${file.mediaType}); kept as it is.`);
        }
      }
      // Links are set once every item has an id, since an item may refer to a later one.
      for (const item of doc.evidence) {
        const id = evidenceIds.get(item.key);
        if (!id || (!item.translationOf && !item.partOf)) continue;
        for (const target of [item.translationOf, item.partOf]) {
          if (target && !evidenceIds.has(target)) warnings.push(`${item.file}: linked item "${target}" was not imported, link dropped.`);
        }
        setImportedLinks(db, id, {
          translationOfId: item.translationOf ? evidenceIds.get(item.translationOf) : undefined,
          partOfId: item.partOf ? evidenceIds.get(item.partOf) : undefined,
        });
      }
      const citations = new CitationKeys(evidenceIds, warnings);
      // Elements name an event by its key, else by its title (the first event of a title keeps it).
      const eventIds = new Map<string, string>();
      const insertedByTitle: [string, string][] = [];
      for (const event of doc.events) {
        const { evidence: keys, deadlineMarks, key: eventKey, ...fields } = event;
        const linked = keys.flatMap((key) => {
          const id = evidenceIds.get(key);
          if (!id) warnings.push(`event "${event.title}": evidence "${key}" was not imported, link dropped.`);
          return id ? [id] : [];
        });
        const inserted = insertEvent(db, record.id, citations.event(fields), linked);
        if (eventKey !== undefined) eventIds.set(eventKey, inserted.id);
        insertedByTitle.push([event.title, inserted.id]);
        if (deadlineMarks) {
          for (const deadline of deriveDeadlines(record.id, client, [inserted])) {
            if (deadline.eventId === inserted.id) markDeadline(db, record.id, deadline.id, deadlineMarks);
          }
        }
      }
      if (doc.persecution) {
        const { statementInterpretation, ...profile } = doc.persecution;
        const interpreterId = statementInterpretation ? translatorIds.get(statementInterpretation.interpreter) : undefined;
        savePersecution(db, record.id, {
          ...citations.persecution(profile),
          ...(statementInterpretation && interpreterId
            ? { statementInterpretation: { interpreterId, language: statementInterpretation.language, date: statementInterpretation.date } }
            : {}),
        });
      }
      for (const deadline of doc.deadlines) insertDeadline(db, record.id, deadline);
      for (const [title, id] of insertedByTitle) if (!eventIds.has(title)) eventIds.set(title, id);
      importElements(db, record.id, doc.elements, { evidence: evidenceIds, events: eventIds }, citations, warnings);
      importRedactionProfiles(db, record.id, doc.redactionProfiles, { evidence: evidenceIds, events: eventIds }, warnings);
      vault.audit('case.import', 'case', record.id);
      return { caseId: record.id, clientId: client.id, imported, refused, warnings };
    });
  } catch (error) {
    // Nothing refers to the staged files when the records did not commit; no file is stored or inspected after the import ends.
    batch.stop(error);
    await batch.settled();
    await discardFiles(vault, batch.stored());
    // A cancel stops whichever step each file was at (a copy, a call to the reader): it is one cancel.
    if (options.signal?.aborted && !(error instanceof DossierError && error.code === 'CANCELLED')) {
      throw new DossierError('CANCELLED', 'The import was cancelled.', { cause: error });
    }
    throw error;
  }
  // Were this process killed from here on, the next open would publish the staged files.
  options.onProgress?.({ phase: 'publishing', total: staged.size });
  await publishFiles(vault, staged.values());
  return report;
}
