// The picture Tesseract reads: one page, upright, in grey (colour only slows it), as a PNG its
// Leptonica decodes, with the pixel size its word boxes will refer to. A photo larger than
// maxOcrPixels is scaled down first: text on it is still many pixels high, and Tesseract's time
// grows with the pixels.
import sharp, { type Sharp } from 'sharp';
import { uprightSize, type ImageFrame } from '../image-decoding.js';
import type { RenderedPage } from '../pdfium.js';

export interface OcrImage {
  png: Uint8Array;
  width: number;
  height: number;
  /** The resolution, when known (a rendered PDF page); 300 dpi is assumed otherwise. */
  dpi?: number | undefined;
}

/** 25 MP: an A3 page at 400 dpi, a 12 MP phone photo whole; a 48 MP photo is scaled to it. */
export const maxOcrPixels = 25_000_000;

/** A frame of image-decoding.ts (a JPEG still carrying its EXIF orientation, or converted pixels already upright). */
export function imageFrameForOcr(frame: ImageFrame): Promise<OcrImage> {
  return prepared(sharp(frame.bytes, { limitInputPixels: false }).rotate(), uprightSize(frame));
}

/** A PDF page rendered by PDFium or pdf.js, at `dpi`. */
export function renderedPageForOcr(page: RenderedPage, dpi: number): Promise<OcrImage> {
  const image = sharp(page.rgb, { raw: { width: page.width, height: page.height, channels: 3 }, limitInputPixels: false });
  return prepared(image, page, dpi);
}

/** `size`: the upright picture's, in pixels. */
async function prepared(image: Sharp, size: { width: number; height: number }, dpi?: number): Promise<OcrImage> {
  let pipeline = image.greyscale();
  const scale = Math.min(1, Math.sqrt(maxOcrPixels / (size.width * size.height)));
  if (scale < 1) {
    // sharp orients before it resizes, so the size asked for is the upright one.
    pipeline = pipeline.resize({ width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)), fit: 'fill' });
  }
  // Fast to write and to read back: the PNG lives for one page only.
  const { data, info } = await pipeline.png({ compressionLevel: 1, adaptiveFiltering: false }).toBuffer({ resolveWithObject: true });
  return { png: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, dpi: dpi === undefined ? undefined : dpi * scale };
}
