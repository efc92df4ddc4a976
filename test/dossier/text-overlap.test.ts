// No two runs of text overlap on any page Dossier typesets: the cover, the contents, the sections,
// the separators, the manifest, typed text exhibits, and the footer on every page (on an
// exhibit's own pages only the footer is ours, so only it is checked there). Each dossier is read
// back with pdf.js; a run's box is its advance along the baseline by the font's height (the em
// square, placed by the font's ascent and descent), so two runs that only touch, as the halves
// of a line set in two faces do, are not an overlap, while a label running under its value is.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { exportDossier, type ExportResult } from '../../src/core/dossier/export-dossier.js';
import type { DossierLanguage } from '../../src/core/dossier/dossier-text.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import type { Vault } from '../../src/core/vault/vault.js';
import { notoSansFile } from '../../src/demo/fake-documents/fonts.js';
import { scanPage } from '../../src/demo/fake-documents/seeded-files.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import type { CaseInput } from '../../src/shared/models.js';
import { writeEvidenceFile, type FileAssets } from '../bench/practice-files.js';
import { planPractice, practiceSizes } from '../bench/practice-plan.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const languages: DossierLanguage[] = ['en', 'ru', 'fr'];

/** A run of text as pdf.js reads it, with the box it covers in user space. */
interface TextBox {
  text: string;
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/** Where two runs of a page cover the same area by more than rounding. */
interface Overlap {
  page: number;
  first: TextBox;
  second: TextBox;
}

/** Glyph widths are stored in thousandths of an em; sums of rounded widths may cross by this much. */
const tolerance = 0.05;

/**
 * The box of each run of text on each page (1-based page numbers), in the page's user space:
 * the run's advance along its baseline by the em square, turned with the run.
 */
async function textBoxes(file: string): Promise<{ boxes: TextBox[]; view: number[]; rotation: number }[]> {
  const data = new Uint8Array(await readFile(file));
  const doc = await getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const boxes: TextBox[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        const height = Math.hypot(c!, d!);
        const style = content.styles[item.fontName];
        // The em square, split above and below the baseline as the font's ascent and descent are.
        const ascent = style && style.ascent > 0 && style.descent < 0 ? style.ascent / (style.ascent - style.descent) : 0.8;
        const along = [a! / Math.hypot(a!, b!), b! / Math.hypot(a!, b!)] as const;
        const up = [c! / height, d! / height] as const;
        const corners = [0, item.width].flatMap((advance) =>
          [-(1 - ascent) * height, ascent * height].map((rise) => [e! + along[0] * advance + up[0] * rise, f! + along[1] * advance + up[1] * rise] as const),
        );
        const xs = corners.map(([x]) => x);
        const ys = corners.map(([, y]) => y);
        boxes.push({ text: item.str, left: Math.min(...xs), bottom: Math.min(...ys), right: Math.max(...xs), top: Math.max(...ys) });
      }
      pages.push({ boxes, view: page.view, rotation: page.rotate });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

function overlapsOn(page: number, boxes: TextBox[]): Overlap[] {
  const found: Overlap[] = [];
  const sorted = [...boxes].sort((one, other) => one.left - other.left);
  for (const [index, first] of sorted.entries()) {
    for (const second of sorted.slice(index + 1)) {
      if (second.left >= first.right - tolerance) break;
      const wide = Math.min(first.right, second.right) - Math.max(first.left, second.left);
      const high = Math.min(first.top, second.top) - Math.max(first.bottom, second.bottom);
      if (wide > tolerance && high > tolerance) found.push({ page, first, second });
    }
  }
  return found;
}

/** The footer band of a page as shown (pdf.js view is the crop box; the band is at its shown bottom). */
function inFooterBand(box: TextBox, view: number[], rotation: number): boolean {
  const band = 22;
  const [x0, y0, x1, y1] = view as [number, number, number, number];
  switch (rotation) {
    case 90:
      return box.left >= x1 - band;
    case 180:
      return box.bottom >= y1 - band;
    case 270:
      return box.right <= x0 + band;
    default:
      return box.top <= y0 + band;
  }
}

/**
 * Every overlap of text on the pages the dossier composes; on an exhibit's own pages (a PDF's
 * pages, an image) only the runs of the footer band count, since the rest is the exhibit's.
 */
async function overlapsIn(file: string, exhibitOwnPages: Set<number>): Promise<Overlap[]> {
  const pages = await textBoxes(file);
  return pages.flatMap(({ boxes, view, rotation }, index) => {
    const number = index + 1;
    const ours = exhibitOwnPages.has(number) ? boxes.filter((box) => inFooterBand(box, view, rotation)) : boxes;
    return overlapsOn(number, ours);
  });
}

/** 'page 1: "label" [x0, y0 – x1, y1] overlaps "value" [...]', one line per overlap. */
function describeOverlaps(overlaps: Overlap[]): string[] {
  const box = ({ text, left, bottom, right, top }: TextBox) =>
    `"${text}" [${left.toFixed(1)}, ${bottom.toFixed(1)} – ${right.toFixed(1)}, ${top.toFixed(1)}]`;
  return overlaps.map(({ page, first, second }) => `page ${page}: ${box(first)} overlaps ${box(second)}`);
}

/** Page numbers of the exhibits' own pages: those of PDFs and images, not the text files we typeset. */
function exhibitOwnPages(vault: Vault, caseId: string, result: ExportResult): Set<number> {
  const mediaTypes = new Map(getCaseDetail(vault, caseId).evidence.map((item) => [item.sha256, item.mediaType]));
  const pages = new Set<number>();
  for (const exhibit of result.exhibits) {
    if (!exhibit.rendered || mediaTypes.get(exhibit.sha256)?.startsWith('text/')) continue;
    for (let page = exhibit.firstPage + 1; page < exhibit.firstPage + exhibit.pages; page += 1) pages.add(page);
  }
  return pages;
}

async function expectNoOverlap(vault: Vault, caseId: string, result: ExportResult): Promise<void> {
  const overlaps = await overlapsIn(result.file, exhibitOwnPages(vault, caseId, result));
  expect(describeOverlaps(overlaps)).toEqual([]);
}

/** The demo case in a new vault, its case record changed by `caseChanges`. */
async function demoCase(caseChanges: Partial<CaseInput> = {}): Promise<{ vault: Vault; caseId: string; dir: string }> {
  const { vault } = await newVault();
  const dir = await tempDir('dossier-overlap-');
  const jsonPath = await writeDemoCase(dir);
  const doc = JSON.parse(await readFile(jsonPath, 'utf8'));
  doc.case = { ...doc.case, ...caseChanges };
  await writeFile(jsonPath, JSON.stringify(doc));
  const { caseId } = await importCase(vault, jsonPath);
  return { vault, caseId, dir };
}

describe('the overlap check', () => {
  it('finds runs that cover each other, and passes runs that only touch or sit on adjacent lines', () => {
    const run = (text: string, left: number, bottom: number, right: number, top: number): TextBox => ({ text, left, bottom, right, top });
    // Two halves of a line in two faces, end to end; the next line exactly one em below.
    const touching = [run('Ерлан', 62, 500, 95.3, 510.5), run('王小明', 95.3, 500, 120, 510.5), run('Next line', 62, 489.5, 110, 500)];
    expect(overlapsOn(1, touching)).toEqual([]);
    // A label running under its value.
    const label = run('Extradition order (Prosecutor General of Kazakhstan)', 62, 400, 300, 410.5);
    const value = run('2-04-26/118-Ә', 212, 400, 280, 410.5);
    expect(overlapsOn(1, [label, value])).toEqual([{ page: 1, first: label, second: value }]);
    expect(describeOverlaps(overlapsOn(1, [label, value]))).toEqual([
      'page 1: "Extradition order (Prosecutor General of Kazakhstan)" [62.0, 400.0 – 300.0, 410.5] overlaps "2-04-26/118-Ә" [212.0, 400.0 – 280.0, 410.5]',
    ]);
  });
});

describe('no text overlaps other text', () => {
  it.each(languages)('in the demo dossier in %s', async (language) => {
    const { vault, caseId, dir } = await demoCase();
    const result = await exportDossier(vault, caseId, path.join(dir, `demo-${language}.pdf`), { language, today: '2026-03-16' });
    await expectNoOverlap(vault, caseId, result);
  });

  it.each(languages)('on a cover with many long references in %s', async (language) => {
    const { vault, caseId, dir } = await demoCase({
      otherReferences: Array.from({ length: 14 }, (_, index) => ({
        label: `Extradition order (Prosecutor General of Kazakhstan), request no. ${index + 1} of the Office for International Cooperation in Criminal Matters`,
        value: `2-04-26/118-Ә, decision of the Prosecutor General of the Republic of Kazakhstan of ${index + 1} March 2026 on extradition to the Russian Federation`,
      })),
    });
    const result = await exportDossier(vault, caseId, path.join(dir, `references-${language}.pdf`), { language, exhibitIds: [], today: '2026-03-16' });
    await expectNoOverlap(vault, caseId, result);
  });

  it('in the footers of a case whose long title stands in for its reference', async () => {
    const { vault, caseId, dir } = await demoCase({
      reference: undefined,
      title: 'Toktarov v. Kazakhstan: communication to the Committee against Torture with a request for interim measures against extradition to the Russian Federation',
    });
    const result = await exportDossier(vault, caseId, path.join(dir, 'title-footer.pdf'), { today: '2026-03-16' });
    await expectNoOverlap(vault, caseId, result);
  });

  it('in the dossier of the benchmark’s large case', async () => {
    const dir = await tempDir('dossier-overlap-bench-');
    const seed = 1;
    const plan = planPractice(seed, practiceSizes.quick);
    const large = plan.cases[0]!;
    const assets: FileAssets = { seed, font: await readFile(notoSansFile('regular')), scans: [] };
    for (let index = 0; index < practiceSizes.quick.scanPool; index += 1) assets.scans.push(await scanPage(seed, index));
    for (const file of large.files) await writeEvidenceFile(dir, file, assets);
    const caseJson = path.join(dir, large.caseJson);
    await writeFile(caseJson, JSON.stringify(large.doc));
    const { vault } = await newVault();
    const { caseId } = await importCase(vault, caseJson);
    const result = await exportDossier(vault, caseId, path.join(dir, 'large-case.pdf'), { today: '2026-01-15' });
    expect(result.exhibits.length).toBe(practiceSizes.quick.largeCase.exhibits);
    await expectNoOverlap(vault, caseId, result);
  });
});
