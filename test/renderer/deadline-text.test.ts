// The window words derived deadlines itself, from their rule and subject, so a Russian window
// shows them in Russian. Proved against the core's own rules: every rule it derives from is
// worded in both languages, and the English wording is the core's, word for word.
import { describe, expect, it } from 'vitest';
import { deriveDeadlines, eventRules } from '../../src/core/deadlines/derive.js';
import { derivedRules } from '../../src/renderer/case/deadlines/deadline-text.js';
import { en } from '../../src/renderer/i18n/en/index.js';
import { ru } from '../../src/renderer/i18n/ru/index.js';
import { clientInputSchema, eventInputSchema, type Client, type TimelineEvent } from '../../src/shared/models.js';

const client: Client = {
  ...clientInputSchema.parse({ fullName: 'Timur Bekov', documents: [{ kind: 'passport', number: 'AB1', expires: '2027-01-31' }] }),
  id: 'client-1',
  createdAt: '',
  updatedAt: '',
};

/** One dated event of each type a rule starts a clock from, titled in Russian as a lawyer might. */
const events: TimelineEvent[] = eventRules.map((rule, index) => ({
  ...eventInputSchema.parse({ date: '2026-10-01', precision: 'range', dateEnd: '2026-12-01', type: rule.type, title: `Событие ${index}` }),
  ...(rule.days === null ? {} : { precision: 'day' as const, dateEnd: undefined }),
  id: `e${index}`,
  caseId: 'case-1',
  sortDate: '',
  evidenceIds: [],
}));

function fill(template: string, subject: string): string {
  return template.replace('{{subject}}', subject);
}

describe('derived deadline words', () => {
  const deadlines = deriveDeadlines('case-1', client, events);

  it('cover every rule the core derives a deadline from, each with its subject', () => {
    expect(new Set(deadlines.map((deadline) => deadline.rule))).toEqual(new Set(derivedRules));
    for (const deadline of deadlines) expect(deadline.subject, deadline.id).toBeTruthy();
  });

  it('say in English exactly what the core says, and have Russian words naming the same subject', () => {
    for (const deadline of deadlines) {
      const rule = deadline.rule as (typeof derivedRules)[number];
      expect(fill(en.deadlines.rules[rule].title, deadline.subject!)).toBe(deadline.title);
      expect(en.deadlines.rules[rule].consequence).toBe(deadline.consequence);
      expect(ru.deadlines.rules[rule].title).toContain('{{subject}}');
      expect(ru.deadlines.rules[rule].consequence).toMatch(/[а-я]/);
    }
  });
});
