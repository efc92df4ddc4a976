// The badge a file carries in the evidence list: what the dossier will make of it, by the
// exporter's own rules. A file imported through the window is read once, as the exporter reads it
// (a PDF that needs a password, a damaged PDF or a truncated photo is found then), and the outcome
// kept in the vault; any other file is judged by its detected type and size, without opening it.
import type { EvidenceListItem, SupportReason } from '../../shared/contract.js';
import { dossierText } from '../dossier/dossier-text.js';
import { ImageDecodeError, imageFrames } from '../dossier/exhibit-images.js';
import { exhibitTreatment, inspectExhibit, type NotRenderedReason } from '../dossier/exhibit-pages.js';
import type { EvidenceCheck } from '../records/evidence.js';
import type { BlobStore } from './blob-store.js';

export type DossierSupport = Pick<EvidenceListItem, 'dossierSupport' | 'supportReason' | 'supportNote'>;

const reasonCodes: Record<NotRenderedReason, SupportReason> = {
  needsPassword: 'needs_password',
  damagedPdf: 'damaged',
  noPages: 'no_pages',
  imageDamaged: 'image_unreadable',
  audio: 'audio',
  video: 'video',
  unsupported: 'unknown_type',
  textTooLong: 'text_too_long',
};
const exporterReasons = new Map(Object.entries(reasonCodes).map(([reason, code]) => [code, reason as NotRenderedReason]));

/**
 * Files larger than this are not read at import: a 1 GiB scan would hold the import for
 * minutes. They keep the badge their type gives them, and the export reports them if need be.
 */
export const maxCheckedBytes = 200 * 1024 * 1024;

/**
 * Phone photo formats only libheif decodes, a second or more for each 12 MP photo (measured 2.5 s
 * for HEIC here): decoding a hundred of them in full would hold an import for minutes, so only
 * their header is read. Every other image is decoded as the exporter will (a JPEG or PNG at
 * thumbnail size, tens of milliseconds).
 */
const headerOnlyImages = new Set(['image/heic', 'image/heif', 'image/avif']);

function notReproduced(reason: SupportReason, detail: string | undefined): DossierSupport {
  const words = dossierText.en.reasons[exporterReasons.get(reason) ?? 'unsupported'];
  const shownDetail = detail ? ` (${detail})` : '';
  return {
    dossierSupport: 'not_reproduced',
    supportReason: reason,
    supportNote: `${words[0]!.toUpperCase()}${words.slice(1)}${shownDetail}: the dossier shows its separator page and lists its fingerprint in the manifest.`,
  };
}

/** The stored outcome of reading the file when there is one, otherwise the rule for its type and size. */
export function dossierSupportOf(file: { mediaType: string; size: number }, check?: EvidenceCheck): DossierSupport {
  if (check) return check.support === 'not_reproduced' ? notReproduced(check.reason ?? 'unknown_type', check.detail) : { dossierSupport: check.support };
  const treatment = exhibitTreatment(file.mediaType, file.size);
  switch (treatment.kind) {
    case 'pdf':
      return { dossierSupport: 'pages' };
    case 'image':
      return { dossierSupport: 'image' };
    case 'text':
      return { dossierSupport: 'text' };
    default:
      return notReproduced(reasonCodes[treatment.reason], treatment.detail);
  }
}

/**
 * Reads a stored PDF or image as the exporter will, decrypted in memory only. Undefined when the
 * type alone decides (text, audio, anything else), when the file is over maxCheckedBytes, or when
 * the signal stopped the reading.
 */
export async function checkDossierSupport(
  blobs: BlobStore,
  file: { blobId: string; mediaType: string; size: number },
  signal: AbortSignal,
): Promise<EvidenceCheck | undefined> {
  const treatment = exhibitTreatment(file.mediaType, file.size);
  if ((treatment.kind !== 'pdf' && treatment.kind !== 'image') || file.size > maxCheckedBytes) return undefined;
  const bytes = await blobs.readAll(file.blobId);
  if (signal.aborted) return undefined;
  const content = await inspectExhibit(bytes, file.mediaType);
  if (content.kind === 'not-rendered') {
    return { support: 'not_reproduced', reason: reasonCodes[content.reason], ...(content.detail ? { detail: content.detail } : {}) };
  }
  if (content.kind !== 'image') return { support: 'pages' };
  if (headerOnlyImages.has(file.mediaType)) return { support: 'image' };
  // inspectExhibit reads an image's header only; the exporter decodes every frame, and refuses a
  // truncated one rather than print half a picture. Decode them now, one at a time, as it will.
  try {
    for await (const _frame of imageFrames(bytes, file.mediaType)) {
      if (signal.aborted) return undefined;
    }
  } catch (error) {
    if (!(error instanceof ImageDecodeError)) throw error;
    return { support: 'not_reproduced', reason: 'image_unreadable', detail: error.reason };
  }
  return { support: 'image' };
}
