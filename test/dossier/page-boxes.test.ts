// Where the boxes of a redaction go on a page, from each kind of text a page carries: pdf.js's
// runs, PDFium's characters, OCR's words, annotations; and what a redacted scan's text layer
// keeps. Geometry only: the pages themselves are tested in redacted-pages.test.ts.
import { describe, expect, it } from 'vitest';
import type { RecognizedPage } from '../../src/shared/recognized-text.js';
import { annotationBoxes, charBoxes, mergeOverlapping, recognizedBoxes, regionBoxes, termSet, textRunBoxes, wordsOutsideBoxes, type TermSet } from '../../src/core/dossier/redaction/page-boxes.js';
import type { DossierRedaction } from '../../src/core/dossier/redaction/dossier-redaction.js';

const terms: TermSet = { texts: ['Marat Sadykov'], reasonOf: new Map([['Marat Sadykov', 'third_party']]) };
/** An A4 page as pdf.js's viewport maps it: y turned to run down from the top. */
const page = { widthPt: 595, heightPt: 842, pageTransform: [1, 0, 0, -1, 0, 842] };
const run = (text: string, x: number, width: number) => ({ text, transform: [12, 0, 0, 12, x, 700], width, height: 12, endsLine: false });

describe('boxes from text', () => {
  it('boxes the share of a pdf.js run the match takes, one character wider each side', () => {
    // 30 characters over 300 pt: 10 pt each; "Marat Sadykov" is characters 12–24.
    const [box] = textRunBoxes({ ...page, runs: [run('The witness Marat Sadykov saw.', 100, 300)] }, terms);
    expect(box!.reason).toBe('third_party');
    expect(box!.x * 595).toBeCloseTo(100 + 11 * 10 - 1.5, 5);
    expect((box!.x + box!.width) * 595).toBeCloseTo(100 + 26 * 10 + 1.5, 5);
    // From below the baseline (descenders) to above the letters, on the page from the top.
    expect(box!.y * 842).toBeCloseTo(842 - 700 - 12 * 1.05 - 1.5, 5);
    expect((box!.y + box!.height) * 842).toBeCloseTo(842 - 700 + 12 * 0.3 + 1.5, 5);
  });

  it('finds a name split between runs, whether pdf.js put a space between them or not', () => {
    const split = textRunBoxes({ ...page, runs: [run('Marat Sa', 100, 80), run('dykov', 180, 50)] }, terms);
    expect(split.map((box) => [box.x * 595, (box.x + box.width) * 595])).toEqual([
      [expect.closeTo(98.5, 5), expect.closeTo(181.5, 5)],
      [expect.closeTo(178.5, 5), expect.closeTo(231.5, 5)],
    ]);
    const spaced = textRunBoxes({ ...page, runs: [run('Marat', 100, 50), run('Sadykov', 160, 70)] }, terms);
    expect(spaced.map((box) => box.x * 595)).toEqual([expect.closeTo(98.5, 5), expect.closeTo(158.5, 5)]);
  });

  it('boxes text that lies off the page with a sliver at its edge, so the page is still drawn again', () => {
    const [box] = textRunBoxes({ ...page, runs: [{ ...run('Marat Sadykov', 700, 100), transform: [12, 0, 0, 12, 700, 900] }] }, terms);
    expect(box!.x + box!.width).toBeCloseTo(1, 10);
    expect(box!.y).toBeCloseTo(0, 10);
    expect(box!.width * 595).toBeCloseTo(1.5, 5);
  });

  it("boxes PDFium's characters exactly, one box a line when the name runs on", () => {
    const chars = [...'Marat Sadykov'].map((letter, index) => {
      const line = index < 6 ? 0 : 1;
      const column = line === 0 ? index : index - 6;
      return letter === ' ' ? { code: 32 } : { code: letter.charCodeAt(0), box: { x0: 100 + column * 8, y0: 100 + line * 20, x1: 107 + column * 8, y1: 112 + line * 20 } };
    });
    const boxes = charBoxes({ chars, widthPt: 595, heightPt: 842 }, terms);
    expect(boxes).toHaveLength(2);
    expect(boxes[0]!.x * 595).toBeCloseTo(98.5, 5);
    expect((boxes[1]!.x + boxes[1]!.width) * 595).toBeCloseTo(100 + 6 * 8 + 7 + 1.5, 5);
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height - 0.01);
  });

  const scan: RecognizedPage = {
    page: 1,
    width: 1000,
    height: 2000,
    text: 'Informant: Marat\nSadykov, Almaty',
    confidence: 90,
    languages: ['eng'],
    lines: [
      { box: { x0: 100, y0: 100, x1: 500, y1: 140 }, words: [{ text: 'Informant:', box: { x0: 100, y0: 100, x1: 300, y1: 140 }, confidence: 90 }, { text: 'Marat', box: { x0: 320, y0: 100, x1: 500, y1: 140 }, confidence: 90 }] },
      { box: { x0: 100, y0: 200, x1: 600, y1: 240 }, words: [{ text: 'Sadykov,', box: { x0: 100, y0: 200, x1: 350, y1: 240 }, confidence: 90 }, { text: 'Almaty', box: { x0: 370, y0: 200, x1: 600, y1: 240 }, confidence: 90 }] },
    ],
  };

  it('boxes every OCR word a match touches, across lines, and the text layer keeps only the others', () => {
    const boxes = recognizedBoxes(scan, terms);
    expect(boxes).toHaveLength(2);
    expect(boxes[0]!.x * 1000).toBeCloseTo(320 - 4.8, 5);
    const kept = wordsOutsideBoxes(scan, boxes);
    expect(kept.lines.flatMap((line) => line.words.map((word) => word.text))).toEqual(['Informant:', 'Almaty']);
    expect(kept.text).toBe('Informant:\nAlmaty');
  });

  it("boxes the whole rectangle of an annotation or field whose text holds a term, and no other", () => {
    const boxes = annotationBoxes(
      [
        { subtype: 'Widget', box: { x0: 72, y0: 100, x1: 322, y1: 124 }, texts: ['applicant.contact', 'MARAT  SADYKOV'], widthPt: 595, heightPt: 842 },
        { subtype: 'Text', box: { x0: 400, y0: 200, x1: 420, y1: 220 }, texts: ['A harmless note'], widthPt: 595, heightPt: 842 },
      ],
      terms,
    );
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.x * 595).toBeCloseTo(71, 5);
    expect(boxes[0]!.width * 595).toBeCloseTo(252, 5);
  });

  it('makes overlapping boxes of one reason one box, and keeps boxes of another reason apart', () => {
    const merged = mergeOverlapping([
      { x: 0.1, y: 0.1, width: 0.2, height: 0.05, reason: 'third_party' },
      { x: 0.25, y: 0.12, width: 0.2, height: 0.05, reason: 'third_party' },
      { x: 0.44, y: 0.16, width: 0.1, height: 0.05, reason: 'third_party' },
      { x: 0.1, y: 0.1, width: 0.5, height: 0.5, reason: 'address' },
      { x: 0.8, y: 0.8, width: 0.1, height: 0.1, reason: 'third_party' },
    ]);
    expect(merged).toHaveLength(3);
    const joined = merged.find((box) => box.reason === 'third_party' && box.x === 0.1)!;
    expect(joined.x + joined.width).toBeCloseTo(0.54, 10);
    expect(joined.y + joined.height).toBeCloseTo(0.21, 10);
  });

  it("matches the withheld fields' values too (reason 'other'), a term's own reason winning, and takes only this page's regions", () => {
    const redaction: DossierRedaction = {
      profileId: 'p',
      profileName: 'Embassy',
      terms: [{ text: 'Sadykov', reason: 'third_party' }],
      regions: {
        e1: [
          { evidenceId: 'e1', page: 2, x: 0.1, y: 0.1, width: 0.2, height: 0.1, reason: 'medical' },
          { evidenceId: 'e1', page: 3, x: 0.5, y: 0.5, width: 0.2, height: 0.1, reason: 'other' },
        ],
      },
      withheldFields: ['family'],
      withheldEvidenceIds: [],
      withheldEventIds: [],
      withheldValues: ['Aigerim Sadykova', 'Sadykov', 'x'],
      logPage: true,
    };
    const set = termSet(redaction);
    expect(set.texts.sort()).toEqual(['Aigerim Sadykova', 'Sadykov']);
    expect(set.reasonOf.get('Sadykov')).toBe('third_party');
    expect(set.reasonOf.get('Aigerim Sadykova')).toBe('other');
    expect(regionBoxes(redaction, 'e1', 2)).toEqual([{ x: 0.1, y: 0.1, width: 0.2, height: 0.1, reason: 'medical' }]);
    expect(regionBoxes(redaction, 'e2', 2)).toEqual([]);
  });
});
