// Derived deadlines are worded from their rule and subject by one shared table
// (src/shared/deadline-text.ts), in the window's language and the dossier's. Proved against the
// core's own rules: every rule it derives from is worded in en, ru and fr, each naming the
// subject, and the core's English title is the table's, word for word.
import { describe, expect, it } from 'vitest';
import { deriveDeadlines, eventRules } from '../../src/core/deadlines/derive.js';
import { deadlineRules, deadlineTexts, deadlineWords } from '../../src/shared/deadline-text.js';
import { clientInputSchema, eventInputSchema, type Client, type TimelineEvent } from '../../src/shared/models.js';
import { languages } from '../../src/shared/format/languages.js';

const client: Client = {
  ...clientInputSchema.parse({ fullName: 'Timur Bekov', documents: [{ kind: 'passport', number: 'AB1', expires: '2027-01-31' }] }),
  id: 'client-1',
  createdAt: '',
  updatedAt: '',
};

/** One dated event of each type a rule starts a clock from, each stating its own days, titled in Russian as a lawyer might. */
const events: TimelineEvent[] = [...eventRules.map((rule) => rule.type), 'sentence' as const].map((type, index) => ({
  ...eventInputSchema.parse({ date: '2026-10-01', type, title: `Событие ${index}`, deadlineDays: 20 }),
  id: `e${index}`,
  caseId: 'case-1',
  sortDate: '',
  evidenceIds: [],
}));

describe('derived deadline words', () => {
  const deadlines = deriveDeadlines('case-1', client, events);

  it('cover every rule the core derives a deadline from, each with its subject', () => {
    expect(new Set(deadlines.map((deadline) => deadline.rule))).toEqual(new Set(deadlineRules));
    for (const deadline of deadlines) expect(deadline.subject, deadline.id).toBeTruthy();
  });

  it('give the core its English title, and word every rule in every language naming the subject', () => {
    for (const deadline of deadlines) {
      expect(deadlineWords(deadline, 'en').title).toBe(deadline.title);
      for (const language of languages) {
        const words = deadlineWords(deadline, language);
        expect(words.title, `${language} ${deadline.rule}`).toContain(deadline.subject);
        expect(words.filing, `${language} ${deadline.rule}`).toContain(deadline.subject);
        expect(words.consequence, `${language} ${deadline.rule}`).toBeTruthy();
      }
      expect(deadlineWords(deadline, 'ru').title).toMatch(/[а-я]/);
      expect(deadlineWords(deadline, 'fr').title).not.toBe(deadlineWords(deadline, 'en').title);
    }
  });

  it('keep what the lawyer typed as typed, "$" included', () => {
    const [deadline] = deriveDeadlines('case-1', { ...client, documents: [] }, [{ ...events[0]!, title: 'Order $& 5' }]);
    expect(deadlineWords(deadline!, 'fr').title).toBe('Recours contre la décision d’extradition (Order $& 5)');
  });

  it('show a deadline entered by hand as typed, in every language', () => {
    const manual = { origin: 'manual' as const, title: 'Consulate slot', consequence: 'Book again' };
    expect(deadlineWords(manual, 'ru')).toEqual({ title: 'Consulate slot', consequence: 'Book again', filing: 'Consulate slot' });
  });

  it('never print the advice as the filing statement', () => {
    for (const language of languages) {
      for (const rule of deadlineRules) expect(deadlineTexts[language][rule].filing).not.toBe(deadlineTexts[language][rule].consequence);
    }
  });
});
