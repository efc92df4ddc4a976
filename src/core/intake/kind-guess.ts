// The kind an imported file starts with, guessed from its name, its detected type and, for an
// image, what its EXIF says about the device that made it. The paralegal corrects it afterwards;
// the guess only has to be right more often than not, and never absurd: a PDF is never a
// "photograph", and a scan of a court order named "postanovlenie" is a court document.
//
// File names come in Russian and Kazakh, in Cyrillic and in the Latin transliterations people
// type on phones ("postanovlenie", "reshenie_suda", "qauly"); the rules below match words of the
// name (split on anything that is not a letter), by their start, so declined forms match too.
import type { EvidenceMetadata } from '../../shared/models.js';

type EvidenceKind = EvidenceMetadata['kind'];

export interface ImageHints {
  /** EXIF Make and Model (IFD0), when the file has them. */
  cameraMake?: string | undefined;
  cameraModel?: string | undefined;
  /** Pixels per inch the file states; scanners write 150–600, cameras 72 or nothing. */
  density?: number | undefined;
}

export interface KindClues {
  originalName: string;
  mediaType: string;
  image?: ImageHints | undefined;
}

/**
 * Word rules in order: the first that matches decides. Medical before court, since a forensic
 * medical report is "судебно-медицинское заключение"; translation before the rest, since a
 * translation of a court order is filed as the translation.
 * A pattern is a word start; one ending in `$` must match the whole word (short words that
 * start many unrelated ones: "суд" but not "судно", "сот" but not "сотрудник").
 */
const wordRules: readonly { kind: EvidenceKind | 'scan' | 'messenger_photo'; words: readonly string[] }[] = [
  { kind: 'screenshot', words: ['screenshot', 'screen$', 'скриншот', 'скрин$', 'снимок экрана', 'скрин экрана', 'screencapture'] },
  // Bank papers and receipts: a "Kaspi перевод" is a money transfer, a bank statement no witness's statement.
  {
    kind: 'other',
    words: ['kaspi', 'bank', 'банк', 'чек$', 'chek$', 'receipt', 'квитанц', 'kvitants', 'выписк', 'vypisk', 'invoice', 'счет$', 'schet$', 'payment', 'оплат', 'oplat'],
  },
  { kind: 'translation', words: ['translation', 'translated', 'перевод', 'perevod', 'аударма', 'audarma'] },
  {
    kind: 'medical_report',
    words: [
      'medical', 'hospital', 'diagnos', 'clinic', 'injur', 'медицин', 'meditsin', 'medicin', 'больниц', 'bolnits', 'травм', 'travm',
      'побо', 'poboi', 'poboy', 'эпикриз', 'epikriz', 'диагноз', 'diagnoz', 'смэ$', 'sme$', 'судмед', 'sudmed', 'освидетельств',
      'osvidetelstv', 'медкарт', 'medkart', 'аурухана', 'auruhana', 'medical report',
    ],
  },
  { kind: 'wanted_notice', words: ['розыск', 'rozysk', 'rozisk', 'wanted', 'interpol', 'интерпол', 'red notice', 'іздеу', 'izdeu', 'ориентировк'] },
  {
    kind: 'identity_document',
    words: [
      'passport', 'паспорт', 'pasport', 'удостоверени', 'udostoveren', 'id card', 'idcard', 'id$', 'куәлік', 'kualik', 'kuälik',
      'свидетельство о рождении', 'birth certificate', 'загранпаспорт', 'zagranpasport', 'внж$', 'residence permit',
    ],
  },
  {
    kind: 'court_document',
    words: [
      'постановлени', 'postanovleni', 'приговор', 'prigovor', 'решени', 'resheni', 'определени', 'opredeleni', 'суд$', 'суда$', 'суду$',
      'судом$', 'судебн', 'sud$', 'suda$', 'sudebn', 'court$', 'courts$', 'courtroom', 'judgment', 'judgement', 'verdict', 'ruling', 'заключени', 'zaklyucheni',
      'zakljucheni', 'обвинени', 'obvineni', 'повестк', 'povestk', 'протокол', 'protokol', 'апелляц', 'apellyats', 'кассац', 'kassats',
      'қаулы', 'qauly', 'kauly', 'үкім', 'ukim$', 'шешім', 'sheshim', 'ұйғарым', 'uigarym', 'сот$', 'соты$', 'сотқа$', 'сотының$',
      'sot$', 'soty$', 'қорытынды', 'qorytyndy', 'korytyndy', 'extradition', 'экстрадиц', 'ekstradits', 'выдач', 'прокурор', 'prokuror',
    ],
  },
  { kind: 'statement', words: ['statement', 'заявлени', 'zayavleni', 'показани', 'pokazani', 'объяснени', 'obyasneni', 'affidavit', 'өтініш', 'otinish'] },
  { kind: 'correspondence', words: ['letter', 'письм', 'pismo', 'pisma', 'correspondence', 'email$', 'e-mail', 'хат$'] },
  { kind: 'other', words: ['справк', 'spravk', 'анықтама', 'anyqtama', 'anyktama', 'certificate', 'сертификат'] },
  // A scan is a document on paper: whatever it is, it is not a photograph.
  { kind: 'scan', words: ['scan', 'скан', 'skan', 'scanned', 'отсканир'] },
  // Messengers strip EXIF from the photos they pass on, and name them for what they are.
  { kind: 'messenger_photo', words: ['whatsapp image', 'photo$', 'img$', 'dsc$', 'dscn$', 'pxl$', 'фото', 'foto', 'photo_'] },
];

/** Lower-cased words of a file name without its extension; digits and punctuation separate words. */
function wordsOf(name: string): string[] {
  const stem = name.replace(/\.[^.]{1,5}$/, '');
  return stem
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
}

function matchesWord(words: readonly string[], pattern: string): boolean {
  const whole = pattern.endsWith('$');
  const parts = (whole ? pattern.slice(0, -1) : pattern).split(' ');
  // A pattern of several words matches consecutive words; only the last is matched by its start.
  for (let start = 0; start + parts.length <= words.length; start += 1) {
    const fits = parts.every((part, offset) => {
      const word = words[start + offset]!;
      return offset < parts.length - 1 || whole ? word === part : word.startsWith(part);
    });
    if (fits) return true;
  }
  return false;
}

function kindFromWords(name: string): (typeof wordRules)[number]['kind'] | undefined {
  const words = wordsOf(name);
  // "IMG-20230101-WA0001": WhatsApp's name for a photo it received.
  if (/^IMG-\d{8}-WA\d+/i.test(name)) return 'messenger_photo';
  // Android and Samsung's "Screenshot_20230101-101010_Telegram.jpg" is caught by the words; a camera's "20230101_101010.jpg" is a photo.
  for (const rule of wordRules) {
    if (rule.words.some((pattern) => matchesWord(words, pattern))) return rule.kind;
  }
  if (/^\d{8}_\d{6}/.test(name)) return 'messenger_photo';
  return undefined;
}

/** Scanner and copier makers' words in EXIF Model: such an image is a scanned page, not a photograph. */
const SCANNER_MODEL = /scan|mfc-|mfp|laserjet|officejet|deskjet|pixma|workcentre|imagerunner|ecosys|bizhub|copier/i;

function looksLikeCameraPhoto(image: ImageHints | undefined): boolean {
  const model = `${image?.cameraMake ?? ''} ${image?.cameraModel ?? ''}`.trim();
  return model !== '' && !SCANNER_MODEL.test(model);
}

function looksLikeScan(image: ImageHints | undefined): boolean {
  const model = `${image?.cameraMake ?? ''} ${image?.cameraModel ?? ''}`;
  return SCANNER_MODEL.test(model) || (image?.density !== undefined && image.density >= 150);
}

export function guessKind({ originalName, mediaType, image }: KindClues): EvidenceKind {
  const [family] = mediaType.split('/');
  if (family === 'audio') return 'audio';
  if (family === 'video') return 'video';
  const fromWords = kindFromWords(originalName);
  if (family !== 'image') {
    // A PDF or a text is a document: a photo-like name (a phone's "IMG_…" PDF) does not make it a photograph.
    return fromWords === undefined || fromWords === 'scan' || fromWords === 'messenger_photo' ? 'other' : fromWords;
  }
  if (fromWords === 'scan') return 'other';
  if (fromWords !== undefined && fromWords !== 'messenger_photo') return fromWords;
  if (looksLikeScan(image)) return 'other';
  if (looksLikeCameraPhoto(image) || fromWords === 'messenger_photo') return 'photo';
  // Phones save screenshots as PNG; cameras and messengers save photographs as JPEG or HEIC.
  if (mediaType === 'image/png') return 'screenshot';
  if (mediaType === 'image/tiff') return 'other';
  return 'photo';
}
