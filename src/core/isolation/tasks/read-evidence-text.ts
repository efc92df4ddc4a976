// The text of a stored file, page by page (exhibits/ocr/evidence-text.ts): a PDF's own text,
// OCR of scans and photos, a text file's text. A progress message after each page tells the core
// how far it is and keeps the task's deadline alive through a 50-page scan.
import { readEvidenceText as readText } from '../../exhibits/ocr/evidence-text.js';
import type { EvidenceText, EvidenceTextProgress, ReadEvidenceTextInput, TaskIO } from '../task-types.js';

export async function readEvidenceText(input: unknown, io: TaskIO): Promise<EvidenceText> {
  const { bytes, mediaType, languages, password } = input as ReadEvidenceTextInput;
  return readText(bytes, mediaType, {
    languages,
    password,
    signal: io.signal,
    onProgress: (pagesDone, pagesTotal) => io.send({ kind: 'progress', pagesDone, pagesTotal } satisfies EvidenceTextProgress),
  });
}
