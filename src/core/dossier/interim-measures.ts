// The interim-measures section of a committee dossier: what the lawyer asks for, the expected
// removal (date, time, place, destination, manner) as recorded on the case, then the dates
// the lawyer marked "state in the filing", each as a neutral statement of fact in the dossier's
// language ("End of the time limit for appeal against the extradition order (…), after which it
// becomes enforceable: 25 November 2026"). A submission states facts: the app's advice ("if missed…"), countdowns and
// the lawyer's own to-dos never leave the window, and unmarked deadlines are not printed.
import { filingDates, filingDatesLead, filingSeparator } from '../../shared/deadline-text.js';
import { citedSpans } from './cited-text.js';
import { dossierText } from './dossier-text.js';
import { filingText } from './filing-text.js';
import type { ComposeContext } from './front-matter.js';
import type { PageFlow, Span } from './page-flow.js';
import { removalRows } from './removal-fields.js';

export function composeInterimMeasures(flow: PageFlow, context: ComposeContext): void {
  const t = dossierText[context.language];
  const request = context.detail.persecution?.interimMeasures;
  if (request) flow.paragraph(citedSpans(context, request));
  // When, where from, to where and how: what the Committee asks of a request for interim measures.
  const removal = removalRows(context.detail.case.removal, context.language);
  if (removal.length > 0) {
    flow.heading(filingText[context.language].removal.heading, 2);
    flow.fields(removal.map(([label, value]) => [label, [{ text: value, weight: 'bold' }]]));
  }
  const dates = filingDates(context.detail.deadlines, context.language);
  if (dates.length > 0) {
    flow.paragraph(filingDatesLead[context.language]);
    flow.bullets(dates.map((date): Span[] => [{ text: `${date.statement}${filingSeparator[context.language]}` }, { text: date.when, weight: 'bold' }]));
  }
  if (!request && removal.length === 0 && dates.length === 0) flow.paragraph(t.nothingRecorded);
}
