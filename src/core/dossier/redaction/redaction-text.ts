// The words a redacted dossier prints about its redaction, in each dossier language: the reason
// on each box, the separator's note, the manifest's hashes of the redacted pages and the
// redaction log. Never what was removed.
import type { RedactionReason } from '../../../shared/redaction.js';
import type { DossierLanguage } from '../dossier-text.js';

export interface RedactionText {
  /** Short, to fit on a box. */
  reasons: Record<RedactionReason, string>;
  /** On the separator of a redacted exhibit (its full SHA-256 is in the rows above). */
  separatorNote: (boxes: number, pages: number, originalSha256: string) => string;
  /** The manifest's block of redacted exhibits. */
  manifestHeading: string;
  manifestIntro: string;
  /** For a dossier filed in parts: the commands' page numbers are the dossier's, a part file counts its own. */
  manifestInParts: string;
  /** One redacted exhibit: which dossier pages its redacted images are on (first to last), and the command that checks their hash follows. */
  manifestLine: (exhibit: string, first: number, last: number) => string;
  originalLine: (sha256: string) => string;
  /** The redaction log page. */
  logHeading: string;
  logIntro: (profile: string) => string;
  logColumns: { exhibit: string; page: string; dossierPage: string; boxes: string };
  logNone: string;
  /** "2 × Third party" */
  count: (count: number, reason: string) => string;
}

const en: RedactionText = {
  reasons: { third_party: 'Third party', address: 'Address', medical: 'Medical', source_protection: 'Source protection', other: 'Redacted' },
  separatorNote: (boxes, pages, sha) =>
    `Redacted: ${boxes} ${boxes === 1 ? 'box' : 'boxes'} on ${pages} ${pages === 1 ? 'page' : 'pages'}, drawn again as images. The original, SHA-256 ${sha.slice(0, 16)}…, is held by counsel.`,
  manifestHeading: 'Redacted exhibits',
  manifestIntro:
    'The pages of these exhibits that carry boxes are images drawn for this dossier. Their SHA-256 is of those images as stored in this file, in page order; the original files, with the SHA-256 in the table above, are held by counsel.',
  manifestInParts:
    'Where the dossier is filed in parts, run each command on the part that holds those pages, with the page numbers after -f and -l (and in x-PAGE-*) counted from the first page of that file, its own cover and index included.',
  manifestLine: (exhibit, first, last) => `${exhibit}, redacted ${first === last ? `page ${first}` : `pages ${first}–${last}`}. To check: `,
  originalLine: (sha) => `Original: ${sha.slice(0, 16)}…, held by counsel. Redacted pages:`,
  logHeading: 'Redaction log',
  logIntro: (profile) => `This dossier is redacted under the profile “${profile}”. For each exhibit page with boxes: how many, and why. What was removed is not recorded here.`,
  logColumns: { exhibit: 'Exhibit', page: 'Its page', dossierPage: 'Dossier page', boxes: 'Boxes' },
  logNone: 'No exhibit page carries a box.',
  count: (count, reason) => `${count} × ${reason}`,
};

const ru: RedactionText = {
  reasons: { third_party: 'Третье лицо', address: 'Адрес', medical: 'Медицина', source_protection: 'Защита источника', other: 'Скрыто' },
  separatorNote: (boxes, pages, sha) =>
    `Отредактировано: закрытых участков — ${boxes}, страниц — ${pages}, страницы заново отрисованы изображениями. Оригинал (SHA-256 ${sha.slice(0, 16)}…) хранится у представителя.`,
  manifestHeading: 'Отредактированные приложения',
  manifestIntro:
    'Страницы этих приложений с закрытыми участками — изображения, созданные для этого досье. Их SHA-256 вычислен по этим изображениям в том виде, в каком они хранятся в файле, по порядку страниц; оригиналы (SHA-256 в таблице выше) хранятся у представителя.',
  manifestInParts:
    'Если досье подано частями, выполняйте каждую команду для той части, в которой находятся эти страницы, а номера страниц после -f и -l (и в x-PAGE-*) отсчитывайте от первой страницы этого файла, включая его собственные обложку и оглавление.',
  manifestLine: (exhibit, first, last) => `${exhibit}, ${first === last ? `отредактированная страница ${first}` : `отредактированные страницы ${first}–${last}`}. Проверка: `,
  originalLine: (sha) => `Оригинал: ${sha.slice(0, 16)}…, хранится у представителя. Отредактированные страницы:`,
  logHeading: 'Журнал редактирования',
  logIntro: (profile) => `Досье отредактировано по профилю «${profile}». Для каждой страницы приложения с закрытыми участками указано, сколько их и почему. Что было скрыто, здесь не указывается.`,
  logColumns: { exhibit: 'Приложение', page: 'Его стр.', dossierPage: 'Стр. досье', boxes: 'Участки' },
  logNone: 'Ни на одной странице приложений нет закрытых участков.',
  count: (count, reason) => `${count} × ${reason}`,
};

const fr: RedactionText = {
  reasons: { third_party: 'Tiers', address: 'Adresse', medical: 'Médical', source_protection: 'Protection des sources', other: 'Occulté' },
  separatorNote: (boxes, pages, sha) =>
    `Occulté : ${boxes} ${boxes === 1 ? 'zone' : 'zones'} sur ${pages} ${pages === 1 ? 'page' : 'pages'}, redessinées comme images. L’original, SHA-256 ${sha.slice(0, 16)}…, est conservé par le conseil.`,
  manifestHeading: 'Pièces occultées',
  manifestIntro:
    'Les pages de ces pièces qui portent des zones sont des images dessinées pour ce dossier. Leur SHA-256 porte sur ces images telles que stockées dans ce fichier, dans l’ordre des pages ; les originaux, avec le SHA-256 du tableau ci-dessus, sont conservés par le conseil.',
  manifestInParts:
    'Si le dossier est déposé en plusieurs parties, lancez chaque commande sur la partie qui contient ces pages, les numéros de page après -f et -l (et dans x-PAGE-*) comptés depuis la première page de ce fichier, sa propre couverture et son index compris.',
  manifestLine: (exhibit, first, last) => `${exhibit}, ${first === last ? `page occultée ${first}` : `pages occultées ${first}–${last}`}. Pour vérifier : `,
  originalLine: (sha) => `Original : ${sha.slice(0, 16)}…, conservé par le conseil. Pages occultées :`,
  logHeading: 'Journal d’occultation',
  logIntro: (profile) => `Ce dossier est occulté selon le profil « ${profile} ». Pour chaque page de pièce portant des zones : combien, et pourquoi. Ce qui a été retiré n’est pas indiqué ici.`,
  logColumns: { exhibit: 'Pièce', page: 'Sa page', dossierPage: 'Page du dossier', boxes: 'Zones' },
  logNone: 'Aucune page de pièce ne porte de zone.',
  count: (count, reason) => `${count} × ${reason}`,
};

export const redactionText: Record<DossierLanguage, RedactionText> = { en, ru, fr };
