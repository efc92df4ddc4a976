// Planning and exporting a dossier, the vault's side: the exhibits are chosen and their stored
// inspections read here (dossier-selection.ts); the composer (compose-dossier.ts), which parses
// the exhibits, runs in the isolated reader and asks for each file's bytes. This side serves only
// the selected files, at most maxExhibitBytes each, and what OCR recognised on their scanned
// pages (for the invisible text layer), writes what the composer sends to a temporary file
// beside the target, and renames it when complete. What the reader answers is checked before
// anything of it is kept: it parsed hostile files and is trusted with nothing else.
//
// A reader that fails on a file (too slow, too greedy, crashed) costs that file alone: it is
// marked "reading stopped" (an inspection kept in the vault, so later plans and exports skip it)
// and the dossier is composed again without it.
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DossierError } from '../../shared/errors.js';
import type { RecognizedPage } from '../../shared/recognized-text.js';
import { fsyncDirectory } from '../fs/atomic-write.js';
import type { Inspection } from '../exhibits/inspection.js';
import { ReaderFailure, type ExhibitReader, type ReaderCall, type ReaderFailureKind } from '../isolation/exhibit-reader.js';
import { inspectionAnswer } from '../isolation/reader-answers.js';
import { sharedNodeReader } from '../isolation/shared-reader.js';
import { evidenceTextOf } from '../records/evidence-text.js';
import { saveInspection } from '../records/inspections.js';
import type { Vault } from '../vault/vault.js';
import type {
  ComposerIO,
  DossierInput,
  DossierPlan,
  ExportedExhibit,
  ExportProgress as ComposerProgress,
} from './compose-dossier.js';
import type { DossierLanguage } from './dossier-text.js';
import { maxExhibitBytes, readDossierInput, type SelectionOptions } from './dossier-selection.js';
import { partialFileFor, sweepStalePartials } from './partial-file.js';
import { maxParts, PartFiles, stemOf } from './part-files.js';
import { findTemplate } from './templates.js';
import type { ByteSink } from './pdf-stream-writer.js';
import { plannedParts, type PlannedDossier } from './plan-parts.js';
import { verifyWrittenDossier, writtenParts } from './redaction/verify-redacted-dossier.js';

export type { DossierPlan, ExportedExhibit };

/** The composer's phases, then the verification of a redacted dossier ('verifying': checks done of all; `exhibit`, the part). */
export type ExportProgress = ComposerProgress | (Omit<ComposerProgress, 'phase'> & { phase: 'verifying' });

export interface ExportOptions extends SelectionOptions {
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** The exhibit reader the composer runs in: the service's (which a lock stops); else one shared over forked Node processes. */
  reader?: ExhibitReader | undefined;
  /** Largest file written, in bytes: the dossier goes in parts under it. Default: the template's filing limit, if any. */
  maxPartBytes?: number | undefined;
  /** Most pages a part may have: the dossier goes in parts within it. Default: the template's filing limit, if any. */
  maxPartPages?: number | undefined;
  /** Place photos at 300 dpi at their printed size. Default: on when the dossier has a size limit. */
  shrinkPhotos?: boolean | undefined;
}

export type PlanOptions = Omit<ExportOptions, 'onProgress'>;

export interface ExportResult {
  file: string;
  pages: number;
  bytes: number;
  template: string;
  language: DossierLanguage;
  exhibits: ExportedExhibit[];
  warnings: string[];
  /** Every file written when the dossier went in several parts (`file` is then the first), in order. */
  parts?: ExportedPart[] | undefined;
}

export interface ExportedPart {
  file: string;
  /** The dossier's printed page numbers it holds. */
  firstPage: number;
  lastPage: number;
  /** Pages in the file, its own cover and index included. */
  pages: number;
  bytes: number;
}

/** Files one plan or export marks as stopped before it gives up (each costs a new run of the composer); they stay marked. */
const maxFilesStopped = 5;

export async function planDossier(vault: Vault, caseId: string, options: PlanOptions = {}): Promise<PlannedDossier> {
  const reader = options.reader ?? sharedNodeReader();
  const { outcome } = await composeWithRetries(vault, caseId, options, async (input, host) =>
    composedPlan.parse(await reader.run('planDossier', input, readerCall(host))),
  );
  const parts = plannedParts(vault, caseId, outcome.plan, options);
  return parts ? { ...outcome.plan, parts } : outcome.plan;
}

export async function exportDossier(vault: Vault, caseId: string, outFile: string, options: ExportOptions = {}): Promise<ExportResult> {
  const target = path.resolve(outFile);
  await sweepStalePartials(target);
  try {
    const { input, outcome } = await composeWithRetries(vault, caseId, options, (input, host) => writeToTarget(target, input, host, options));
    // The profile by its id only: the audit log holds no content, and a profile's name can name the recipient.
    vault.audit(input.redaction ? `dossier.export redaction ${input.redaction.profileId}` : 'dossier.export', 'case', caseId);
    const { pages, bytes, exhibits, warnings, files } = outcome;
    const parts = files.length > 1 ? files : undefined;
    return { file: files[0]?.file ?? target, pages, bytes, template: input.templateId, language: input.language, exhibits, warnings, ...(parts ? { parts } : {}) };
  } catch (error) {
    if (options.signal?.aborted) throw new DossierError('CANCELLED', 'The export was cancelled; no file was written.');
    throw error;
  }
}

/**
 * One run of the composer writing the dossier, in parts when the template or the user sets a
 * limit (part-files.ts), else to one temporary file renamed over the target once complete.
 */
async function writeToTarget(target: string, input: DossierInput, host: ComposerHost, options: ExportOptions) {
  const filing = findTemplate(input.templateId)?.filing;
  const maxBytes = options.maxPartBytes ?? filing?.maxPartBytes;
  const maxPages = options.maxPartPages ?? filing?.maxPagesPerPart;
  const limited = maxBytes !== undefined || maxPages !== undefined;
  const shrinkPhotos = options.shrinkPhotos ?? limited;
  if (limited) return writeParts(target, { ...input, shrinkPhotos, parts: { stem: stemOf(target), maxBytes, maxPages } }, host, options);
  const composed = await writeOneFile(target, { ...input, shrinkPhotos }, host, options);
  return { ...composed, files: [{ file: target, firstPage: 1, lastPage: composed.pages, pages: composed.pages, bytes: composed.bytes }] };
}

/** The composer writing parts, each to its temporary file; all renamed once every one is complete. */
async function writeParts(target: string, input: DossierInput, host: ComposerHost, options: ExportOptions) {
  const files = new PartFiles(target);
  try {
    const reader = options.reader ?? sharedNodeReader();
    const composed = composedDossier.parse(await reader.run('exportDossier', input, readerCall(host, undefined, files)));
    // A redacted dossier's parts are checked on disk before any is renamed into place.
    if (input.redaction) await verifyWrittenDossier(reader, input, composed.redactedPages ?? [], writtenParts(await files.flush(), composed.parts ?? []), host);
    const written = await files.complete();
    const described = composed.parts ?? [];
    if (described.length !== written.length) throw new DossierError('INTERNAL', `The exhibit reader described ${described.length} parts of the dossier and wrote ${written.length}.`);
    // Sizes are what this side wrote, not what the reader says it sent.
    const parts = written.map(({ file, bytes }, index) => ({ ...described[index]!, file, bytes }));
    return { ...composed, bytes: parts.reduce((sum, part) => sum + part.bytes, 0), files: parts };
  } catch (error) {
    await files.discard();
    throw error;
  }
}

/** One run of the composer writing the dossier: to a temporary file, renamed over the target once complete and on disk. */
async function writeOneFile(target: string, input: DossierInput, host: ComposerHost, options: ExportOptions) {
  const temp = partialFileFor(target);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', 0o600);
    const file = handle;
    // The size reported is what this side wrote, not what the reader says it sent.
    let written = 0;
    const sink: ByteSink = {
      async write(bytes) {
        for (let offset = 0; offset < bytes.length; ) offset += (await file.write(bytes, offset, bytes.length - offset)).bytesWritten;
        written += bytes.length;
      },
    };
    const reader = options.reader ?? sharedNodeReader();
    const composed = composedDossier.parse(await reader.run('exportDossier', input, readerCall(host, sink)));
    composed.bytes = written;
    await handle.sync();
    await handle.close();
    handle = undefined;
    // A redacted dossier is checked on disk before it is renamed into place.
    if (input.redaction) await verifyWrittenDossier(reader, input, composed.redactedPages ?? [], [{ temp, filePage: (page) => page }], host);
    await rename(temp, target);
    await fsyncDirectory(path.dirname(target));
    return composed;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * The vault's side of one run of the composer: serves the bytes of the selected files, and
 * remembers which one the composer was last given and has not moved on from, the one to blame
 * if the reader fails.
 */
class ComposerHost implements ComposerIO {
  suspect: string | undefined;
  private readonly sizes: Map<string, number>;

  constructor(
    readonly vault: Vault,
    input: DossierInput,
    private readonly onProgress: (progress: ExportProgress) => void,
    readonly signal: AbortSignal | undefined,
  ) {
    this.sizes = new Map(input.selection.map((entry) => [entry.item.blobId, entry.item.size]));
  }

  async readBlob(blobId: string): Promise<Uint8Array> {
    const size = this.sizes.get(blobId);
    if (size === undefined) throw new DossierError('INVALID_INPUT', 'The exhibit reader asked for a file that is not part of this dossier.');
    if (size > maxExhibitBytes) throw new DossierError('INVALID_INPUT', `The file is larger than ${maxExhibitBytes / 1024 / 1024} MiB, too large to read for the dossier.`);
    this.suspect = blobId;
    return this.vault.blobs.readAll(blobId, size);
  }

  /** The pages OCR read of a selected file (a PDF's own text or a text file's needs no layer). */
  async readRecognizedText(blobId: string): Promise<RecognizedPage[]> {
    if (!this.sizes.has(blobId)) throw new DossierError('INVALID_INPUT', 'The exhibit reader asked for the text of a file that is not part of this dossier.');
    const pages = this.vault.transaction((db) => evidenceTextOf(db, blobId));
    return pages.filter((page) => page.source === 'ocr').map((page) => page.page);
  }

  progress(progress: ExportProgress): void {
    // Progress is reported before each exhibit: the composer has moved on from the last file.
    this.suspect = undefined;
    this.onProgress(progress);
  }
}

/**
 * Runs the composer until it finishes, marking each file the reader fails on and starting
 * again without it; keeps what the composer inspected for the first time.
 */
async function composeWithRetries<T extends { inspections: FoundInspections }>(
  vault: Vault,
  caseId: string,
  options: ExportOptions,
  run: (input: DossierInput, host: ComposerHost) => Promise<T>,
): Promise<{ input: DossierInput; outcome: T }> {
  const stopped = new Set<string>();
  for (;;) {
    const input = readDossierInput(vault, caseId, options);
    const host = new ComposerHost(vault, input, options.onProgress ?? (() => undefined), options.signal);
    try {
      const outcome = await run(input, host);
      keepInspections(vault, input, outcome.inspections);
      return { input, outcome };
    } catch (error) {
      if (!(error instanceof ReaderFailure) || error.kind === 'stopped' || options.signal?.aborted) throw error;
      const kind = error.kind;
      const blobId = host.suspect;
      if (blobId === undefined || stopped.has(blobId)) {
        throw new DossierError('INTERNAL', `${readerStoppedWords[kind]} while it was composing the dossier, not while reading one of its files; no file was written.`);
      }
      stopped.add(blobId);
      vault.transaction((db) => saveInspection(db, blobId, { kind: 'not_reproduced', reason: 'reader_failed', detail: readerStoppedDetail[kind] }));
      if (stopped.size > maxFilesStopped) {
        throw new DossierError('INTERNAL', `Reading stopped on ${stopped.size} of the files chosen; they are marked so and left out from now on. Export again for the rest.`);
      }
    }
  }
}

const readerStoppedWords: Record<Exclude<ReaderFailureKind, 'stopped'>, string> = {
  timeout: 'The exhibit reader took too long',
  memory: 'The exhibit reader needed more memory than it may use',
  crashed: 'The exhibit reader stopped unexpectedly',
};

const readerStoppedDetail: Record<Exclude<ReaderFailureKind, 'stopped'>, string> = {
  timeout: 'took too long',
  memory: 'needed too much memory',
  crashed: 'the reader crashed',
};

/** Keeps the inspections the composer made of files that had none, for the selected files only. */
function keepInspections(vault: Vault, input: DossierInput, found: FoundInspections): void {
  if (found.length === 0) return;
  const selected = new Set(input.selection.map((entry) => entry.item.blobId));
  vault.transaction((db) => {
    for (const { blobId, inspection } of found) if (selected.has(blobId)) saveInspection(db, blobId, inspection as Inspection);
  });
}

/** How the reader reaches this side while the composer runs in it: requests for bytes and output, messages of progress. */
function readerCall(host: ComposerHost, sink?: ByteSink, parts?: PartFiles): ReaderCall {
  return {
    ...(host.signal ? { signal: host.signal } : {}),
    serve: async (name: string, request: unknown): Promise<unknown> => {
      if (name === 'blob') return ownBytes(await host.readBlob(blobRequest.parse(request).blobId));
      if (name === 'recognizedText') return await host.readRecognizedText(blobRequest.parse(request).blobId);
      if (name === 'write' && sink) {
        await sink.write(outputChunk.parse(request));
        return null;
      }
      if (name === 'writePart' && parts) {
        const { part, bytes } = partChunk.parse(request);
        await parts.write(part, bytes);
        return null;
      }
      throw new DossierError('INTERNAL', `The exhibit reader asked for "${name}", which the dossier does not serve.`);
    },
    onMessage: (message: unknown) => {
      const progress = progressMessage.safeParse(message);
      if (progress.success) host.progress(progress.data);
    },
  };
}

/**
 * The bytes in an array of their own: Buffer.concat may hand out a slice of Node's shared pool,
 * and a structured clone (Electron's postMessage) copies a view's whole underlying memory.
 */
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

// What crosses from the reader, checked: it is the process that parsed hostile files.
const blobRequest = z.object({ blobId: z.string().min(1).max(200) });
const outputChunk = z.instanceof(Uint8Array);
const partChunk = z.object({ part: z.number().int().nonnegative().max(maxParts - 1), bytes: outputChunk });
const progressMessage = z.object({
  type: z.literal('progress'),
  phase: z.enum(['reading', 'composing', 'exhibits', 'finishing']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  exhibit: z.string().max(500).optional(),
}).transform(({ type: _type, ...progress }) => progress);
const boundedText = z.string().max(20_000);
const foundInspections = z.array(z.object({ blobId: z.string().max(200), inspection: inspectionAnswer }));
type FoundInspections = z.infer<typeof foundInspections>;
const composedPlan = z.object({
  plan: z.object({
    pages: z.number().int().nonnegative(),
    template: z.string().max(200),
    language: z.enum(['en', 'ru', 'fr']),
    contents: z.array(z.object({ title: boundedText, page: z.number().int().nonnegative(), level: z.union([z.literal(1), z.literal(2)]) })),
    warnings: z.array(boundedText),
    undrawablePages: z.number().int().nonnegative().max(10_000_000),
    pagesBeforeExhibits: z.number().int().nonnegative().max(10_000_000),
    exhibits: z.array(
      z.object({
        evidenceId: z.string().max(200),
        name: z.string().max(400),
        firstPage: z.number().int().nonnegative().max(10_000_000),
        contentPages: z.number().int().nonnegative().max(10_000_000),
      }),
    ),
  }),
  inspections: foundInspections,
});
const composedDossier = z.object({
  pages: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  exhibits: z.array(
    z.object({
      label: z.string().max(200),
      title: boundedText,
      originalName: boundedText,
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      firstPage: z.number().int().nonnegative(),
      pages: z.number().int().nonnegative(),
      rendered: z.boolean(),
      reason: boundedText.optional(),
    }),
  ),
  warnings: z.array(boundedText),
  inspections: foundInspections,
  parts: z
    .array(z.object({ firstPage: z.number().int().nonnegative(), lastPage: z.number().int().nonnegative(), pages: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() }))
    .max(maxParts)
    .optional(),
  // The boxes of each redacted page, for the verification's OCR.
  redactedPages: z
    .array(z.object({ dossierPage: z.number().int().positive().max(10_000_000), rects: z.array(z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })).max(10_000) }))
    .max(1_000_000)
    .optional(),
});
