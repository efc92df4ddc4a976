// The words of every deadline Dossier derives, in each language the window or a dossier can be
// written in. The core keeps only a deadline's rule and its subject (the event's title, the
// document's kind and number, as typed); the window, the dossier and the command line word it from
// this one table. Three texts per rule:
// - title: what the deadline is, for the lawyer's own lists;
// - consequence: what happens if it is missed, advice for the lawyer that never leaves the window;
// - filing: a neutral statement of fact, for a filing to a court or a UN committee, printed only
//   for the deadlines the lawyer marks "state in the filing".
// "{subject}" stands for the subject.
import { formatPartialDate } from './format/dates.js';
import type { Language } from './format/languages.js';

/** Rule ids, as src/core/deadlines/derive.ts gives them. */
export const deadlineRules = [
  'extradition-order-appeal',
  'decision-appeal',
  'detention-term-end',
  'court-hearing',
  'document-expiry',
  'identity-document-expiry',
  'stated-time-limit',
] as const;
export type DeadlineRule = (typeof deadlineRules)[number];

export function isDeadlineRule(rule: string | undefined): rule is DeadlineRule {
  return (deadlineRules as readonly (string | undefined)[]).includes(rule);
}

export interface DeadlineRuleText {
  title: string;
  consequence: string;
  filing: string;
}

export type DeadlineTextTable = Record<DeadlineRule, DeadlineRuleText>;

const en: DeadlineTextTable = {
  'extradition-order-appeal': {
    title: 'Appeal against the extradition order ({subject})',
    consequence:
      'The order becomes enforceable and the client can be handed over. File the appeal, and a request for interim measures to the UN Committee against Torture, before this date.',
    filing: 'End of the time limit for appeal against the extradition order ({subject}), after which it becomes enforceable',
  },
  'decision-appeal': {
    title: 'Appeal window closes ({subject})',
    consequence: 'The decision becomes final and removal can follow.',
    filing: 'End of the time limit for appeal against the decision ({subject})',
  },
  'detention-term-end': {
    title: 'Detention term ends ({subject})',
    consequence: 'The prosecutor must obtain an extension from a court or release the client; prepare to oppose the extension.',
    filing: 'End of the detention term ({subject})',
  },
  'court-hearing': {
    title: 'Court hearing: {subject}',
    consequence: 'Evidence and submissions not filed before the hearing may not be heard.',
    filing: 'Court hearing ({subject})',
  },
  'document-expiry': {
    title: 'Document expires: {subject}',
    consequence: 'The client may be left without valid documents and exposed to detention at a document check.',
    filing: 'Date of expiry of the document ({subject})',
  },
  'identity-document-expiry': {
    title: '{subject} expires',
    consequence: 'The client may be stopped at a border or a document check without a valid document; apply for renewal or a travel document in time.',
    filing: 'Date of expiry of the complainant’s identity document ({subject})',
  },
  'stated-time-limit': {
    title: 'Time limit stated in the decision ends ({subject})',
    consequence: 'The time the decision allows for appeal or execution runs out.',
    filing: 'End of the time limit stated in the decision ({subject})',
  },
};

const ru: DeadlineTextTable = {
  'extradition-order-appeal': {
    title: 'Обжалование решения об экстрадиции ({subject})',
    consequence:
      'Решение вступит в силу, и клиента могут выдать. До этой даты подайте жалобу и просьбу о временных мерах в Комитет ООН против пыток.',
    filing: 'Окончание срока обжалования решения об экстрадиции ({subject}), по истечении которого оно подлежит исполнению',
  },
  'decision-appeal': {
    title: 'Истекает срок обжалования ({subject})',
    consequence: 'Решение станет окончательным, и может последовать выдворение.',
    filing: 'Окончание срока обжалования решения ({subject})',
  },
  'detention-term-end': {
    title: 'Истекает срок содержания под стражей ({subject})',
    consequence: 'Прокурор должен получить продление в суде или освободить клиента; подготовьте возражения против продления.',
    filing: 'Окончание срока содержания под стражей ({subject})',
  },
  'court-hearing': {
    title: 'Судебное заседание: {subject}',
    consequence: 'Доказательства и ходатайства, не поданные до заседания, могут не рассмотреть.',
    filing: 'Судебное заседание ({subject})',
  },
  'document-expiry': {
    title: 'Истекает срок документа: {subject}',
    consequence: 'Клиент может остаться без действительных документов и быть задержан при проверке документов.',
    filing: 'Дата истечения срока действия документа ({subject})',
  },
  'identity-document-expiry': {
    title: 'Истекает срок действия: {subject}',
    consequence: 'Без действительного документа клиента могут задержать на границе или при проверке документов; заранее подайте на замену или на проездной документ.',
    filing: 'Дата истечения срока действия документа, удостоверяющего личность заявителя ({subject})',
  },
  'stated-time-limit': {
    title: 'Истекает срок, указанный в решении ({subject})',
    consequence: 'Истекает срок, который решение отводит на обжалование или исполнение.',
    filing: 'Окончание срока, указанного в решении ({subject})',
  },
};

const fr: DeadlineTextTable = {
  'extradition-order-appeal': {
    title: 'Recours contre la décision d’extradition ({subject})',
    consequence:
      'La décision devient exécutoire et le client peut être remis. Former le recours, et une demande de mesures provisoires au Comité contre la torture des Nations Unies, avant cette date.',
    filing: 'Fin du délai de recours contre la décision d’extradition ({subject}), à l’issue duquel elle devient exécutoire',
  },
  'decision-appeal': {
    title: 'Fin du délai de recours ({subject})',
    consequence: 'La décision devient définitive et l’éloignement peut suivre.',
    filing: 'Fin du délai de recours contre la décision ({subject})',
  },
  'detention-term-end': {
    title: 'Fin de la durée de détention ({subject})',
    consequence: 'Le procureur doit obtenir une prolongation d’un tribunal ou libérer le client ; préparer l’opposition à la prolongation.',
    filing: 'Fin de la durée de détention ({subject})',
  },
  'court-hearing': {
    title: 'Audience : {subject}',
    consequence: 'Les pièces et conclusions non déposées avant l’audience risquent de ne pas être examinées.',
    filing: 'Audience ({subject})',
  },
  'document-expiry': {
    title: 'Expiration du document : {subject}',
    consequence: 'Le client peut se retrouver sans document valide et être placé en rétention lors d’un contrôle.',
    filing: 'Date d’expiration du document ({subject})',
  },
  'identity-document-expiry': {
    title: 'Expiration : {subject}',
    consequence: 'Sans document valide, le client peut être arrêté à une frontière ou lors d’un contrôle ; demander à temps un renouvellement ou un titre de voyage.',
    filing: 'Date d’expiration de la pièce d’identité du requérant ({subject})',
  },
  'stated-time-limit': {
    title: 'Fin du délai fixé par la décision ({subject})',
    consequence: 'Le délai que la décision accorde pour le recours ou l’exécution expire.',
    filing: 'Fin du délai fixé par la décision ({subject})',
  },
};

export const deadlineTexts: Record<Language, DeadlineTextTable> = { en, ru, fr };

export interface DeadlineWords {
  title: string;
  consequence?: string | undefined;
  /** The neutral statement for a filing; a deadline entered by hand states its own title. */
  filing: string;
}

/**
 * A deadline in words: a derived one from its rule and subject, one entered by hand as typed
 * (its title and what the lawyer wrote of missing it).
 */
export function deadlineWords(
  deadline: { rule?: string | undefined; subject?: string | undefined; origin: 'manual' | 'derived'; title: string; consequence?: string | undefined },
  language: Language,
): DeadlineWords {
  const { rule, subject } = deadline;
  if (deadline.origin !== 'derived' || subject === undefined || !isDeadlineRule(rule)) {
    return { title: deadline.title, consequence: deadline.consequence, filing: deadline.title };
  }
  const text = deadlineTexts[language][rule];
  // A function replacement, so a "$" in what the lawyer typed is kept as typed.
  const fill = (template: string) => template.replace('{subject}', () => subject);
  return { title: fill(text.title), consequence: fill(text.consequence), filing: fill(text.filing) };
}

/** The words before the dates a filing states, in the interim-measures section. */
export const filingDatesLead: Record<Language, string> = {
  en: 'Dates relevant to the request:',
  ru: 'Даты, имеющие значение для просьбы:',
  fr: 'Dates pertinentes pour la demande :',
};

/** Between a statement and its date: French sets a space before the colon. */
export const filingSeparator: Record<Language, string> = { en: ': ', ru: ': ', fr: '\u00a0: ' };

/**
 * A deadline's time of day, with whose clock it is read on when a zone is given: "10:00
 * (Kazakhstan Time, GMT+5)", the zone's name and its offset on that day in `language`.
 * Undefined when the deadline has no time.
 */
export function formatDeadlineTime(deadline: { due: string; time?: string | undefined; timeZone?: string | undefined }, language: string): string | undefined {
  if (deadline.time === undefined) return undefined;
  if (deadline.timeZone === undefined) return deadline.time;
  // Noon UTC of the due day: the zone's offset that day (Almaty moved from +6 to +5 in 2024).
  const instant = new Date(`${deadline.due}T12:00:00Z`);
  const zonePart = (style: 'longGeneric' | 'shortOffset') =>
    new Intl.DateTimeFormat(language, { timeZone: deadline.timeZone, timeZoneName: style }).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  const names = [...new Set([zonePart('longGeneric'), zonePart('shortOffset')].filter((name): name is string => Boolean(name)))];
  return names.length > 0 ? `${deadline.time} (${names.join(', ')})` : `${deadline.time} (${deadline.timeZone})`;
}

export interface FilingDate {
  /** The statement, worded in the dossier's language (a deadline entered by hand: its title). */
  statement: string;
  /** The date as the dossier prints it, with the time and its zone when given. */
  when: string;
}

type FilingDeadline = Parameters<typeof deadlineWords>[0] & Parameters<typeof formatDeadlineTime>[0] & { inFiling?: boolean | undefined };

/**
 * The dates a filing in `language` states: the deadlines marked "state in the filing", in date
 * order. The dossier prints these; the export view shows them before anything is written.
 */
export function filingDates(deadlines: readonly FilingDeadline[], language: Language): FilingDate[] {
  return deadlines
    .filter((deadline) => deadline.inFiling === true)
    .sort((a, b) => a.due.localeCompare(b.due) || (a.time ?? '').localeCompare(b.time ?? ''))
    .map((deadline) => {
      const time = formatDeadlineTime(deadline, language);
      return { statement: deadlineWords(deadline, language).filing, when: `${formatPartialDate(deadline.due, language)}${time ? `, ${time}` : ''}` };
    });
}
