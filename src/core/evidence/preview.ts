// A look at a stored file for the window, made in memory only: the file is decrypted into this
// process (never into a temp file), and what leaves is a small PNG, a PDF's bytes for the
// window's pdf.js, or the start of a text. Images go through the exporter's own decoders, so a
// picture that previews is one the dossier can place, and one it refuses says why here too.
import sharp from 'sharp';
import type { MethodOutput } from '../../shared/contract.js';
import { formatFileSize } from '../../shared/format/file-size.js';
import { ImageDecodeError, imageFrames, type ImageFrame } from '../exhibits/image-decoding.js';
import { exhibitTreatment } from '../exhibits/inspect.js';
import { getEvidence } from '../records/evidence.js';
import type { Vault } from '../vault/vault.js';
import { FileIntegrityError } from './file-cipher.js';

export type EvidencePreview = MethodOutput<'evidence.preview'>;

/** Larger PDFs would be copied whole across IPC and parsed whole by the window. */
export const maxPdfPreviewBytes = 64 * 1024 * 1024;
/** Enough text to read a statement's start; the rest stays in the vault. */
export const maxTextPreviewBytes = 200 * 1024;

function none(reason: string): EvidencePreview {
  return { kind: 'none', reason };
}

export async function previewEvidence(vault: Vault, id: string, maxPixels: number): Promise<EvidencePreview> {
  const item = vault.transaction((db) => getEvidence(db, id));
  const treatment = exhibitTreatment(item.mediaType, item.size);
  try {
    switch (treatment.kind) {
      case 'image':
        return await imagePreview(await vault.blobs.readAll(item.blobId), item.mediaType, maxPixels);
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
async function imagePreview(bytes: Buffer, mediaType: string, maxPixels: number): Promise<EvidencePreview> {
  let frame: ImageFrame | undefined;
  try {
    for await (const first of imageFrames(bytes, mediaType)) {
      frame = first;
      break;
    }
    if (!frame) return none('This image has no picture in it.');
    // A frame kept as it was still carries its EXIF orientation, which rotate() applies; a
    // converted frame is upright already and carries none.
    const png = await sharp(frame.bytes)
      .rotate()
      .resize({ width: maxPixels, height: maxPixels, fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer();
    return { kind: 'image', mediaType: 'image/png', bytes: asBytes(png) };
  } catch (error) {
    const reason = error instanceof ImageDecodeError ? error.reason : 'the image data cannot be decoded';
    return none(`This image cannot be shown: ${reason}.`);
  }
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
function asBytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) return new Uint8Array(buffer.buffer as ArrayBuffer);
  return new Uint8Array(buffer);
}
