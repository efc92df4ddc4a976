// The words a dossier in several files and a reduced photo print, in each dossier language.
import type { DossierLanguage } from './dossier-text.js';

export interface PartText {
  /** The heading of a part's cover: "Part 2 of 3". */
  partOf: (index: number, count: number) => string;
  /** The dossier pages a part holds. */
  pages: (range: string) => string;
  /** Why the dossier is in several files. */
  why: (limit: string) => string;
  /** The heading of the list of parts. */
  allParts: string;
  /** One line of that list. */
  partLine: (index: number, file: string, range: string) => string;
  /** An exhibit whose pages go on into the next part. */
  continues: (exhibit: string, next: number) => string;
  /** On the separator of an exhibit larger than one part. */
  splitExhibit: (limit: string) => string;
  /** On the separator of a photo placed smaller than its original. */
  reducedPhoto: (dpi: number) => string;
  /** The label of a part's own pages (its cover and index), before the numbered pages. */
  ownPages: (index: number) => string;
  /** A page limit, as the cover and a separator print it. */
  pagesLimit: (pages: number) => string;
}

const en: PartText = {
  partOf: (index, count) => `Part ${index} of ${count}`,
  pages: (range) => `Pages ${range} of the dossier`,
  why: (limit) => `The dossier is filed in several files, each within the limit of ${limit}. Page numbers run on from one part to the next; the index below gives every page of the dossier, and its links open the part that holds it.`,
  allParts: 'The parts of the dossier',
  partLine: (index, file, range) => `Part ${index}: ${file}, pages ${range}`,
  continues: (exhibit, next) => `${exhibit} continues in part ${next}.`,
  splitExhibit: (limit) => `This exhibit is larger than the filing's limit of ${limit} a file: its pages are split between parts, and the page numbers run on.`,
  reducedPhoto: (dpi) => `Reduced for the filing: the photo is placed at ${dpi} dpi at the size it is printed, not at its full resolution. The original file is unchanged (SHA-256 above).`,
  ownPages: (index) => `P${index}-`,
  pagesLimit: (pages) => `${pages} pages`,
};

const ru: PartText = {
  partOf: (index, count) => `Часть ${index} из ${count}`,
  pages: (range) => `Страницы досье ${range}`,
  why: (limit) => `Досье подаётся несколькими файлами, каждый не больше ${limit}. Нумерация страниц продолжается из части в часть; указатель ниже перечисляет все страницы досье, а его ссылки открывают ту часть, в которой находится страница.`,
  allParts: 'Части досье',
  partLine: (index, file, range) => `Часть ${index}: ${file}, страницы ${range}`,
  continues: (exhibit, next) => `${exhibit}: продолжение в части ${next}.`,
  splitExhibit: (limit) => `Это приложение больше допустимого размера файла (${limit}): его страницы разделены между частями, нумерация продолжается.`,
  reducedPhoto: (dpi) => `Уменьшено для подачи: фотография помещена с разрешением ${dpi} dpi в размере печати, а не в полном разрешении. Оригинальный файл не изменён (SHA-256 выше).`,
  ownPages: (index) => `Ч${index}-`,
  pagesLimit: (pages) => `${pages} стр.`,
};

const fr: PartText = {
  partOf: (index, count) => `Partie ${index} sur ${count}`,
  pages: (range) => `Pages ${range} du dossier`,
  why: (limit) => `Le dossier est déposé en plusieurs fichiers, chacun dans la limite de ${limit}. La numérotation des pages se poursuit d’une partie à l’autre ; l’index ci-dessous donne toutes les pages du dossier, et ses liens ouvrent la partie qui les contient.`,
  allParts: 'Les parties du dossier',
  partLine: (index, file, range) => `Partie ${index} : ${file}, pages ${range}`,
  continues: (exhibit, next) => `${exhibit} se poursuit dans la partie ${next}.`,
  splitExhibit: (limit) => `Cette pièce dépasse la limite de ${limit} par fichier : ses pages sont réparties entre plusieurs parties, la numérotation se poursuit.`,
  reducedPhoto: (dpi) => `Réduite pour le dépôt : la photo est placée à ${dpi} dpi à la taille imprimée, et non en pleine résolution. Le fichier original est inchangé (SHA-256 ci-dessus).`,
  ownPages: (index) => `P${index}-`,
  pagesLimit: (pages) => `${pages} pages`,
};

export const partText: Record<DossierLanguage, PartText> = { en, ru, fr };

/** The part's limits as the cover and a separator print them: "25 MB", "300 pages", "25 MB, 300 pages". */
export function partLimitWords(limits: { maxBytes?: number | undefined; maxPages?: number | undefined }, language: DossierLanguage): string {
  const words: string[] = [];
  if (limits.maxBytes !== undefined) words.push(limitWords(limits.maxBytes, language));
  if (limits.maxPages !== undefined) words.push(partText[language].pagesLimit(limits.maxPages));
  return words.join(', ');
}

/** A size limit as the cover prints it: "25 MB". */
export function limitWords(bytes: number, language: DossierLanguage): string {
  // Decimal megabytes, as forums state limits; a decimal comma in Russian and French.
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / 1_000_000);
  return language === 'ru' ? `${number} МБ` : language === 'fr' ? `${number} Mo` : `${number} MB`;
}
