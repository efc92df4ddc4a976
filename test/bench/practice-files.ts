// Writes one planned evidence file of the practice with the fake-document generator
// (src/demo/fake-documents): typed PDFs with an embedded, subset Noto Sans; scanned pages as
// greyscale JPEGs; photos as noisy JPEGs; PNG screenshots; statements; the 1 GiB file. The bytes
// depend only on the seed and the file's path (its random stream), so files can be written in
// any order.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Random } from '../../src/demo/fake-documents/random.js';
import { messengerScreenshot, pagedPdf, phonePhoto, writeRandomBytes } from '../../src/demo/fake-documents/seeded-files.js';
import type { PlannedFile } from './practice-plan.js';
import { sentence, type TextLanguage } from './practice-text.js';

export interface FileAssets {
  seed: number;
  /** Noto Sans Regular, the font typed pages are set in (Latin, Cyrillic, Kazakh). */
  font: Uint8Array;
  /** JPEG scans of A4 pages at 150 dpi, shared by every scanned PDF. */
  scans: Buffer[];
}

export interface WrittenFile {
  bytes: number;
  /** Pages, for PDFs. */
  pages?: number;
  /** Pages drawn from the scan pool, for PDFs. */
  scannedPages?: number;
}

/** Fixed, so that the PDFs are the same bytes on every run. */
const documentDate = new Date('2025-01-15T09:00:00Z');

/** Words of the language broken into lines of about `width` characters. */
function typedLines(random: Random, language: TextLanguage, count: number, width = 84): string[] {
  const lines: string[] = [];
  let line = '';
  while (lines.length < count) {
    for (const word of sentence(random, language).split(' ')) {
      if (line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (random.chance(0.25)) {
      lines.push(line, '');
      line = '';
    }
  }
  return lines.slice(0, count);
}

function statementText(paragraphs: number, language: TextLanguage, random: Random): Buffer {
  const text = Array.from({ length: paragraphs }, () => typedLines(random, language, random.int(3, 9), 100).join(' '));
  return Buffer.from(`${text.join('\n\n')}\n`, 'utf8');
}

export async function writeEvidenceFile(root: string, file: PlannedFile, assets: FileAssets): Promise<WrittenFile> {
  const target = path.join(root, file.path);
  await mkdir(path.dirname(target), { recursive: true });
  const random = Random.for(assets.seed, file.path);
  const { spec } = file;
  switch (spec.kind) {
    case 'pdf': {
      const metadata = { title: spec.title, producer: 'Dossier benchmark generator (@cantoo/pdf-lib)', date: documentDate };
      const { bytes, scannedPages } = await pagedPdf({ pages: spec.pages, scanned: spec.scanned, metadata }, random, assets, (count) =>
        typedLines(random, spec.language, count),
      );
      await writeFile(target, bytes);
      return { bytes: bytes.length, pages: spec.pages, scannedPages };
    }
    case 'photo': {
      const bytes = await phonePhoto(spec.width, spec.height, assets.seed, file.path);
      await writeFile(target, bytes);
      return { bytes: bytes.length };
    }
    case 'screenshot': {
      const bytes = await messengerScreenshot(random);
      await writeFile(target, bytes);
      return { bytes: bytes.length };
    }
    case 'statement': {
      const bytes = statementText(spec.paragraphs, spec.language, random);
      await writeFile(target, bytes);
      return { bytes: bytes.length };
    }
    case 'big':
      await writeRandomBytes(target, spec.bytes, assets.seed, file.path);
      return { bytes: spec.bytes };
  }
}
