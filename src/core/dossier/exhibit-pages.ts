// Turning one exhibit into dossier pages: padding each of a PDF's pages with a footer band so the
// stamp never covers the exhibit's own content, whatever the page's size and rotation, and placing
// what is too small to pad on a sheet of its own. What a file is and how it is read live in
// src/core/exhibits.
import {
  PDFName,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFDocument,
  type PDFPage,
} from '@cantoo/pdf-lib';
import type { Inspection } from '../exhibits/inspection.js';
import { orientationMatrix } from './exhibit-images.js';
import type { DossierFonts } from './fonts.js';
import { colors, createPage, pageSize } from './page-flow.js';

/** What an exhibit becomes in the dossier: its inspection, with a text exhibit's text to typeset. */
export type ExhibitContent = Exclude<Inspection, { kind: 'text' }> | { kind: 'text'; text: string };

export interface FooterText {
  left: string;
  centre: string;
  right: string;
}

const footerBand = 22;
const footerSize = 7.5;

type Box = { x: number; y: number; width: number; height: number };

/**
 * Grows an exhibit page by a footer band on the side that shows as its bottom, then stamps the
 * footer there. The exhibit's own content is not moved or scaled; only the page gets taller.
 */
export function padAndStamp(page: PDFPage, fonts: DossierFonts, footer: FooterText): void {
  const rotation = shownRotation(page);
  const visible = page.getCropBox();
  const grown: Box = { ...visible };
  let band: Box;
  switch (rotation) {
    case 90: // shown turned clockwise: the right edge is at the bottom
      grown.width += footerBand;
      band = { x: visible.x + visible.width, y: visible.y, width: footerBand, height: visible.height };
      break;
    case 180:
      grown.height += footerBand;
      band = { x: visible.x, y: visible.y + visible.height, width: visible.width, height: footerBand };
      break;
    case 270:
      grown.x -= footerBand;
      grown.width += footerBand;
      band = { x: visible.x - footerBand, y: visible.y, width: footerBand, height: visible.height };
      break;
    default:
      grown.y -= footerBand;
      grown.height += footerBand;
      band = { x: visible.x, y: visible.y - footerBand, width: visible.width, height: footerBand };
  }
  page.setMediaBox(grown.x, grown.y, grown.width, grown.height);
  page.setCropBox(grown.x, grown.y, grown.width, grown.height);
  for (const box of ['BleedBox', 'TrimBox', 'ArtBox']) page.node.delete(PDFName.of(box));
  // Content that lay outside the old crop box must not show through the new band.
  page.drawRectangle({ ...band, color: rgb(1, 1, 1) });
  drawFooter(page, fonts, footer, grown, rotation);
}

/** Below this size (as shown) a page cannot carry a legible footer band: it is placed on A4 instead. */
const smallestPaddedPage = { width: 200, height: 150 };

/** The page's /Rotate as a viewer applies it: 0, 90, 180 or 270. */
export function shownRotation(page: PDFPage): number {
  return ((page.getRotation().angle % 360) + 360) % 360;
}

/** Width and height as a viewer shows them: swapped for a quarter turn. */
function shownSize(width: number, height: number, rotation: number): { width: number; height: number } {
  return rotation % 180 === 0 ? { width, height } : { width: height, height: width };
}

export function isTooSmallToPad(page: PDFPage): boolean {
  const box = page.getCropBox();
  return isTooSmallToPadSize(shownSize(box.width, box.height, shownRotation(page)));
}

/** The same for a page not made yet, by its size as shown. */
export function isTooSmallToPadSize(shown: { width: number; height: number }): boolean {
  return shown.width < smallestPaddedPage.width || shown.height < smallestPaddedPage.height;
}

/**
 * A new A4 page, turned to suit content of the given shown size, and the box inside its
 * margins and above its footer where that content goes (an image, a page placed enlarged).
 */
export function createSheet(doc: PDFDocument, content: { width: number; height: number }): { page: PDFPage; box: Box } {
  const page = createPage(doc, content.width > content.height ? [pageSize.height, pageSize.width] : [pageSize.width, pageSize.height]);
  const inset = 28;
  const bottom = footerBand + 6;
  return { page, box: { x: inset, y: bottom, width: page.getWidth() - 2 * inset, height: page.getHeight() - inset - bottom } };
}

/** A page that stands in for one the exhibit's file did not yield, saying so, stamped. */
export function noticePage(doc: PDFDocument, fonts: DossierFonts, notice: string, footer: FooterText): PDFPage {
  const page = createPage(doc);
  fonts.draw(page, `${notice}.`, { x: 62, y: pageSize.height / 2, size: 12 });
  stampSheet(page, fonts, footer);
  return page;
}

/** Stamps the footer on a page of ours: unrotated, the whole page. */
export function stampSheet(page: PDFPage, fonts: DossierFonts, footer: FooterText): void {
  drawFooter(page, fonts, footer, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() }, 0);
}

/** Places a tiny exhibit page (a stamp-sized scan, a thumbnail) upright and enlarged on an A4 page. */
export async function placeOnSheet(doc: PDFDocument, source: PDFPage, fonts: DossierFonts, footer: FooterText): Promise<PDFPage> {
  const crop = source.getCropBox();
  const embedded = await doc.embedPage(source, { left: crop.x, bottom: crop.y, right: crop.x + crop.width, top: crop.y + crop.height });
  const rotation = shownRotation(source);
  const orientation = ({ 90: 6, 180: 3, 270: 8 } as Record<number, number>)[rotation] ?? 1;
  const shown = shownSize(embedded.width, embedded.height, rotation);
  const { page, box } = createSheet(doc, shown);
  const scale = Math.min(box.width / shown.width, box.height / shown.height);
  const [width, height] = [shown.width * scale, shown.height * scale];
  const [x, y] = [box.x + (box.width - width) / 2, box.y + (box.height - height) / 2];
  const name = page.node.newXObject('EmbeddedPdfPage', embedded.ref);
  page.pushOperators(
    pushGraphicsState(),
    // The same upright placement as a photo's EXIF orientation, applied to the page's unit square.
    concatTransformationMatrix(...orientationMatrix(orientation, x, y, width, height)),
    concatTransformationMatrix(1 / embedded.width, 0, 0, 1 / embedded.height, 0, 0),
    drawObject(name),
    popGraphicsState(),
  );
  await embedded.embed();
  stampSheet(page, fonts, footer);
  return page;
}

/** Draws the footer along the bottom of the page as shown, whatever its /Rotate. */
export function drawFooter(page: PDFPage, fonts: DossierFonts, footer: FooterText, box: Box, rotation: number): void {
  const shownWidth = shownSize(box.width, box.height, rotation).width;
  const inset = Math.min(36, shownWidth * 0.06);
  const baseline = 8;
  const toUser = (dx: number, dy: number): { x: number; y: number } => {
    switch (rotation) {
      case 90:
        return { x: box.x + box.width - dy, y: box.y + dx };
      case 180:
        return { x: box.x + box.width - dx, y: box.y + box.height - dy };
      case 270:
        return { x: box.x + dy, y: box.y + box.height - dx };
      default:
        return { x: box.x + dx, y: box.y + dy };
    }
  };
  const size = fitSize(fonts, footer, shownWidth - 2 * inset);
  const draw = (text: string, dx: number, weight: 'regular' | 'bold') => {
    if (text === '') return;
    const at = toUser(dx, baseline);
    fonts.draw(page, text, { ...at, size, weight, color: weight === 'bold' ? colors.text : colors.muted, rotate: rotation });
  };
  const centreWidth = fonts.widthOf(footer.centre, size, 'bold');
  // Each side has the room between the page's edge and the centred page number, less a space:
  // a case's title standing in for its reference can be longer, and is cut short rather than
  // run under the number.
  const side = (shownWidth - centreWidth) / 2 - inset - size;
  const right = shortened(fonts, footer.right, size, side);
  draw(shortened(fonts, footer.left, size, side), inset, 'regular');
  draw(footer.centre, (shownWidth - centreWidth) / 2, 'bold');
  draw(right, shownWidth - inset - fonts.widthOf(right, size), 'regular');
}

/** `text` if it fits in `width`, else as much of it as fits followed by an ellipsis. */
function shortened(fonts: DossierFonts, text: string, size: number, width: number): string {
  if (fonts.widthOf(text, size) <= width) return text;
  const characters = [...text];
  while (characters.length > 1 && fonts.widthOf(`${characters.join('').trimEnd()}…`, size) > width) characters.pop();
  return `${characters.join('').trimEnd()}…`;
}

/** The largest size up to 7.5 pt at which the three parts fit side by side on a narrow page. */
function fitSize(fonts: DossierFonts, footer: FooterText, width: number): number {
  const total = (size: number) =>
    fonts.widthOf(footer.left, size) + fonts.widthOf(footer.centre, size, 'bold') + fonts.widthOf(footer.right, size) + 3 * size;
  const natural = total(footerSize);
  return natural <= width ? footerSize : Math.max(3, (footerSize * width) / natural);
}
