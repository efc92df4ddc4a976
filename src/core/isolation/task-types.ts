// What each reader task takes and answers, for both sides: the core calls the tasks through
// reader-calls.ts with these types, the reader runs them (tasks/). Types only, so the core can
// import this without loading a parser.
import type { Inspection } from '../exhibits/inspection.js';
import type { ImageHints } from '../intake/kind-guess.js';
import type { RecognizedPage, TextSource } from '../../shared/recognized-text.js';

export interface TaskIO {
  /** Asks the core for something (a stored file's bytes, say) and waits for its answer. */
  request(name: string, input: unknown): Promise<unknown>;
  /** Sends progress or output to the core, in order. */
  send(message: unknown): void;
  signal: AbortSignal;
}

export type ReaderTask = (input: unknown, io: TaskIO) => Promise<unknown>;

/** detectType: the first bytes of a file (the core sends at most typeSampleBytes). */
export interface DetectTypeInput {
  head: Uint8Array;
}

export interface DetectedType {
  mediaType: string;
  /** file-type's canonical extension; undefined for a type it does not know. */
  ext: string | undefined;
  /** For an image: what its header says of the device that made it, read from the same first bytes. */
  hints?: ImageHints | undefined;
}

export interface InspectFileInput {
  bytes: Uint8Array;
  mediaType: string;
  /** The password the user gave for a protected PDF (kept in the vault; never logged). */
  password?: string | undefined;
}

export interface InspectedFile {
  inspection: Inspection;
  hints?: ImageHints | undefined;
}

export interface PreviewImageInput {
  bytes: Uint8Array;
  mediaType: string;
  maxPixels: number;
}

export type ImagePreview = { kind: 'image'; mediaType: 'image/png'; bytes: Uint8Array } | { kind: 'none'; reason: string };

/** readEvidenceText: the text of a stored file, page by page (exhibits/ocr/evidence-text.ts). */
export interface ReadEvidenceTextInput {
  bytes: Uint8Array;
  mediaType: string;
  /** Tesseract codes, the main one first (e.g. ['rus', 'kaz', 'eng']); those without a model in resources/tessdata are left out. */
  languages: string[];
  /** The password the user gave for a protected PDF (kept in the vault; never logged). */
  password?: string | undefined;
}

/**
 * One page's text: recognised ('ocr', boxes in the pixels of the image read), a PDF's own text
 * layer ('pdf_text', boxes in points, confidence 100) or a text file's ('plain_text', one page
 * whose lines and words have empty boxes, width and height 1).
 */
export interface EvidenceTextPage {
  source: TextSource;
  page: RecognizedPage;
}

/**
 * The pages read, in order, and how many the file has: a type that holds no text (audio, video,
 * an unknown type) answers no pages and pageCount 0; a page that cannot be rendered is left out;
 * no more than maxTextPages pages are read. A file that cannot be opened fails the task
 * (FILE_REFUSED, or WRONG_PASSWORD for a protected PDF).
 */
export interface EvidenceText {
  pages: EvidenceTextPage[];
  pageCount: number;
}

/** What readEvidenceText sends after each page (io.send); it also keeps the reader's deadline alive. */
export interface EvidenceTextProgress {
  kind: 'progress';
  pagesDone: number;
  pagesTotal: number;
}

/**
 * Most pages readEvidenceText reads of one file: its answer is one message, and 2,000 pages of
 * recognised words (boxes and all) are some 60 MB of it.
 */
export const maxTextPages = 2000;
