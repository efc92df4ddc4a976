// Photos of noise: they compress badly, so a test makes a large dossier cheaply and the same
// bytes on every run (a small linear congruential generator), instead of checking in big files.
import sharp from 'sharp';

/** A JPEG of noise, about 0.55 bytes a pixel at quality 90 (1.1 MB at the default 1600 × 1200). */
export async function noisePhoto(file: string, seed: number, width = 1600, height = 1200): Promise<void> {
  const channels = 3;
  const pixels = Buffer.alloc(width * height * channels);
  let state = seed >>> 0;
  for (let index = 0; index < pixels.length; index += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    pixels[index] = state >>> 24;
  }
  await sharp(pixels, { raw: { width, height, channels } }).jpeg({ quality: 90 }).toFile(file);
}
