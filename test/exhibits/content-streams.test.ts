// The strict content-stream check names a page only when its data fails to decode: a stream too
// large to inflate here within the cap is "cannot tell", never "damaged".
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { pagesWithUndecodableContent } from '../../src/core/exhibits/content-streams.js';

/** A one-page PDF whose content stream holds `compressed` and says /FlateDecode. */
async function pageWithFlateContent(compressed: Uint8Array): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const raw = doc.context.stream(compressed, { Filter: 'FlateDecode' });
  page.node.set(PDFName.of('Contents'), doc.context.register(raw));
  return doc;
}

describe('pages whose content does not decode', () => {
  it('names a page whose Flate data is corrupt', async () => {
    const sound = deflateSync(Buffer.from('0 0 m 100 100 l S\n'.repeat(200)));
    const corrupt = Buffer.from(sound);
    corrupt.fill(0xff, 10, 40);
    expect(pagesWithUndecodableContent(await pageWithFlateContent(sound), 1)).toEqual([]);
    expect(pagesWithUndecodableContent(await pageWithFlateContent(corrupt), 1)).toEqual([1]);
  });

  it('does not name a page whose content inflates past the 64 MiB cap (65 MiB of drawing instructions)', async () => {
    const instructions = Buffer.alloc(65 * 1024 * 1024, '0 0 m 1 1 l S\n');
    const doc = await pageWithFlateContent(deflateSync(instructions));
    expect(pagesWithUndecodableContent(doc, 1)).toEqual([]);
  });
});
