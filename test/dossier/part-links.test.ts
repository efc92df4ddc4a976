// Links between the exhibits' own pages in a dossier in parts. An original's separator names its
// translation, which comes after it: when the parts are cut between the two, that link was written
// before the translation had a part and stayed local, pointing at nothing. Read back with pdf.js:
// every link of every part opens a destination in its own file or in the part it names.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { exportDossier, planDossier } from '../../src/core/dossier/export-dossier.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { flatText } from '../support/pdf-reader.js';
import { sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

interface FollowedLink {
  from: { file: string; page: number };
  dest: string;
  /** The file the link opens (its own, or another part's). */
  file: string;
  /** The page it lands on in that file (from 1), or -1 when the destination is not there. */
  landing: number;
  /** The text of that page. */
  text: string;
}

async function withDocuments<T>(files: string[], use: (docs: Map<string, PDFDocumentProxy>) => Promise<T>): Promise<T> {
  const docs = new Map<string, PDFDocumentProxy>();
  for (const file of files) docs.set(path.basename(file), await getDocument({ data: new Uint8Array(await readFile(file)), isEvalSupported: false, verbosity: 0 }).promise);
  try {
    return await use(docs);
  } finally {
    await Promise.all([...docs.values()].map((doc) => doc.destroy()));
  }
}

/** Every link of every file, followed to where it lands. */
async function followLinks(files: string[]): Promise<FollowedLink[]> {
  return withDocuments(files, async (docs) => {
    const followed: FollowedLink[] = [];
    const landing = async (file: string, dest: string) => {
      const doc = docs.get(file);
      const explicit = doc ? await doc.getDestination(dest) : null;
      if (!doc || !explicit) return { landing: -1, text: '' };
      const index = await doc.getPageIndex(explicit[0] as Parameters<PDFDocumentProxy['getPageIndex']>[0]);
      const content = await (await doc.getPage(index + 1)).getTextContent();
      return { landing: index + 1, text: flatText(content.items.map((item) => ('str' in item ? item.str : '')).join(' ')) };
    };
    for (const [file, doc] of docs) {
      for (let number = 1; number <= doc.numPages; number += 1) {
        for (const annotation of await (await doc.getPage(number)).getAnnotations()) {
          if (annotation.subtype !== 'Link') continue;
          const [target, dest] = typeof annotation.dest === 'string' ? [file, annotation.dest] : String(annotation.unsafeUrl).split('#');
          followed.push({ from: { file, page: number }, dest: dest!, file: target!, ...(await landing(target!, dest!)) });
        }
      }
    }
    return followed;
  });
}

describe('links between the exhibits of a dossier in parts', () => {
  it('an original’s separator opens its translation in the next part, and the translation’s opens the original', { timeout: 300_000 }, async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    await writeFile(path.join(dir, 'order-en.txt'), 'Extradition order of the Prosecutor General: translation.\n');
    const evidence = [
      ...sampleCase.evidence.slice(0, 2),
      { key: 'order-en', file: 'order-en.txt', title: 'Extradition order: translation', kind: 'translation', language: 'en', translationOf: 'order' },
      sampleCase.evidence[2]!,
    ];
    const { caseId } = await importCase(vault, await writeSampleCase(dir, { evidence } as Partial<typeof sampleCase>));
    const options = { today: '2026-11-20', template: 'national-asylum-bundle', language: 'en' as const };
    const plan = await planDossier(vault, caseId, options);
    const [, order, translation] = plan.exhibits;
    expect([order!.name, translation!.name]).toEqual(['Tab B', 'Tab B.1']);

    // One file: the separators link each other.
    const whole = await exportDossier(vault, caseId, path.join(dir, 'whole.pdf'), options);
    const links = await followLinks([whole.file]);
    const between = (from: number, dest: string) => links.filter((link) => link.from.page === from && link.dest === dest);
    expect(between(order!.firstPage, 'exhibit-3').map((link) => link.landing)).toContain(translation!.firstPage);
    expect(between(translation!.firstPage, 'exhibit-2').map((link) => link.landing)).toContain(order!.firstPage);

    // Parts of at most this many pages: the first ends with the original (its own cover, then
    // every page to the original's last), the translation opens the second.
    const result = await exportDossier(vault, caseId, path.join(dir, 'parts.pdf'), { ...options, maxPartPages: order!.firstPage + order!.contentPages + 1 });
    const parts = result.parts!;
    expect(parts.map((part) => [part.firstPage, part.lastPage])).toEqual([
      [1, translation!.firstPage - 1],
      [translation!.firstPage, result.pages],
    ]);
    const names = parts.map((part) => path.basename(part.file));
    const followed = await followLinks(parts.map((part) => part.file));
    // Every link opens a page, in its own file or in the part it names.
    expect(followed.filter((link) => link.landing < 0)).toEqual([]);
    expect(followed.every((link) => names.includes(link.file))).toBe(true);
    // The original's separator (page 1 of the part is its cover) opens the translation's, in part 2.
    const forward = followed.filter((link) => link.from.file === names[0] && link.dest === 'exhibit-3' && link.from.page === order!.firstPage + 1);
    expect(forward.length).toBeGreaterThan(0);
    for (const link of forward) {
      expect(link.file).toBe(names[1]);
      expect(link.text).toContain(`${translation!.firstPage} / ${result.pages}`);
      expect(link.text).toContain('Tab B.1');
    }
    const back = followed.filter((link) => link.from.file === names[1] && link.dest === 'exhibit-2');
    expect(back.length).toBeGreaterThan(0);
    for (const link of back) expect([link.file, link.text.includes(`${order!.firstPage} / ${result.pages}`)]).toEqual([names[0], true]);
  });
});
