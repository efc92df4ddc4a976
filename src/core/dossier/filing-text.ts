// The words of the forum-specific pages (issue 15): the US immigration court's cover and proof of
// service, the urgent letter's first page, the expected removal, and the export's warning about
// pages before the annexes. Kept apart from dossier-text.ts, whose words every template prints.
import type { DossierLanguage } from './dossier-text.js';

export interface FilingText {
  eoir: {
    /** The three lines centred above the caption. */
    court: [string, string, string];
    inTheMatterOf: string;
    respondent: string;
    inRemovalProceedings: string;
    fileNumber: string;
    judge: string;
    nextHearing: string;
    detained: string;
    nonDetained: string;
    counsel: string;
    /** Lines left for counsel's address and EOIR ID, written by hand when the vault has none. */
    addressLine: string;
  };
  /** Counsel's details, as the covers label them. */
  counsel: {
    phone: string;
    email: string;
    eoirId: string;
    barNumber: string;
    /** The urgent letter's row of counsel's address, phone and e-mail. */
    contact: string;
    /** The proof of service's row of the server's address and phone. */
    serverContact: string;
  };
  proofOfService: {
    heading: string;
    /** "On ____, I served a copy of this filing and its attachments on the DHS Office of the Principal Legal Advisor at:" */
    statement: (filing: string, respondent: string, aNumber: string) => string;
    servedOn: string;
    office: string;
    address: string;
    how: string;
    methods: string[];
    date: string;
    name: string;
    signature: string;
  };
  urgent: {
    banner: string;
    subtitle: string;
    removal: string;
    asked: string;
    risk: string;
    /** Printed when the lawyer has not written what is asked. */
    notStated: string;
  };
  removal: { heading: string; date: string; time: string; place: string; destination: string; manner: string };
  warnings: {
    /** The pages before the first exhibit exceed what the template allows (an urgent letter goes by fax). */
    pagesBeforeExhibits: (pages: number, max: number) => string;
    /** The template takes only key exhibits, and none is marked key. */
    noKeyExhibits: string;
  };
}

const en: FilingText = {
  eoir: {
    court: ['UNITED STATES DEPARTMENT OF JUSTICE', 'EXECUTIVE OFFICE FOR IMMIGRATION REVIEW', 'IMMIGRATION COURT'],
    inTheMatterOf: 'In the Matter of:',
    respondent: 'Respondent.',
    inRemovalProceedings: 'In removal proceedings',
    fileNumber: 'File No.:',
    judge: 'Immigration Judge:',
    nextHearing: 'Next hearing:',
    detained: 'DETAINED',
    nonDetained: 'NON-DETAINED',
    counsel: 'Counsel for the respondent',
    addressLine: 'Address, telephone, EOIR ID:',
  },
  counsel: {
    phone: 'Tel.',
    email: 'E-mail',
    eoirId: 'EOIR ID:',
    barNumber: 'Bar no.:',
    contact: 'Contact',
    serverContact: 'Address and telephone of the person serving',
  },
  proofOfService: {
    heading: 'Proof of service',
    statement: (filing, respondent, aNumber) =>
      `On the date below, I served a copy of “${filing}” (respondent ${respondent}, A-number ${aNumber}) and every attached page on the Department of Homeland Security, as follows.`,
    servedOn: 'Served on',
    office: 'DHS — Office of the Principal Legal Advisor (OPLA)',
    address: 'At the address',
    how: 'By',
    methods: ['[ ] hand delivery', '[ ] first-class mail', '[ ] electronic service (ECAS)'],
    date: 'Date of service',
    name: 'Name of the person serving',
    signature: 'Signature',
  },
  urgent: {
    banner: 'URGENT',
    subtitle: 'Removal is imminent: interim measures are requested before the date below.',
    removal: 'Expected removal',
    asked: 'What is asked',
    risk: 'The risk on return',
    notStated: 'Not stated.',
  },
  removal: { heading: 'Expected removal', date: 'Date', time: 'Time', place: 'Place', destination: 'Destination', manner: 'Manner' },
  warnings: {
    pagesBeforeExhibits: (pages, max) =>
      `The pages before the annexes number ${pages}; this template allows ${max}, so the letter may not go by fax or e-mail. Shorten the texts or the chronology.`,
    noKeyExhibits: 'No exhibit is marked key, so the letter has no annexes: mark the key exhibits in the evidence view.',
  },
};

const ru: FilingText = {
  eoir: {
    court: ['МИНИСТЕРСТВО ЮСТИЦИИ СОЕДИНЁННЫХ ШТАТОВ', 'ИСПОЛНИТЕЛЬНОЕ УПРАВЛЕНИЕ ПО ПЕРЕСМОТРУ ИММИГРАЦИОННЫХ ДЕЛ', 'ИММИГРАЦИОННЫЙ СУД'],
    inTheMatterOf: 'По делу:',
    respondent: 'Ответчик.',
    inRemovalProceedings: 'Производство о высылке',
    fileNumber: 'Номер дела (A-номер):',
    judge: 'Иммиграционный судья:',
    nextHearing: 'Следующее заседание:',
    detained: 'СОДЕРЖИТСЯ ПОД СТРАЖЕЙ',
    nonDetained: 'НЕ СОДЕРЖИТСЯ ПОД СТРАЖЕЙ',
    counsel: 'Представитель ответчика',
    addressLine: 'Адрес, телефон, EOIR ID:',
  },
  counsel: {
    phone: 'Тел.',
    email: 'Эл. почта',
    eoirId: 'EOIR ID:',
    barNumber: 'Рег. номер адвоката:',
    contact: 'Контакты',
    serverContact: 'Адрес и телефон вручившего',
  },
  proofOfService: {
    heading: 'Подтверждение вручения',
    statement: (filing, respondent, aNumber) =>
      `В указанную ниже дату я вручил(а) копию документа «${filing}» (ответчик ${respondent}, A-номер ${aNumber}) со всеми приложенными страницами Министерству внутренней безопасности следующим образом.`,
    servedOn: 'Кому вручено',
    office: 'DHS — Управление главного юрисконсульта (OPLA)',
    address: 'По адресу',
    how: 'Способ',
    methods: ['[ ] лично', '[ ] почтой первого класса', '[ ] электронно (ECAS)'],
    date: 'Дата вручения',
    name: 'Имя вручившего',
    signature: 'Подпись',
  },
  urgent: {
    banner: 'СРОЧНО',
    subtitle: 'Высылка неминуема: просим о временных мерах до указанной ниже даты.',
    removal: 'Ожидаемая высылка',
    asked: 'О чём мы просим',
    risk: 'Опасность в случае возвращения',
    notStated: 'Не указано.',
  },
  removal: { heading: 'Ожидаемая высылка', date: 'Дата', time: 'Время', place: 'Место', destination: 'Куда', manner: 'Каким образом' },
  warnings: {
    pagesBeforeExhibits: (pages, max) =>
      `До приложений ${pages} стр.; этот шаблон допускает ${max}, поэтому письмо может не пройти по факсу или электронной почте. Сократите тексты или хронологию.`,
    noKeyExhibits: 'Ни одно доказательство не отмечено как ключевое, поэтому у письма нет приложений: отметьте ключевые доказательства в разделе доказательств.',
  },
};

const fr: FilingText = {
  eoir: {
    court: ['DÉPARTEMENT DE LA JUSTICE DES ÉTATS-UNIS', 'BUREAU EXÉCUTIF DE RÉVISION EN MATIÈRE D’IMMIGRATION', 'TRIBUNAL DE L’IMMIGRATION'],
    inTheMatterOf: 'Dans l’affaire :',
    respondent: 'Défendeur.',
    inRemovalProceedings: 'Procédure d’éloignement',
    fileNumber: 'Dossier n° (A-number) :',
    judge: 'Juge de l’immigration :',
    nextHearing: 'Prochaine audience :',
    detained: 'DÉTENU',
    nonDetained: 'NON DÉTENU',
    counsel: 'Conseil du défendeur',
    addressLine: 'Adresse, téléphone, EOIR ID :',
  },
  counsel: {
    phone: 'Tél.',
    email: 'Courriel',
    eoirId: 'EOIR ID :',
    barNumber: 'N° d’inscription au barreau :',
    contact: 'Coordonnées',
    serverContact: 'Adresse et téléphone de la personne qui signifie',
  },
  proofOfService: {
    heading: 'Preuve de signification',
    statement: (filing, respondent, aNumber) =>
      `À la date ci-dessous, j’ai signifié une copie de « ${filing} » (défendeur ${respondent}, A-number ${aNumber}) et de toutes les pages jointes au Département de la Sécurité intérieure, comme suit.`,
    servedOn: 'Signifié à',
    office: 'DHS — Bureau du conseiller juridique principal (OPLA)',
    address: 'À l’adresse',
    how: 'Par',
    methods: ['[ ] remise en main propre', '[ ] courrier de première classe', '[ ] signification électronique (ECAS)'],
    date: 'Date de la signification',
    name: 'Nom de la personne qui signifie',
    signature: 'Signature',
  },
  urgent: {
    banner: 'URGENT',
    subtitle: 'L’éloignement est imminent : des mesures provisoires sont demandées avant la date ci-dessous.',
    removal: 'Éloignement prévu',
    asked: 'Ce qui est demandé',
    risk: 'Le risque en cas de renvoi',
    notStated: 'Non indiqué.',
  },
  removal: { heading: 'Éloignement prévu', date: 'Date', time: 'Heure', place: 'Lieu', destination: 'Destination', manner: 'Modalités' },
  warnings: {
    pagesBeforeExhibits: (pages, max) =>
      `Les pages avant les annexes sont au nombre de ${pages} ; ce modèle en permet ${max}, la lettre risque de ne pas passer par télécopie ou courriel. Raccourcissez les textes ou la chronologie.`,
    noKeyExhibits: 'Aucune pièce n’est marquée comme essentielle : la lettre n’a pas d’annexes. Marquez les pièces essentielles dans la vue des pièces.',
  },
};

export const filingText: Record<DossierLanguage, FilingText> = { en, ru, fr };
