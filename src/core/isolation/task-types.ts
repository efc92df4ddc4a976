// What each reader task takes and answers, for both sides: the core calls the tasks through
// reader-calls.ts with these types, the reader runs them (tasks/). Types only, so the core can
// import this without loading a parser.
import type { Inspection } from '../exhibits/inspection.js';
import type { ImageHints } from '../intake/kind-guess.js';

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
