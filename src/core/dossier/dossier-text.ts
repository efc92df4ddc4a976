// Every fixed word the dossier prints, in the three languages an export can be written in. The
// vocabularies of the case model are translated here too, so a Russian dossier never shows
// "extradition_order". A missing key is a type error, not a blank on paper.
import type { Language } from '../../shared/format/languages.js';
import type {
  caseStatuses,
  clientStatuses,
  eventTypes,
  evidenceKinds,
  forums,
  persecutionGrounds,
} from '../../shared/models.js';
import type { SupportReason } from '../../shared/contract.js';
import { vocabularies } from '../../shared/vocabulary.js';

/** A dossier is written in one of the languages of src/shared/format/languages.ts. */
export type DossierLanguage = Language;

/** How a template frames the risk section: as persecution under the 1951 Refugee Convention, or as a risk of torture under CAT art. 3. */
export const persecutionFramings = ['refugeeConvention', 'tortureRisk'] as const;
export type PersecutionFraming = (typeof persecutionFramings)[number];

interface PersecutionFramingText {
  /** What the section argues, printed before its parts; none where the headings say enough. */
  intro?: string;
  grounds: string;
  agents: string;
  charges: string;
  risks: string;
  stateProtection: string;
  internalRelocation: string;
  countryInformation: string;
  legalBasis: string;
}

type Vocabulary<T extends readonly string[]> = Record<T[number], string>;

export interface DossierText {
  confidential: string;
  preparedOn: string;
  reference: string;
  forum: string;
  /** The label of the case's destination on the cover, which means a different thing per forum. */
  destinations: Vocabulary<typeof forums>;
  stateParty: string;
  counsel: string;
  client: string;
  contents: string;
  exhibitsHeading: string;
  exhibitWord: string;
  manifest: string;
  page: string;
  pages: string;
  // Section headings, each template may override them.
  sections: {
    applicant: string;
    statement: string;
    chronology: string;
    persecution: string;
    rights: string;
    remedies: string;
    interimMeasures: string;
    otherProcedures: string;
    authorisation: string;
    exhibitIndex: string;
  };
  fields: {
    fullName: string;
    fullNameNative: string;
    aliases: string;
    dateOfBirth: string;
    placeOfBirth: string;
    citizenships: string;
    ethnicity: string;
    religion: string;
    languages: string;
    documents: string;
    currentLocation: string;
    status: string;
    family: string;
    expires: string;
    issued: string;
  };
  chronology: { date: string; place: string; event: string; exhibits: string; disputed: string; actors: string };
  persecution: Record<PersecutionFraming, PersecutionFramingText>;
  authorisation: {
    /** The complainant's consent to be represented and authority for counsel. */
    consent: (complainant: string, counsel: string) => string;
    complainant: string;
    counsel: string;
    name: string;
    placeAndDate: string;
    signature: string;
  };
  exhibitIndex: { label: string; title: string; date: string; kind: string; language: string; pages: string; sha256: string };
  separator: {
    title: string;
    date: string;
    kind: string;
    source: string;
    language: string;
    file: string;
    size: string;
    sha256: string;
    pageRange: string;
    translationOf: string;
    notIncluded: string;
    notIncludedNote: string;
  };
  /** Why an exhibit is not reproduced, by the exhibit inspector's reason (src/core/exhibits/inspection.ts). */
  reasons: Record<SupportReason, string>;
  /** Printed on a page that stands in for one the exhibit's file did not yield. */
  pageNotReproduced: string;
  /** On the separator: how the pages of a file that could not be copied as it is were reproduced (pdf-exhibit-pages.ts). */
  reproduction: {
    repaired: string;
    decrypted: string;
    /** Page numbers of the exhibit, e.g. "2, 5–7". */
    asImages: (pages: string, dpi: number) => string;
    missing: (pages: string) => string;
    /** Scanned pages that carry the text OCR recognised on them, invisibly (text-layer.ts); `pages` undefined when it is every page. */
    recognised: (pages: string | undefined) => string;
  };
  /** What the exporter tells the person exporting (CLI, window), in the dossier's language. */
  warnings: {
    notReproduced: (exhibit: string, file: string, reason: string) => string;
    /** Some pages of an exhibit are reproduced, others are not or only as images; `how` is the reproduction sentences. */
    partlyReproduced: (exhibit: string, file: string, how: string) => string;
    /** Pages whose drawing data does not decode, copied as they are unless the export draws them as images. */
    undrawablePages: (exhibit: string, file: string, pages: string) => string;
    confidentialLeftOut: (count: number, titles: string) => string;
    /** Exhibits the export's redaction profile withholds: how many, never which. */
    withheldLeftOut: (count: number, profile: string) => string;
    /** A character of the case's text that no shipped font has: its code (U+0F40), itself, and where it prints. */
    uncoveredCharacter: (code: string, character: string, places: string) => string;
  };
  manifestIntro: string;
  manifestHowTo: string[];
  manifestColumns: { label: string; file: string; size: string; sha256: string; included: string };
  yes: string;
  no: string;
  notRendered: string;
  nothingRecorded: string;
  /** What stands where a redaction profile's term or withheld value was in a typeset text. */
  redactedMark: string;
  /** Before the links to the statement exhibits at the end of the personal statement. */
  seeExhibits: string;
  /** Places named by the uncovered-character warning, besides section headings and exhibits. */
  coverPage: string;
  pageFooters: string;
  forums: Vocabulary<typeof forums>;
  caseStatuses: Vocabulary<typeof caseStatuses>;
  clientStatuses: Vocabulary<typeof clientStatuses>;
  eventTypes: Vocabulary<typeof eventTypes>;
  evidenceKinds: Vocabulary<typeof evidenceKinds>;
  grounds: Vocabulary<typeof persecutionGrounds>;
}

/** The vocabularies the dossier prints, from the table it shares with the window. */
function printedVocabulary(language: DossierLanguage) {
  const { forums, caseStatuses, clientStatuses, eventTypes, evidenceKinds, persecutionGrounds } = vocabularies[language];
  return { forums, caseStatuses, clientStatuses, eventTypes, evidenceKinds, grounds: persecutionGrounds };
}

const en: DossierText = {
  confidential: 'CONFIDENTIAL — contains personal data of a person at risk. Do not disclose to the authorities of the country of origin.',
  preparedOn: 'Prepared on',
  reference: 'Reference',
  forum: 'Addressed to',
  destinations: {
    embassy_humanitarian_visa: 'Country of destination',
    national_asylum: 'Country of asylum',
    unhcr: 'Country of asylum',
    un_cat: 'Place of submission',
    un_hrc: 'Place of submission',
    us_asylum: 'Country of asylum',
    us_immigration_court: 'Immigration court',
    other: 'Country',
  },
  stateParty: 'State party concerned',
  counsel: 'Counsel',
  client: 'Applicant',
  contents: 'Contents',
  exhibitsHeading: 'Exhibits',
  exhibitWord: 'Exhibit',
  manifest: 'Manifest of exhibit files',
  page: 'page',
  pages: 'pages',
  sections: {
    applicant: 'The applicant',
    statement: 'Personal statement',
    chronology: 'Chronology of events',
    persecution: 'Grounds and risk of persecution',
    rights: 'Legal basis',
    remedies: 'Exhaustion of domestic remedies',
    interimMeasures: 'Request for interim measures',
    otherProcedures: 'Other procedures of international investigation or settlement',
    authorisation: 'Authorisation and signatures',
    exhibitIndex: 'Index of exhibits',
  },
  fields: {
    fullName: 'Full name',
    fullNameNative: 'Name in original script',
    aliases: 'Other names',
    dateOfBirth: 'Date of birth',
    placeOfBirth: 'Place of birth',
    citizenships: 'Citizenship',
    ethnicity: 'Ethnicity',
    religion: 'Religion',
    languages: 'Languages',
    documents: 'Identity documents',
    currentLocation: 'Current location',
    status: 'Current status',
    family: 'Family',
    expires: 'expires',
    issued: 'issued',
  },
  chronology: { date: 'Date', place: 'Place', event: 'Event', exhibits: 'Exhibits', disputed: 'contested', actors: 'Involved' },
  persecution: {
    refugeeConvention: {
      grounds: 'Grounds',
      agents: 'Agents of persecution',
      charges: 'Charges',
      risks: 'Risks on return',
      stateProtection: 'State protection',
      internalRelocation: 'Internal relocation',
      countryInformation: 'Country information',
      legalBasis: 'Provisions relied on',
    },
    tortureRisk: {
      intro:
        'Article 3 of the Convention forbids expelling, returning or extraditing a person to another State where there are substantial grounds for believing that the person would be in danger of being subjected to torture. The complainant submits that such grounds exist: the risk is foreseeable, personal, present and real, and the torture would be inflicted by or at the instigation of, or with the consent or acquiescence of, public officials (article 1).',
      grounds: 'Why the complainant is personally targeted',
      agents: 'Public officials, and others acting with their consent or acquiescence',
      charges: 'Criminal proceedings against the complainant',
      risks: 'Foreseeable, personal and real risk of torture',
      stateProtection: 'Why the authorities would not protect the complainant',
      internalRelocation: 'No safe place within the country',
      countryInformation: 'Consistent pattern of gross, flagrant or mass violations of human rights (article 3(2))',
      legalBasis: 'Provisions relied on',
    },
  },
  authorisation: {
    consent: (complainant, counsel) =>
      `I, ${complainant}, the complainant in this communication, authorise ${counsel} to represent me in the proceedings on this communication, to submit it on my behalf and to act for me in all matters concerning it.`,
    complainant: 'The complainant',
    counsel: 'Counsel',
    name: 'Name',
    placeAndDate: 'Place and date',
    signature: 'Signature',
  },
  exhibitIndex: { label: 'No.', title: 'Title', date: 'Date', kind: 'Kind', language: 'Language', pages: 'Pages', sha256: 'SHA-256' },
  separator: {
    title: 'Title',
    date: 'Date',
    kind: 'Kind',
    source: 'Source',
    language: 'Language',
    file: 'File',
    size: 'Size',
    sha256: 'SHA-256',
    pageRange: 'Pages in this dossier',
    translationOf: 'Translation of',
    notIncluded: 'Not reproduced in this dossier',
    notIncludedNote: 'The original file is kept unaltered and can be supplied on request. Its SHA-256 fingerprint is listed in the manifest.',
  },
  reasons: {
    needs_password: 'the PDF is protected by a password needed to open it',
    wrong_password: 'the password given for the PDF does not open it',
    damaged: 'the PDF file is damaged and cannot be read',
    no_pages: 'the PDF file has no pages',
    image_unreadable: 'the image data is damaged and cannot be decoded',
    file_cut_short: 'the image file ends early (it was cut short in copying or sending)',
    image_too_large: 'the image has more pixels than a page can carry',
    too_many_pages: 'the image file has more pages than a dossier places',
    audio: 'an audio recording cannot be reproduced on paper',
    video: 'a video recording cannot be reproduced on paper',
    unknown_type: 'files of this type cannot be reproduced on paper',
    text_too_long: 'the text file is too long to reproduce',
    reader_failed: 'reading the file was stopped (it took too long or needed too much memory)',
  },
  pageNotReproduced: 'This page of the exhibit could not be reproduced',
  reproduction: {
    repaired: 'The file is damaged: its pages are reproduced from a copy repaired as PDF readers read it. The original file is unchanged (SHA-256 above).',
    decrypted: 'The file is protected by a password: its pages are reproduced from a copy opened with the password given. The original file is unchanged (SHA-256 above).',
    asImages: (pages, dpi) => `Page(s) ${pages} of the file are reproduced as images of the page (${dpi} dpi): their text cannot be selected.`,
    missing: (pages) => `Page(s) ${pages} of the file could not be reproduced.`,
    recognised: (pages) =>
      `${pages === undefined ? 'The text of this exhibit' : `The text of page(s) ${pages}`} was recognised automatically (OCR) and may contain errors. It lies invisibly over the image, so that it can be searched and copied; the image is what the file shows.`,
  },
  warnings: {
    notReproduced: (exhibit, file, reason) => `${exhibit} (${file}) is not reproduced: ${reason}.`,
    partlyReproduced: (exhibit, file, how) => `${exhibit} (${file}): ${how}`,
    undrawablePages: (exhibit, file, pages) =>
      `${exhibit} (${file}): page(s) ${pages} hold drawing data that is damaged; some viewers draw them in part, and a court's PDF checker may reject the whole filing. Choose “Damaged pages as images” to reproduce them as images of the page.`,
    confidentialLeftOut: (count, titles) => `${count} item(s) marked confidential were left out: ${titles}.`,
    withheldLeftOut: (count, profile) => `${count} exhibit(s) withheld by the redaction profile "${profile}" were left out.`,
    uncoveredCharacter: (code, character, places) => `No font of the dossier has the character ${code} (${character}); it prints as “\uFFFD” in: ${places}.`,
  },
  manifestIntro: 'Every exhibit file, exactly as received, with its size and SHA-256 fingerprint.',
  manifestHowTo: [
    'To check that a file you hold is the one referred to here, compute its SHA-256 fingerprint and compare it with the list:',
    'Windows: certutil -hashfile FILE SHA256 · macOS: shasum -a 256 FILE · Linux: sha256sum FILE',
    'Identical fingerprints prove the files are identical, byte for byte.',
  ],
  manifestColumns: { label: 'No.', file: 'File', size: 'Size', sha256: 'SHA-256', included: 'Reproduced' },
  yes: 'yes',
  no: 'no',
  notRendered: 'not reproduced',
  nothingRecorded: 'Nothing recorded.',
  redactedMark: '[redacted]',
  seeExhibits: 'See',
  coverPage: 'Cover page',
  pageFooters: 'Page footers',
  ...printedVocabulary('en'),
};

const ru: DossierText = {
  confidential: 'КОНФИДЕНЦИАЛЬНО — содержит персональные данные лица, находящегося в опасности. Не передавать властям страны происхождения.',
  preparedOn: 'Дата составления',
  reference: 'Номер дела',
  forum: 'Адресат',
  destinations: {
    embassy_humanitarian_visa: 'Страна назначения',
    national_asylum: 'Страна убежища',
    unhcr: 'Страна убежища',
    un_cat: 'Место подачи',
    un_hrc: 'Место подачи',
    us_asylum: 'Страна убежища',
    us_immigration_court: 'Иммиграционный суд',
    other: 'Страна',
  },
  stateParty: 'Государство-участник',
  counsel: 'Представитель',
  client: 'Заявитель',
  contents: 'Содержание',
  exhibitsHeading: 'Приложения',
  exhibitWord: 'Приложение',
  manifest: 'Перечень файлов приложений',
  page: 'стр.',
  pages: 'стр.',
  sections: {
    applicant: 'Сведения о заявителе',
    statement: 'Личное заявление',
    chronology: 'Хронология событий',
    persecution: 'Основания и риск преследования',
    rights: 'Правовые основания',
    remedies: 'Исчерпание внутренних средств защиты',
    interimMeasures: 'Просьба о временных мерах',
    otherProcedures: 'Другие процедуры международного расследования или урегулирования',
    authorisation: 'Полномочия представителя и подписи',
    exhibitIndex: 'Перечень приложений',
  },
  fields: {
    fullName: 'Полное имя',
    fullNameNative: 'Имя в оригинальном написании',
    aliases: 'Другие имена',
    dateOfBirth: 'Дата рождения',
    placeOfBirth: 'Место рождения',
    citizenships: 'Гражданство',
    ethnicity: 'Национальность',
    religion: 'Вероисповедание',
    languages: 'Языки',
    documents: 'Документы',
    currentLocation: 'Местонахождение',
    status: 'Текущий статус',
    family: 'Семья',
    expires: 'действителен до',
    issued: 'выдан',
  },
  chronology: { date: 'Дата', place: 'Место', event: 'Событие', exhibits: 'Прил.', disputed: 'оспаривается', actors: 'Участники' },
  persecution: {
    refugeeConvention: {
      grounds: 'Основания',
      agents: 'Субъекты преследования',
      charges: 'Обвинения',
      risks: 'Риски при возвращении',
      stateProtection: 'Защита со стороны государства',
      internalRelocation: 'Внутреннее перемещение',
      countryInformation: 'Информация о стране',
      legalBasis: 'Применимые нормы',
    },
    tortureRisk: {
      intro:
        'Статья 3 Конвенции запрещает высылать, возвращать или выдавать лицо другому государству, если существуют серьёзные основания полагать, что ему может угрожать там применение пыток. Заявитель утверждает, что такие основания существуют: опасность применения пыток является предсказуемой, личной, существующей и реальной, а пытки будут применены государственными должностными лицами, или по их подстрекательству, или с их ведома или молчаливого согласия (статья 1).',
      grounds: 'Почему преследуют именно заявителя',
      agents: 'Государственные должностные лица и лица, действующие с их ведома или молчаливого согласия',
      charges: 'Уголовное преследование заявителя',
      risks: 'Предсказуемая, личная и реальная опасность применения пыток',
      stateProtection: 'Почему власти не защитят заявителя',
      internalRelocation: 'Отсутствие безопасного места в пределах страны',
      countryInformation: 'Постоянная практика грубых, вопиющих и массовых нарушений прав человека (пункт 2 статьи 3)',
      legalBasis: 'Применимые нормы',
    },
  },
  authorisation: {
    consent: (complainant, counsel) =>
      `Я, ${complainant}, заявитель по настоящему сообщению, поручаю представлять мои интересы в производстве по нему следующему лицу: ${counsel}. Представитель вправе подать сообщение от моего имени и действовать от моего имени по всем связанным с ним вопросам.`,
    complainant: 'Заявитель',
    counsel: 'Представитель',
    name: 'Имя',
    placeAndDate: 'Место и дата',
    signature: 'Подпись',
  },
  exhibitIndex: { label: '№', title: 'Название', date: 'Дата', kind: 'Вид', language: 'Язык', pages: 'Стр.', sha256: 'SHA-256' },
  separator: {
    title: 'Название',
    date: 'Дата',
    kind: 'Вид',
    source: 'Источник',
    language: 'Язык',
    file: 'Файл',
    size: 'Размер',
    sha256: 'SHA-256',
    pageRange: 'Страницы в досье',
    translationOf: 'Перевод документа',
    notIncluded: 'Не воспроизведено в досье',
    notIncludedNote: 'Оригинальный файл хранится без изменений и может быть представлен по запросу. Его отпечаток SHA-256 указан в перечне файлов.',
  },
  reasons: {
    needs_password: 'PDF защищён паролем, без которого его нельзя открыть',
    wrong_password: 'указанный пароль не открывает PDF',
    damaged: 'файл PDF повреждён и не читается',
    no_pages: 'в файле PDF нет страниц',
    image_unreadable: 'изображение повреждено и не декодируется',
    file_cut_short: 'файл изображения обрывается (он был обрезан при копировании или пересылке)',
    image_too_large: 'в изображении больше пикселей, чем помещается на странице',
    too_many_pages: 'в файле изображения больше страниц, чем помещается в досье',
    audio: 'аудиозапись нельзя воспроизвести на бумаге',
    video: 'видеозапись нельзя воспроизвести на бумаге',
    unknown_type: 'файлы этого типа нельзя воспроизвести на бумаге',
    text_too_long: 'текстовый файл слишком велик для воспроизведения',
    reader_failed: 'чтение файла было остановлено (слишком долго или слишком много памяти)',
  },
  pageNotReproduced: 'Эту страницу приложения не удалось воспроизвести',
  reproduction: {
    repaired: 'Файл повреждён: его страницы воспроизведены с копии, восстановленной так, как его читают программы просмотра PDF. Оригинальный файл не изменён (SHA-256 выше).',
    decrypted: 'Файл защищён паролем: его страницы воспроизведены с копии, открытой указанным паролем. Оригинальный файл не изменён (SHA-256 выше).',
    asImages: (pages, dpi) => `Страницы файла ${pages} воспроизведены как изображения страниц (${dpi} dpi): их текст нельзя выделить.`,
    missing: (pages) => `Страницы файла ${pages} не удалось воспроизвести.`,
    recognised: (pages) =>
      `${pages === undefined ? 'Текст этого приложения' : `Текст страниц файла ${pages}`} распознан автоматически (OCR) и может содержать ошибки. Он невидимо наложен на изображение, чтобы его можно было искать и копировать; содержание файла передаёт изображение.`,
  },
  warnings: {
    notReproduced: (exhibit, file, reason) => `${exhibit} (${file}) не воспроизводится: ${reason}.`,
    partlyReproduced: (exhibit, file, how) => `${exhibit} (${file}): ${how}`,
    undrawablePages: (exhibit, file, pages) =>
      `${exhibit} (${file}): на страницах ${pages} повреждены данные изображения; некоторые программы показывают их не полностью, а система проверки PDF суда может отклонить всю подачу. Выберите «Повреждённые страницы как изображения», чтобы воспроизвести их как изображения страниц.`,
    confidentialLeftOut: (count, titles) => `Не включены материалы с пометкой «конфиденциально» (${count}): ${titles}.`,
    withheldLeftOut: (count, profile) => `Не включены доказательства, изъятые профилем редактирования «${profile}» (${count}).`,
    uncoveredCharacter: (code, character, places) => `Ни в одном шрифте досье нет символа ${code} (${character}); вместо него напечатан знак «\uFFFD». Где: ${places}.`,
  },
  manifestIntro: 'Все файлы приложений в полученном виде, с размером и отпечатком SHA-256.',
  manifestHowTo: [
    'Чтобы убедиться, что имеющийся у вас файл — тот самый, вычислите его отпечаток SHA-256 и сравните с перечнем:',
    'Windows: certutil -hashfile ФАЙЛ SHA256 · macOS: shasum -a 256 ФАЙЛ · Linux: sha256sum ФАЙЛ',
    'Совпадение отпечатков доказывает побайтовое совпадение файлов.',
  ],
  manifestColumns: { label: '№', file: 'Файл', size: 'Размер', sha256: 'SHA-256', included: 'Воспр.' },
  yes: 'да',
  no: 'нет',
  notRendered: 'не воспроизведено',
  nothingRecorded: 'Сведений нет.',
  redactedMark: '[изъято]',
  seeExhibits: 'См.',
  coverPage: 'Титульный лист',
  pageFooters: 'Колонтитулы страниц',
  ...printedVocabulary('ru'),
};

const fr: DossierText = {
  confidential: 'CONFIDENTIEL — contient des données personnelles d’une personne en danger. Ne pas communiquer aux autorités du pays d’origine.',
  preparedOn: 'Établi le',
  reference: 'Référence',
  forum: 'Destinataire',
  destinations: {
    embassy_humanitarian_visa: 'Pays de destination',
    national_asylum: 'Pays d’asile',
    unhcr: 'Pays d’asile',
    un_cat: 'Lieu de dépôt',
    un_hrc: 'Lieu de dépôt',
    us_asylum: 'Pays d’asile',
    us_immigration_court: 'Tribunal de l’immigration',
    other: 'Pays',
  },
  stateParty: 'État partie concerné',
  counsel: 'Conseil',
  client: 'Requérant',
  contents: 'Table des matières',
  exhibitsHeading: 'Pièces',
  exhibitWord: 'Pièce',
  manifest: 'Inventaire des fichiers des pièces',
  page: 'page',
  pages: 'pages',
  sections: {
    applicant: 'Le requérant',
    statement: 'Déclaration personnelle',
    chronology: 'Chronologie des faits',
    persecution: 'Motifs et risque de persécution',
    rights: 'Fondement juridique',
    remedies: 'Épuisement des voies de recours internes',
    interimMeasures: 'Demande de mesures provisoires',
    otherProcedures: 'Autres procédures internationales d’enquête ou de règlement',
    authorisation: 'Autorisation et signatures',
    exhibitIndex: 'Bordereau des pièces',
  },
  fields: {
    fullName: 'Nom complet',
    fullNameNative: 'Nom dans l’écriture d’origine',
    aliases: 'Autres noms',
    dateOfBirth: 'Date de naissance',
    placeOfBirth: 'Lieu de naissance',
    citizenships: 'Nationalité',
    ethnicity: 'Origine ethnique',
    religion: 'Religion',
    languages: 'Langues',
    documents: 'Documents d’identité',
    currentLocation: 'Lieu actuel',
    status: 'Situation actuelle',
    family: 'Famille',
    expires: 'expire le',
    issued: 'délivré le',
  },
  chronology: { date: 'Date', place: 'Lieu', event: 'Fait', exhibits: 'Pièces', disputed: 'contesté', actors: 'Intervenants' },
  persecution: {
    refugeeConvention: {
      grounds: 'Motifs',
      agents: 'Agents de persécution',
      charges: 'Chefs d’accusation',
      risks: 'Risques en cas de retour',
      stateProtection: 'Protection de l’État',
      internalRelocation: 'Réinstallation interne',
      countryInformation: 'Informations sur le pays',
      legalBasis: 'Dispositions invoquées',
    },
    tortureRisk: {
      intro:
        'L’article 3 de la Convention interdit d’expulser, de refouler ou d’extrader une personne vers un autre État où il y a des motifs sérieux de croire qu’elle risque d’être soumise à la torture. Le requérant soutient que de tels motifs existent : le risque est prévisible, personnel, actuel et réel, et la torture serait infligée par des agents de la fonction publique, ou à leur instigation ou avec leur consentement exprès ou tacite (article premier).',
      grounds: 'Pourquoi le requérant est personnellement visé',
      agents: 'Agents de la fonction publique, et personnes agissant avec leur consentement exprès ou tacite',
      charges: 'Poursuites pénales contre le requérant',
      risks: 'Risque prévisible, personnel et réel de torture',
      stateProtection: 'Pourquoi les autorités ne protégeraient pas le requérant',
      internalRelocation: 'Absence de lieu sûr dans le pays',
      countryInformation: 'Ensemble de violations systématiques des droits de l’homme, graves, flagrantes ou massives (article 3, paragraphe 2)',
      legalBasis: 'Dispositions invoquées',
    },
  },
  authorisation: {
    consent: (complainant, counsel) =>
      `Je soussigné(e), ${complainant}, requérant(e) dans la présente communication, autorise ${counsel} à me représenter dans la procédure relative à cette communication, à la soumettre en mon nom et à agir pour moi dans toute question s’y rapportant.`,
    complainant: 'Le requérant',
    counsel: 'Le conseil',
    name: 'Nom',
    placeAndDate: 'Lieu et date',
    signature: 'Signature',
  },
  exhibitIndex: { label: 'N°', title: 'Intitulé', date: 'Date', kind: 'Nature', language: 'Langue', pages: 'Pages', sha256: 'SHA-256' },
  separator: {
    title: 'Intitulé',
    date: 'Date',
    kind: 'Nature',
    source: 'Source',
    language: 'Langue',
    file: 'Fichier',
    size: 'Taille',
    sha256: 'SHA-256',
    pageRange: 'Pages dans ce dossier',
    translationOf: 'Traduction de',
    notIncluded: 'Non reproduit dans ce dossier',
    notIncludedNote: 'Le fichier original est conservé sans modification et peut être fourni sur demande. Son empreinte SHA-256 figure à l’inventaire.',
  },
  reasons: {
    needs_password: 'le PDF est protégé par un mot de passe nécessaire à son ouverture',
    wrong_password: 'le mot de passe indiqué n’ouvre pas le PDF',
    damaged: 'le fichier PDF est endommagé et illisible',
    no_pages: 'le fichier PDF ne contient aucune page',
    image_unreadable: 'l’image est endommagée et ne peut pas être décodée',
    file_cut_short: 'le fichier image s’arrête trop tôt (il a été tronqué lors d’une copie ou d’un envoi)',
    image_too_large: 'l’image compte plus de pixels qu’une page ne peut en porter',
    too_many_pages: 'le fichier image compte plus de pages qu’un dossier n’en place',
    audio: 'un enregistrement sonore ne peut pas être reproduit sur papier',
    video: 'un enregistrement vidéo ne peut pas être reproduit sur papier',
    unknown_type: 'les fichiers de ce type ne peuvent pas être reproduits sur papier',
    text_too_long: 'le fichier texte est trop long pour être reproduit',
    reader_failed: 'la lecture du fichier a été arrêtée (trop longue ou trop gourmande en mémoire)',
  },
  pageNotReproduced: 'Cette page de la pièce n’a pas pu être reproduite',
  reproduction: {
    repaired: 'Le fichier est endommagé : ses pages sont reproduites à partir d’une copie réparée telle que les lecteurs PDF la lisent. Le fichier original est inchangé (SHA-256 ci-dessus).',
    decrypted: 'Le fichier est protégé par un mot de passe : ses pages sont reproduites à partir d’une copie ouverte avec le mot de passe fourni. Le fichier original est inchangé (SHA-256 ci-dessus).',
    asImages: (pages, dpi) => `Page(s) ${pages} du fichier reproduite(s) comme images de la page (${dpi} dpi) : leur texte ne peut pas être sélectionné.`,
    missing: (pages) => `Page(s) ${pages} du fichier n’ont pas pu être reproduite(s).`,
    recognised: (pages) =>
      `${pages === undefined ? 'Le texte de cette pièce' : `Le texte de la ou des page(s) ${pages} du fichier`} a été reconnu automatiquement (OCR) et peut contenir des erreurs. Il est placé de manière invisible sur l’image pour permettre la recherche et la copie ; c’est l’image qui fait foi du contenu du fichier.`,
  },
  warnings: {
    notReproduced: (exhibit, file, reason) => `${exhibit} (${file}) : ${reason} ; la pièce n’est pas reproduite.`,
    partlyReproduced: (exhibit, file, how) => `${exhibit} (${file}) : ${how}`,
    undrawablePages: (exhibit, file, pages) =>
      `${exhibit} (${file}) : les données de dessin de la ou des page(s) ${pages} sont endommagées ; certains lecteurs ne les affichent qu’en partie et le contrôle PDF d’une juridiction peut rejeter tout le dépôt. Choisissez « Pages endommagées en images » pour les reproduire comme images de la page.`,
    confidentialLeftOut: (count, titles) => `${count} pièce(s) marquée(s) confidentielle(s) écartée(s) : ${titles}.`,
    withheldLeftOut: (count, profile) => `${count} pièce(s) retenue(s) par le profil d’occultation « ${profile} » écartée(s).`,
    uncoveredCharacter: (code, character, places) => `Aucune police du dossier ne contient le caractère ${code} (${character}) ; il est imprimé « \uFFFD » dans : ${places}.`,
  },
  manifestIntro: 'Chaque fichier de pièce, tel que reçu, avec sa taille et son empreinte SHA-256.',
  manifestHowTo: [
    'Pour vérifier qu’un fichier en votre possession est bien celui visé ici, calculez son empreinte SHA-256 et comparez-la à la liste :',
    'Windows : certutil -hashfile FICHIER SHA256 · macOS : shasum -a 256 FICHIER · Linux : sha256sum FICHIER',
    'Des empreintes identiques prouvent que les fichiers sont identiques, octet par octet.',
  ],
  manifestColumns: { label: 'N°', file: 'Fichier', size: 'Taille', sha256: 'SHA-256', included: 'Reproduit' },
  yes: 'oui',
  no: 'non',
  notRendered: 'non reproduit',
  nothingRecorded: 'Rien n’a été enregistré.',
  redactedMark: '[occulté]',
  seeExhibits: 'Voir',
  coverPage: 'Page de garde',
  pageFooters: 'Pieds de page',
  ...printedVocabulary('fr'),
};

export const dossierText: Record<DossierLanguage, DossierText> = { en, ru, fr };
