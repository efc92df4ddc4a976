// An element of the legal test as the element map edits it: what it saves, and when it counts
// as supported (and so loses its warning): a fact, an exhibit, a source or a citation that the
// case still holds.
import { describe, expect, it } from 'vitest';
import { elementArgumentInputSchema, type ElementArgument } from '../../src/shared/models.js';
import { elementDraftOf, elementInput, emptyElementDraft, isSupported } from '../../src/renderer/case/argument/element-draft.js';

const exists = {
  event: (id: string) => id === 'event-1',
  evidence: (id: string) => id === 'file-1',
  source: (title: string) => title === 'CAT/C/RUS/CO/6',
};

describe('isSupported', () => {
  it('is false for an element with nothing linked and no citation', () => {
    expect(isSupported(emptyElementDraft, exists)).toBe(false);
    expect(isSupported({ ...emptyElementDraft, argument: 'Plain words, no citation.' }, exists)).toBe(false);
  });

  it('is true with a fact, an exhibit, a source or a citation the case holds', () => {
    expect(isSupported({ ...emptyElementDraft, eventIds: ['event-1'] }, exists)).toBe(true);
    expect(isSupported({ ...emptyElementDraft, exhibits: [{ evidenceId: 'file-1' }] }, exists)).toBe(true);
    expect(isSupported({ ...emptyElementDraft, countryInformation: ['CAT/C/RUS/CO/6'] }, exists)).toBe(true);
    expect(isSupported({ ...emptyElementDraft, argument: 'Beaten [[cite:file-1 p.2]].' }, exists)).toBe(true);
  });

  it('is false when all it names is gone from the case', () => {
    const gone = { ...emptyElementDraft, eventIds: ['event-9'], exhibits: [{ evidenceId: 'file-9' }], countryInformation: ['Withdrawn report'], argument: '[[cite:file-9]]' };
    expect(isSupported(gone, exists)).toBe(false);
  });
});

describe('elementInput', () => {
  it('is what arguments.save accepts, with the versions written and blank ones left out', () => {
    const input = elementInput('cat_personal_risk', {
      argument: 'Beaten [[cite:file-1 p.2]].',
      eventIds: ['event-1'],
      exhibits: [{ evidenceId: 'file-1', pages: { from: 1, to: 1 } }, { evidenceId: 'file-2', pages: undefined }],
      countryInformation: ['CAT/C/RUS/CO/6'],
      versions: { ru: { argument: 'Избит [[cite:file-1 p.2]].' }, fr: { argument: '  ' } },
    });
    expect(input.exhibits).toEqual([{ evidenceId: 'file-1', pages: { from: 1, to: 1 } }, { evidenceId: 'file-2' }]);
    expect(input.versions).toEqual({ ru: { argument: 'Избит [[cite:file-1 p.2]].' } });
    expect(elementArgumentInputSchema.safeParse(input).success).toBe(true);
  });

  it('round-trips a stored argument through the draft', () => {
    const stored: ElementArgument = {
      caseId: 'case-1',
      updatedAt: '2026-03-16T10:00:00.000Z',
      element: 'cat_public_official',
      argument: 'The FSB is a public authority.',
      eventIds: ['event-1'],
      exhibits: [{ evidenceId: 'file-1', pages: { from: 3, to: 4 } }],
      countryInformation: [],
      versions: { ru: { argument: 'ФСБ — государственный орган.' } },
    };
    const { caseId: _caseId, updatedAt: _updatedAt, ...saved } = stored;
    expect(elementInput('cat_public_official', elementDraftOf(stored))).toEqual(saved);
  });
});
