import { describe, expect, it } from 'vitest';
import { deriveDeadlines } from '../../src/core/deadlines/derive.js';
import { datePrecisions } from '../../src/shared/dates.js';
import type { Client, TimelineEvent } from '../../src/shared/models.js';
import { clientInputSchema, eventInputSchema } from '../../src/shared/models.js';

const client: Client = {
  ...clientInputSchema.parse({ fullName: 'Timur Bekov', documents: [{ kind: 'passport', number: 'AB1', expires: '2027-01-31' }] }),
  id: 'client-1',
  createdAt: '',
  updatedAt: '',
};

function event(id: string, fields: Record<string, unknown>): TimelineEvent {
  return { ...eventInputSchema.parse(fields), id, caseId: 'case-1', sortDate: '', evidenceIds: [] };
}

describe('derived deadlines', () => {
  it('gives an extradition order an appeal deadline, and lets the order state its own window', () => {
    const deadlines = deriveDeadlines('case-1', client, [
      event('e1', { date: '2026-11-15', type: 'extradition_order', title: 'Order' }),
      event('e2', { date: '2026-11-20', type: 'extradition_order', title: 'Second order', deadlineDays: 5 }),
    ]);
    const byEvent = Object.fromEntries(deadlines.filter((d) => d.eventId).map((d) => [d.eventId, d.due]));
    expect(byEvent).toEqual({ e1: '2026-11-25', e2: '2026-11-25' });
  });

  it('starts no clock from a date known only to the month', () => {
    const deadlines = deriveDeadlines('case-1', client, [event('e1', { date: '2026-11', precision: 'month', type: 'extradition_order', title: 'Order' })]);
    expect(deadlines.filter((d) => d.eventId)).toEqual([]);
  });

  it('ends a detention term at the end of its range, and warns of document expiry', () => {
    const deadlines = deriveDeadlines('case-1', client, [
      event('e1', { date: '2026-10-01', precision: 'range', dateEnd: '2026-12-01', type: 'detention', title: 'Extradition arrest' }),
    ]);
    expect(deadlines.map((d) => [d.rule, d.due])).toEqual([
      ['detention-term-end', '2026-12-01'],
      ['identity-document-expiry', '2027-01-31'],
    ]);
    expect(deadlines[1]!.title).toBe('passport AB1 expires');
  });
});

// Every rule × every date precision × with and without the decision's own number of days. The
// event is dated 12 November 2026 (a range runs to 20 November); "30" is the decision's own days.
describe('derived deadlines, every rule × precision × stated days', () => {
  const dated: Record<(typeof datePrecisions)[number], Record<string, unknown>> = {
    day: { date: '2026-11-12', precision: 'day' },
    month: { date: '2026-11', precision: 'month' },
    year: { date: '2026', precision: 'year' },
    approximate: { date: '2026-11-12', precision: 'approximate' },
    before: { date: '2026-11-12', precision: 'before' },
    after: { date: '2026-11-12', precision: 'after' },
    range: { date: '2026-11-12', precision: 'range', dateEnd: '2026-11-20' },
  };
  type Expected = Partial<Record<(typeof datePrecisions)[number], string[]>>;
  // [event type, precision → deadlines "rule due" without stated days, and with 30 stated days].
  // A precision left out derives nothing: an inexact date starts no clock.
  const table: [string, Expected, Expected][] = [
    [
      'extradition_order',
      { day: ['extradition-order-appeal 2026-11-22'] },
      { day: ['extradition-order-appeal 2026-12-12'], range: ['extradition-order-appeal 2026-12-12'] },
    ],
    ['decision', { day: ['decision-appeal 2026-12-12'] }, { day: ['decision-appeal 2026-12-12'], range: ['decision-appeal 2026-12-12'] }],
    // A detention with neither a stated term nor a range end has no term to end.
    ['detention', { range: ['detention-term-end 2026-11-20'] }, { day: ['detention-term-end 2026-12-12'], range: ['detention-term-end 2026-12-12'] }],
    [
      'court_hearing',
      { day: ['court-hearing 2026-11-12'], range: ['court-hearing 2026-11-20'] },
      { day: ['court-hearing 2026-11-12', 'stated-time-limit 2026-12-12'], range: ['court-hearing 2026-11-20', 'stated-time-limit 2026-12-12'] },
    ],
    [
      'document_expiry',
      { day: ['document-expiry 2026-11-12'], range: ['document-expiry 2026-11-20'] },
      { day: ['document-expiry 2026-11-12', 'stated-time-limit 2026-12-12'], range: ['document-expiry 2026-11-20', 'stated-time-limit 2026-12-12'] },
    ],
    // No rule of its own: only a stated time limit makes a deadline.
    ['sentence', {}, { day: ['stated-time-limit 2026-12-12'], range: ['stated-time-limit 2026-12-12'] }],
  ];
  const noDocuments: Client = { ...client, documents: [] };

  for (const [type, without, withDays] of table) {
    for (const precision of datePrecisions) {
      for (const [label, deadlineDays, expected] of [
        ['without stated days', undefined, without],
        ['with 30 stated days', 30, withDays],
      ] as const) {
        it(`${type}, ${precision}, ${label}`, () => {
          const fields = { ...dated[precision], type, title: 'Decision 7', ...(deadlineDays ? { deadlineDays } : {}) };
          const deadlines = deriveDeadlines('case-1', noDocuments, [event('e1', fields)]);
          expect(deadlines.map((d) => `${d.rule} ${d.due}`).sort()).toEqual(expected[precision] ?? []);
          for (const deadline of deadlines) {
            expect(deadline).toMatchObject({ id: `${deadline.rule}:e1`, eventId: 'e1', subject: 'Decision 7', origin: 'derived' });
            expect(deadline.title).toContain('Decision 7');
          }
        });
      }
    }
  }

  it('ends a detention on 12 November 2026 with a 30-day term on 12 December, not on its first day', () => {
    const [deadline, ...rest] = deriveDeadlines('case-1', noDocuments, [
      event('e1', { date: '2026-11-12', type: 'detention', title: 'Extradition arrest', deadlineDays: 30 }),
    ]);
    expect(rest).toEqual([]);
    expect(deadline).toMatchObject({ rule: 'detention-term-end', due: '2026-12-12', title: 'Detention term ends (Extradition arrest)' });
  });
});
