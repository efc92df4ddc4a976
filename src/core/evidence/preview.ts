// A look at a stored file for the window, made in memory only: the file is decrypted into this
// process (never into a temp file), and what leaves is a small PNG, a PDF's bytes for the
// window's pdf.js, or the start of a text. An image is decoded by the exhibit reader process
// (isolation/tasks/preview-image.ts), never here beside the key. Nothing larger than its cap
// below is read whole.
import type { MethodOutput } from '../../shared/contract.js';
import { formatFileSize } from '../../shared/format/file-size.js';
import { exhibitTreatment } from '../exhibits/treatment.js';
import type { ExhibitReader } from '../isolation/exhibit-reader.js';
import { previewInReader } from '../isolation/reader-calls.js';
import { getEvidence } from '../records/evidence.js';
import type { Vault } from '../vault/vault.js';
import { FileIntegrityError } from './file-cipher.js';

export type EvidencePreview = MethodOutput<'evidence.preview'>;

/** Larger PDFs would be copied whole across IPC and parsed whole by the window. */
export const maxPdfPreviewBytes = 64 * 1024 * 1024;
/** Larger images are not decrypted whole into memory for a preview (a photo is a few MB, an A3 scan tens). */
export const maxImagePreviewBytes = 200 * 1024 * 1024;
/** Enough text to read a statement's start; the rest stays in the vault. */
export const maxTextPreviewBytes = 200 * 1024;

function none(reason: string): EvidencePreview {
  return { kind: 'none', reason };
}

export async function previewEvidence(vault: Vault, reader: ExhibitReader, id: string, maxPixels: number): Promise<EvidencePreview> {
  const item = vault.transaction((db) => getEvidence(db, id));
  const treatment = exhibitTreatment(item.mediaType, item.size);
  try {
    switch (treatment.kind) {
      case 'image':
        if (item.size > maxImagePreviewBytes) {
          return none(`This image is too large to preview (${formatFileSize(item.size, 'en')}; at most ${formatFileSize(maxImagePreviewBytes, 'en')}).`);
        }
        return await imagePreview(reader.forCase(item.caseId), await vault.blobs.readAll(item.blobId), item.mediaType, maxPixels);
      case 'pages':
        if (item.size > maxPdfPreviewBytes) {
          return none(`This PDF is too large to preview (${formatFileSize(item.size, 'en')}; at most ${formatFileSize(maxPdfPreviewBytes, 'en')}).`);
        }
        return { kind: 'pdf', bytes: asBytes(await vault.blobs.readAll(item.blobId)) };
      case 'text':
        return { kind: 'text', text: await textPreview(vault, item.blobId, item.size) };
      default:
        // A text too long for the dossier can still be read here from its start.
        if (treatment.reason === 'text_too_long') return { kind: 'text', text: await textPreview(vault, item.blobId, item.size) };
        if (treatment.reason === 'audio') return none('Audio files have no preview.');
        if (treatment.reason === 'video') return none('Video files have no preview.');
        if (item.mediaType.startsWith('image/')) return none(`Images of this type (${item.mediaType}) cannot be previewed or placed in the dossier.`);
        return none(`Files of this type (${item.mediaType}) have no preview.`);
    }
  } catch (error) {
    if (error instanceof FileIntegrityError) {
      return none('The stored copy of this file failed its integrity check: it may have been altered on disk. Run a vault check.');
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return none('The stored copy of this file is missing from the vault folder. Run a vault check.');
    throw error;
  }
}

/** The first page (a TIFF's first, a GIF's first frame), upright, as a PNG within maxPixels on each side. */
async function imagePreview(reader: ExhibitReader, bytes: Buffer, mediaType: string, maxPixels: number): Promise<EvidencePreview> {
  const preview = await previewInReader(reader, { bytes, mediaType, maxPixels });
  return preview.kind === 'image' ? { ...preview, bytes: asBytes(preview.bytes) } : preview;
}

async function textPreview(vault: Vault, blobId: string, size: number): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  // Only the start is decrypted: leaving the loop stops the stream.
  for await (const chunk of vault.blobs.read(blobId)) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= maxTextPreviewBytes) break;
  }
  const head = Buffer.concat(chunks).subarray(0, maxTextPreviewBytes);
  // `stream: true` holds back a character cut in half at the limit instead of garbling it.
  const text = new TextDecoder('utf-8').decode(head, { stream: size > maxTextPreviewBytes }).replace(/\r\n?/g, '\n');
  return size > maxTextPreviewBytes ? `${text}\n…` : text;
}

/**
 * A Uint8Array that owns exactly these bytes. Structured clone (Electron's IPC) copies a view's
 * whole underlying memory, and a small Buffer is a slice of Node's shared pool, which may hold
 * other decrypted bytes: those must not travel to the window with it.
 */
function asBytes(buffer: Uint8Array): Uint8Array<ArrayBuffer> {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) return new Uint8Array(buffer.buffer as ArrayBuffer);
  return new Uint8Array(buffer);
}
