// Reading the text of the evidence (issue 14): OCR of scans and photos, a PDF's own text, a text
// file's text, so that search finds a word inside a scan and the dossier can lay an invisible
// text layer over it. One reading at a time, one file after another: each file is decrypted
// here, read in the exhibit reader (never beside the key), and its pages are kept in a
// transaction of their own as soon as it is read, so a cancel, a lock or a kill loses at most the
// file under way. A file the reader cannot read is noted with why, and not tried again until a
// newer reader or a reading asked "again".
//
// Readings come from evidence.readText (the window's button, `dossier ocr`), which wait for
// their turn and answer when done, and from the core itself: after an import and at each
// unlock, in the background (the import has already answered; a background job does not hold
// off the inactivity lock). Each is a job of the registry (jobs.cancel stops it, a lock too) and
// tells the window how far it is: `progress` events under its job id, and `textReading` events,
// which the window hears even for a job it did not start.
import { randomUUID } from 'node:crypto';
import type { MethodOutput, TextFailureReason, textReadingProgress } from '../../shared/contract.js';
import { DossierError } from '../../shared/errors.js';
import type { z } from 'zod';
import { maxExhibitBytes } from '../dossier/dossier-selection.js';
import { FileIntegrityError } from '../evidence/file-cipher.js';
import { isPlaceableImage } from '../exhibits/treatment.js';
import { ReaderFailure, type ReaderFailureKind } from '../isolation/exhibit-reader.js';
import { readEvidenceTextInReader, type EvidenceText } from '../isolation/reader-calls.js';
import { getEvidence } from '../records/evidence.js';
import { blobsWithoutText, saveEvidenceText, type BlobToRead } from '../records/evidence-text.js';
import { getPdfPassword } from '../records/pdf-passwords.js';
import { clearTextReadingFailure, failedTextBlobs, saveTextReadingFailure, type TextReadingFailure } from '../records/text-reading-state.js';
import type { Vault } from '../vault/vault.js';
import type { ServiceContext } from './service-context.js';
import { isStillOpen, startBackgroundJob } from './vault-work.js';

/**
 * The version of what the exhibit reader's text reading gives (src/core/exhibits/ocr). Raise it
 * when it reads better or differently (a new model, a new kind of file): every file read by an
 * older version is then read again by the next background reading.
 */
export const textReaderVersion = 1;

/** Files larger than the dossier reads are not read for their text either (the file is read whole into memory). */
export const maxTextFileBytes = maxExhibitBytes;

export type TextReadingProgress = z.output<typeof textReadingProgress>;
export type TextReadingReport = MethodOutput<'evidence.readText'>;

interface Reading {
  /** The vault open when it was asked for: a lock (or another vault's unlock) ends it. */
  vault: Vault;
  progress: TextReadingProgress;
  again: boolean;
  background: boolean;
  signal: AbortSignal;
  resolve(report: TextReadingReport): void;
  reject(error: unknown): void;
}

const readerStopped: Record<Exclude<ReaderFailureKind, 'stopped'>, string> = {
  timeout: 'Reading it took too long, so it was stopped.',
  memory: 'Reading it needed more memory than allowed, so it was stopped.',
  crashed: 'The reader stopped unexpectedly on it.',
};

export class TextReadings {
  /** Readings not started yet, in the order asked; the one under way is `current`. */
  private readonly waiting: Reading[] = [];
  private current: Reading | undefined;

  constructor(private readonly ctx: ServiceContext) {}

  /** evidence.readText: reads once the readings before it are done, and answers when it is. */
  run(input: { caseId?: string | undefined; jobId: string; again: boolean }): Promise<TextReadingReport> {
    const vault = this.ctx.vault();
    const signal = this.ctx.startJob(input.jobId);
    return this.enqueue({ vault, jobId: input.jobId, caseId: input.caseId ?? null, again: input.again, background: false, signal });
  }

  /**
   * Reads the files of a case (of every case: null) that have no text yet, in the background,
   * unless a background reading waiting already takes them in. Nothing is reported to a caller:
   * the window hears the `textReading` events.
   */
  readInBackground(caseId: string | null): void {
    // A reading a lock stopped before its turn takes in nothing: it ends as soon as it starts.
    const waiting = this.waiting.filter((reading) => reading.background && !reading.signal.aborted);
    if (waiting.some((reading) => reading.progress.caseId === null || reading.progress.caseId === caseId)) return;
    const jobId = `text-${randomUUID()}`;
    const started = startBackgroundJob(this.ctx, jobId);
    if (!started) return; // Locked: the next unlock reads what is left.
    this.enqueue({ ...started, jobId, caseId, again: false, background: true }).catch(() => undefined);
  }

  /** The reading under way or waiting that takes in this case's files, if any. */
  statusFor(caseId: string): TextReadingProgress | null {
    const covers = (reading: Reading | undefined) => reading && (reading.progress.caseId === null || reading.progress.caseId === caseId);
    const found = [this.current, ...this.waiting].find(covers);
    return found ? { ...found.progress } : null;
  }

  private enqueue(options: { vault: Vault; jobId: string; caseId: string | null; again: boolean; background: boolean; signal: AbortSignal }): Promise<TextReadingReport> {
    return new Promise<TextReadingReport>((resolve, reject) => {
      const { vault, jobId, caseId, again, background, signal } = options;
      const progress: TextReadingProgress = { jobId, caseId, state: 'waiting', filesDone: 0, filesTotal: 0, pagesDone: 0, pagesTotal: 0 };
      this.waiting.push({ vault, progress, again, background, signal, resolve, reject });
      if (this.current) {
        if (!options.background) this.tell(this.waiting[this.waiting.length - 1]!);
        return;
      }
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    for (let reading = this.waiting.shift(); reading; reading = this.waiting.shift()) {
      this.current = reading;
      try {
        reading.resolve(await this.read(reading));
      } catch (error) {
        reading.reject(error);
      } finally {
        this.ctx.endJob(reading.progress.jobId);
        this.current = undefined;
      }
    }
  }

  /** Sends the reading's state: to the window as a `textReading` event, and as a `progress` event of its job while it runs. */
  private tell(reading: Reading): void {
    const { progress } = reading;
    // A background reading with nothing to read says nothing.
    if (reading.background && progress.filesTotal === 0) return;
    this.ctx.emit({ type: 'textReading', ...progress });
    if (progress.state !== 'running' || !progress.current || reading.signal.aborted) return;
    this.ctx.emit({
      type: 'progress',
      jobId: progress.jobId,
      phase: 'text',
      done: progress.pagesDone,
      total: progress.pagesTotal,
      label: progress.current.name,
      item: { index: progress.filesDone + 1, count: progress.filesTotal },
    });
  }

  private async read(reading: Reading): Promise<TextReadingReport> {
    const { vault, progress, signal } = reading;
    const report: TextReadingReport = { files: 0, pages: 0, failed: [] };
    try {
      if (!isStillOpen(this.ctx, vault)) throw new DossierError('VAULT_LOCKED', 'The vault was locked.');
      signal.throwIfAborted();
      const files = vault.transaction((db) => filesToRead(db, progress.caseId, reading.again));
      Object.assign(progress, { state: 'running', filesTotal: files.length });
      this.tell(reading);
      for (const file of files) {
        signal.throwIfAborted();
        const outcome = await this.readFile(vault, reading, file);
        if (outcome && 'failure' in outcome) report.failed.push({ evidenceId: outcome.evidenceId, file: outcome.name, ...outcome.failure });
        else if (outcome) {
          report.files += 1;
          report.pages += outcome.pages;
        }
        Object.assign(progress, { filesDone: progress.filesDone + 1, pagesDone: 0, pagesTotal: 0 });
        delete progress.current;
        this.tell(reading);
      }
      progress.state = 'done';
      this.tell(reading);
      return report;
    } catch (error) {
      const locked = !isStillOpen(this.ctx, vault);
      delete progress.current;
      progress.state = locked ? 'locked' : signal.aborted ? 'cancelled' : 'failed';
      this.tell(reading);
      const kept = `the text of ${report.files} file(s) read before it is kept`;
      if (locked) {
        throw new DossierError('VAULT_LOCKED', `The vault was locked while the text of its files was being read; ${kept}, and reading it again goes on from there.`, { cause: error });
      }
      if (signal.aborted) throw new DossierError('CANCELLED', `Reading the text of the files was cancelled; ${kept}.`, { cause: error });
      throw error;
    }
  }

  /**
   * Reads one file and keeps its pages, or notes why it could not be read; undefined when its
   * item went while it waited. A cancel or a lock throws.
   */
  private async readFile(
    vault: Vault,
    reading: Reading,
    file: BlobToRead,
  ): Promise<{ pages: number } | { failure: TextReadingFailure; evidenceId: string; name: string } | undefined> {
    const { progress, signal } = reading;
    const evidenceId = file.evidenceIds[0]!;
    const item = vault.transaction((db) => {
      try {
        const found = getEvidence(db, evidenceId);
        return { ...found, password: getPdfPassword(db, evidenceId) };
      } catch {
        return undefined;
      }
    });
    if (!item) return undefined;
    progress.current = { evidenceId, caseId: item.caseId, name: item.originalName };
    this.tell(reading);

    const failed = (reason: TextFailureReason, detail: string) => {
      const failure = { reason, detail };
      vault.transaction((db) => saveTextReadingFailure(db, item.blobId, failure, textReaderVersion));
      return { failure, evidenceId, name: item.originalName };
    };
    const keep = (text: EvidenceText) => {
      // A lock while the reader answered: the key is gone, and nothing read may be kept by another vault.
      if (!isStillOpen(this.ctx, vault)) throw new DossierError('VAULT_LOCKED', 'The vault was locked.');
      vault.transaction((db) => {
        saveEvidenceText(db, item.blobId, text.pages, textReaderVersion);
        clearTextReadingFailure(db, item.blobId);
      });
      return { pages: text.pages.length };
    };

    // Audio, video and unknown types hold no text to read: kept as read, without decrypting them.
    if (!holdsText(item.mediaType)) return keep({ pages: [], pageCount: 0 });
    if (item.size > maxTextFileBytes) return failed('too_large', `The file is larger than ${maxTextFileBytes / 1024 / 1024} MiB; its text is not read.`);
    let bytes: Uint8Array;
    try {
      bytes = ownBytes(await vault.blobs.readAll(item.blobId, item.size));
    } catch (error) {
      if (error instanceof FileIntegrityError) return failed('file_unavailable', 'The stored copy of this file failed its integrity check: it may have been altered on disk.');
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return failed('file_unavailable', 'The stored copy of this file is missing from the vault folder.');
      throw error;
    }
    signal.throwIfAborted();
    let text: EvidenceText;
    try {
      text = await readEvidenceTextInReader(
        this.ctx.reader.forCase(item.caseId),
        { bytes, mediaType: item.mediaType, languages: file.languages, ...(item.password ? { password: item.password } : {}) },
        {
          signal,
          onProgress: (pagesDone, pagesTotal) => {
            Object.assign(progress, { pagesDone, pagesTotal });
            this.tell(reading);
          },
        },
      );
    } catch (error) {
      if (signal.aborted || !isStillOpen(this.ctx, vault)) throw error;
      if (error instanceof ReaderFailure) {
        if (error.kind === 'stopped') throw error;
        return failed('reader_failed', readerStopped[error.kind]);
      }
      // The reader's own refusal (a damaged file, a wrong password), in its one bounded line.
      if (error instanceof DossierError) return failed('unreadable', error.message);
      throw error;
    }
    return keep(text);
  }
}

/** What the exhibit reader can read text from: PDFs, the images the dossier places, text files. */
function holdsText(mediaType: string): boolean {
  return mediaType === 'application/pdf' || isPlaceableImage(mediaType) || mediaType.startsWith('text/');
}

/** The files without text of this reader version, less those it failed on; with `again`, every file of the case(s). */
function filesToRead(db: Parameters<typeof blobsWithoutText>[0], caseId: string | null, again: boolean): BlobToRead[] {
  // No file is read by a version newer than the largest number: every file, read or not.
  if (again) return blobsWithoutText(db, caseId, Number.MAX_SAFE_INTEGER);
  const failed = failedTextBlobs(db, caseId, textReaderVersion);
  return blobsWithoutText(db, caseId, textReaderVersion).filter((file) => !failed.has(file.blobId));
}

/**
 * The bytes in an array of their own: a small Buffer is a slice of Node's shared pool, and a
 * structured clone to the reader copies a view's whole underlying memory, other bytes with it.
 */
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}
