// True redaction of an exhibit's pages. A page with any box is never copied: it is rendered as
// an image (PDFium, annotations and form fields drawn; or the decoded photo or scan), each box is
// painted opaque black into the pixels, and the page is placed as that JPEG with the box's reason
// written on it as the dossier's own text. Nothing of the page's content, annotations, fields or
// page-level metadata reaches the dossier; OCR's invisible words stay only where no box is.
// Pages of a redacted export that carry no box are copied as usual, less everything beside the
// drawn page that could hold a term (annotations other than links, /Metadata, /PieceInfo,
// /Thumb), and photos are encoded again so their EXIF goes.
// What is hashed: the JPEG bytes of the redacted pages as stored in the dossier (pdf-lib stores a
// JPEG as it is, DCTDecode), in page order; `pdfimages -all` writes exactly those bytes.
import { createHash, type Hash } from 'node:crypto';
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, rgb, type PDFContext, type PDFObject, type PDFPage } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import type { RedactionReason } from '../../../shared/redaction.js';
import type { RecognizedPage } from '../../../shared/recognized-text.js';
import type { ImageFrame } from '../../exhibits/image-decoding.js';
import type { PdfiumPageText, RenderedPage } from '../../exhibits/pdfium.js';
import type { DossierLanguage } from '../dossier-text.js';
import type { DossierFonts } from '../fonts.js';
import type { RedactedPage } from './dossier-redaction.js';
import type { ExhibitBoxes } from './exhibit-boxes.js';
import { jpegWithoutText } from '../../exhibits/jpeg-markers.js';
import { pdfiumWords, wordsOutsideBoxes, type PageBox } from './page-boxes.js';
import { redactionText } from './redaction-text.js';

const JPEG_OPTIONS = { quality: 90, chromaSubsampling: '4:4:4' } as const;

type Rect = { x: number; y: number; width: number; height: number };

/** Pixels decoded upright, 3 channels. */
interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}

/** The JPEG of `pixels` with every box painted black (a box is grown to whole pixels, outwards). */
export async function paintBoxes(pixels: Pixels, boxes: readonly PageBox[]): Promise<Buffer> {
  const { width, height } = pixels;
  const overlays = boxes.flatMap((box) => {
    const left = Math.max(0, Math.floor(box.x * width));
    const top = Math.max(0, Math.floor(box.y * height));
    const right = Math.min(width, Math.ceil((box.x + box.width) * width));
    const bottom = Math.min(height, Math.ceil((box.y + box.height) * height));
    if (right <= left || bottom <= top) return [];
    return [{ input: { create: { width: right - left, height: bottom - top, channels: 3 as const, background: { r: 0, g: 0, b: 0 } } }, left, top }];
  });
  return sharp(pixels.data, { raw: { width, height, channels: 3 } }).composite(overlays).jpeg(JPEG_OPTIONS).toBuffer();
}

/** A frame's pixels upright (its EXIF orientation applied), on white where it was transparent. */
async function uprightPixels(frame: ImageFrame): Promise<Pixels> {
  const { data, info } = await sharp(frame.bytes).rotate().flatten({ background: '#ffffff' }).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** A box on a rectangle of the dossier page where the upright picture is drawn (y grows upwards there). */
export function rectOnPage(box: PageBox, placed: Rect): Rect {
  return {
    x: placed.x + box.x * placed.width,
    y: placed.y + placed.height - (box.y + box.height) * placed.height,
    width: box.width * placed.width,
    height: box.height * placed.height,
  };
}

/** Largest and smallest size a reason is written at on its box. */
const labelSize = { max: 8, min: 3.5 };

/** Writes each box's reason in white on it, as large as fits up to 8 pt; a box too small for 3.5 pt text stays plain. */
function writeReasons(page: PDFPage, fonts: DossierFonts, language: DossierLanguage, boxes: readonly PageBox[], placed: Rect): void {
  const words = redactionText[language].reasons;
  for (const box of boxes) {
    const rect = rectOnPage(box, placed);
    const label = words[box.reason];
    const unit = fonts.widthOf(label, 1);
    const size = Math.min(labelSize.max, rect.height * 0.7, unit > 0 ? (rect.width - 2) / unit : labelSize.max);
    if (size < labelSize.min) continue;
    const y = rect.y + (rect.height - size * 0.7) / 2;
    fonts.draw(page, label, { x: rect.x + 1, y, size, color: rgb(1, 1, 1) });
  }
}

/** What a placed redacted page needs of the page that shows it. */
export interface PlacedRedaction {
  page: PDFPage;
  /** Where the upright picture lies on it. */
  placed: Rect;
}

/**
 * The redaction of one exhibit in one export: its boxes (found in pass one), the pages it
 * redacted, and the running hash of their images.
 */
export class ExhibitRedactor {
  private readonly hash: Hash = createHash('sha256');
  readonly pages: RedactedPage[] = [];

  constructor(
    readonly evidenceId: string,
    readonly boxes: ExhibitBoxes,
    private readonly language: DossierLanguage,
    /** The dossier page of the exhibit's first page. */
    private readonly firstDossierPage: number,
  ) {}

  boxesOf(page: number): PageBox[] | undefined {
    const boxes = this.boxes.get(page);
    return boxes && boxes.length > 0 ? boxes : undefined;
  }

  /** The page rendered by an engine, with its boxes painted: the JPEG to place. */
  async paintRendered(rendered: RenderedPage, boxes: readonly PageBox[]): Promise<Buffer> {
    return this.keep(await paintBoxes({ data: rendered.rgb, width: rendered.width, height: rendered.height }, boxes));
  }

  /**
   * A photo's or scan's frame as the redacted export places it: decoded upright, its boxes (if
   * any) painted, encoded again as JPEG, so no EXIF or other metadata of the file goes with it.
   */
  async frame(frame: ImageFrame, page: number): Promise<ImageFrame> {
    const pixels = await uprightPixels(frame);
    const boxes = this.boxesOf(page) ?? [];
    const jpeg = boxes.length > 0 ? this.keep(await paintBoxes(pixels, boxes)) : await sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 3 } }).jpeg(JPEG_OPTIONS).toBuffer();
    return { format: 'jpeg', bytes: jpeg, width: pixels.width, height: pixels.height, orientation: 1 };
  }

  private keep(jpeg: Buffer): Buffer {
    this.hash.update(jpeg);
    return jpeg;
  }

  /** The recognised words a redacted page's text layer keeps: those no box touches. */
  recognizedOutside(recognized: RecognizedPage | undefined, page: number): RecognizedPage | undefined {
    const boxes = this.boxesOf(page);
    return recognized && boxes ? wordsOutsideBoxes(recognized, boxes) : recognized;
  }

  /**
   * A redacted PDF page's own words outside its boxes (PDFium's reading, which the boxes were
   * also made from), for an invisible text layer over its image; undefined when PDFium reads none.
   */
  ownWordsOutside(text: PdfiumPageText | undefined, page: number): RecognizedPage | undefined {
    const boxes = this.boxesOf(page);
    if (!text || !boxes) return undefined;
    const words = wordsOutsideBoxes(pdfiumWords(text, page), boxes);
    return words.lines.length > 0 ? words : undefined;
  }

  /** Writes the reasons on the boxes of a placed page and records it; call after its footer is stamped (the page's box is final). */
  finishPage(fonts: DossierFonts, exhibitPage: number, { page, placed }: PlacedRedaction): void {
    const boxes = this.boxesOf(exhibitPage);
    if (!boxes) return;
    writeReasons(page, fonts, this.language, boxes, placed);
    const media = page.getMediaBox();
    const counts: Partial<Record<RedactionReason, number>> = {};
    for (const box of boxes) counts[box.reason] = (counts[box.reason] ?? 0) + 1;
    this.pages.push({
      evidenceId: this.evidenceId,
      page: exhibitPage,
      dossierPage: this.firstDossierPage + exhibitPage - 1,
      boxes: counts,
      // From the page's lower left corner, which padding for the footer moved below the picture.
      rects: boxes.map((box) => {
        const rect = rectOnPage(box, placed);
        return { ...rect, x: rect.x - media.x, y: rect.y - media.y };
      }),
    });
  }

  /** SHA-256 of the redacted pages' images, in page order; undefined when no page was redacted. */
  digest(): string | undefined {
    return this.pages.length > 0 ? this.hash.digest('hex') : undefined;
  }
}

const Annots = PDFName.of('Annots');
const Subtype = PDFName.of('Subtype');
const Resources = PDFName.of('Resources');
const XObject = PDFName.of('XObject');
const hiddenKeys = ['Metadata', 'PieceInfo', 'Thumb'].map((key) => PDFName.of(key));

/**
 * A page copied into a redacted export, left with only what it draws and its links: no
 * annotation other than a link (a note's or a field's text could hold a term); no /Metadata,
 * /PieceInfo or /Thumb on it or on the form XObjects and images it draws; and no XObject its
 * resources list but its content never draws (producers share one resource dictionary between
 * pages, so a clean page would carry a redacted page's form, and its text, into the file).
 * Call it once the page is stamped: the footer and text layer are part of what it draws.
 */
export function cleanCopiedPage(page: PDFPage): void {
  const { context } = page.doc;
  const node = page.node;
  for (const key of hiddenKeys) node.delete(key);
  const annots = node.lookup(Annots);
  if (annots instanceof PDFArray) {
    const links = annots.asArray().filter((entry) => {
      const annotation = entry instanceof PDFRef ? context.lookup(entry) : entry;
      return annotation instanceof PDFDict && annotation.get(Subtype) === PDFName.of('Link');
    });
    if (links.length > 0) node.set(Annots, context.obj(links));
    else node.delete(Annots);
  } else {
    node.delete(Annots);
  }
  const contents = node.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((entry) => context.lookup(entry)) : [contents];
  keepDrawnXObjects(context, node, streams, 0, new Set());
}

/** Form XObjects nested deeper than this are left as they are (a hostile file's nesting must not run the walk out of stack). */
const maxFormDepth = 16;

/** Gives `holder` resources whose /XObject lists only what `contents` draw, and does the same inside each form kept. */
function keepDrawnXObjects(context: PDFContext, holder: PDFDict, contents: readonly (PDFObject | undefined)[], depth: number, seen: Set<PDFObject>): void {
  const resources = holder.lookup(Resources);
  if (!(resources instanceof PDFDict) || depth > maxFormDepth) return;
  const xobjects = resources.lookup(XObject);
  if (!(xobjects instanceof PDFDict)) return;
  const drawn = drawnNames(contents);
  const kept = context.obj({});
  for (const [key, value] of xobjects.entries()) {
    // Content that cannot be read may draw anything: its resources stay whole.
    if (drawn && !drawn.has(key.decodeText())) continue;
    kept.set(key, value);
    const object = value instanceof PDFRef ? context.lookup(value) : value;
    if (!(object instanceof PDFStream) || seen.has(object)) continue;
    seen.add(object);
    for (const hidden of hiddenKeys) object.dict.delete(hidden);
    if (object.dict.get(Subtype) === PDFName.of('Image')) cleanJpeg(object);
    if (object.dict.get(Subtype) === PDFName.of('Form')) keepDrawnXObjects(context, object.dict, [object], depth + 1, seen);
  }
  // A copy of the resources, not the dictionary itself: other pages may share it.
  const own = resources.clone(context);
  own.set(XObject, kept);
  holder.set(Resources, own);
}

/** Image streams already cleaned: pages of one exhibit often draw the same image. */
const cleanedImages = new WeakSet<PDFStream>();

/**
 * A JPEG image (DCTDecode alone) without the segments that can carry words (jpeg-markers.ts): its
 * pixels untouched. One whose header cannot be walked is replaced by one grey pixel where it was
 * drawn: what cannot be read cannot be cleaned, and the verification would refuse it anyway.
 */
function cleanJpeg(image: PDFStream): void {
  if (cleanedImages.has(image) || !(image instanceof PDFRawStream)) return;
  cleanedImages.add(image);
  // A soft mask is an image of its own, drawn with this one.
  const mask = image.dict.lookup(PDFName.of('SMask'));
  if (mask instanceof PDFStream) cleanJpeg(mask);
  const filter = image.dict.lookup(PDFName.of('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray() : [filter];
  if (filters.length !== 1 || filters[0] !== PDFName.of('DCTDecode')) return;
  const clean = jpegWithoutText(image.contents);
  if (clean) {
    if (clean !== image.contents) image.updateContents(clean);
    return;
  }
  for (const key of ['Filter', 'DecodeParms', 'Decode', 'SMask', 'Mask', 'ImageMask', 'ColorTransform']) image.dict.delete(PDFName.of(key));
  image.dict.set(PDFName.of('Width'), image.dict.context.obj(1));
  image.dict.set(PDFName.of('Height'), image.dict.context.obj(1));
  image.dict.set(PDFName.of('BitsPerComponent'), image.dict.context.obj(8));
  image.dict.set(PDFName.of('ColorSpace'), PDFName.of('DeviceGray'));
  image.updateContents(new Uint8Array([0xc0]));
}

/** The names the content streams draw with Do; undefined when one of them cannot be decoded. */
function drawnNames(contents: readonly (PDFObject | undefined)[]): Set<string> | undefined {
  const names = new Set<string>();
  for (const stream of contents) {
    if (stream === undefined) continue;
    if (!(stream instanceof PDFStream)) return undefined;
    let bytes: Uint8Array;
    try {
      bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : (stream as PDFStream & { getUnencodedContents(): Uint8Array }).getUnencodedContents();
    } catch {
      return undefined;
    }
    const text = Buffer.from(bytes).toString('latin1');
    for (const match of text.matchAll(/\/([^\s/[\]<>(){}%]+)\s+Do(?![^\s/[\]<>(){}%])/g)) {
      names.add(match[1]!.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    }
  }
  return names;
}
