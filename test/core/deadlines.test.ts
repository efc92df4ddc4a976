import { describe, expect, it } from 'vitest';
import { deriveDeadlines } from '../../src/core/deadlines/derive.js';
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
