// Inspecting a file already in the vault, on first need: one imported before inspections were
// kept, one too large to read at import, one whose stored result an older inspector found. The
// result is kept, so the next plan or export reads it instead of the file.
import { saveInspection } from '../records/inspections.js';
import type { Vault } from '../vault/vault.js';
import { inspectExhibit, inspectionWithoutReading } from './inspect.js';
import type { Inspection } from './inspection.js';

export async function inspectStoredFile(
  vault: Vault,
  file: { blobId: string; mediaType: string; size: number },
  signal?: AbortSignal,
): Promise<Inspection> {
  const inspection =
    inspectionWithoutReading(file.mediaType, file.size) ?? (await inspectExhibit(await vault.blobs.readAll(file.blobId), file.mediaType, signal));
  vault.transaction((db) => saveInspection(db, file.blobId, inspection));
  return inspection;
}
