// The interim-measures section of a committee dossier: what the lawyer asks for, then the dates
// the lawyer marked "state in the filing", each as a neutral statement of fact in the dossier's
// language ("End of the time limit for appeal against the extradition order (…), after which it
// becomes enforceable: 25 November 2026"). A submission states facts: the app's advice ("if missed…"), countdowns and
// the lawyer's own to-dos never leave the window, and unmarked deadlines are not printed.
import { filingDates, filingDatesLead, filingSeparator } from '../../shared/deadline-text.js';
import { dossierText } from './dossier-text.js';
import type { ComposeContext } from './front-matter.js';
import type { PageFlow, Span } from './page-flow.js';

export function composeInterimMeasures(flow: PageFlow, context: ComposeContext): void {
  const t = dossierText[context.language];
  const request = context.detail.persecution?.interimMeasures;
  if (request) flow.paragraph(request);
  const dates = filingDates(context.detail.deadlines, context.language);
  if (dates.length > 0) {
    flow.paragraph(filingDatesLead[context.language]);
    flow.bullets(dates.map((date): Span[] => [{ text: `${date.statement}${filingSeparator[context.language]}` }, { text: date.when, weight: 'bold' }]));
  }
  if (!request && dates.length === 0) flow.paragraph(t.nothingRecorded);
}
