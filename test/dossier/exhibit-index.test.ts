// The exhibit index and the manifest of the demo case (thirteen exhibits, two of them not
// reproduced, languages and kinds of every sort) in English and Russian, read back with pdf.js and
// pdffonts: each fingerprint in the monospaced face on exactly two lines of 32 hex digits, no
// word broken inside, the language named under the kind, and the contents listing every exhibit
// title whole. The index pages are drawn with pdftoppm into test-artifacts/dossier/ for a person
// to look at.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { DEMO_REFERENCE_DATE } from '../../src/demo/demo-case.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import { dossierText, type DossierLanguage } from '../../src/core/dossier/dossier-text.js';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { languageName } from '../../src/shared/place-names.js';
import { readPdf, type ReadPdf } from '../support/pdf-reader.js';
import { repoRoot } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const artifacts = path.join(repoRoot, 'test-artifacts', 'dossier');

async function demoDossier(language: DossierLanguage) {
  const { vault } = await newVault();
  const dir = await tempDir('dossier-index-');
  const { caseId } = await importCase(vault, await writeDemoCase(dir));
  const out = path.join(dir, `demo-${language}.pdf`);
  const result = await exportDossier(vault, caseId, out, { language, today: DEMO_REFERENCE_DATE });
  const detail = getCaseDetail(vault, caseId);
  return { out, result, detail, pdf: await readPdf(out) };
}

/** Pages from the one the bookmark `title` targets up to (not including) the next bookmark's. */
function pagesOf(pdf: ReadPdf, title: string): number[] {
  const index = pdf.outline.findIndex((entry) => entry.title === title);
  expect(index, `no bookmark "${title}"`).toBeGreaterThanOrEqual(0);
  const first = pdf.outline[index]!.target;
  const next = pdf.outline[index + 1]?.target ?? pdf.pageCount;
  return Array.from({ length: Math.max(1, next - first) }, (_, offset) => first + offset);
}

function linesOf(pdf: ReadPdf, pages: number[]): string[] {
  return pages.flatMap((page) => pdf.pages[page]!.text.split('\n').map((line) => line.trim()));
}

describe.each(['en', 'ru'] as const)('the exhibit index of the demo case in %s', (language) => {
  it('prints fingerprints on two monospaced lines, whole words, and languages by name', async () => {
    const { out, result, detail, pdf } = await demoDossier(language);
    const t = dossierText[language];
    const indexPages = pagesOf(pdf, t.sections.exhibitIndex);
    const lines = linesOf(pdf, indexPages);
    const text = lines.join('\n');

    // Every fingerprint: exactly its two halves, each whole on one line, in the index and the manifest.
    const manifestLines = linesOf(pdf, pagesOf(pdf, t.manifest));
    for (const exhibit of result.exhibits) {
      for (const half of [exhibit.sha256.slice(0, 32), exhibit.sha256.slice(32)]) {
        expect(lines.filter((line) => line.includes(half)), `${exhibit.label} in the index`).toHaveLength(1);
        expect(manifestLines.filter((line) => line.includes(half)), `${exhibit.label} in the manifest`).toHaveLength(1);
      }
    }

    // No word broken inside: "not reproduced" and every kind's words stand whole on a line.
    const notReproduced = result.exhibits.filter((exhibit) => !exhibit.rendered);
    expect(notReproduced.length).toBeGreaterThan(0);
    const lastWord = t.notRendered.split(' ').at(-1)!;
    expect(lines.filter((line) => line.split(/\s+/).includes(lastWord))).toHaveLength(notReproduced.length);
    const words = new Set(lines.flatMap((line) => line.split(/\s+/)));
    const exhibitItems = result.exhibits.map((exhibit) => detail.evidence.find((item) => item.sha256 === exhibit.sha256)!);
    for (const item of exhibitItems) {
      for (const word of t.evidenceKinds[item.kind].split(' ')) expect(words, `"${word}" of a kind`).toContain(word);
    }

    // The language as a name the reader knows, never a bare code.
    for (const item of exhibitItems.filter((entry) => entry.language)) {
      expect(text).toContain(languageName(item.language!, language));
    }
    expect(words).not.toContain('ru');
    expect(words).not.toContain('kk');

    // The fingerprints are set in the shipped monospaced face, embedded as a subset.
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' });
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansMono-Regular\s.*\byes\s+yes\s+yes\b/);

    // The contents list every exhibit's title whole, however long (no "…"), on however many pages
    // they take (a certificate of translation has its own entry).
    const contents = linesOf(pdf, pagesOf(pdf, t.contents)).join(' ').replace(/\s+/g, ' ');
    expect(contents).not.toContain('…');
    for (const exhibit of result.exhibits) expect(contents).toContain(exhibit.title.replace(/\s+/g, ' '));

    await mkdir(artifacts, { recursive: true });
    for (const [offset, page] of indexPages.entries()) {
      execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', String(page + 1), '-l', String(page + 1), out, path.join(artifacts, `exhibit-index-${language}-${offset + 1}`)]);
    }
    execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', '2', '-l', '2', out, path.join(artifacts, `contents-${language}`)]);
  }, 120_000);
});
