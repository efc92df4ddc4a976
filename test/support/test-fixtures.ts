// The files in test/fixtures, as the fake-document generator writes them: a two-page extradition
// order in the standard, unembedded Helvetica and a small PNG of a picket sign. They are committed
// so that a test can name them by path; test/demo/test-fixtures.test.ts proves they are still
// what this module writes. After changing this module, write them again:
//   node --import tsx test/support/test-fixtures.ts
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawPicture } from '../../src/demo/fake-documents/pictures.js';
import { standardFontPdf } from '../../src/demo/fake-documents/standard-font-pdf.js';
import { fixturesDir } from './sample-case.js';

export async function orderPdf(): Promise<Uint8Array> {
  return standardFontPdf(
    { title: 'Extradition order - test fixture', producer: 'Dossier test fixtures (@cantoo/pdf-lib)', date: new Date('2026-11-21T19:49:06Z') },
    [
      ['Extradition order - test fixture', 'Page 1 of 2'],
      ['Page 2 of 2'],
    ],
  );
}

/** A 64 × 48 photo of a picket: a white sign on red, stored with a two-colour palette. */
export async function picketPng(): Promise<Buffer> {
  const sign = '<rect width="64" height="48" fill="#cc3333"/><rect x="10" y="10" width="45" height="29" fill="#ffffff"/>';
  const picture = await drawPicture(64, 48, sign, []);
  return picture.png({ palette: true, colours: 2 }).toBuffer();
}

export async function testFixtures(): Promise<Record<'order.pdf' | 'picket.png', Uint8Array>> {
  return { 'order.pdf': await orderPdf(), 'picket.png': await picketPng() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, bytes] of Object.entries(await testFixtures())) await writeFile(path.join(fixturesDir, name), bytes);
}
