// The text Dossier reads out of an evidence item, page by page: what OCR recognised on a scan or
// photo (with each word's box and confidence, so the dossier can lay an invisible text layer on
// the page and the window can highlight a hit), or the text a PDF's own text layer or a text
// file already holds (no boxes needed). One shape for the reader's answer, the vault's rows and
// the window, so a page is described the same way everywhere.
import { z } from 'zod';

/** Where a page's text came from. */
export const textSources = ['ocr', 'pdf_text', 'plain_text'] as const;
export type TextSource = (typeof textSources)[number];

/** A box in the page's own pixels (for OCR: the image recognised), origin top left. */
export const pixelBox = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
export type PixelBox = z.infer<typeof pixelBox>;

export const recognizedWord = z.object({
  text: z.string(),
  box: pixelBox,
  /** 0–100, as Tesseract reports it. */
  confidence: z.number(),
});
export type RecognizedWord = z.infer<typeof recognizedWord>;

/** Words in reading order, one line of text; the dossier's text layer writes a line at a time. */
export const recognizedLine = z.object({ box: pixelBox, words: z.array(recognizedWord) });
export type RecognizedLine = z.infer<typeof recognizedLine>;

export const recognizedPage = z.object({
  /** 1-based page of the evidence item (an image is page 1; a multi-page TIFF or PDF counts from 1). */
  page: z.number().int().min(1),
  /** Size of the image the boxes refer to, in pixels. */
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  /** The page's text in reading order, lines joined by "\n". */
  text: z.string(),
  lines: z.array(recognizedLine),
  /** Mean word confidence, 0–100 (0 when no word was found). */
  confidence: z.number(),
  /** Tesseract language codes used, e.g. ["rus", "kaz", "eng"]. */
  languages: z.array(z.string()),
});
export type RecognizedPage = z.infer<typeof recognizedPage>;
