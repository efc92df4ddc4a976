// Evidence images as the dossier reads them: decoded one page at a time, never whole in memory.
// A JPEG's bytes are kept untouched and a PNG handed on whole, their EXIF orientation left for the
// drawing to apply; only formats a PDF cannot carry are converted, and those are turned upright
// in pixels. A damaged or truncated image is refused with a reason a caseworker can read.
import { createRequire } from 'node:module';
import sharp, { type Metadata, type Sharp } from 'sharp';
import type { SupportReason } from '../../shared/contract.js';
import { collectGarbageSoon } from '../threads/collect-garbage.js';
import { jpegHeaderSegments } from './jpeg-markers.js';
import { decodeJpeg2000, Jpeg2000Error, readJpeg2000Header, type Jpeg2000Header, type Jpeg2000Pixels } from './jpeg2000.js';
import { oldJpegPage, type OldJpegPage } from './old-jpeg-tiff.js';

/**
 * How a source is read. BMP is absent: the prebuilt libvips behind sharp has no BMP loader.
 * JPEG 2000 is read by jpeg2000.ts, sharp's libvips having no OpenJPEG.
 */
type SourceKind = 'jpeg' | 'png' | 'tiff' | 'webp' | 'gif' | 'avif' | 'heif' | 'jpeg2000';
/** The kinds sharp reads. */
type SharpKind = Exclude<SourceKind, 'jpeg2000'>;

const SOURCE_KINDS: ReadonlyMap<string, SourceKind> = new Map([
  ['image/jpeg', 'jpeg'],
  ['image/png', 'png'],
  ['image/apng', 'png'],
  ['image/tiff', 'tiff'],
  ['image/webp', 'webp'],
  ['image/gif', 'gif'],
  ['image/avif', 'avif'],
  ['image/heic', 'heif'],
  ['image/heif', 'heif'],
  // A JP2 file, a JPX file (JP2's extension: its first codestream is the picture), a bare codestream.
  ['image/jp2', 'jpeg2000'],
  ['image/jpx', 'jpeg2000'],
  ['image/j2c', 'jpeg2000'],
]);

/** The `format` sharp reports for each kind, to catch content that is not what its media type says. */
const SHARP_FORMATS: Record<SharpKind, string> = {
  jpeg: 'jpeg',
  png: 'png',
  tiff: 'tiff',
  webp: 'webp',
  gif: 'gif',
  avif: 'heif',
  heif: 'heif',
};

const KIND_NAMES: Record<SourceKind, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  tiff: 'TIFF',
  webp: 'WebP',
  gif: 'GIF',
  avif: 'AVIF',
  heif: 'HEIC',
  jpeg2000: 'JPEG 2000',
};

/**
 * Pixels a frame may have when its pixels are decoded in full (converted frames, and PNGs, which
 * pdf-lib decodes to about 9 bytes a pixel while embedding). 100 MP covers A3 scans at 600 dpi
 * and 108 MP phone photos.
 */
const MAX_DECODED_PIXELS = 100_000_000;
/** A JPEG kept as it is never has its pixels held (it is checked at 1/8 scale), so 200 MP phone photos pass. */
const MAX_KEPT_JPEG_PIXELS = 268_402_689;

/** Visually lossless for photos; no chroma subsampling, so coloured text in screenshots stays sharp. */
const JPEG_OPTIONS = { quality: 90, chromaSubsampling: '4:4:4' } as const;
/**
 * A lossless source stays PNG unless it is a photograph: documents, faxes and screenshots compress
 * far below one byte a pixel, photos do not, and a photo's PNG can be ten times its JPEG.
 */
const PHOTO_PNG_BYTES_PER_PIXEL = 1;
/** Below this, a PNG is kept whatever its content: the saving would not matter. */
const PNG_SIZE_ALWAYS_KEPT = 1024 * 1024;

/** Why an image is not placed, in the contract's vocabulary of reasons. */
export type ImageDecodeCode = Extract<SupportReason, 'image_unreadable' | 'file_cut_short' | 'image_too_large' | 'too_many_pages'>;

/**
 * Thrown with a short human reason when an image cannot be decoded, and its code: image_too_large
 * and too_many_pages where a limit refused it, image_unreadable (the default) for everything else.
 */
export class ImageDecodeError extends Error {
  override readonly name = 'ImageDecodeError';
  readonly code: ImageDecodeCode;
  constructor(readonly reason: string, options: ErrorOptions & { code?: ImageDecodeCode } = {}) {
    super(reason, options);
    this.code = options.code ?? 'image_unreadable';
  }
}

export interface ImageFrame {
  format: 'jpeg' | 'png';
  /** What to pass to doc.embedJpg / doc.embedPng. */
  bytes: Uint8Array;
  /** Of the stored pixels, before orientation. */
  width: number;
  height: number;
  /** EXIF orientation 1..8 still to apply when drawing (1 when the pixels are already upright). */
  orientation: number;
}

export { isPlaceableImage } from './treatment.js';

/**
 * Most pages an image may yield. A TIFF page costs a few bytes of header, so a small hostile file
 * can claim millions, each decoded in turn; a file claiming more is refused, with its count.
 */
export const maxImagePages = 500;

/** Pages the image yields: a multi-page TIFF's pages, otherwise 1 (an animated GIF or WebP gives its first frame). Reads headers only. */
export async function imagePageCount(bytes: Uint8Array, mediaType: string): Promise<number> {
  const kind = sourceKind(mediaType);
  if (kind === 'jpeg2000') {
    jpeg2000Header(bytes);
    return 1;
  }
  return pagesOf(kind, await readMetadata(bytes, kind));
}

function pagesOf(kind: SharpKind, metadata: Metadata): number {
  if (kind !== 'tiff') return 1;
  const pages = metadata.pages ?? 1;
  if (pages > maxImagePages) {
    throw new ImageDecodeError(`the TIFF has ${pages} pages, more than the ${maxImagePages} a dossier places`, { code: 'too_many_pages' });
  }
  return pages;
}

/** One frame per page, decoded only when asked for, so a 100-page TIFF never sits in memory whole. */
export async function* imageFrames(bytes: Uint8Array, mediaType: string): AsyncGenerator<ImageFrame> {
  const kind = sourceKind(mediaType);
  if (kind === 'jpeg2000') {
    yield await jpeg2000Frame(bytes);
    return;
  }
  const metadata = await readMetadata(bytes, kind);
  switch (kind) {
    case 'jpeg':
      yield await jpegFrame(bytes, metadata);
      return;
    case 'png':
      yield await pngFrame(bytes, metadata);
      return;
    case 'tiff':
      for (let page = 0, pages = pagesOf(kind, metadata); page < pages; page++) {
        const oldJpeg = oldJpegPage(bytes, page);
        if (oldJpeg) {
          yield await oldJpegFrame(oldJpeg.jpeg);
          continue;
        }
        const pageMetadata = page === 0 ? metadata : await readMetadata(bytes, kind, page);
        yield await convertedFrame(bytes, kind, pageMetadata, { page, lossySource: false });
      }
      return;
    case 'webp':
      yield await convertedFrame(bytes, kind, metadata, { lossySource: isLossyWebp(bytes) });
      return;
    case 'gif':
      yield await convertedFrame(bytes, kind, metadata, { lossySource: false });
      return;
    case 'avif':
      yield await convertedFrame(bytes, kind, metadata, { lossySource: true });
      return;
    case 'heif':
      yield await heifFrame(bytes, metadata);
      return;
  }
}

/**
 * Finds, as imageFrames would, whether every frame decodes, without making the frames. An 8-bit
 * baseline JPEG kept as it is (nearly every photo) whose structure runs whole to its end is not
 * decoded: libjpeg can fail on such a file only when its data ends early, which the structure
 * shows (see isWholeBaselineJpeg), and decoding a 12 MP photo, even at 1/8 scale, costs 20 ms.
 */
export async function assertImageDecodes(bytes: Uint8Array, mediaType: string, signal?: AbortSignal): Promise<void> {
  if (sourceKind(mediaType) === 'jpeg2000') {
    // Once decoded, its pixels are sure to encode: only the decoding can fail.
    await jpeg2000Pixels(bytes, jpeg2000Header(bytes));
    return;
  }
  if (sourceKind(mediaType) === 'jpeg') {
    const metadata = await readMetadata(bytes, 'jpeg');
    if (canKeepJpeg(bytes, metadata) && isWholeBaselineJpeg(bytes)) {
      pixelSize(metadata, MAX_KEPT_JPEG_PIXELS);
      return;
    }
  }
  for await (const _frame of imageFrames(bytes, mediaType)) signal?.throwIfAborted();
}

/**
 * Whether a JPEG is baseline or extended sequential with Huffman coding, in one scan of all its
 * components whose data runs to the end-of-image marker, with the tables it uses defined and
 * accepted by libjpeg and the usual sampling (4:4:4, 4:2:2, 4:2:0, 4:4:0, grey).
 * Data cut short, or anything else (a progressive or arithmetic-coded file, several scans,
 * another marker after the scan, a table missing or over-full, odd sampling), answers false, and the caller
 * decodes the file. In such a file libjpeg meets damage inside the scan data only as warnings,
 * which the import does not refuse (sharp's failOn 'truncated').
 */
export function isWholeBaselineJpeg(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  const tables = new Set<number>(); // class << 4 | id, as DHT numbers them
  const quantTables = new Set<number>();
  let frame: { components: number; quantTables: number[] } | undefined;
  let at = 2;
  for (;;) {
    if (at + 4 > bytes.length || bytes[at] !== 0xff) return false;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const body = at + 4;
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) return false;
    if (marker === 0xc0 || marker === 0xc1) {
      if (frame) return false; // a second frame header
      frame = readFrameHeader(bytes, body, end);
      if (!frame) return false;
    } else if (marker === 0xdb) {
      if (!readQuantTables(bytes, body, end, quantTables)) return false;
    } else if (marker === 0xc4) {
      if (!readHuffmanTables(bytes, body, end, tables)) return false;
    } else if (marker === 0xda) {
      const inScan = bytes[body]!;
      if (!frame || inScan !== frame.components || length !== 6 + 2 * inScan) return false;
      if (!frame.quantTables.every((table) => quantTables.has(table))) return false;
      for (let index = 0; index < inScan; index++) {
        const selectors = bytes[body + 2 + 2 * index]!;
        if (!tables.has(selectors >> 4) || !tables.has(0x10 | (selectors & 0x0f))) return false;
      }
      const [start, stop, approximation] = [bytes[end - 3], bytes[end - 2], bytes[end - 1]];
      if (start !== 0 || stop !== 63 || approximation !== 0) return false;
      return scanEndsInEndOfImage(bytes, end);
    } else if ((marker >= 0xc2 && marker <= 0xcf) || marker === 0xd8 || marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      return false; // another frame type, an arithmetic-coding table, or a marker out of place
    }
    at = end;
  }
}

/** The component count and quantisation tables of a frame header with the usual sampling; undefined otherwise. */
function readFrameHeader(bytes: Uint8Array, at: number, end: number): { components: number; quantTables: number[] } | undefined {
  const components = bytes[at + 5]!;
  if (components < 1 || components > 4 || end !== at + 6 + 3 * components) return undefined;
  const quantTables: number[] = [];
  for (let index = 0; index < components; index++) {
    const sampling = bytes[at + 7 + 3 * index]!;
    const [horizontal, vertical] = [sampling >> 4, sampling & 0x0f];
    const usual = index === 0 ? horizontal >= 1 && horizontal <= 2 && vertical >= 1 && vertical <= 2 : sampling === 0x11;
    if (!usual) return undefined;
    quantTables.push(bytes[at + 8 + 3 * index]!);
  }
  return { components, quantTables };
}

/** Reads a DQT segment's table ids (8- or 16-bit tables). */
function readQuantTables(bytes: Uint8Array, at: number, end: number, tables: Set<number>): boolean {
  while (at < end) {
    const precisionAndId = bytes[at]!;
    if (precisionAndId >> 4 > 1 || (precisionAndId & 0x0f) > 3) return false;
    tables.add(precisionAndId & 0x0f);
    at += 1 + (precisionAndId >> 4 === 0 ? 64 : 128);
  }
  return at === end;
}

/** Reads a DHT segment's tables, refusing those libjpeg refuses when it builds its decoding tables. */
function readHuffmanTables(bytes: Uint8Array, at: number, end: number, tables: Set<number>): boolean {
  while (at < end) {
    if (at + 17 > end) return false;
    const classAndId = bytes[at]!;
    if (classAndId >> 4 > 1 || (classAndId & 0x0f) > 3) return false;
    const isDc = classAndId >> 4 === 0;
    let symbols = 0;
    let code = 0;
    for (let bits = 1; bits <= 16; bits++) {
      const count = bytes[at + bits]!;
      symbols += count;
      code += count;
      // Canonical codes of this length must fit in it (libjpeg's "bad Huffman table" otherwise).
      if (code >= 2 ** bits) return false;
      code *= 2;
    }
    if (symbols > 256 || at + 17 + symbols > end) return false;
    if (isDc && bytes.subarray(at + 17, at + 17 + symbols).some((symbol) => symbol > 15)) return false;
    tables.add(classAndId);
    at += 17 + symbols;
  }
  return at === end;
}

/** Whether the scan data from `at` reaches an end-of-image marker, past stuffed bytes and restart markers only. */
function scanEndsInEndOfImage(bytes: Uint8Array, at: number): boolean {
  for (;;) {
    const found = bytes.indexOf(0xff, at);
    if (found < 0 || found + 1 >= bytes.length) return false;
    let next = found + 1;
    while (bytes[next] === 0xff && next + 1 < bytes.length) next += 1; // fill bytes before a marker
    const marker = bytes[next]!;
    if (marker === 0xd9) return true;
    if (marker !== 0x00 && (marker < 0xd0 || marker > 0xd7)) return false;
    at = next + 1;
  }
}

/** Size of the frame as the viewer should see it: width and height swap for orientations 5..8. */
export function uprightSize(frame: Pick<ImageFrame, 'width' | 'height' | 'orientation'>): { width: number; height: number } {
  return frame.orientation >= 5 && frame.orientation <= 8
    ? { width: frame.height, height: frame.width }
    : { width: frame.width, height: frame.height };
}


function sourceKind(mediaType: string): SourceKind {
  const kind = SOURCE_KINDS.get(mediaType);
  if (!kind) throw new Error(`${mediaType} is not an image this module can place (check isPlaceableImage first)`);
  return kind;
}

/** Header fields only; no pixels are decoded. */
async function readMetadata(bytes: Uint8Array, kind: SharpKind, page?: number): Promise<Metadata> {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false, page }).metadata();
  } catch (error) {
    throw decodeFailure(error, kind);
  }
  if (metadata.format !== SHARP_FORMATS[kind]) {
    throw new ImageDecodeError(`the image data is damaged: it is not a readable ${KIND_NAMES[kind]} image`);
  }
  return metadata;
}

async function jpegFrame(bytes: Uint8Array, metadata: Metadata): Promise<ImageFrame> {
  if (!canKeepJpeg(bytes, metadata)) return convertedFrame(bytes, 'jpeg', metadata, { lossySource: true });
  const { width, height } = pixelSize(metadata, MAX_KEPT_JPEG_PIXELS);
  await assertDecodes(bytes, 'jpeg', MAX_KEPT_JPEG_PIXELS);
  return { format: 'jpeg', bytes, width, height, orientation: exifOrientation(metadata) };
}

/**
 * A TIFF page in old-style JPEG, which sharp's libtiff cannot read: its own JPEG stream, kept as
 * any JPEG is (or converted by the same rules), drawn by the TIFF's orientation.
 */
async function oldJpegFrame(page: OldJpegPage | undefined): Promise<ImageFrame> {
  if (!page) {
    throw new ImageDecodeError('the image data cannot be read: the TIFF page is in old-style JPEG without a whole JPEG stream, which the dossier cannot read');
  }
  const metadata = await readMetadata(page.jpeg, 'jpeg');
  const frame = await jpegFrame(page.jpeg, metadata);
  // A kept JPEG is drawn by its orientation; the stream of a TIFF page has none of its own.
  return frame.format === 'jpeg' && frame.bytes === page.jpeg && frame.orientation === 1 ? { ...frame, orientation: page.orientation } : frame;
}

/**
 * pdf-lib copies a JPEG into the PDF untouched, which PDF readers show correctly for 8-bit grey
 * and colour. For CMYK it adds a Decode array that inverts the inks, right for Adobe-style
 * JPEGs (Photoshop, ImageMagick, libjpeg all mark theirs with an APP14 "Adobe" segment) and
 * wrong for any other, so those are converted to sRGB instead.
 */
function canKeepJpeg(bytes: Uint8Array, metadata: Metadata): boolean {
  if (metadata.depth !== 'uchar') return false;
  if (metadata.channels === 1 || metadata.channels === 3) return true;
  return metadata.channels === 4 && metadata.space === 'cmyk' && hasAdobeSegment(bytes);
}

/** A PNG goes in as it is (pdf-lib decodes 16-bit, interlaced and palette PNGs itself) unless it is animated, which pdf-lib refuses. */
async function pngFrame(bytes: Uint8Array, metadata: Metadata): Promise<ImageFrame> {
  if (isAnimatedPng(bytes)) return convertedFrame(bytes, 'png', metadata, { lossySource: false });
  const { width, height } = pixelSize(metadata, MAX_DECODED_PIXELS);
  await assertDecodes(bytes, 'png', MAX_DECODED_PIXELS);
  // Browsers and libvips honour an eXIf chunk's orientation in a PNG, so the dossier does too.
  return { format: 'png', bytes, width, height, orientation: exifOrientation(metadata) };
}

/**
 * HEIC's usual codec, HEVC, is not in sharp's libvips (patents), so such files are decoded by
 * libheif compiled to WebAssembly. libheif applies the file's rotation and mirroring itself
 * (HEIF keeps them as irot/imir properties), so the result is upright.
 */
async function heifFrame(bytes: Uint8Array, metadata: Metadata): Promise<ImageFrame> {
  try {
    return await convertedFrame(bytes, 'heif', metadata, { lossySource: true });
  } catch (error) {
    if (metadata.compression !== 'hevc' || !(error instanceof ImageDecodeError)) throw error;
  }
  pixelSize(metadata, MAX_DECODED_PIXELS);
  let decoded: HeicImage;
  try {
    decoded = await loadHeicDecoder()({ buffer: bytes });
  } catch (error) {
    throw new ImageDecodeError(`HEIC image could not be decoded: ${firstLine(error)}`, { cause: error });
  }
  // The dropped decoder's memory (about 150 MiB after a 12 MP photo) goes before the pixels are encoded.
  await collectGarbageSoon();
  const { width, height, data } = decoded;
  const rgba = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const jpeg = await encode(sharp(rgba, { raw: { width, height, channels: 4 } }).flatten({ background: '#ffffff' }).jpeg(JPEG_OPTIONS), 'heif');
  return { format: 'jpeg', ...jpeg, orientation: 1 };
}

interface HeicImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}
type HeicDecoder = (input: { buffer: Uint8Array }) => Promise<HeicImage>;

/**
 * A decoder of its own for each file: libheif's WebAssembly memory only grows, so one decoder
 * kept for the reader's life held the largest photo's buffers (about 150 MiB) through the rest
 * of the export. A fresh instance costs about 0.3 s a photo and is dropped with its memory.
 */
function loadHeicDecoder(): HeicDecoder {
  // heic-decode and libheif-js are CommonJS without type declarations.
  const require = createRequire(import.meta.url);
  const libheif: unknown = (require('libheif-js/libheif-wasm/libheif-bundle.js') as () => unknown)();
  const decoders = (require('heic-decode/lib.js') as (libheif: unknown) => { one: HeicDecoder })(libheif);
  return decoders.one;
}

interface ConversionOptions {
  page?: number;
  /** Re-encoding a lossy source losslessly would only inflate it, so it becomes JPEG. */
  lossySource: boolean;
}

/**
 * Decodes a page with sharp, turns it upright in pixels (so the frame's orientation is 1) and
 * encodes it as PNG, or as JPEG when the source was lossy or the PNG shows it is a photograph.
 */
async function convertedFrame(
  bytes: Uint8Array,
  kind: SharpKind,
  metadata: Metadata,
  { page, lossySource }: ConversionOptions,
): Promise<ImageFrame> {
  const { width, height } = pixelSize(metadata, MAX_DECODED_PIXELS);
  const isGrey = metadata.space === 'b-w' || metadata.space === 'grey16';
  // 8-bit sRGB (or grey) whatever came in: CMYK, 16-bit and ICC-tagged sources are converted here.
  const upright = (): Sharp =>
    sharp(bytes, { failOn: 'truncated', limitInputPixels: MAX_DECODED_PIXELS, page })
      .autoOrient()
      .toColourspace(isGrey ? 'b-w' : 'srgb');
  return encodeConverted(upright, kind, width * height, lossySource);
}

/** Encodes upright pixels as PNG, or as JPEG when the source was lossy or the PNG shows it is a photograph. */
async function encodeConverted(pixels: () => Sharp, kind: SourceKind, pixelCount: number, lossySource: boolean): Promise<ImageFrame> {
  if (!lossySource) {
    const png = await encode(pixels().png(), kind);
    const isPhotograph = png.bytes.byteLength > PNG_SIZE_ALWAYS_KEPT && png.bytes.byteLength > pixelCount * PHOTO_PNG_BYTES_PER_PIXEL;
    if (!isPhotograph) return { format: 'png', ...png, orientation: 1 };
  }
  // JPEG has no transparency: flatten onto white, the colour of the page it is drawn on.
  const jpeg = await encode(pixels().flatten({ background: '#ffffff' }).jpeg(JPEG_OPTIONS), kind);
  return { format: 'jpeg', ...jpeg, orientation: 1 };
}

/**
 * A JPEG 2000 image, decoded by jpeg2000.ts to 8-bit RGBA (a 16-bit source is scaled) and encoded
 * as other converted frames are; the 9-7 wavelet loses detail as JPEG does, so such a source
 * becomes JPEG. JPEG 2000 has no orientation to apply: its pixels are upright.
 */
async function jpeg2000Frame(bytes: Uint8Array): Promise<ImageFrame> {
  const header = jpeg2000Header(bytes);
  const { width, height, rgba } = await jpeg2000Pixels(bytes, header);
  const hasAlpha = header.components === 2 || header.components >= 4;
  const pixels = (): Sharp => {
    const image = sharp(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), { raw: { width, height, channels: 4 } });
    const kept = hasAlpha ? image : image.removeAlpha();
    return header.components <= 2 ? kept.toColourspace('b-w') : kept;
  };
  return encodeConverted(pixels, 'jpeg2000', width * height, header.lossy);
}

/** The JPEG 2000 header, refused here when it is damaged or claims more pixels than a page can carry. */
function jpeg2000Header(bytes: Uint8Array): Jpeg2000Header {
  let header: Jpeg2000Header;
  try {
    header = readJpeg2000Header(bytes);
  } catch (error) {
    throw jpeg2000Failure(error);
  }
  pixelSize(header, MAX_DECODED_PIXELS);
  return header;
}

async function jpeg2000Pixels(bytes: Uint8Array, header: Jpeg2000Header): Promise<Jpeg2000Pixels> {
  try {
    return await decodeJpeg2000(bytes, header);
  } catch (error) {
    throw jpeg2000Failure(error);
  }
}

/** A JPEG 2000 reader's refusal as the reason a caseworker reads; anything else as it is. */
function jpeg2000Failure(error: unknown): unknown {
  if (!(error instanceof Jpeg2000Error)) return error;
  const code = error.message.startsWith('the file ends early') ? 'file_cut_short' : 'image_unreadable';
  return new ImageDecodeError(`the image data is damaged: ${error.message}`, { cause: error, code });
}

async function encode(pipeline: Sharp, kind: SourceKind): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  try {
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch (error) {
    throw decodeFailure(error, kind);
  }
}

/**
 * Decodes the whole file into a tiny thumbnail, so damage anywhere in it is found without holding
 * its pixels (a JPEG even decodes at 1/8 scale). A truncated file is refused rather than shown
 * with a grey or missing bottom: a partial picture in a court bundle could mislead.
 */
async function assertDecodes(bytes: Uint8Array, kind: SharpKind, limitInputPixels: number): Promise<void> {
  try {
    await sharp(bytes, { failOn: 'truncated', limitInputPixels }).resize(8, 8, { fit: 'inside' }).raw().toBuffer();
  } catch (error) {
    throw decodeFailure(error, kind);
  }
}

function pixelSize(metadata: Pick<Metadata, 'width' | 'height'>, limit: number): { width: number; height: number } {
  const { width, height } = metadata;
  if (!width || !height) throw new ImageDecodeError('the image data is damaged: it has no size');
  if (width * height > limit) {
    throw new ImageDecodeError(
      `the image is too large to place: ${width} × ${height} pixels (at most ${Math.floor(limit / 1_000_000)} megapixels)`,
      { code: 'image_too_large' },
    );
  }
  return { width, height };
}

function exifOrientation(metadata: Metadata): number {
  const { orientation } = metadata;
  return orientation !== undefined && Number.isInteger(orientation) && orientation >= 1 && orientation <= 8 ? orientation : 1;
}

/** Turns a sharp/libvips error into a short reason a caseworker can read, with libvips's words after it. */
function decodeFailure(error: unknown, kind: SourceKind): ImageDecodeError {
  const message = firstLine(error);
  // libvips names the loader first ("VipsJpeg: ", "gifload_buffer: "), which means nothing to a reader.
  const detail = message.replace(/^Input buffer has corrupt header:\s*/i, '').replace(/^[\w.]+:\s*/, '');
  let reason: string;
  if (/unsupported image format/i.test(message)) {
    reason = `it is not a readable ${KIND_NAMES[kind]} image`;
  } else if (/premature end|truncated|unexpected end|end of (file|data|stream)|bad seek/i.test(message)) {
    reason = `the file ends early (${detail})`;
  } else if (/corrupt header/i.test(message)) {
    reason = `its header is damaged (${detail})`;
  } else {
    reason = `it cannot be read (${detail})`;
  }
  const prefix = kind === 'heif' ? 'HEIC image could not be decoded' : 'the image data is damaged';
  return new ImageDecodeError(`${prefix}: ${reason}`, { cause: error, code: reason.startsWith('the file ends early') ? 'file_cut_short' : 'image_unreadable' });
}

/** The first non-empty line of an error's message: decoders put their detail after it. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unknown error';
}

/** Whether a JPEG has an APP14 "Adobe" segment before its scan data. */
function hasAdobeSegment(bytes: Uint8Array): boolean {
  for (const segment of jpegHeaderSegments(bytes)) if (segment.marker === 0xee && ascii(bytes, segment.data, 5) === 'Adobe') return true;
  return false;
}

/** Whether a PNG has an acTL chunk (APNG) before its image data. */
function isAnimatedPng(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8; // after the signature
  while (at + 8 <= bytes.length) {
    const type = ascii(bytes, at + 4, 4);
    if (type === 'acTL') return true;
    if (type === 'IDAT') return false;
    at += 12 + view.getUint32(at); // length, type, data, CRC
  }
  return false;
}

/** Whether a WebP's image data is lossy (VP8) rather than lossless (VP8L); an animation is judged by its first frame. */
function isLossyWebp(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 12; // after "RIFF", size, "WEBP"
  while (at + 8 <= bytes.length) {
    const type = ascii(bytes, at, 4);
    if (type === 'VP8 ') return true;
    if (type === 'VP8L') return false;
    if (type === 'ANMF') {
      at += 8 + 16; // into the frame: its 16-byte header, then its image chunk
      continue;
    }
    const size = view.getUint32(at + 4, true);
    at += 8 + size + (size % 2); // chunks are padded to even length
  }
  return false;
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}
