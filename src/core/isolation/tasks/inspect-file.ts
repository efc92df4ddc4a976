// Inspecting a file at intake or on first need (exhibits/inspect.ts), and for an image the hints
// the kind guess reads (its camera, its density), from the same bytes in the same visit.
import { inspectExhibit } from '../../exhibits/inspect.js';
import type { InspectedFile, InspectFileInput, TaskIO } from '../task-types.js';
import { readImageHints } from './image-hints.js';

export async function inspectFile(input: unknown, io: TaskIO): Promise<InspectedFile> {
  const { bytes, mediaType, password } = input as InspectFileInput;
  const inspection = await inspectExhibit(bytes, mediaType, io.signal, { password });
  if (!mediaType.startsWith('image/')) return { inspection };
  return { inspection, hints: await readImageHints(bytes) };
}
