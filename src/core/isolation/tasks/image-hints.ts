// What an image file says about the device that made it, for the kind guess: the camera's make
// and model from EXIF (IFD0 tags 0x010F and 0x0110) and the stated pixel density. Read in the
// reader process from the bytes imported, through sharp's header parse (no pixels are decoded).
import sharp from 'sharp';
import type { ImageHints } from '../../intake/kind-guess.js';

const MAKE = 0x010f;
const MODEL = 0x0110;
const ASCII = 2;

/** Reads the ASCII tags Make and Model from the first IFD of a raw EXIF block ("Exif\0\0" + TIFF). */
export function cameraFromExif(exif: Buffer): { cameraMake?: string; cameraModel?: string } {
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
  if (tiff.length < 8) return {};
  const order = tiff.subarray(0, 2).toString('latin1');
  if (order !== 'II' && order !== 'MM') return {};
  const little = order === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return {};
  const found: { cameraMake?: string; cameraModel?: string } = {};
  const entries = u16(ifd);
  for (let index = 0; index < entries; index += 1) {
    const entry = ifd + 2 + index * 12;
    if (entry + 12 > tiff.length) break;
    const tag = u16(entry);
    if ((tag !== MAKE && tag !== MODEL) || u16(entry + 2) !== ASCII) continue;
    const count = u32(entry + 4);
    // Four bytes or fewer sit in the entry itself; longer values are elsewhere, at an offset.
    const start = count <= 4 ? entry + 8 : u32(entry + 8);
    if (start + count > tiff.length) continue;
    const value = tiff.subarray(start, start + count).toString('latin1').replace(/\0.*$/s, '').trim();
    if (value === '') continue;
    if (tag === MAKE) found.cameraMake = value;
    else found.cameraModel = value;
  }
  return found;
}

/** The hints of an image; nothing when its header cannot be read (the guess then goes by name and type). */
export async function readImageHints(bytes: Uint8Array): Promise<ImageHints | undefined> {
  try {
    const metadata = await sharp(bytes, { failOn: 'none' }).metadata();
    return { ...(metadata.exif ? cameraFromExif(metadata.exif) : {}), density: metadata.density };
  } catch {
    return undefined;
  }
}
