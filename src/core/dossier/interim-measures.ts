// The interim-measures section of a committee dossier: what the lawyer asks for, then the dates
// the lawyer marked "state in the filing", each as a neutral statement of fact in the dossier's
// language ("Date from which the extradition order (…) is enforceable unless appealed: 12
// December 2026"). A submission states facts: the app's advice ("if missed…"), countdowns and
// the lawyer's own to-dos never leave the window, and unmarked deadlines are not printed.
import { deadlineWords, filingDatesLead, filingSeparator, formatDeadlineTime } from '../../shared/deadline-text.js';
import type { CaseDetail } from '../../shared/models.js';
import { dossierText, formatPartialDate, type DossierLanguage } from './dossier-text.js';
import type { ComposeContext } from './front-matter.js';
import type { PageFlow, Span } from './page-flow.js';

export interface FilingDate {
  /** The statement, worded in the dossier's language (a deadline entered by hand: its title). */
  statement: string;
  /** The date as the dossier prints it, with the time and its zone when given. */
  when: string;
}

/** The dates a dossier in `language` states, in date order. */
export function filingDates(detail: Pick<CaseDetail, 'deadlines'>, language: DossierLanguage): FilingDate[] {
  return detail.deadlines
    .filter((deadline) => deadline.inFiling === true)
    .sort((a, b) => a.due.localeCompare(b.due) || (a.time ?? '').localeCompare(b.time ?? ''))
    .map((deadline) => {
      const time = formatDeadlineTime(deadline, language);
      return {
        statement: deadlineWords(deadline, language).filing,
        when: `${formatPartialDate(deadline.due, language)}${time ? `, ${time}` : ''}`,
      };
    });
}

export function composeInterimMeasures(flow: PageFlow, context: ComposeContext): void {
  const t = dossierText[context.language];
  const request = context.detail.persecution?.interimMeasures;
  if (request) flow.paragraph(request);
  const dates = filingDates(context.detail, context.language);
  if (dates.length > 0) {
    flow.paragraph(filingDatesLead[context.language]);
    flow.bullets(dates.map((date): Span[] => [{ text: `${date.statement}${filingSeparator[context.language]}` }, { text: date.when, weight: 'bold' }]));
  }
  if (!request && dates.length === 0) flow.paragraph(t.nothingRecorded);
}
