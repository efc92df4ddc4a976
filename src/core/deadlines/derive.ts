// Deadlines that follow from what happened: an extradition order opens a short appeal window,
// a detention term ends, a passport expires. Only an exact date can start a clock. Where the
// decision states its own number of days (event.deadlineDays), that number counts from the
// event's date for every rule: it replaces a rule's default window (an appeal, a detention
// term), and for a rule whose deadline is the event's own date (a hearing, a document's expiry)
// or an event no rule covers, it adds a "stated time limit" of its own. The defaults are the
// common ones in the Minsk-convention states our users work in; a lawyer should check each
// against the decision served. Deadlines carry their rule and subject, never words: the titles
// come from src/shared/deadline-text.ts in the language of whoever shows them (English here,
// for the command line and the sort order).
import { deadlineWords, type DeadlineRule } from '../../shared/deadline-text.js';
import { addDays, granularityOf } from '../../shared/dates.js';
import type { Client, Deadline, TimelineEvent } from '../../shared/models.js';

interface EventRule {
  id: DeadlineRule;
  type: TimelineEvent['type'];
  /**
   * Days after the event by default; "own-date" when the deadline is the event's own date (or
   * its range's end); "stated" when only the decision's own number of days sets it.
   */
  days: number | 'own-date' | 'stated';
}

export const eventRules: readonly EventRule[] = [
  { id: 'extradition-order-appeal', type: 'extradition_order', days: 10 },
  { id: 'decision-appeal', type: 'decision', days: 30 },
  // A detention's term is what the decision or the range says; a hold with neither (a five-hour
  // police hold) has no term to end, so it makes no deadline.
  { id: 'detention-term-end', type: 'detention', days: 'stated' },
  { id: 'court-hearing', type: 'court_hearing', days: 'own-date' },
  { id: 'document-expiry', type: 'document_expiry', days: 'own-date' },
];

/** The rule of a time limit the decision states where no rule counts days of its own. */
export const statedTimeLimitRule: DeadlineRule = 'stated-time-limit';

function exactDay(value: string | undefined): string | null {
  return value !== undefined && granularityOf(value) === 'day' ? value : null;
}

/** The day a clock starts from: an exact date, or the exact start of a range. */
function startDay(event: TimelineEvent): string | null {
  return event.precision === 'day' || event.precision === 'range' ? exactDay(event.date) : null;
}

/** The event's own day: an exact date, or the exact end of a range. */
function ownDay(event: TimelineEvent): string | null {
  if (event.precision === 'range') return exactDay(event.dateEnd);
  return event.precision === 'day' ? exactDay(event.date) : null;
}

function dueDate(rule: EventRule, event: TimelineEvent): string | null {
  const start = startDay(event);
  const stated = event.deadlineDays !== undefined && start !== null ? addDays(start, event.deadlineDays) : null;
  if (rule.days === 'own-date') return ownDay(event);
  if (rule.days === 'stated') return stated ?? (event.precision === 'range' ? exactDay(event.dateEnd) : null);
  // A default window counts from an exact date only (not from the start of a range).
  return stated ?? (event.precision === 'day' && start !== null ? addDays(start, rule.days) : null);
}

/** Whether the decision's stated days already set one of the event's deadlines. */
function statedDaysUsed(event: TimelineEvent): boolean {
  return eventRules.some((rule) => rule.type === event.type && rule.days !== 'own-date');
}

function derived(caseId: string, rule: DeadlineRule, sourceId: string, due: string, subject: string, eventId?: string): Deadline {
  const deadline: Deadline = { id: `${rule}:${sourceId}`, caseId, title: '', due, origin: 'derived', rule, subject };
  if (eventId !== undefined) deadline.eventId = eventId;
  const words = deadlineWords(deadline, 'en');
  return { ...deadline, title: words.title, consequence: words.consequence };
}

export function deriveDeadlines(caseId: string, client: Client, events: TimelineEvent[]): Deadline[] {
  const deadlines: Deadline[] = [];
  for (const event of events) {
    for (const rule of eventRules) {
      if (rule.type !== event.type) continue;
      const due = dueDate(rule, event);
      if (due) deadlines.push(derived(caseId, rule.id, event.id, due, event.title, event.id));
    }
    const start = startDay(event);
    if (event.deadlineDays !== undefined && start !== null && !statedDaysUsed(event)) {
      deadlines.push(derived(caseId, statedTimeLimitRule, event.id, addDays(start, event.deadlineDays), event.title, event.id));
    }
  }
  client.documents.forEach((document, index) => {
    if (!document.expires) return;
    const subject = `${document.kind}${document.number ? ` ${document.number}` : ''}`;
    deadlines.push(derived(caseId, 'identity-document-expiry', `${client.id}:${index}`, document.expires, subject));
  });
  return deadlines;
}

export function sortDeadlines(deadlines: Deadline[]): Deadline[] {
  return [...deadlines].sort((a, b) => a.due.localeCompare(b.due) || (a.time ?? '').localeCompare(b.time ?? '') || a.title.localeCompare(b.title));
}
