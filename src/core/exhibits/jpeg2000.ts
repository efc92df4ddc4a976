// JPEG 2000 images (JP2 and JPX files, bare codestreams) as the dossier reads them. The libvips
// inside sharp has no OpenJPEG, so they are decoded by Mozilla's OpenJPEG build for pdf.js, the
// WebAssembly decoder Firefox runs on every JPEG 2000 image inside a PDF. Its header is read here
// first, so a file claiming more pixels than a page can carry is refused before any is decoded.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectGarbageSoon } from '../threads/collect-garbage.js';

/** Thrown when the bytes are not a JPEG 2000 image the decoder reads; the message says why in plain words. */
export class Jpeg2000Error extends Error {
  override readonly name = 'Jpeg2000Error';
}

export interface Jpeg2000Header {
  width: number;
  height: number;
  /** Components in the codestream: 1 grey, 2 grey and alpha, 3 colour, 4 colour and alpha. */
  components: number;
  /** Bits of the first component (1 to 38); the decoder scales every depth to 8 bits. */
  bitDepth: number;
  /** The irreversible (9-7) wavelet, which loses detail; the reversible one may still be lossless. */
  lossy: boolean;
}

/** Decoded pixels: always 8-bit RGBA, whatever the source's components and depth. */
export interface Jpeg2000Pixels {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

const JP2_SIGNATURE = [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a];
const SOC = 0xff4f;
const SIZ = 0xff51;
const COD = 0xff52;
const SOT = 0xff90;

/**
 * The image's size, components and coding from its codestream's main header, which a JP2 or JPX
 * file holds in its contiguous-codestream box. Reads no pixels.
 */
export function readJpeg2000Header(bytes: Uint8Array): Jpeg2000Header {
  const codestream = isJp2File(bytes) ? contiguousCodestream(bytes) : bytes;
  const view = new DataView(codestream.buffer, codestream.byteOffset, codestream.byteLength);
  if (codestream.length < 4 || view.getUint16(0) !== SOC || view.getUint16(2) !== SIZ) {
    throw new Jpeg2000Error('its header is damaged: the JPEG 2000 codestream does not start as it should');
  }
  // SIZ after its marker: Lsiz, Rsiz, Xsiz, Ysiz, XOsiz, YOsiz, four tile fields, Csiz, then 3 bytes a component.
  const siz = 4;
  if (codestream.length < siz + 41) throw new Jpeg2000Error('the file ends early, inside its header');
  const [xsiz, ysiz, xosiz, yosiz] = [4, 8, 12, 16].map((at) => view.getUint32(siz + at));
  const components = view.getUint16(siz + 36);
  const width = xsiz! - xosiz!;
  const height = ysiz! - yosiz!;
  if (width <= 0 || height <= 0 || components === 0) throw new Jpeg2000Error('its header is damaged: it gives no size or no colour components');
  const bitDepth = (codestream[siz + 38]! & 0x7f) + 1;
  return { width, height, components, bitDepth, lossy: readLossy(codestream, view, siz + view.getUint16(siz)) };
}

/** The wavelet named by the main header's coding style (COD) segment, which must come before the first tile. */
function readLossy(codestream: Uint8Array, view: DataView, from: number): boolean {
  for (let at = from; at + 4 <= codestream.length; ) {
    const marker = view.getUint16(at);
    if (marker === SOT) break;
    const length = view.getUint16(at + 2);
    if ((marker & 0xff00) !== 0xff00 || length < 2) break;
    // After the marker: Lcod (2), Scod, progression, layers (2), colour transform, then decomposition
    // levels, code-block width and height, code-block style, wavelet (0 is the irreversible 9-7).
    if (marker === COD) {
      if (at + 14 > codestream.length) break;
      return codestream[at + 13]! === 0;
    }
    at += 2 + length;
  }
  throw new Jpeg2000Error('its header is damaged: it has no coding style before the image data');
}

function isJp2File(bytes: Uint8Array): boolean {
  return JP2_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** The contents of the first contiguous-codestream ('jp2c') box: JP2 and JPX files keep the image there. */
function contiguousCodestream(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 8 <= bytes.length; ) {
    let length = view.getUint32(at);
    let header = 8;
    if (length === 1) {
      if (at + 16 > bytes.length) break;
      length = Number(view.getBigUint64(at + 8));
      header = 16;
    } else if (length === 0) {
      length = bytes.length - at; // the last box runs to the end of the file
    }
    if (length < header) break;
    if (String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === 'jp2c') return bytes.subarray(at + header, Math.min(at + length, bytes.length));
    at += length;
  }
  throw new Jpeg2000Error('its header is damaged: the JPEG 2000 file holds no image codestream');
}

/**
 * Decodes the whole image. The decoder refuses a codestream cut short rather than return part of
 * it; damage inside the coded data gives wrong pixels, not an error, as in a JPEG (see
 * isWholeBaselineJpeg in image-decoding.ts).
 */
export async function decodeJpeg2000(bytes: Uint8Array, header: Jpeg2000Header): Promise<Jpeg2000Pixels> {
  const decoder = await loadDecoder();
  let rgba: Uint8ClampedArray;
  try {
    // numComponents 0 asks for RGBA whatever the components; smaskInData keeps an alpha component
    // (a fourth, or a second beside grey) rather than making every pixel opaque.
    rgba = await decoder.decode(bytes, { numComponents: 0, smaskInData: true });
  } catch (error) {
    const message = decoderMessage(error);
    // OpenJPEG's words for a codestream cut short: its tile parts claim more bytes than are left.
    const cutShort = /stream too short|inconsistent with stream length/i.test(message);
    throw new Jpeg2000Error(`${cutShort ? 'the file ends early' : 'it cannot be read'} (${message})`, { cause: error });
  } finally {
    // OpenJPEG's WebAssembly memory only grows: a module of its own for each image lets the
    // largest one's buffers go with it rather than stay for the rest of the export.
    decoder.cleanup();
  }
  // They go now, not at V8's next collection: a 12 MP image leaves 150 MiB, and encoding it comes next.
  await collectGarbageSoon();
  if (rgba.length !== header.width * header.height * 4) {
    throw new Jpeg2000Error('its header is damaged: the decoded picture is not the size the header gives');
  }
  return { width: header.width, height: header.height, rgba };
}

function decoderMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unknown error';
}

type JpxImage = typeof import('pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs').JpxImage;

let decoder: Promise<JpxImage> | undefined;

/**
 * Loaded on first use. The legacy build runs on every Node the app supports (the modern one needs
 * Promise.withResolvers, Node 22). Nothing is fetched: the WebAssembly module is read from the
 * package's folder and handed over through pdf.js's own "FetchBinaryData" message, the path it
 * takes when it may not fetch (useWorkerFetch false); wasmUrl, the same folder, is read only for
 * its fallback decoder should WebAssembly be unavailable.
 */
function loadDecoder(): Promise<JpxImage> {
  decoder ??= (async () => {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const wasmDir = path.join(packageDir, 'wasm');
    const decoders = await import('pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs');
    const wasm = new Uint8Array(await readFile(path.join(wasmDir, 'openjpeg.wasm')));
    // Its warnings would go to the reader's stdout; its errors come back as the decode's exception.
    decoders.setVerbosityLevel(decoders.VerbosityLevel.ERRORS);
    decoders.JpxImage.setOptions({
      useWasm: true,
      useWorkerFetch: false,
      wasmUrl: `${pathToFileURL(wasmDir).href}/`,
      handler: {
        sendWithPromise: async (name) => {
          if (name !== 'FetchBinaryData') throw new Error(`pdf.js asked for ${name}, which the reader does not serve`);
          return wasm;
        },
      },
    });
    return decoders.JpxImage;
  })();
  // A failure to load is the app's, not the file's: the next image tries again.
  decoder.catch(() => (decoder = undefined));
  return decoder;
}
