// The core's typed calls to the exhibit reader's tasks, and what a reader failure means for one
// file: a file whose reading was stopped by its deadline, its memory cap or a crash is marked
// (inspection 'not_reproduced', reason 'reader_failed') and the batch goes on; a reader stopped
// by a cancel or a lock stops the caller too.
import type { NotReproduced } from '../exhibits/inspection.js';
import { ReaderFailure, type ExhibitReader, type ReaderFailureKind } from './exhibit-reader.js';
import { checkedAnswer, detectedTypeAnswer, evidenceTextAnswer, evidenceTextProgress, imagePreviewAnswer, inspectedFileAnswer } from './reader-answers.js';
import type { DetectedType, EvidenceText, EvidenceTextPage, ImagePreview, InspectedFile, InspectFileInput, PreviewImageInput, ReadEvidenceTextInput } from './task-types.js';

export type { DetectedType, EvidenceText, EvidenceTextPage, ImagePreview, InspectedFile, ReadEvidenceTextInput };

/** How much of a file is sent for its type: file-type needs a few KiB, the text check more. */
export const typeSampleBytes = 64 * 1024;

const failureDetail: Record<Exclude<ReaderFailureKind, 'stopped'>, string> = {
  timeout: 'it took too long',
  memory: 'it needed more memory than allowed',
  crashed: 'the reader crashed on it',
};

/** The inspection of a file whose reader failed; undefined for 'stopped' (a cancel or a lock), which the caller handles. */
export function readerFailedInspection(failure: ReaderFailure): NotReproduced | undefined {
  if (failure.kind === 'stopped') return undefined;
  return { kind: 'not_reproduced', reason: 'reader_failed', detail: failureDetail[failure.kind] };
}

/** The type of a file from its first bytes (at most typeSampleBytes are read). */
export async function detectTypeInReader(reader: ExhibitReader, head: Uint8Array, signal?: AbortSignal): Promise<DetectedType> {
  const { mediaType, ext, hints } = checkedAnswer(detectedTypeAnswer, 'detectType', await reader.run('detectType', { head }, { signal }));
  return { mediaType, ext, ...(hints ? { hints } : {}) };
}

/**
 * Inspects a file's bytes (and reads an image's hints) in the reader. A reader that fails on the
 * file marks it 'reader_failed'; one stopped by `signal` or a lock throws the ReaderFailure.
 */
export async function inspectInReader(reader: ExhibitReader, input: InspectFileInput, signal?: AbortSignal): Promise<InspectedFile> {
  try {
    return checkedAnswer(inspectedFileAnswer, 'inspectFile', await reader.run('inspectFile', input, { signal }));
  } catch (error) {
    const marked = error instanceof ReaderFailure ? readerFailedInspection(error) : undefined;
    if (!marked) throw error;
    return { inspection: marked };
  }
}

/** An image's preview, made in the reader; a reader failure is a preview that says why there is none. */
export async function previewInReader(reader: ExhibitReader, input: PreviewImageInput): Promise<ImagePreview> {
  try {
    return checkedAnswer(imagePreviewAnswer, 'previewImage', await reader.run('previewImage', input));
  } catch (error) {
    if (!(error instanceof ReaderFailure) || error.kind === 'stopped') throw error;
    return { kind: 'none', reason: `This image cannot be shown: ${failureDetail[error.kind]}, so reading it was stopped.` };
  }
}

/**
 * The text of a stored file, page by page, read in the reader (a PDF's text layer, OCR of scans
 * and photos, a text file's text); `onProgress` hears after each page. A reader failure (its
 * deadline, memory cap, a crash, or 'stopped' by `signal` or a lock) throws the ReaderFailure,
 * and a file the reader cannot open throws its DossierError (FILE_REFUSED, WRONG_PASSWORD).
 */
export async function readEvidenceTextInReader(
  reader: ExhibitReader,
  input: ReadEvidenceTextInput,
  options: { signal?: AbortSignal | undefined; onProgress?: ((pagesDone: number, pagesTotal: number) => void) | undefined } = {},
): Promise<EvidenceText> {
  const answer = await reader.run('readEvidenceText', input, {
    ...(options.signal ? { signal: options.signal } : {}),
    onMessage: (message) => {
      const progress = evidenceTextProgress.safeParse(message);
      if (progress.success) options.onProgress?.(progress.data.pagesDone, progress.data.pagesTotal);
    },
  });
  return checkedAnswer(evidenceTextAnswer, 'readEvidenceText', answer);
}
