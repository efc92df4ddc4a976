// The dossier's fonts: a chain of shipped faces, so that every name in a vault is drawn with real
// glyphs (Latin, Cyrillic with Kazakh and Mongolian letters, Greek, Arabic, Hebrew, Georgian,
// Armenian, Chinese, Japanese, Korean). Text is split into runs, one face each; a face is
// embedded, as a subset, only once a run uses it. resources/fonts/README.md says where each
// file comes from and what it covers.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CustomFontSubsetEmbedder, PDFFont, rgb, type PDFDocument, type PDFPage } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import type { Font as FontkitFont } from 'fontkit';
import { fillColorOperator, fontKeyOn, pdfNumber, pushOperatorText, textMatrixOf } from './content-operators.js';

/** Regular or bold text, or 'mono': the monospaced face of fingerprints, one width for every hex digit. */
export type FontWeight = 'regular' | 'bold' | 'mono';

export interface TextRun {
  /** The text to hand to the font (see DossierFonts.runs for its order). */
  text: string;
  font: PDFFont;
  /** File name of the face in the fonts folder, e.g. 'NotoSansArabic-Bold.ttf'. */
  face: string;
}

/**
 * Faces in the order they are tried. The CJK faces have no bold; they serve both weights.
 * DroidSansFallbackFull lacks Hangul, which DroidSansFallback-Hangul adds.
 */
const regularChain = [
  'NotoSans-Regular.ttf',
  'NotoSansArabic-Regular.ttf',
  'NotoSansHebrew-Regular.ttf',
  'NotoSansGeorgian-Regular.ttf',
  'NotoSansArmenian-Regular.ttf',
  'DroidSansFallbackFull.ttf',
  'DroidSansFallback-Hangul.ttf',
] as const;

const chainFiles: Record<FontWeight, readonly string[]> = {
  regular: regularChain,
  bold: [
    'NotoSans-Bold.ttf',
    'NotoSansArabic-Bold.ttf',
    'NotoSansHebrew-Bold.ttf',
    'NotoSansGeorgian-Bold.ttf',
    'NotoSansArmenian-Bold.ttf',
    'DroidSansFallbackFull.ttf',
    'DroidSansFallback-Hangul.ttf',
  ],
  // Fingerprints are hex digits; the rest of the chain only stands behind it.
  mono: ['NotoSansMono-Regular.ttf', ...regularChain],
};

/** Drawn, in the first face, for a character that no face has. */
const replacementCharacter = '\uFFFD';

type Direction = 'ltr' | 'rtl';

/** A face file, read and parsed once per process and shared by every export. */
interface ParsedFace {
  file: string;
  font: FontkitFont;
  bytes: Uint8Array;
}

/** A face as one document uses it: the subset embedder, and the PDF font once a run needs it. */
interface DocumentFace {
  parsed: ParsedFace;
  embedder: CustomFontSubsetEmbedder;
  pdfFont?: PDFFont;
}

/** A piece of a line set in one face, in the form handed to the font, with its width at size 1. */
interface Segment {
  text: string;
  /** The face's place in its weight's chain: the same for every document using that chain. */
  chainIndex: number;
  unitWidth: number;
}

/** A string laid out in faces, its width at size 1, and the characters no face has (drawn as U+FFFD). */
interface LaidOut {
  segments: readonly Segment[];
  unitWidth: number;
  uncovered: readonly string[];
}

const noCharacters: readonly string[] = Object.freeze([]);

/** A character no face has, and where in the dossier it prints (as U+FFFD), in the order first met. */
export interface UncoveredCharacter {
  character: string;
  places: string[];
}

const parsedFaces = new Map<string, Promise<ParsedFace>>();

/**
 * Strings laid out in faces, by fonts folder, weight and text, shared by every document of the
 * process: an export lays its front matter out on scratch documents before the real one, and
 * "Show contents" lays it out before that, and shaping each word again each time cost seconds.
 */
const laidOutStrings = new Map<string, Record<FontWeight, Map<string, LaidOut>>>();

/** Most strings kept per weight; a dossier's distinct words and labels number in the tens of thousands. */
const maxLaidOutStrings = 100_000;

function laidOutStringsOf(fontsDir: string): Record<FontWeight, Map<string, LaidOut>> {
  let byWeight = laidOutStrings.get(fontsDir);
  if (!byWeight) {
    byWeight = { regular: new Map(), bold: new Map(), mono: new Map() };
    laidOutStrings.set(fontsDir, byWeight);
  }
  return byWeight;
}

function parseFace(file: string): Promise<ParsedFace> {
  let parsed = parsedFaces.get(file);
  if (!parsed) {
    parsed = readFile(file).then((bytes) => {
      const font = fontkit.create(bytes);
      if ('fonts' in font) throw new Error(`${file} is a font collection; the chain needs single faces`);
      keepCharactersOfGlyphs(font);
      rememberLayouts(font);
      return { file: path.basename(file), font, bytes };
    });
    // A failed read (a wrong folder) must not stick for the rest of the process.
    parsed.catch(() => parsedFaces.delete(file));
    parsedFaces.set(file, parsed);
  }
  return parsed;
}

/**
 * fontkit keeps one glyph object per glyph id for the life of the face, with the characters it
 * was first asked for. Writing a subset asks for the glyphs that others are built from (Noto's
 * Cyrillic А, Е, О are the Latin A, E, O) with no characters, and pdf-lib's Unicode map of every
 * later document that draws the Latin letters would have nothing for them: the page looks right,
 * but copying or searching it yields "C NFID NTI L". Since the face is shared by every export
 * of the process, a glyph asked for with characters takes them when it has none.
 */
function keepCharactersOfGlyphs(font: FontkitFont): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id: number, characters?: number[]) => {
    const glyph = getGlyph(id, characters);
    if (glyph.codePoints.length === 0 && characters && characters.length > 0) {
      (glyph as { codePoints: number[] }).codePoints = characters;
    }
    return glyph;
  };
}

/**
 * Shaping (fontkit's layout: script, features, lookups) is the costliest step of typesetting, and
 * each string is shaped twice per document: once here to measure it, once more by pdf-lib to
 * encode it. The result depends on the face and the text alone, so it is kept for the life of
 * the face. Only calls without features, script or language are kept: the only ones made.
 */
function rememberLayouts(font: FontkitFont): void {
  const layout = font.layout.bind(font);
  const layouts = new Map<string, ReturnType<FontkitFont['layout']>>();
  font.layout = ((text: string, ...rest: unknown[]) => {
    if (rest.some((argument) => argument !== undefined)) return (layout as (...args: unknown[]) => ReturnType<FontkitFont['layout']>)(text, ...rest);
    let run = layouts.get(text);
    if (!run) {
      run = layout(text);
      if (layouts.size >= maxLaidOutStrings) layouts.clear();
      layouts.set(text, run);
    }
    return run;
  }) as FontkitFont['layout'];
}

/** Folder holding the shipped fonts: DOSSIER_FONTS_DIR if set, else resources/fonts of the app. */
export function defaultFontsDir(): string {
  const fromEnvironment = process.env.DOSSIER_FONTS_DIR;
  if (fromEnvironment) return fromEnvironment;
  // Walk up rather than a fixed '../../..': this module sits in src/core/dossier under tsx and
  // vitest, but in out/main once electron-vite has bundled it.
  const moduleDir = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = moduleDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'resources', 'fonts');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.resolve(moduleDir, '../../../resources/fonts');
  }
}

/**
 * A subset font is named TAG+Name with six capital letters (ISO 32000-1, 9.6.4); that is how
 * viewers and pdffonts know it is a subset. Deriving the tag from the file name keeps exports
 * reproducible and names the file each font came from.
 */
function subsetFontName(file: string): string {
  const stem = path.basename(file, path.extname(file));
  const digest = createHash('sha256').update(stem).digest();
  const tag = Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
  return `${tag}+${stem}`;
}

export class DossierFonts {
  private readonly laidOutByWeight: Record<FontWeight, Map<string, LaidOut>>;
  /** Where the text laid out now will print, named for the person exporting; see atPlace. */
  private place: string | undefined;
  private readonly uncoveredPlaces = new Map<string, Set<string>>();

  private constructor(
    private readonly doc: PDFDocument,
    private readonly chains: Record<FontWeight, readonly DocumentFace[]>,
    fontsDir: string,
    /** Whether draw() only measures (see create); layouts skip their rules and links too. */
    readonly measureOnly: boolean,
  ) {
    this.laidOutByWeight = laidOutStringsOf(fontsDir);
  }

  /** Registers fontkit on `doc` and prepares the chain; no face is embedded before a run uses it. */
  /**
   * `measureOnly` gives fonts whose draw() places nothing and only returns the width: for trial
   * layouts that count pages, where pdf-lib would shape every word again just to throw it away.
   */
  static async create(doc: PDFDocument, options: { fontsDir?: string; measureOnly?: boolean } = {}): Promise<DossierFonts> {
    doc.registerFontkit(fontkit);
    if (!Array.isArray(doc['fonts'])) throw new Error('pdf-lib no longer keeps its fonts in PDFDocument.fonts');
    const dir = options.fontsDir ?? defaultFontsDir();
    const faces = new Map<string, Promise<DocumentFace>>();
    const faceFor = (file: string): Promise<DocumentFace> => {
      let face = faces.get(file);
      if (!face) {
        face = parseFace(path.join(dir, file)).then(async (parsed) => ({
          parsed,
          // pdf-lib would parse the file again for every document (4 MB for the CJK face);
          // handing it the face parsed once per process avoids that.
          embedder: await CustomFontSubsetEmbedder.for({ create: () => parsed.font }, parsed.bytes, subsetFontName(file)),
        }));
        faces.set(file, face);
      }
      return face;
    };
    const [regular, bold, mono] = await Promise.all([
      Promise.all(chainFiles.regular.map(faceFor)),
      Promise.all(chainFiles.bold.map(faceFor)),
      Promise.all(chainFiles.mono.map(faceFor)),
    ]);
    return new DossierFonts(doc, { regular, bold, mono }, dir, options.measureOnly ?? false);
  }

  /**
   * Splits text into runs, each set in the first face of the chain that has glyphs for it.
   * Spaces, punctuation, digits and marks stay in the face of the letters around them when that
   * face has them. Runs come in the order to draw them left to right. A run's text is in
   * logical order where fontkit lays the run out right to left itself (any run with a Hebrew or
   * Arabic letter: it reverses the glyphs); other runs inside right-to-left text are handed over
   * already reversed.
   */
  runs(text: string, weight: FontWeight = 'regular'): TextRun[] {
    return this.laidOut(text, weight).segments.map((segment) => {
      const face = this.chains[weight][segment.chainIndex]!;
      return { text: segment.text, font: this.pdfFontOf(face), face: face.parsed.file };
    });
  }

  widthOf(text: string, size: number, weight: FontWeight = 'regular'): number {
    const { unitWidth, uncovered } = this.laidOut(text, weight);
    this.noteUncovered(uncovered);
    return unitWidth * size;
  }

  /**
   * Names the part of the dossier whose text is laid out from now on (a section's heading, an
   * exhibit's name), so that a character no face has can be reported with where it prints;
   * undefined stops recording (the scratch layouts of the exporter record nothing).
   */
  atPlace(place: string | undefined): void {
    this.place = place;
  }

  /** Characters measured or drawn at a named place that no face has, each with its places. */
  uncovered(): UncoveredCharacter[] {
    return Array.from(this.uncoveredPlaces, ([character, places]) => ({ character, places: [...places] }));
  }

  private noteUncovered(characters: readonly string[]): void {
    if (this.place === undefined || characters.length === 0) return;
    for (const character of characters) {
      let places = this.uncoveredPlaces.get(character);
      if (!places) {
        places = new Set();
        this.uncoveredPlaces.set(character, places);
      }
      places.add(this.place);
    }
  }

  /** Draws text starting at (x, y) baseline, run after run. Returns the width drawn. */
  draw(
    page: PDFPage,
    text: string,
    options: { x: number; y: number; size: number; weight?: FontWeight; color?: ReturnType<typeof rgb>; rotate?: number },
  ): number {
    const { x, y, size, weight = 'regular', color = black, rotate = 0 } = options;
    const { segments, unitWidth, uncovered } = this.laidOut(text, weight);
    this.noteUncovered(uncovered);
    if (this.measureOnly) return unitWidth * size;
    const angle = (rotate * Math.PI) / 180;
    const turn = textMatrixOf(angle);
    const fill = fillColorOperator(color);
    const sizeText = pdfNumber(size);
    let operators = '';
    let advance = 0;
    for (const segment of segments) {
      const font = this.pdfFontOf(this.chains[weight][segment.chainIndex]!);
      const at = `${pdfNumber(x + advance * Math.cos(angle))} ${pdfNumber(y + advance * Math.sin(angle))}`;
      if (operators !== '') operators += '\n';
      operators += `q\nBT\n${fill}\n${fontKeyOn(page, font)} ${sizeText} Tf\n24 TL\n${turn} ${at} Tm\n${font.encodeText(segment.text)} Tj\nT*\nET\nQ`;
      advance += segment.unitWidth * size;
    }
    // Byte for byte what page.drawText writes for each run: q BT colour font leading matrix text T* ET Q.
    if (operators !== '') pushOperatorText(page, operators);
    return advance;
  }

  /** Characters of `text` that no face can show, in either weight; control characters are ignored. */
  missing(text: string): string[] {
    const missing = new Set<string>();
    for (const character of text.normalize('NFC')) {
      if (/[\p{Cc}\p{Cf}]/u.test(character)) continue;
      const shown = Object.values(this.chains).every((chain) => chain.some((face) => showsCluster(face, character) !== undefined));
      if (!shown) missing.add(character);
    }
    return [...missing];
  }

  private laidOut(text: string, weight: FontWeight): LaidOut {
    const strings = this.laidOutByWeight[weight];
    let laid = strings.get(text);
    if (!laid) {
      laid = layOut(text, this.chains[weight]);
      // The layout engine measures many throwaway strings (truncation, word breaking).
      if (strings.size >= maxLaidOutStrings) strings.clear();
      strings.set(text, laid);
    }
    return laid;
  }

  /**
   * pdf-lib's only public way in, the async embedFont, adds a face to the document at once, so
   * each face of the chain would be written (about 3 KB each, referenced by no page) whether used
   * or not, and runs() could not stay synchronous. Instead create() prepares the embedder, and
   * the PDF font is made here on first use and put on the document's font list, the list that
   * save() embeds. That list is private, hence the index access; create() checks it exists.
   */
  private pdfFontOf(face: DocumentFace): PDFFont {
    if (!face.pdfFont) {
      face.pdfFont = PDFFont.of(this.doc.context.nextRef(), this.doc, face.embedder);
      memoizeEncoding(face.pdfFont);
      this.doc['fonts'].push(face.pdfFont);
    }
    return face.pdfFont;
  }
}

function layOut(text: string, chain: readonly DocumentFace[]): LaidOut {
  const segments: Segment[] = [];
  const uncovered: string[] = [];
  for (const piece of visualPieces(toClusters(drawableText(text)))) {
    const runs = faceRuns(piece.items, chain, uncovered);
    if (piece.direction === 'rtl') runs.reverse();
    for (const run of runs) segments.push(shape(run.face, chain.indexOf(run.face), run.clusters, piece.direction));
  }
  const unitWidth = segments.reduce((width, segment) => width + segment.unitWidth, 0);
  return { segments, unitWidth, uncovered: uncovered.length === 0 ? noCharacters : [...new Set(uncovered)] };
}

const black = rgb(0, 0, 0);

/**
 * pdf-lib shapes every string it draws again (fontkit layout: script, features, lookups), and a
 * dossier draws the same words thousands of times ("SHA-256", labels, dates, the footer). The
 * encoding of a string depends only on the font, so each is shaped once per document; the
 * subset already holds its glyphs from that first time.
 */
function memoizeEncoding(font: PDFFont): void {
  const encode = font.encodeText.bind(font);
  const encoded = new Map<string, ReturnType<PDFFont['encodeText']>>();
  font.encodeText = (text: string) => {
    let hex = encoded.get(text);
    if (!hex) {
      hex = encode(text);
      encoded.set(text, hex);
    }
    return hex;
  };
}

/**
 * The order in which to draw a line's words, left to right, for a layout engine that measures
 * and wraps words in reading order and draws them one by one: the words of a right-to-left name
 * ('أحمد عبد الله') must be drawn last word first. `textOf` gives a word's text (whitespace
 * tokens included); each word itself is drawn with DossierFonts.draw, which orders its inside.
 */
export function displayOrder<Word>(words: readonly Word[], textOf: (word: Word) => string): Word[] {
  // Without a right-to-left letter the order is the reading order: the common case, made cheap.
  if (!words.some((word) => rtlLetterAnywhere.test(textOf(word)))) return [...words];
  const items = words.map((word) => ({ word, text: textOf(word), bidi: wordBidiClass(textOf(word)) }));
  return visualPieces(items).flatMap((piece) => (piece.direction === 'rtl' ? piece.items.reverse() : piece.items).map((item) => item.word));
}

/** A word counts as its first letter; a word without letters as a number if it holds a digit. */
function wordBidiClass(word: string): BidiClass {
  const classes = toClusters(word).map((cluster) => cluster.bidi);
  return classes.find((bidi) => bidi === 'rtl-letter' || bidi === 'ltr-letter') ?? (classes.includes('number') ? 'number' : 'neutral');
}

/** How a character steers the order of a line (a simplified Unicode bidi class). */
type BidiClass = 'rtl-letter' | 'ltr-letter' | 'number' | 'neutral';

/** A unit of bidi ordering: a grapheme (a character with its marks) or, for displayOrder, a word. */
interface BidiItem {
  text: string;
  bidi: BidiClass;
}

interface Piece<Item extends BidiItem> {
  items: Item[];
  direction: Direction;
}

const rtlLetterAnywhere = /[\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}\p{Script_Extensions=Syriac}\p{Script_Extensions=Thaana}\p{Script_Extensions=Nko}]/u;
const rtlLetter = /^[\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}\p{Script_Extensions=Syriac}\p{Script_Extensions=Thaana}\p{Script_Extensions=Nko}]/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Vault fields are free text: line breaks and tabs become spaces, and other control and format
 * characters (bidi marks, soft hyphens, byte order marks) are invisible, so they are dropped
 * rather than drawn as boxes. ZWJ and ZWNJ stay: they steer Arabic joining.
 */
function drawableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, (character) => (character === '\u200C' || character === '\u200D' ? character : ''));
}

/**
 * Latin, Greek and Cyrillic letters, digits and punctuation without combining marks: every
 * character of such a text is a grapheme of its own, so the (slow) segmenter can be skipped.
 * Most of a dossier is such text: labels, hashes, dates, Russian and Kazakh names.
 */
const oneCharacterGraphemes = /^[\u0020-\u007E\u00A0-\u02FF\u0370-\u03FF\u0400-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E]*$/;

function toClusters(text: string): BidiItem[] {
  const clusters = oneCharacterGraphemes.test(text) ? Array.from(text) : Array.from(graphemes.segment(text), ({ segment }) => segment);
  return clusters.map((cluster) => ({ text: cluster, bidi: bidiClass(cluster) }));
}

const bidiClasses = new Map<string, BidiClass>();

function bidiClass(cluster: string): BidiClass {
  let bidi = bidiClasses.get(cluster);
  if (bidi === undefined) {
    bidi = classify(cluster);
    if (bidiClasses.size >= 50_000) bidiClasses.clear();
    bidiClasses.set(cluster, bidi);
  }
  return bidi;
}

function classify(cluster: string): BidiClass {
  if (/^\p{Nd}/u.test(cluster)) return 'number';
  if (/^\p{M}/u.test(cluster)) return 'neutral';
  if (rtlLetter.test(cluster)) return 'rtl-letter';
  if (/^\p{L}/u.test(cluster)) return 'ltr-letter';
  return 'neutral';
}

/** Paired brackets (Unicode BidiBrackets.txt, the ones names and dates use). */
const closingBracket: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * Orders a line for display, as the Unicode bidi algorithm does in a left-to-right paragraph:
 * a right-to-left stretch runs from a Hebrew or Arabic letter to the last such letter or number
 * before the next left-to-right letter (or to the bracket closing one opened inside it), and
 * reads backwards, except the numbers inside it. Pieces come in display order; each keeps its
 * items in logical order.
 */
function visualPieces<Item extends BidiItem>(items: Item[]): Piece<Item>[] {
  const pieces: Piece<Item>[] = [];
  let index = 0;
  while (index < items.length) {
    const start = index;
    if (items[index]!.bidi !== 'rtl-letter') {
      while (index < items.length && items[index]!.bidi !== 'rtl-letter') index++;
      pieces.push({ items: items.slice(start, index), direction: 'ltr' });
      continue;
    }
    let end = index;
    const awaitedClosings: string[] = [];
    for (let scan = index; scan < items.length && items[scan]!.bidi !== 'ltr-letter'; scan++) {
      const { text, bidi } = items[scan]!;
      if (bidi !== 'neutral') end = scan;
      const closing = closingBracket[text];
      if (closing) awaitedClosings.push(closing);
      else if (text === awaitedClosings[awaitedClosings.length - 1]) {
        awaitedClosings.pop();
        end = scan;
      }
    }
    pieces.push(...rightToLeftPieces(items.slice(start, end + 1)));
    index = end + 1;
  }
  return pieces;
}

/** Characters that join digits into one number: 12.05.1985, 1,5, 12:30, 12/05, 2024-05. */
const numberSeparator = /^[.,:/\-\u060C\u066B\u066C]$/u;

function rightToLeftPieces<Item extends BidiItem>(stretch: Item[]): Piece<Item>[] {
  const pieces: Piece<Item>[] = [];
  let index = 0;
  while (index < stretch.length) {
    const start = index;
    const isNumber = stretch[index]!.bidi === 'number';
    if (isNumber) {
      while (
        index < stretch.length &&
        (stretch[index]!.bidi === 'number' ||
          (numberSeparator.test(stretch[index]!.text) && stretch[index + 1]?.bidi === 'number'))
      ) {
        index++;
      }
    } else {
      while (index < stretch.length && stretch[index]!.bidi !== 'number') index++;
    }
    pieces.push({ items: stretch.slice(start, index), direction: isNumber ? 'ltr' : 'rtl' });
  }
  return pieces.reverse();
}

/**
 * The form of `cluster` that `face` shows whole: as given (NFC) or decomposed, for a letter the
 * face only has as base and mark. Undefined when it has neither.
 */
function showsCluster(face: DocumentFace, cluster: string): string | undefined {
  for (const form of [cluster, cluster.normalize('NFD')]) {
    if (Array.from(form).every((character) => face.parsed.font.hasGlyphForCodePoint(character.codePointAt(0)!))) return form;
  }
  return undefined;
}

interface FaceRun {
  face: DocumentFace;
  clusters: string[];
}

/**
 * Picks a face for each cluster of a piece and groups neighbours with the same face; a
 * character that no face has is added to `uncovered` and drawn as the replacement character.
 */
function faceRuns(clusters: BidiItem[], chain: readonly DocumentFace[], uncovered: string[]): FaceRun[] {
  const firstFace = chain[0]!;
  const placed: { text: string; face: DocumentFace; letter: boolean }[] = [];
  for (const cluster of clusters) {
    const letter = cluster.bidi === 'ltr-letter' || cluster.bidi === 'rtl-letter';
    const face = chain.find((candidate) => showsCluster(candidate, cluster.text) !== undefined);
    if (face) {
      placed.push({ text: cluster.text, face, letter });
      continue;
    }
    // No face has the whole cluster: place its characters one by one, the unknown ones as the
    // replacement character.
    for (const character of cluster.text) {
      const single = chain.find((candidate) => showsCluster(candidate, character) !== undefined);
      if (single) {
        placed.push({ text: character, face: single, letter });
        continue;
      }
      // A joiner inside an emoji sequence is invisible by itself: nothing to draw or report.
      if (character === '\u200C' || character === '\u200D') continue;
      uncovered.push(character);
      placed.push({ text: replacementCharacter, face: firstFace, letter: true });
    }
  }

  // Spaces, punctuation, digits and marks stay in the face of what comes before them, else of
  // the letter after them, when that face has them: fewer switches, and right-to-left words keep
  // their spaces inside the run fontkit reverses.
  const letterFaceAfter: (DocumentFace | undefined)[] = [];
  let next: DocumentFace | undefined;
  for (let index = placed.length - 1; index >= 0; index--) {
    letterFaceAfter[index] = next;
    if (placed[index]!.letter) next = placed[index]!.face;
  }
  placed.forEach((item, index) => {
    if (item.letter) return;
    const neighbour = [placed[index - 1]?.face, letterFaceAfter[index]].find((face) => face && showsCluster(face, item.text) !== undefined);
    if (neighbour) item.face = neighbour;
  });

  const runs: FaceRun[] = [];
  for (const item of placed) {
    const text = showsCluster(item.face, item.text) ?? item.text;
    const last = runs[runs.length - 1];
    if (last && last.face === item.face) last.clusters.push(text);
    else runs.push({ face: item.face, clusters: [text] });
  }
  return runs;
}

/** Bidi-mirrored pairs: in right-to-left text an opening bracket is drawn as the closing glyph. */
const mirrored: Record<string, string> = {
  '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<',
  '«': '»', '»': '«', '‹': '›', '›': '‹',
};

/**
 * The text to hand to the font so that its glyphs come out in `direction`. fontkit reverses a
 * run itself when the run's first non-common character belongs to a right-to-left script
 * (Arabic letters, but also Arabic-Indic digits) and never mirrors brackets; any mismatch with
 * the wanted direction is undone here by reversing first, so nothing is reversed twice.
 */
function shape(face: DocumentFace, chainIndex: number, clusters: string[], direction: Direction): Segment {
  const { font } = face.parsed;
  const ordered = direction === 'rtl' ? clusters.map((cluster) => mirrored[cluster] ?? cluster) : clusters;
  let text = ordered.join('');
  let layout = font.layout(text);
  if (layout.direction !== direction) {
    text = [...ordered].reverse().join('');
    layout = font.layout(text);
  }
  // pdf-lib draws each glyph with its advance width (the PDF's W array), without the kerning in
  // layout.advanceWidth, so the width is measured the same way.
  const advance = layout.glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
  return { text, chainIndex, unitWidth: advance / font.unitsPerEm };
}
