// The font chain against the shipped font files, read back by independent tools: pdffonts for
// embedding, pdftotext and pdf.js for text, qpdf for structure and the raw glyph codes, fontkit
// for .notdef glyphs, and pdftoppm for a picture a person can look at
// (test-artifacts/dossier/fonts-scripts.png).
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import type { Font as FontkitFont } from 'fontkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { describe, expect, it } from 'vitest';
import { DossierFonts, defaultFontsDir, displayOrder, type FontWeight } from '../../src/core/dossier/fonts.js';
import { repoRoot } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const artifactsDir = path.join(repoRoot, 'test-artifacts', 'dossier');

/** Names and words from every script a vault may hold. */
const samples = [
  { script: 'English', text: 'Statement of Jane O’Connor, 12 May 2024' },
  { script: 'Russian', text: 'Иван Петрович Сидоров' },
  { script: 'Kazakh', text: 'Әйгерім Нұрланқызы Садықова' },
  { script: 'Kazakh letters', text: 'ә ғ қ ң ө ұ ү һ і' },
  { script: 'Kazakh capitals', text: 'Ә Ғ Қ Ң Ө Ұ Ү Һ І' },
  { script: 'Mongolian', text: 'Өлзийбаяр Түмэнбаяр' },
  { script: 'Greek', text: 'Γεώργιος Παπαδόπουλος' },
  { script: 'Arabic', text: 'أحمد عبد الله' },
  { script: 'Persian', text: 'پرویز ژاله گلچین' },
  { script: 'Hebrew', text: 'יוסף כהן' },
  { script: 'Georgian', text: 'საქართველო' },
  { script: 'Armenian', text: 'Հայաստան' },
  { script: 'Chinese', text: '王小明' },
  { script: 'Japanese', text: '山田太郎 やまだ タロウ' },
  { script: 'Korean', text: '김민준' },
] as const;

const weights: FontWeight[] = ['regular', 'bold'];

/** pdftotext marks right-to-left lines with bidi embedding controls; the words are what count. */
function withoutBidiControls(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

function squash(text: string): string {
  return withoutBidiControls(text).replace(/\s+/g, '');
}

const parsedFiles = new Map<string, FontkitFont>();
async function parseShippedFace(file: string): Promise<FontkitFont> {
  let font = parsedFiles.get(file);
  if (!font) {
    const parsed = fontkit.create(await readFile(path.join(defaultFontsDir(), file)));
    if ('fonts' in parsed) throw new Error(`${file} is a collection`);
    font = parsed;
    parsedFiles.set(file, font);
  }
  return font;
}

async function newDocument() {
  const doc = await PDFDocument.create();
  const fonts = await DossierFonts.create(doc);
  return { doc, fonts };
}

/** One A4 page with every sample in both weights, saved to a temporary folder. */
async function scriptsPdf(): Promise<string> {
  const { doc, fonts } = await newDocument();
  const page = doc.addPage([595.28, 841.89]);
  let y = 800;
  for (const weight of weights) {
    fonts.draw(page, weight === 'regular' ? 'Regular' : 'Bold', { x: 40, y, size: 13, weight: 'bold', color: rgb(0.12, 0.23, 0.37) });
    y -= 22;
    for (const sample of samples) {
      fonts.draw(page, sample.script, { x: 40, y, size: 9, color: rgb(0.38, 0.38, 0.42) });
      fonts.draw(page, sample.text, { x: 150, y, size: 14, weight });
      y -= 22;
    }
    y -= 10;
  }
  const file = path.join(await tempDir(), 'fonts-scripts.pdf');
  await writeFile(file, await doc.save());
  return file;
}

function pdffontsRows(file: string): { name: string; embedded: string; subset: string; unicode: string }[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', , , , embedded = '', subset = '', unicode = ''] = line.trim().split(/\s+/);
      return { name, embedded, subset, unicode };
    });
}

/** The file as qpdf rewrites it with every stream uncompressed, as Latin-1 text. */
async function expandedPdf(file: string): Promise<string> {
  const expanded = `${file}.qdf`;
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, expanded]);
  return readFile(expanded, 'latin1');
}

/** The glyph codes of every text-showing operator, from qpdf's uncompressed copy of the file. */
async function shownGlyphCodes(file: string): Promise<string[]> {
  const content = await expandedPdf(file);
  return [...content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)].flatMap((match) => match[1]!.match(/.{4}/g) ?? []);
}

describe('font chain for the dossier', () => {
  it('has a glyph for every character of every sample, in both weights', async () => {
    const { fonts } = await newDocument();
    for (const sample of samples) expect(fonts.missing(sample.text), sample.script).toEqual([]);
  });

  it('covers every Kazakh and Mongolian Cyrillic letter in the first face, both cases', async () => {
    const { fonts } = await newDocument();
    const letters = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';
    for (const weight of weights) {
      const runs = fonts.runs(letters, weight);
      expect(runs.map((run) => run.face)).toEqual([weight === 'regular' ? 'NotoSans-Regular.ttf' : 'NotoSans-Bold.ttf']);
    }
  });

  it('sets each script in the face made for it, bold where the face has a bold', async () => {
    const { fonts } = await newDocument();
    const faceOf = (text: string, weight: FontWeight) => fonts.runs(text, weight).map((run) => run.face);
    expect(faceOf('أحمد عبد الله', 'bold')).toEqual(['NotoSansArabic-Bold.ttf']);
    expect(faceOf('יוסף כהן', 'regular')).toEqual(['NotoSansHebrew-Regular.ttf']);
    expect(faceOf('საქართველო', 'bold')).toEqual(['NotoSansGeorgian-Bold.ttf']);
    expect(faceOf('Հայաստան', 'regular')).toEqual(['NotoSansArmenian-Regular.ttf']);
    expect(faceOf('王小明', 'bold')).toEqual(['DroidSansFallbackFull.ttf']);
    expect(faceOf('김민준', 'regular')).toEqual(['DroidSansFallback-Hangul.ttf']);
  });

  it('keeps spaces and punctuation in the run of the letters around them', async () => {
    const { fonts } = await newDocument();
    expect(fonts.runs('Name: 王小明 山田太郎, 1985').map((run) => [run.face, run.text])).toEqual([
      ['NotoSans-Regular.ttf', 'Name: '],
      ['DroidSansFallbackFull.ttf', '王小明 山田太郎'],
      ['NotoSans-Regular.ttf', ', 1985'],
    ]);
    expect(fonts.runs('أحمد عبد الله')).toHaveLength(1);
  });

  it('orders right-to-left text for drawing left to right, numbers and brackets included', async () => {
    const { fonts } = await newDocument();
    const texts = (text: string) => fonts.runs(text).map((run) => run.text);
    // fontkit reverses a run with Arabic letters itself, so that run stays in logical order.
    expect(texts('Ahmed أحمد عبد الله')).toEqual(['Ahmed ', 'أحمد عبد الله']);
    // As in the Unicode bidi algorithm: the number reads left to right, left of the words before it.
    expect(texts('عبد الله 12.05.1985')).toEqual(['12.05.1985', 'عبد الله ']);
    // The brackets enclose the second name: each is drawn as its mirror image.
    expect(texts('محمد (أحمد)')).toEqual(['(', 'أحمد', ')', 'محمد ']);
    // Arabic-Indic digits would be reversed by fontkit like Arabic letters; they are handed over reversed.
    expect(texts('رقم ١٢٣')).toEqual(['٣٢١', 'رقم ']);
  });

  it('gives the drawing order of a line laid out word by word', () => {
    const order = (line: string) => displayOrder(line.split(/( )/).filter((word) => word !== ''), (word) => word).join('|');
    expect(order('Witness: أحمد عبد الله, born 1985')).toBe('Witness:| |الله,| |عبد| |أحمد| |born| |1985');
    expect(order('יוסף כהן 1985')).toBe('1985| |כהן| |יוסף');
    expect(order('Jane O’Connor 王小明')).toBe('Jane| |O’Connor| |王小明');
  });

  it('measures text exactly as pdf-lib draws it', async () => {
    const { doc, fonts } = await newDocument();
    const page = doc.addPage();
    for (const sample of samples) {
      for (const weight of weights) {
        const byRuns = fonts.runs(sample.text, weight).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, 11), 0);
        expect(fonts.widthOf(sample.text, 11, weight)).toBeCloseTo(byRuns, 6);
        expect(fonts.draw(page, sample.text, { x: 10, y: 10, size: 11, weight })).toBeCloseTo(byRuns, 6);
      }
    }
  });

  it('lays out no .notdef glyph in the face chosen for each run', async () => {
    const { fonts } = await newDocument();
    for (const sample of samples) {
      for (const weight of weights) {
        for (const run of fonts.runs(sample.text, weight)) {
          const face = await parseShippedFace(run.face);
          const glyphIds = face.layout(run.text).glyphs.map((glyph) => glyph.id);
          expect(glyphIds.length, `${sample.script} ${weight}`).toBeGreaterThan(0);
          expect(glyphIds.filter((id) => id === 0), `${sample.script} ${weight}: ${run.face} "${run.text}"`).toEqual([]);
        }
      }
    }
  });

  it('writes a PDF whose fonts are embedded subsets and whose text, glyphs and pixels are all there', async () => {
    const file = await scriptsPdf();
    execFileSync('qpdf', ['--check', file]);

    const rows = pdffontsRows(file);
    for (const row of rows) expect(row, row.name).toMatchObject({ embedded: 'yes', subset: 'yes', unicode: 'yes' });
    expect(rows.map((row) => row.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'DroidSansFallback-Hangul',
      'DroidSansFallbackFull',
      'NotoSans-Bold',
      'NotoSans-Regular',
      'NotoSansArabic-Bold',
      'NotoSansArabic-Regular',
      'NotoSansArmenian-Bold',
      'NotoSansArmenian-Regular',
      'NotoSansGeorgian-Bold',
      'NotoSansGeorgian-Regular',
      'NotoSansHebrew-Bold',
      'NotoSansHebrew-Regular',
    ]);

    // pdftotext (by default) rebuilds reading order from the glyphs' Unicode map: every sample
    // comes back as typed, Arabic and Hebrew included. It drops the spaces between one-letter
    // words ('ә ғ қ'), so spaces are left out of the comparison.
    const extracted = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    for (const sample of samples) expect(extracted.split(squash(sample.text)).length - 1, sample.script).toBe(weights.length);
    // In drawing order (-raw) the words of a right-to-left name run right to left: the first name
    // is drawn last, at the right.
    const drawn = withoutBidiControls(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));
    expect(drawn.split('الله عبد أحمد').length - 1).toBe(weights.length);
    expect(drawn.split('כהן יוסף').length - 1).toBe(weights.length);

    // Glyph code 0 is .notdef, the box: no text operator may show it.
    const codes = await shownGlyphCodes(file);
    expect(codes.length).toBeGreaterThan(100);
    expect(codes.filter((code) => code === '0000')).toEqual([]);

    await mkdir(artifactsDir, { recursive: true });
    const prefix = path.join(artifactsDir, 'fonts-scripts');
    execFileSync('pdftoppm', ['-r', '100', '-png', '-singlefile', file, prefix]);
    expect((await readFile(`${prefix}.png`)).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('embeds only the faces that text used', async () => {
    const { doc, fonts } = await newDocument();
    const page = doc.addPage();
    fonts.draw(page, 'Plain Latin text, 2024', { x: 50, y: 700, size: 12 });
    fonts.widthOf('王小明 أحمد', 12, 'bold');
    const file = path.join(await tempDir(), 'latin.pdf');
    await writeFile(file, await doc.save());
    expect(pdffontsRows(file).map((row) => row.name)).toEqual([expect.stringMatching(/^[A-Z]{6}\+NotoSans-Regular$/)]);
    expect((await expandedPdf(file)).match(/\/FontFile2/g)).toHaveLength(1);
  });

  it('draws characters no face has as a visible replacement and reports them', async () => {
    const { doc, fonts } = await newDocument();
    const text = 'Ali 😀 \uE000 Veli';
    expect(fonts.missing(text)).toEqual(['😀', '\uE000']);
    expect(fonts.runs(text)).toMatchObject([{ text: 'Ali \uFFFD \uFFFD Veli', face: 'NotoSans-Regular.ttf' }]);
    // Invisible controls are neither drawn nor reported.
    expect(fonts.missing('Ali\u200F\u00AD\tVeli\n')).toEqual([]);
    expect(fonts.runs('Ali\u200F\u00AD\tVeli\n').map((run) => run.text)).toEqual(['Ali Veli ']);
    const page = doc.addPage();
    expect(fonts.draw(page, text, { x: 50, y: 700, size: 12 })).toBeGreaterThan(0);
  });

  it('draws a rotated line run after run along the rotation', async () => {
    const { doc, fonts } = await newDocument();
    const page = doc.addPage([595.28, 841.89]);
    const text = 'Page 3 of 9 — 王小明';
    const width = fonts.draw(page, text, { x: 300, y: 100, size: 10, rotate: 90 });
    const firstRunWidth = fonts.widthOf('Page 3 of 9 — ', 10);
    const pdf = await getDocument({ data: new Uint8Array(await doc.save()), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    const items = (await (await pdf.getPage(1)).getTextContent()).items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
    expect(items.map((item) => item.str)).toEqual(['Page 3 of 9 —', '王小明']);
    const [first, second] = items.map((item) => item.transform as number[]);
    // Rotated by 90°: the text runs up the page, the second run starts one run-width higher.
    expect(first!.slice(0, 2)).toEqual([expect.closeTo(0, 6), expect.closeTo(10, 6)]);
    expect(first!.slice(4)).toEqual([expect.closeTo(300, 3), expect.closeTo(100, 3)]);
    expect(second!.slice(4)).toEqual([expect.closeTo(300, 3), expect.closeTo(100 + firstRunWidth, 3)]);
    expect(width).toBeGreaterThan(firstRunWidth);
    await pdf.destroy();
  });

  it('finds the shipped fonts in resources/fonts unless DOSSIER_FONTS_DIR says otherwise', () => {
    expect(defaultFontsDir()).toBe(path.join(repoRoot, 'resources', 'fonts'));
    const saved = process.env.DOSSIER_FONTS_DIR;
    try {
      process.env.DOSSIER_FONTS_DIR = '/opt/dossier/fonts';
      expect(defaultFontsDir()).toBe('/opt/dossier/fonts');
    } finally {
      if (saved === undefined) delete process.env.DOSSIER_FONTS_DIR;
      else process.env.DOSSIER_FONTS_DIR = saved;
    }
  });

  it('reads and parses each font file once per process, not once per export', async () => {
    const dir = await tempDir();
    await cp(defaultFontsDir(), dir, { recursive: true });
    await DossierFonts.create(await PDFDocument.create(), { fontsDir: dir });
    await rm(dir, { recursive: true });
    const doc = await PDFDocument.create();
    const fonts = await DossierFonts.create(doc, { fontsDir: dir });
    fonts.draw(doc.addPage(), '王小明 김민준', { x: 50, y: 700, size: 12 });
    expect((await doc.save()).length).toBeGreaterThan(1000);
  });

  it('fails naming the font file when the folder holds no fonts', async () => {
    const empty = await tempDir();
    await expect(DossierFonts.create(await PDFDocument.create(), { fontsDir: empty })).rejects.toThrow(/no such file.*\.ttf/);
  });
});
