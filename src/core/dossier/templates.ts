// The dossier templates: declarative descriptions of what each forum expects. A template says
// which sections appear in what order, what they are called, how exhibits are numbered and
// which fields are shown. The composer reads these and nothing else decides the document's shape.
import type { DisputedEventChoice } from '../../shared/models.js';
import type { DossierLanguage, PersecutionFraming } from './dossier-text.js';

export const sectionIds = [
  'applicant',
  'statement',
  'chronology',
  'persecution',
  'rights',
  'remedies',
  'interimMeasures',
  'otherProcedures',
  'authorisation',
  'exhibitIndex',
] as const;
export type SectionId = (typeof sectionIds)[number];

/** Sections that begin on a page of their own: a page to be signed is never half of another. */
export const sectionsOnTheirOwnPage: ReadonlySet<SectionId> = new Set<SectionId>(['authorisation']);

export const applicantFields = [
  'fullName',
  'fullNameNative',
  'aliases',
  'dateOfBirth',
  'placeOfBirth',
  'citizenships',
  'ethnicity',
  'religion',
  'languages',
  'documents',
  'currentLocation',
  'status',
  'family',
] as const;
export type ApplicantField = (typeof applicantFields)[number];

type Localized = Record<DossierLanguage, string>;

/** Case fields a forum will not accept a filing without; the pre-flight blocks on each one missing. */
export const requiredFilingFields = ['stateParty', 'remediesExhausted', 'removal', 'destination', 'alienNumber'] as const;
export type RequiredFilingField = (typeof requiredFilingFields)[number];

/** The form of the certificate of translation printed behind each translation. */
export const certificateForms = ['eoir', 'uk', 'generic'] as const;
export type CertificateForm = (typeof certificateForms)[number];

/**
 * What the forum accepts, in one place: the exporter (parts, certificates), the pre-flight
 * (limits, required fields) and the README's table of templates read these and nothing else.
 */
export interface FilingRules {
  /** The largest file the forum takes, in bytes; a bigger dossier is written in parts. */
  maxPartBytes?: number;
  /** The most pages one part may have. */
  maxPagesPerPart?: number;
  /** The pages before the first exhibit must fit in this many (an urgent letter goes by fax). */
  maxPagesBeforeExhibits?: number;
  /** Every exhibit in another language than the dossier's needs a translation. */
  translationsRequired: boolean;
  certificateForm: CertificateForm;
  /** The forum wants searchable PDFs: every exhibit page with its own text or OCR text. */
  searchable: boolean;
  requiredFields: RequiredFilingField[];
  /** Only the exhibits the lawyer marked as key go in. */
  keyExhibitsOnly: boolean;
  /** A proof of service page closes the filing. */
  proofOfService: boolean;
}

export interface DossierTemplate {
  id: string;
  /** What the template is for, shown when a user picks one. */
  description: string;
  /** The cover's title, per language. */
  title: Localized;
  sections: SectionId[];
  /** Headings that differ from the defaults in dossier-text.ts. */
  headings?: Partial<Record<SectionId, Localized>>;
  /** Exhibit labels: A, B, … Z, AA, … or 1, 2, 3. */
  numbering: 'letters' | 'numbers';
  /** The word before an exhibit's label ("Annex 3", "Tab B"); defaults to "Exhibit". */
  exhibitWord?: Localized;
  /** Place each translation right after its original, labelled as its companion (B.1). */
  pairTranslations: boolean;
  applicantFields: ApplicantField[];
  /** How the chronology prints disputed events unless the export chooses otherwise. */
  disputedEvents: DisputedEventChoice;
  /**
   * The law the risk section argues: persecution under the 1951 Refugee Convention, or a risk of
   * torture under CAT art. 3 (substantial grounds, a personal and real risk, public officials).
   */
  persecutionFraming: PersecutionFraming;
  filing: FilingRules;
  /** The first page: the standard cover, the US immigration court's caption (eoir-cover.ts) or an urgent letter's (urgent-cover.ts). */
  cover?: 'standard' | 'eoir' | 'urgent';
}

const allApplicantFields = [...applicantFields];

export const dossierTemplates: readonly DossierTemplate[] = [
  {
    id: 'embassy-humanitarian-visa',
    description: 'Supporting dossier for a humanitarian visa request at an embassy.',
    title: {
      en: 'Request for a humanitarian visa — supporting dossier',
      ru: 'Ходатайство о выдаче гуманитарной визы — досье',
      fr: 'Demande de visa humanitaire — dossier à l’appui',
    },
    sections: ['applicant', 'statement', 'persecution', 'chronology', 'exhibitIndex'],
    headings: {
      persecution: { en: 'Why the applicant is at risk', ru: 'Почему заявителю угрожает опасность', fr: 'Pourquoi le requérant est en danger' },
    },
    numbering: 'numbers',
    exhibitWord: { en: 'Annex', ru: 'Приложение', fr: 'Annexe' },
    pairTranslations: true,
    applicantFields: ['fullName', 'fullNameNative', 'aliases', 'dateOfBirth', 'placeOfBirth', 'citizenships', 'languages', 'documents', 'currentLocation', 'status', 'family'],
    disputedEvents: 'omit',
    persecutionFraming: 'refugeeConvention',
    // An embassy reads the file itself: in its own language, short, with the destination named.
    filing: { translationsRequired: true, certificateForm: 'generic', searchable: false, requiredFields: ['destination'], keyExhibitsOnly: false, proofOfService: false },
  },
  {
    id: 'un-cat-interim-measures',
    description: 'Communication to the UN Committee against Torture (art. 22) with a request for interim measures against extradition.',
    title: {
      en: 'Communication under article 22 of the Convention against Torture, with a request for interim measures',
      ru: 'Сообщение в соответствии со статьёй 22 Конвенции против пыток с просьбой о временных мерах',
      fr: 'Communication au titre de l’article 22 de la Convention contre la torture, avec demande de mesures provisoires',
    },
    // The order of the Committee's model complaint form: the complainant, the State party and the
    // rights at stake, the facts, domestic remedies and other international procedures
    // (art. 22(5)), then the signed authorisation of counsel; the request for measures comes first
    // because it is what must be read today.
    sections: ['interimMeasures', 'applicant', 'chronology', 'persecution', 'rights', 'remedies', 'otherProcedures', 'statement', 'exhibitIndex', 'authorisation'],
    headings: {
      applicant: { en: 'The complainant', ru: 'Сведения о заявителе', fr: 'Le requérant' },
      chronology: { en: 'The facts', ru: 'Факты', fr: 'Les faits' },
      persecution: {
        en: 'Risk of torture on return (article 3)',
        ru: 'Опасность применения пыток в случае возвращения (статья 3)',
        fr: 'Risque de torture en cas de renvoi (article 3)',
      },
      rights: { en: 'The rights at stake', ru: 'Нарушаемые права', fr: 'Les droits en cause' },
    },
    numbering: 'numbers',
    exhibitWord: { en: 'Annex', ru: 'Приложение', fr: 'Annexe' },
    pairTranslations: true,
    applicantFields: allApplicantFields,
    disputedEvents: 'mark',
    persecutionFraming: 'tortureRisk',
    // The Committee works in its official languages and asks for the State party, exhausted
    // remedies and, for interim measures, when, where and how the removal is expected.
    filing: {
      translationsRequired: true,
      certificateForm: 'generic',
      searchable: false,
      requiredFields: ['stateParty', 'remediesExhausted', 'removal'],
      keyExhibitsOnly: false,
      proofOfService: false,
    },
  },
  {
    id: 'national-asylum-bundle',
    description: 'Supporting bundle for a national asylum application: exhibit index with tab letters, translations paired with their originals.',
    title: {
      en: 'Asylum application — supporting bundle',
      ru: 'Ходатайство о предоставлении убежища — комплект документов',
      fr: 'Demande d’asile — dossier de pièces',
    },
    sections: ['applicant', 'exhibitIndex', 'statement', 'chronology', 'persecution', 'rights'],
    numbering: 'letters',
    exhibitWord: { en: 'Tab', ru: 'Вкладка', fr: 'Onglet' },
    pairTranslations: true,
    applicantFields: allApplicantFields,
    disputedEvents: 'mark',
    persecutionFraming: 'refugeeConvention',
    // UK tribunal practice: searchable e-bundles under 50 MB, the translator identified.
    filing: {
      maxPartBytes: 50_000_000,
      translationsRequired: true,
      certificateForm: 'uk',
      searchable: true,
      requiredFields: [],
      keyExhibitsOnly: false,
      proofOfService: false,
    },
  },
  {
    id: 'us-immigration-court',
    description: 'Exhibits for a US immigration court (EOIR): caption cover with the A-number, tabbed index with page ranges, proof of service on DHS.',
    title: {
      en: 'Respondent’s documentary evidence in support of the application for relief',
      ru: 'Документальные доказательства ответчика в поддержку ходатайства о защите',
      fr: 'Pièces du défendeur à l’appui de la demande de protection',
    },
    // The Practice Manual's order: the caption, an index of the documents with their pages, then
    // the tabbed documents paginated consecutively; the proof of service closes the filing.
    sections: ['exhibitIndex', 'applicant', 'statement', 'chronology', 'persecution'],
    numbering: 'letters',
    exhibitWord: { en: 'Tab', ru: 'Вкладка', fr: 'Onglet' },
    pairTranslations: true,
    applicantFields: ['fullName', 'fullNameNative', 'aliases', 'dateOfBirth', 'placeOfBirth', 'citizenships', 'languages', 'documents', 'currentLocation', 'status'],
    disputedEvents: 'mark',
    persecutionFraming: 'refugeeConvention',
    cover: 'eoir',
    // The court takes files of at most 25 MB, in English or with a certified translation, and
    // every filing is served on DHS with a proof of service.
    filing: {
      maxPartBytes: 25_000_000,
      translationsRequired: true,
      certificateForm: 'eoir',
      searchable: true,
      requiredFields: ['alienNumber'],
      keyExhibitsOnly: false,
      proofOfService: true,
    },
  },
  {
    id: 'urgent-interim-measures',
    description: 'Short urgent request for interim measures when removal is days away: removal details first, only the key exhibits, at most 10 pages before the annexes.',
    title: {
      en: 'Urgent request for interim measures',
      ru: 'Срочная просьба о временных мерах',
      fr: 'Demande urgente de mesures provisoires',
    },
    // What is asked and the risk are on the first page (urgent-cover.ts); the rest is what a
    // reader needs to act on it the same day.
    sections: ['applicant', 'chronology', 'exhibitIndex'],
    numbering: 'numbers',
    exhibitWord: { en: 'Annex', ru: 'Приложение', fr: 'Annexe' },
    pairTranslations: true,
    applicantFields: ['fullName', 'fullNameNative', 'dateOfBirth', 'citizenships', 'documents', 'currentLocation', 'status'],
    disputedEvents: 'omit',
    persecutionFraming: 'tortureRisk',
    cover: 'urgent',
    // It goes by fax or e-mail: short enough to be read at once, the removal stated in full.
    filing: {
      maxPagesBeforeExhibits: 10,
      translationsRequired: false,
      certificateForm: 'generic',
      searchable: false,
      requiredFields: ['removal'],
      keyExhibitsOnly: true,
      proofOfService: false,
    },
  },
];

export const defaultTemplateId: Record<string, string> = {
  embassy_humanitarian_visa: 'embassy-humanitarian-visa',
  un_cat: 'un-cat-interim-measures',
  un_hrc: 'un-cat-interim-measures',
  national_asylum: 'national-asylum-bundle',
  unhcr: 'national-asylum-bundle',
  us_asylum: 'national-asylum-bundle',
  us_immigration_court: 'us-immigration-court',
  other: 'national-asylum-bundle',
};

export function findTemplate(id: string): DossierTemplate | undefined {
  return dossierTemplates.find((template) => template.id === id);
}

/** The n-th exhibit label (0-based): A … Z, AA, AB … for letters; 1, 2 … for numbers. */
export function exhibitLabel(index: number, numbering: DossierTemplate['numbering']): string {
  if (numbering === 'numbers') return String(index + 1);
  let label = '';
  let n = index;
  do {
    label = String.fromCharCode(65 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}
