// The words the dossier prints for citations and for the argument laid out by element, in each
// dossier language. A citation reads as a lawyer writes one by hand: "(Annex 4, p. 2; dossier
// p. 312)"; the exhibit's name comes from the template's word ("Annex", "Tab", "Приложение").
import type { DossierLanguage } from './dossier-text.js';

export interface ArgumentText {
  /** The exhibit's own pages: "p. 2", "pp. 2–3". */
  exhibitPages: (from: number, to: number) => string;
  /** The printed pages of the dossier: "dossier p. 312". */
  dossierPages: (from: number, to: number) => string;
  /** A citation: the exhibit's name, its pages if any, where it is in the dossier. */
  citation: (exhibit: string, pages: string | undefined, dossier: string) => string;
  /** A citation to a page beyond the exhibit's length (the pre-flight blocks it): the pages as cited. */
  citationOutOfRange: (exhibit: string, pages: string) => string;
  /** A citation to an exhibit this dossier leaves out (the pre-flight blocks it). */
  notIncluded: (title: string) => string;
  /** The same, for a confidential exhibit, whose title the filing does not print. */
  notIncludedUnnamed: string;
  /** A citation to an item removed from the case (the pre-flight blocks it). */
  missing: string;
  /** Under an element's argument: the facts, exhibits and country information it rests on. */
  facts: string;
  exhibits: string;
  countryInformation: string;
  /** The table of facts by element (an export option). */
  factsByElement: { heading: string; element: string; fact: string; date: string; exhibit: string };
}

const enDash = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

const en: ArgumentText = {
  exhibitPages: (from, to) => (from === to ? `p. ${from}` : `pp. ${enDash(from, to)}`),
  dossierPages: (from, to) => (from === to ? `dossier p. ${from}` : `dossier pp. ${enDash(from, to)}`),
  citation: (exhibit, pages, dossier) => `(${exhibit}${pages ? `, ${pages}` : ''}; ${dossier})`,
  citationOutOfRange: (exhibit, pages) => `(${exhibit}, ${pages})`,
  notIncluded: (title) => `(${title} — not included in this dossier)`,
  notIncludedUnnamed: '(an exhibit not included in this dossier)',
  missing: '(a cited exhibit that is no longer part of the case)',
  facts: 'Facts',
  exhibits: 'Exhibits',
  countryInformation: 'Country information',
  factsByElement: { heading: 'Facts by element', element: 'Element', fact: 'Fact', date: 'Date', exhibit: 'Exhibit and page' },
};

const ru: ArgumentText = {
  exhibitPages: (from, to) => `с. ${enDash(from, to)}`,
  dossierPages: (from, to) => `досье, с. ${enDash(from, to)}`,
  citation: (exhibit, pages, dossier) => `(${exhibit}${pages ? `, ${pages}` : ''}; ${dossier})`,
  citationOutOfRange: (exhibit, pages) => `(${exhibit}, ${pages})`,
  notIncluded: (title) => `(${title} — не включено в это досье)`,
  notIncludedUnnamed: '(доказательство, не включённое в это досье)',
  missing: '(цитируемое доказательство больше не входит в дело)',
  facts: 'Факты',
  exhibits: 'Доказательства',
  countryInformation: 'Информация о стране',
  factsByElement: { heading: 'Факты по элементам', element: 'Элемент', fact: 'Факт', date: 'Дата', exhibit: 'Приложение и страница' },
};

// French sets a no-break space before a semicolon.
const fr: ArgumentText = {
  exhibitPages: (from, to) => `p. ${enDash(from, to)}`,
  dossierPages: (from, to) => `dossier, p. ${enDash(from, to)}`,
  citation: (exhibit, pages, dossier) => `(${exhibit}${pages ? `, ${pages}` : ''}\u00a0; ${dossier})`,
  citationOutOfRange: (exhibit, pages) => `(${exhibit}, ${pages})`,
  notIncluded: (title) => `(${title} — non incluse dans ce dossier)`,
  notIncludedUnnamed: '(pièce non incluse dans ce dossier)',
  missing: '(pièce citée qui ne fait plus partie du dossier)',
  facts: 'Faits',
  exhibits: 'Pièces',
  countryInformation: 'Informations sur le pays',
  factsByElement: { heading: 'Faits par élément', element: 'Élément', fact: 'Fait', date: 'Date', exhibit: 'Pièce et page' },
};

export const argumentText: Record<DossierLanguage, ArgumentText> = { en, ru, fr };
