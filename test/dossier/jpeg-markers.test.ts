// A JPEG's words (EXIF, XMP, comments) leave a redacted export's copied pages without a pixel of
// it decoded: the real sharp writes the photo, the real pdf-lib copies the page, and the cleaned
// image must decode to the same pixels with its ICC profile kept and no trace of the term.
import { PDFDocument, PDFName, PDFRawStream, PDFRef } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegSegmentsOutsidePixels, jpegWithoutText } from '../../src/core/exhibits/jpeg-markers.js';
import { cleanCopiedPage } from '../../src/core/dossier/redaction/redact-pages.js';

const TERM = 'Temirkhanova';

/** A photo with the term in its EXIF Artist, its XMP and a comment segment, and an ICC profile. */
async function wordyPhoto(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 96, height: 64, channels: 3, background: '#5a7d9a' } })
    .withExif({ IFD0: { Artist: TERM } })
    .withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${TERM}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`)
    .withIccProfile('p3')
    .jpeg()
    .toBuffer();
  const comment = Buffer.from(`Taken by ${TERM}`, 'latin1');
  const com = Buffer.concat([Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff]), comment]);
  return Buffer.concat([jpeg.subarray(0, 2), com, jpeg.subarray(2)]);
}

const holdsTerm = (bytes: Uint8Array) => Buffer.from(bytes).includes(TERM, 0, 'latin1');
const pixels = async (jpeg: Uint8Array) => (await sharp(jpeg).raw().toBuffer()).toString('hex');

describe('a JPEG without its words', () => {
  it('loses EXIF, XMP and comments, keeps its ICC profile, and decodes to the same pixels', async () => {
    const photo = await wordyPhoto();
    expect(holdsTerm(photo)).toBe(true);
    const clean = jpegWithoutText(photo)!;
    expect(clean).toBeDefined();
    expect(holdsTerm(clean)).toBe(false);
    expect(clean.length).toBeLessThan(photo.length);
    const metadata = await sharp(clean).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.icc).toBeDefined();
    expect(await pixels(clean)).toBe(await pixels(photo));
    // Nothing left to remove: the same bytes back.
    expect(jpegWithoutText(clean)).toBe(clean);
    // The segments outside the pixels hold the term before, not after.
    expect(jpegSegmentsOutsidePixels(photo)!.some(holdsTerm)).toBe(true);
    expect(jpegSegmentsOutsidePixels(clean)!.some(holdsTerm)).toBe(false);
  });

  it('refuses bytes that are not a well-formed JPEG header', async () => {
    const photo = await wordyPhoto();
    expect(jpegWithoutText(photo.subarray(1))).toBeUndefined();
    // A segment length running past the end.
    expect(jpegWithoutText(Buffer.concat([photo.subarray(0, 2), Buffer.from([0xff, 0xe1, 0xff, 0xff]), Buffer.from(TERM)]))).toBeUndefined();
    // No SOS before the end.
    expect(jpegWithoutText(photo.subarray(0, 40))).toBeUndefined();
    expect(jpegSegmentsOutsidePixels(Buffer.from(`not a JPEG ${TERM}`))).toBeUndefined();
  });

  it('cleans the JPEG a copied page draws, and makes one it cannot walk a grey pixel', async () => {
    const source = await PDFDocument.create();
    const photo = await wordyPhoto();
    const page = source.addPage([400, 300]);
    page.drawImage(await source.embedJpg(photo), { x: 10, y: 10, width: 96, height: 64 });
    const broken = await source.embedJpg(photo);
    page.drawImage(broken, { x: 200, y: 10, width: 96, height: 64 });
    await source.flush();
    // The second picture's stream cut after its header's start: pdf-lib embedded it, a walk cannot.
    const brokenStream = source.context.lookup(broken.ref) as PDFRawStream;
    brokenStream.updateContents(Buffer.concat([photo.subarray(0, 2), Buffer.from([0xff, 0xe1, 0x7f, 0xff]), Buffer.from(TERM)]));
    const target = await PDFDocument.create();
    const [copied] = await target.copyPages(await PDFDocument.load(await source.save()), [0]);
    target.addPage(copied!);
    cleanCopiedPage(copied!);
    const xobjects = copied!.node.Resources()!.lookup(PDFName.of('XObject')) as unknown as { values(): PDFRef[] };
    const images = xobjects.values().map((ref) => target.context.lookup(ref) as PDFRawStream);
    expect(images).toHaveLength(2);
    for (const image of images) expect(holdsTerm(image.contents)).toBe(false);
    const grey = images.find((image) => image.dict.get(PDFName.of('Filter')) === undefined)!;
    expect(grey.dict.get(PDFName.of('ColorSpace'))).toBe(PDFName.of('DeviceGray'));
    expect(grey.contents).toHaveLength(1);
    const kept = images.find((image) => image !== grey)!;
    expect(await pixels(kept.contents)).toBe(await pixels(photo));
    expect(holdsTerm(await target.save({ useObjectStreams: false }))).toBe(false);
  });
});
