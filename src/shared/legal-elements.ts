// The legal tests a case argues, element by element: a controlled vocabulary with a label and a
// one-line explanation in every dossier language. The window's element map, the dossier's
// grounds section and the pre-flight's "unsupported element" warning all read this one table.
// Which tests a case argues follows from its forum (a UN committee applies its own treaty) and,
// before other forums, from the legal bases the profile names (legalBasesOf).
import { citationsIn } from './citations.js';
import type { Language } from './format/languages.js';
import type { ElementArgument, forums } from './models.js';

export const legalBases = ['refugee_convention', 'cat_art3', 'iccpr_6_7', 'humanitarian_visa'] as const;
export type LegalBasis = (typeof legalBases)[number];

export const legalElementKeys = [
  'rc_fear_subjective',
  'rc_fear_objective',
  'rc_serious_harm',
  'rc_convention_ground',
  'rc_nexus',
  'rc_agent',
  'rc_state_protection',
  'rc_internal_relocation',
  'rc_no_exclusion',
  'cat_substantial_grounds',
  'cat_personal_risk',
  'cat_public_official',
  'cat_general_situation',
  'cat_diplomatic_assurances',
  'iccpr_real_risk',
  'iccpr_life',
  'iccpr_torture',
  'iccpr_general_situation',
  'iccpr_diplomatic_assurances',
  'hv_urgent_risk',
  'hv_link_destination',
  'hv_no_alternative',
] as const;
export type LegalElementKey = (typeof legalElementKeys)[number];

type Words = Record<Language, string>;

export interface LegalElement {
  key: LegalElementKey;
  basis: LegalBasis;
  label: Words;
  explanation: Words;
  /** Argued only when the facts raise it (diplomatic assurances: when the State relies on them); never reported unsupported. */
  conditional?: true;
}

export const legalBasisTitles: Record<LegalBasis, Words> = {
  refugee_convention: {
    en: 'Refugee Convention, art. 1A(2)',
    ru: 'Конвенция о статусе беженцев, ст. 1A(2)',
    fr: 'Convention relative au statut des réfugiés, art. 1A(2)',
  },
  cat_art3: {
    en: 'Convention against Torture, art. 3',
    ru: 'Конвенция против пыток, ст. 3',
    fr: 'Convention contre la torture, art. 3',
  },
  iccpr_6_7: {
    en: 'International Covenant on Civil and Political Rights, arts. 6 and 7',
    ru: 'Международный пакт о гражданских и политических правах, ст. 6 и 7',
    fr: 'Pacte international relatif aux droits civils et politiques, art. 6 et 7',
  },
  humanitarian_visa: {
    en: 'Humanitarian visa',
    ru: 'Гуманитарная виза',
    fr: 'Visa humanitaire',
  },
};

/** Both treaties' tests weigh assurances the same way. */
const diplomaticAssurances: Pick<LegalElement, 'label' | 'explanation'> = {
  label: { en: 'Diplomatic assurances insufficient', ru: 'Дипломатические заверения недостаточны', fr: 'Assurances diplomatiques insuffisantes' },
  explanation: {
    en: 'Where the State relies on assurances: why they do not remove the risk.',
    ru: 'Если государство ссылается на заверения: почему они не устраняют риск.',
    fr: 'Si l’État s’appuie sur des assurances : pourquoi elles n’écartent pas le risque.',
  },
};

export const legalElements: readonly LegalElement[] = [
  {
    key: 'rc_fear_subjective',
    basis: 'refugee_convention',
    label: { en: 'Well-founded fear: subjective', ru: 'Обоснованные опасения: субъективный элемент', fr: 'Crainte fondée : élément subjectif' },
    explanation: {
      en: 'The applicant genuinely fears returning.',
      ru: 'Заявитель действительно опасается возвращения.',
      fr: 'Le demandeur craint réellement de retourner.',
    },
  },
  {
    key: 'rc_fear_objective',
    basis: 'refugee_convention',
    label: { en: 'Well-founded fear: objective', ru: 'Обоснованные опасения: объективный элемент', fr: 'Crainte fondée : élément objectif' },
    explanation: {
      en: 'The facts and country information bear the fear out.',
      ru: 'Факты и сведения о стране подтверждают эти опасения.',
      fr: 'Les faits et les informations sur le pays confirment cette crainte.',
    },
  },
  {
    key: 'rc_serious_harm',
    basis: 'refugee_convention',
    label: { en: 'Serious harm amounting to persecution', ru: 'Серьёзный вред, равный преследованию', fr: 'Atteinte grave constitutive de persécution' },
    explanation: {
      en: 'What is feared is severe enough, alone or taken together, to be persecution.',
      ru: 'То, чего опасается заявитель, само по себе или в совокупности достаточно серьёзно, чтобы быть преследованием.',
      fr: 'Ce qui est craint est assez grave, seul ou en cumul, pour constituer une persécution.',
    },
  },
  {
    key: 'rc_convention_ground',
    basis: 'refugee_convention',
    label: { en: 'A Convention ground', ru: 'Конвенционное основание', fr: 'Un motif conventionnel' },
    explanation: {
      en: 'Race, religion, nationality, membership of a particular social group or political opinion, held or imputed.',
      ru: 'Раса, религия, гражданство, принадлежность к определённой социальной группе или политические убеждения, в том числе приписываемые.',
      fr: 'Race, religion, nationalité, appartenance à un certain groupe social ou opinions politiques, réelles ou imputées.',
    },
  },
  {
    key: 'rc_nexus',
    basis: 'refugee_convention',
    label: { en: 'Nexus to the ground', ru: 'Связь с основанием', fr: 'Lien avec le motif' },
    explanation: {
      en: 'The harm is feared for reasons of that ground.',
      ru: 'Вред грозит именно по этому основанию.',
      fr: 'L’atteinte est crainte en raison de ce motif.',
    },
  },
  {
    key: 'rc_agent',
    basis: 'refugee_convention',
    label: { en: 'The agent of persecution', ru: 'Субъект преследования', fr: 'L’agent de persécution' },
    explanation: {
      en: 'Who would cause the harm: the State, or others it does not stop.',
      ru: 'Кто причинит вред: государство или другие, кого оно не останавливает.',
      fr: 'Qui causerait l’atteinte : l’État, ou d’autres qu’il n’arrête pas.',
    },
  },
  {
    key: 'rc_state_protection',
    basis: 'refugee_convention',
    label: { en: 'State protection unavailable', ru: 'Защита государства недоступна', fr: 'Protection de l’État indisponible' },
    explanation: {
      en: 'The authorities of the home country cannot or will not protect the applicant.',
      ru: 'Власти страны происхождения не могут или не хотят защитить заявителя.',
      fr: 'Les autorités du pays d’origine ne peuvent ou ne veulent pas protéger le demandeur.',
    },
  },
  {
    key: 'rc_internal_relocation',
    basis: 'refugee_convention',
    label: { en: 'No reasonable internal relocation', ru: 'Нет разумной возможности внутреннего перемещения', fr: 'Pas de réinstallation interne raisonnable' },
    explanation: {
      en: 'No part of the home country is both safe and reasonable to live in.',
      ru: 'В стране происхождения нет места, где было бы безопасно и разумно жить.',
      fr: 'Aucune partie du pays d’origine n’est à la fois sûre et raisonnable pour y vivre.',
    },
  },
  {
    key: 'rc_no_exclusion',
    basis: 'refugee_convention',
    label: { en: 'No exclusion clause applies', ru: 'Исключающие положения неприменимы', fr: 'Aucune clause d’exclusion ne s’applique' },
    explanation: {
      en: 'Nothing in art. 1F (serious crimes, acts contrary to the UN’s purposes) applies.',
      ru: 'Ничто из ст. 1F (тяжкие преступления, деяния против целей ООН) не применимо.',
      fr: 'Rien de l’art. 1F (crimes graves, agissements contraires aux buts des Nations Unies) ne s’applique.',
    },
  },
  {
    key: 'cat_substantial_grounds',
    basis: 'cat_art3',
    label: { en: 'Substantial grounds for believing', ru: 'Серьёзные основания полагать', fr: 'Motifs sérieux de croire' },
    explanation: {
      en: 'The risk goes beyond theory or suspicion, though it need not be highly probable.',
      ru: 'Риск выходит за рамки теории или подозрения, хотя не обязан быть весьма вероятным.',
      fr: 'Le risque dépasse la simple théorie ou le soupçon, sans devoir être hautement probable.',
    },
  },
  {
    key: 'cat_personal_risk',
    basis: 'cat_art3',
    label: {
      en: 'A personal, present, foreseeable and real risk of torture',
      ru: 'Личный, реальный, предсказуемый и наличный риск пыток',
      fr: 'Un risque personnel, actuel, prévisible et réel de torture',
    },
    explanation: {
      en: 'This person, now, would face torture on return.',
      ru: 'Именно этому человеку сейчас грозят пытки после возвращения.',
      fr: 'Cette personne, aujourd’hui, serait exposée à la torture à son retour.',
    },
  },
  {
    key: 'cat_public_official',
    basis: 'cat_art3',
    label: {
      en: 'By or with the acquiescence of a public official',
      ru: 'Должностным лицом или с его молчаливого согласия',
      fr: 'Par un agent public ou avec son consentement tacite',
    },
    explanation: {
      en: 'The torture would be inflicted by officials, or by others they instigate, consent to or tolerate.',
      ru: 'Пытки причинят должностные лица или другие по их подстрекательству, с их согласия или попустительства.',
      fr: 'La torture serait infligée par des agents publics, ou par d’autres à leur instigation, avec leur consentement ou leur tolérance.',
    },
  },
  {
    key: 'cat_general_situation',
    basis: 'cat_art3',
    label: {
      en: 'A consistent pattern of gross violations',
      ru: 'Постоянная практика грубых нарушений',
      fr: 'Un ensemble de violations systématiques graves',
    },
    explanation: {
      en: 'The general human rights situation in the State concerned, as country information shows it.',
      ru: 'Общее положение с правами человека в соответствующем государстве по сведениям о стране.',
      fr: 'La situation générale des droits de l’homme dans l’État concerné, selon les informations sur le pays.',
    },
  },
  {
    key: 'cat_diplomatic_assurances',
    basis: 'cat_art3',
    conditional: true,
    ...diplomaticAssurances,
  },
  {
    key: 'iccpr_real_risk',
    basis: 'iccpr_6_7',
    label: { en: 'A real risk of irreparable harm', ru: 'Реальный риск непоправимого вреда', fr: 'Un risque réel de préjudice irréparable' },
    explanation: {
      en: 'Irreparable harm is the necessary and foreseeable consequence of removal.',
      ru: 'Непоправимый вред — необходимое и предсказуемое следствие высылки.',
      fr: 'Le préjudice irréparable est la conséquence nécessaire et prévisible du renvoi.',
    },
  },
  {
    key: 'iccpr_life',
    basis: 'iccpr_6_7',
    // Arts. 6 and 7 are alternatives: a case argues the one its facts raise, most often art. 7.
    conditional: true,
    label: { en: 'Risk to life (art. 6)', ru: 'Угроза жизни (ст. 6)', fr: 'Risque pour la vie (art. 6)' },
    explanation: {
      en: 'Where the risk is to life: removal would expose the person to arbitrary deprivation of life.',
      ru: 'Если под угрозой жизнь: высылка подвергнет человека произвольному лишению жизни.',
      fr: 'Si la vie est menacée : le renvoi exposerait la personne à une privation arbitraire de la vie.',
    },
  },
  {
    key: 'iccpr_torture',
    basis: 'iccpr_6_7',
    label: {
      en: 'Torture or cruel, inhuman or degrading treatment (art. 7)',
      ru: 'Пытки или жестокое, бесчеловечное или унижающее достоинство обращение (ст. 7)',
      fr: 'Torture ou traitements cruels, inhumains ou dégradants (art. 7)',
    },
    explanation: {
      en: 'Removal would expose the person to treatment art. 7 forbids.',
      ru: 'Высылка подвергнет человека обращению, которое запрещает ст. 7.',
      fr: 'Le renvoi exposerait la personne à des traitements que l’art. 7 interdit.',
    },
  },
  {
    key: 'iccpr_general_situation',
    basis: 'iccpr_6_7',
    label: { en: 'The general situation', ru: 'Общее положение', fr: 'La situation générale' },
    explanation: {
      en: 'The human rights situation in the receiving State, as country information shows it.',
      ru: 'Положение с правами человека в принимающем государстве по сведениям о стране.',
      fr: 'La situation des droits de l’homme dans l’État de destination, selon les informations sur le pays.',
    },
  },
  {
    key: 'iccpr_diplomatic_assurances',
    basis: 'iccpr_6_7',
    conditional: true,
    ...diplomaticAssurances,
  },
  {
    key: 'hv_urgent_risk',
    basis: 'humanitarian_visa',
    label: { en: 'Urgent risk to life or liberty', ru: 'Срочная угроза жизни или свободе', fr: 'Risque urgent pour la vie ou la liberté' },
    explanation: {
      en: 'The applicant is in immediate danger where they are now.',
      ru: 'Заявитель в непосредственной опасности там, где находится сейчас.',
      fr: 'Le demandeur est en danger immédiat là où il se trouve.',
    },
  },
  {
    key: 'hv_link_destination',
    basis: 'humanitarian_visa',
    label: { en: 'Link to the destination state', ru: 'Связь с государством назначения', fr: 'Lien avec l’État de destination' },
    explanation: {
      en: 'Family, past stays, work, study or language tie the applicant to that state.',
      ru: 'Семья, прежнее пребывание, работа, учёба или язык связывают заявителя с этим государством.',
      fr: 'Famille, séjours passés, travail, études ou langue lient le demandeur à cet État.',
    },
  },
  {
    key: 'hv_no_alternative',
    basis: 'humanitarian_visa',
    label: { en: 'No protection at hand elsewhere', ru: 'Нет иной доступной защиты', fr: 'Aucune autre protection à portée' },
    explanation: {
      en: 'The country the applicant is in cannot protect them, and no other way out is open.',
      ru: 'Страна пребывания не может защитить заявителя, и иного выхода нет.',
      fr: 'Le pays où se trouve le demandeur ne peut le protéger, et aucune autre issue n’est ouverte.',
    },
  },
];

const elementsByKey = new Map(legalElements.map((element) => [element.key, element]));

export function isLegalElementKey(key: string | undefined): key is LegalElementKey {
  return (legalElementKeys as readonly (string | undefined)[]).includes(key);
}

export function legalElement(key: LegalElementKey): LegalElement {
  const element = elementsByKey.get(key);
  if (!element) throw new Error(`unknown legal element "${key}"`);
  return element;
}

export function elementsOfBasis(basis: LegalBasis): LegalElement[] {
  return legalElements.filter((element) => element.basis === basis);
}

/** Words in a profile's legal basis that name a test, matched case-insensitively in en/ru/fr. */
const basisNames: Record<LegalBasis, RegExp> = {
  refugee_convention: /refugee|1951|беженц|réfugi/i,
  cat_art3: /torture|пыт/i,
  iccpr_6_7: /covenant|iccpr|пакт|pacte|мпгпп|pidcp/i,
  humanitarian_visa: /humanitarian visa|гуманитарн\S* виз|visa humanitaire/i,
};

/**
 * The legal tests a case argues, in the order the dossier lays them out. A UN committee applies
 * only its own treaty; an embassy weighs a humanitarian visa; an asylum authority or court applies
 * the Refugee Convention, and whichever other tests the profile's legal basis names.
 */
export function legalBasesOf(forum: (typeof forums)[number], legalBasis: readonly string[]): LegalBasis[] {
  if (forum === 'un_cat') return ['cat_art3'];
  if (forum === 'un_hrc') return ['iccpr_6_7'];
  const named = legalBases.filter((basis) => legalBasis.some((entry) => entry === basis || basisNames[basis].test(entry)));
  const first: LegalBasis = forum === 'embassy_humanitarian_visa' ? 'humanitarian_visa' : 'refugee_convention';
  return [first, ...named.filter((basis) => basis !== first)];
}

/**
 * Whether an element's argument rests on anything: a fact, an exhibit, country information, or a
 * citation in its text or a version. An argument alone does not support its element.
 */
export function elementSupported(argument: Pick<ElementArgument, 'argument' | 'eventIds' | 'exhibits' | 'countryInformation' | 'versions'> | undefined): boolean {
  if (!argument) return false;
  if (argument.eventIds.length > 0 || argument.exhibits.length > 0 || argument.countryInformation.length > 0) return true;
  const texts = [argument.argument, ...Object.values(argument.versions ?? {}).map((version) => version?.argument)];
  return texts.some((text) => citationsIn(text).length > 0);
}
