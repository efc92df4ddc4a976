// Evidence images drawn into the dossier: each frame the exhibits reader decoded is embedded
// once and drawn upright, fitted to a box; a JPEG's or PNG's EXIF orientation is applied by the
// drawing matrix, so its bytes go into the PDF untouched.
import {
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  type PDFDocument,
  type PDFImage,
  type PDFPage,
} from '@cantoo/pdf-lib';
import { firstLine, ImageDecodeError, uprightSize, type ImageFrame } from '../exhibits/image-decoding.js';

/**
 * Most a small image is enlarged: 2 points per pixel (36 dpi). Beyond that the pixels show as
 * blocks and the page suggests detail the evidence does not have; a smaller image is centred.
 */
const MAX_UPSCALE = 2;

/** Embeds the frame and writes it into the document at once, so its decoded pixels can be freed before the next frame. */
export async function embedFrame(doc: PDFDocument, frame: ImageFrame): Promise<PDFImage> {
  try {
    const image = frame.format === 'jpeg' ? await doc.embedJpg(frame.bytes) : await doc.embedPng(frame.bytes);
    // pdf-lib otherwise keeps every embedder (a PNG's decoded RGB and alpha) until doc.save().
    await image.embed();
    return image;
  } catch (error) {
    throw new ImageDecodeError(`the image could not be embedded: ${firstLine(error)}`, { cause: error });
  }
}

/**
 * Draws the image upright (all eight EXIF orientations, mirrored ones included, as one
 * transformation matrix), as large as fits in the box keeping its aspect ratio, centred. Small
 * images are enlarged to fit, but to at most MAX_UPSCALE points per pixel. Returns the upright
 * rectangle the image covers (where a text layer over it goes).
 */
export function drawUpright(
  page: PDFPage,
  image: PDFImage,
  frame: ImageFrame,
  box: { x: number; y: number; width: number; height: number },
): { x: number; y: number; width: number; height: number } {
  const upright = uprightSize(frame);
  const scale = Math.min(box.width / upright.width, box.height / upright.height, MAX_UPSCALE);
  const width = upright.width * scale;
  const height = upright.height * scale;
  const x = box.x + (box.width - width) / 2;
  const y = box.y + (box.height - height) / 2;
  const name = page.node.newXObject('Image', image.ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(...orientationMatrix(frame.orientation, x, y, width, height)),
    drawObject(name),
    popGraphicsState(),
  );
  return { x, y, width, height };
}

/**
 * Maps the image's unit square (its first stored row at the top, as PDF draws images) onto the
 * upright rectangle at (x, y) of size width × height, turning and mirroring as the EXIF
 * orientation asks: 2 mirrors left-right, 3 turns 180°, 4 mirrors top-bottom, 5 transposes,
 * 6 turns 90° clockwise, 7 transverses, 8 turns 90° anticlockwise.
 */
export function orientationMatrix(
  orientation: number,
  x: number,
  y: number,
  width: number,
  height: number,
): [number, number, number, number, number, number] {
  switch (orientation) {
    case 2:
      return [-width, 0, 0, height, x + width, y];
    case 3:
      return [-width, 0, 0, -height, x + width, y + height];
    case 4:
      return [width, 0, 0, -height, x, y + height];
    case 5:
      return [0, -height, -width, 0, x + width, y + height];
    case 6:
      return [0, -height, width, 0, x, y + height];
    case 7:
      return [0, height, width, 0, x, y];
    case 8:
      return [0, height, -width, 0, x + width, y];
    default:
      return [width, 0, 0, height, x, y];
  }
}
