// Deadlines that follow from what happened: an extradition order opens a short appeal window,
// a detention term ends, a passport expires. Only an exact date (precision "day") can start a
// clock; the window a decision states itself (event.deadlineDays) overrides a rule's default.
// The defaults are the common ones in the Minsk-convention states our users work in; a lawyer
// should check each against the decision served.
import { addDays, granularityOf } from '../../shared/dates.js';
import type { Client, Deadline, TimelineEvent } from '../../shared/models.js';

interface EventRule {
  id: string;
  type: TimelineEvent['type'];
  /** Days after the event, or null when the deadline is the event's own date (or range end). */
  days: number | null;
  title: (event: TimelineEvent) => string;
  consequence: string;
}

export const eventRules: readonly EventRule[] = [
  {
    id: 'extradition-order-appeal',
    type: 'extradition_order',
    days: 10,
    title: (e) => `Appeal against the extradition order (${e.title})`,
    consequence:
      'The order becomes enforceable and the client can be handed over. File the appeal, and a request for interim measures to the UN Committee against Torture, before this date.',
  },
  {
    id: 'decision-appeal',
    type: 'decision',
    days: 30,
    title: (e) => `Appeal window closes (${e.title})`,
    consequence: 'The decision becomes final and removal can follow.',
  },
  {
    id: 'detention-term-end',
    type: 'detention',
    days: null,
    title: (e) => `Detention term ends (${e.title})`,
    consequence: 'The prosecutor must obtain an extension from a court or release the client; prepare to oppose the extension.',
  },
  {
    id: 'court-hearing',
    type: 'court_hearing',
    days: null,
    title: (e) => `Court hearing: ${e.title}`,
    consequence: 'Evidence and submissions not filed before the hearing may not be heard.',
  },
  {
    id: 'document-expiry',
    type: 'document_expiry',
    days: null,
    title: (e) => `Document expires: ${e.title}`,
    consequence: 'The client may be left without valid documents and exposed to detention at a document check.',
  },
];

function exactDay(value: string | undefined): string | null {
  return value !== undefined && granularityOf(value) === 'day' ? value : null;
}

function dueDate(rule: EventRule, event: TimelineEvent): string | null {
  if (rule.days === null) {
    const day = event.precision === 'range' ? exactDay(event.dateEnd) : event.precision === 'day' ? exactDay(event.date) : null;
    return day;
  }
  if (event.precision !== 'day') return null;
  return addDays(event.date, event.deadlineDays ?? rule.days);
}

export function deriveDeadlines(caseId: string, client: Client, events: TimelineEvent[]): Deadline[] {
  const deadlines: Deadline[] = [];
  for (const event of events) {
    for (const rule of eventRules) {
      if (rule.type !== event.type) continue;
      const due = dueDate(rule, event);
      if (!due) continue;
      deadlines.push({
        id: `${rule.id}:${event.id}`,
        caseId,
        title: rule.title(event),
        due,
        consequence: rule.consequence,
        origin: 'derived',
        rule: rule.id,
        eventId: event.id,
        subject: event.title,
      });
    }
  }
  client.documents.forEach((document, index) => {
    if (!document.expires) return;
    const subject = `${document.kind}${document.number ? ` ${document.number}` : ''}`;
    deadlines.push({
      id: `identity-document-expiry:${client.id}:${index}`,
      caseId,
      title: `${subject} expires`,
      due: document.expires,
      consequence: 'The client may be stopped at a border or a document check without a valid document; apply for renewal or a travel document in time.',
      origin: 'derived',
      rule: 'identity-document-expiry',
      subject,
    });
  });
  return deadlines;
}

export function sortDeadlines(deadlines: Deadline[]): Deadline[] {
  return [...deadlines].sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title));
}
