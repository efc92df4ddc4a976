// The words of the certificates of translation and interpretation (issue 15), in the three
// languages a dossier is written in. Russian and French name languages in the nominative
// ("казахский", "kazakh"), so their sentences put a language's name where no case ending or
// elision is needed ("язык оригинала — казахский", "langue source : kazakh").
import type { DossierLanguage } from './dossier-text.js';

/** What a certificate says of the translation it follows. */
export interface TranslationFacts {
  translator: string;
  /** "Annex 3" (the translation) and "Annex 2" (its original, when it is in the dossier). */
  translation: string;
  original: string | undefined;
  title: string;
  from: string;
  into: string;
  qualifications: string | undefined;
  certifiedBy: string | undefined;
}

export interface InterpretationFacts {
  interpreter: string;
  applicant: string;
  language: string;
  /** The language the statement is written in (the dossier's). */
  statementLanguage: string;
  date: string | undefined;
}

export interface CertificateText {
  translationHeading: string;
  /** The UK form's heading: a statement of the translator's identity and qualifications. */
  translatorStatementHeading: string;
  interpretationHeading: string;
  /** The US immigration court form: competence to translate from X into Y, and accuracy. */
  eoir(facts: TranslationFacts): string;
  /** The UK form: who the translator is, their qualifications and who certified them, and accuracy. */
  uk(facts: TranslationFacts): string;
  /** The generic form (embassies, UN bodies). */
  generic(facts: TranslationFacts): string;
  /** "This translation is an excerpt: it covers pages 1–3 of the original." */
  excerpt(pages: string): string;
  interpretation(facts: InterpretationFacts): string;
  name: string;
  signature: string;
  date: string;
  address: string;
  phone: string;
  email: string;
  qualifications: string;
  certifiedBy: string;
  languages: string;
  /** Printed where the vault holds no translator: the lawyer completes it by hand. */
  blank: string;
  /** The contents' entry: "Certificate of translation — Annex 3". */
  contentsEntry(exhibit: string): string;
  /** The separator row naming an original's translation(s). */
  translatedAs: string;
  /** The index's note under an original: "translation: Annex 3 — Title". */
  indexTranslation: string;
}

const blank = '____________________';

const en: CertificateText = {
  translationHeading: 'Certificate of translation',
  translatorStatementHeading: "Translator's statement of identity, qualifications and accuracy",
  interpretationHeading: 'Certificate of interpretation',
  eoir: (f) =>
    `I, ${f.translator}, certify that I am competent to translate from ${f.from} into ${f.into}, and that the translation "${f.title}" (${f.translation})${f.original ? ` of the document at ${f.original}` : ''} is complete and accurate to the best of my knowledge and ability.`,
  uk: (f) =>
    `I, ${f.translator}${f.qualifications ? `, ${f.qualifications}` : ''}${f.certifiedBy ? `, certified by ${f.certifiedBy}` : ''}, translated ${f.original ? `the document at ${f.original}` : 'the original'} from ${f.from} into ${f.into}; the translation is "${f.title}" (${f.translation}). I confirm that it is a true and accurate translation of the original, and that I am not a party to these proceedings.`,
  generic: (f) =>
    `This is to certify that "${f.title}" (${f.translation}) is a true and faithful translation from ${f.from} into ${f.into}${f.original ? ` of the document at ${f.original}` : ''}, made by ${f.translator}${f.qualifications ? ` (${f.qualifications})` : ''}.`,
  excerpt: (pages) => `This translation is an excerpt: it covers page${pages.includes('–') ? 's' : ''} ${pages} of the original only.`,
  interpretation: (f) =>
    `I, ${f.interpreter}, certify that I am competent to interpret between ${f.language} and ${f.statementLanguage}, and that${f.date ? ` on ${f.date}` : ''} I read the above statement back in full to ${f.applicant} in ${f.language}, who confirmed that they understood it and that it is true and complete.`,
  name: 'Name',
  signature: 'Signature',
  date: 'Date',
  address: 'Address',
  phone: 'Telephone',
  email: 'E-mail',
  qualifications: 'Qualifications',
  certifiedBy: 'Certified by',
  languages: 'Languages',
  blank,
  contentsEntry: (exhibit) => `Certificate of translation — ${exhibit}`,
  translatedAs: 'Translation',
  indexTranslation: 'translation',
};

const ru: CertificateText = {
  translationHeading: 'Удостоверение перевода',
  translatorStatementHeading: 'Заявление переводчика о личности, квалификации и точности перевода',
  interpretationHeading: 'Удостоверение устного перевода',
  eoir: (f) =>
    `Я, ${f.translator}, удостоверяю, что обладаю квалификацией для перевода (язык оригинала — ${f.from}, язык перевода — ${f.into}) и что перевод «${f.title}» (${f.translation})${f.original ? ` документа, приложенного как ${f.original},` : ''} полон и точен, насколько мне позволяют мои знания и умения.`,
  uk: (f) =>
    `Я, ${f.translator}${f.qualifications ? `, ${f.qualifications}` : ''}${f.certifiedBy ? `, квалификация подтверждена: ${f.certifiedBy}` : ''}, выполнил(а) перевод ${f.original ? `документа, приложенного как ${f.original}` : 'оригинала'} (язык оригинала — ${f.from}, язык перевода — ${f.into}); перевод — «${f.title}» (${f.translation}). Подтверждаю, что перевод верен и точен и что я не являюсь стороной разбирательства.`,
  generic: (f) =>
    `Настоящим удостоверяется, что «${f.title}» (${f.translation}) — верный и точный перевод${f.original ? ` документа, приложенного как ${f.original}` : ''} (язык оригинала — ${f.from}, язык перевода — ${f.into}), выполненный переводчиком: ${f.translator}${f.qualifications ? ` (${f.qualifications})` : ''}.`,
  excerpt: (pages) => `Это перевод выдержки: он охватывает только ${pages.includes('–') ? 'страницы' : 'страницу'} ${pages} оригинала.`,
  interpretation: (f) =>
    `Я, ${f.interpreter}, удостоверяю, что владею языками, необходимыми для устного перевода (${f.language} и ${f.statementLanguage}), и что${f.date ? ` ${f.date}` : ''} я полностью зачитал(а) приведённое выше заявление заявителю (${f.applicant}) в переводе (язык — ${f.language}), и заявитель подтвердил(а), что понял(а) его и что оно верно и полно.`,
  name: 'Имя',
  signature: 'Подпись',
  date: 'Дата',
  address: 'Адрес',
  phone: 'Телефон',
  email: 'Эл. почта',
  qualifications: 'Квалификация',
  certifiedBy: 'Кем подтверждена',
  languages: 'Языки',
  blank,
  contentsEntry: (exhibit) => `Удостоверение перевода — ${exhibit}`,
  translatedAs: 'Перевод',
  indexTranslation: 'перевод',
};

const fr: CertificateText = {
  translationHeading: 'Certificat de traduction',
  translatorStatementHeading: 'Déclaration du traducteur : identité, qualifications et exactitude',
  interpretationHeading: "Certificat d'interprétation",
  eoir: (f) =>
    `Je soussigné(e), ${f.translator}, certifie être compétent(e) pour traduire de la langue source (${f.from}) vers la langue cible (${f.into}), et que la traduction « ${f.title} » (${f.translation})${f.original ? ` du document joint en ${f.original}` : ''} est complète et exacte au mieux de mes connaissances et capacités.`,
  uk: (f) =>
    `Je soussigné(e), ${f.translator}${f.qualifications ? `, ${f.qualifications}` : ''}${f.certifiedBy ? `, qualification attestée par : ${f.certifiedBy}` : ''}, ai traduit ${f.original ? `le document joint en ${f.original}` : "l'original"} de la langue source (${f.from}) vers la langue cible (${f.into}) ; la traduction est « ${f.title} » (${f.translation}). Je confirme qu'elle est fidèle et exacte et que je ne suis pas partie à la procédure.`,
  generic: (f) =>
    `Il est certifié que « ${f.title} » (${f.translation}) est une traduction fidèle et exacte${f.original ? ` du document joint en ${f.original}` : ''}, de la langue source (${f.from}) vers la langue cible (${f.into}), réalisée par ${f.translator}${f.qualifications ? ` (${f.qualifications})` : ''}.`,
  excerpt: (pages) => `Cette traduction est un extrait : elle ne couvre que ${pages.includes('–') ? 'les pages' : 'la page'} ${pages} de l'original.`,
  interpretation: (f) =>
    `Je soussigné(e), ${f.interpreter}, certifie être compétent(e) pour interpréter entre ces langues : ${f.language} et ${f.statementLanguage}, et avoir${f.date ? ` le ${f.date}` : ''} relu intégralement la déclaration ci-dessus au requérant (${f.applicant}) dans sa langue (${f.language}), qui a confirmé l'avoir comprise et qu'elle est exacte et complète.`,
  name: 'Nom',
  signature: 'Signature',
  date: 'Date',
  address: 'Adresse',
  phone: 'Téléphone',
  email: 'Courriel',
  qualifications: 'Qualifications',
  certifiedBy: 'Attestée par',
  languages: 'Langues',
  blank,
  contentsEntry: (exhibit) => `Certificat de traduction — ${exhibit}`,
  translatedAs: 'Traduction',
  indexTranslation: 'traduction',
};

export const certificateText: Record<DossierLanguage, CertificateText> = { en, ru, fr };
