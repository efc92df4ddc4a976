// Inspecting a file at intake or on first need (exhibits/inspect.ts), and for an image the hints
// the kind guess reads (its camera, its density), from the same bytes in the same visit.
import { inspectExhibit } from '../../exhibits/inspect.js';
import type { Inspection } from '../../exhibits/inspection.js';
import type { ImageHints } from '../../intake/kind-guess.js';
import type { TaskIO } from '../reader-tasks.js';
import { readImageHints } from './image-hints.js';

export interface InspectFileInput {
  bytes: Uint8Array;
  mediaType: string;
}

export interface InspectedFile {
  inspection: Inspection;
  hints?: ImageHints | undefined;
}

export async function inspectFile(input: unknown, io: TaskIO): Promise<InspectedFile> {
  const { bytes, mediaType } = input as InspectFileInput;
  const inspection = await inspectExhibit(bytes, mediaType, io.signal);
  if (!mediaType.startsWith('image/')) return { inspection };
  return { inspection, hints: await readImageHints(bytes) };
}
