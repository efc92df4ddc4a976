// Photos placed for a filing with a size limit: at the size the page prints them, at 300 dpi,
// instead of at their full resolution (a 12 MP phone photo is about 5 MB; placed on A4 at 300 dpi
// it needs about a third of its pixels). The original file stays in the vault, unchanged; the
// manifest gives its SHA-256 and the separator says the photo was reduced.
import sharp from 'sharp';
import { uprightSize, type ImageFrame } from '../exhibits/image-decoding.js';

/** Resolution a reduced photo keeps at its printed size: what courts' scanning rules ask of a scan. */
export const filingDpi = 300;

/** Smaller by less than this, a photo is left as it is: re-encoding would cost quality for nothing. */
const worthwhile = 0.8;

/**
 * The frame resampled to `filingDpi` at the size it is drawn in `box` (points), or undefined when
 * it is no larger than that already. The EXIF orientation still applies when drawing: the stored
 * pixels are scaled, never turned.
 */
export async function reducedFrame(frame: ImageFrame, box: { width: number; height: number }): Promise<ImageFrame | undefined> {
  const upright = uprightSize(frame);
  const printedScale = Math.min(box.width / upright.width, box.height / upright.height);
  const scale = (printedScale * filingDpi) / 72;
  if (scale >= worthwhile) return undefined;
  const width = Math.max(1, Math.round(frame.width * scale));
  const height = Math.max(1, Math.round(frame.height * scale));
  try {
    const resized = sharp(frame.bytes, { limitInputPixels: frame.width * frame.height + 1 }).resize(width, height, { fit: 'fill' });
    const bytes = frame.format === 'jpeg' ? await resized.jpeg({ quality: 85, mozjpeg: true }).toBuffer() : await resized.png({ compressionLevel: 9 }).toBuffer();
    return { format: frame.format, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), width, height, orientation: frame.orientation };
  } catch {
    // A photo that does not resample is placed as it is: still reproduced, only larger.
    return undefined;
  }
}
