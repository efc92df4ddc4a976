// The sentences that say how an exhibit's pages were reproduced when they were not simply copied
// (a repaired or decrypted copy, pages drawn as images, pages missing): on its separator and in
// the export's warnings, in the dossier's language, from one vocabulary (dossier-text.ts).
import { dossierText, type DossierLanguage } from './dossier-text.js';
import { renderDpi, type PdfReproduction } from './pdf-exhibit-pages.js';

export function reproductionNotes(language: DossierLanguage, reproduction: PdfReproduction | undefined): string[] {
  if (!reproduction) return [];
  const t = dossierText[language].reproduction;
  const notes: string[] = [];
  if (reproduction.repaired) notes.push(t.repaired);
  if (reproduction.decrypted) notes.push(t.decrypted);
  // A page drawn as an image that carries recognised text can be searched and copied: the
  // recognition note says so instead.
  const recognised = new Set(reproduction.recognisedPages);
  const imagePages = reproduction.imagePages.filter((page) => !recognised.has(page));
  if (imagePages.length > 0) notes.push(t.asImages(pageList(imagePages), renderDpi));
  if (reproduction.missingPages.length > 0) notes.push(t.missing(pageList(reproduction.missingPages)));
  return notes;
}

/**
 * The separator's word on a text layer: the text of these pages was recognised by OCR and may be
 * wrong. Not among the reproduction notes: it is no warning to the person exporting.
 */
export function recognitionNote(language: DossierLanguage, reproduction: PdfReproduction | undefined, pageCount: number): string | undefined {
  const pages = reproduction?.recognisedPages ?? [];
  if (pages.length === 0) return undefined;
  return dossierText[language].reproduction.recognised(pages.length === pageCount ? undefined : pageList(pages));
}

/** Ascending page numbers as runs: "1, 3–5, 9". */
export function pageList(pages: number[]): string {
  const runs: string[] = [];
  for (let index = 0; index < pages.length; index++) {
    const first = pages[index]!;
    let last = first;
    while (pages[index + 1] === last + 1) last = pages[++index]!;
    runs.push(last === first ? String(first) : `${first}–${last}`);
  }
  return runs.join(', ');
}
