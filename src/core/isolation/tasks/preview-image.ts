// An image's preview for the window: its first page (a TIFF's first, a GIF's first frame),
// upright, as a PNG within maxPixels on each side. It goes through the exporter's own decoders,
// so a picture that previews is one the dossier can place, and one it refuses says why here too.
import sharp from 'sharp';
import { ImageDecodeError, imageFrames, type ImageFrame } from '../../exhibits/image-decoding.js';
import type { ImagePreview, PreviewImageInput } from '../task-types.js';

export async function previewImage(input: unknown): Promise<ImagePreview> {
  const { bytes, mediaType, maxPixels } = input as PreviewImageInput;
  let frame: ImageFrame | undefined;
  try {
    for await (const first of imageFrames(bytes, mediaType)) {
      frame = first;
      break;
    }
    if (!frame) return { kind: 'none', reason: 'This image has no picture in it.' };
    // A frame kept as it was still carries its EXIF orientation, which rotate() applies; a
    // converted frame is upright already and carries none.
    const png = await sharp(frame.bytes)
      .rotate()
      .resize({ width: maxPixels, height: maxPixels, fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer();
    return { kind: 'image', mediaType: 'image/png', bytes: new Uint8Array(png) };
  } catch (error) {
    const reason = error instanceof ImageDecodeError ? error.reason : 'the image data cannot be decoded';
    return { kind: 'none', reason: `This image cannot be shown: ${reason}.` };
  }
}
