// An element of the legal test as the element map edits it: what it saves, and when it counts
// as supported (and so loses its warning), as the pre-flight counts it.
import { describe, expect, it } from 'vitest';
import { elementSupported } from '../../src/shared/legal-elements.js';
import { elementArgumentInputSchema, type ElementArgument } from '../../src/shared/models.js';
import { elementDraftOf, elementInput, emptyElementDraft, isSupported } from '../../src/renderer/case/argument/element-draft.js';

describe('isSupported', () => {
  it('is false for an element with nothing linked and no citation', () => {
    expect(isSupported('cat_personal_risk', emptyElementDraft)).toBe(false);
    expect(isSupported('cat_personal_risk', { ...emptyElementDraft, argument: 'Plain words, no citation.' })).toBe(false);
  });

  it('is true with a fact, an exhibit, a source, or a citation in the argument or a version of it', () => {
    expect(isSupported('cat_personal_risk', { ...emptyElementDraft, eventIds: ['event-1'] })).toBe(true);
    expect(isSupported('cat_personal_risk', { ...emptyElementDraft, exhibits: [{ evidenceId: 'file-1' }] })).toBe(true);
    expect(isSupported('cat_personal_risk', { ...emptyElementDraft, countryInformation: ['CAT/C/RUS/CO/6'] })).toBe(true);
    expect(isSupported('cat_personal_risk', { ...emptyElementDraft, argument: 'Beaten [[cite:file-1 p.2]].' })).toBe(true);
    expect(isSupported('cat_personal_risk', { ...emptyElementDraft, versions: { ru: { argument: 'Избит [[cite:file-1 p.2]].' } } })).toBe(true);
  });

  it('agrees with the pre-flight’s rule (elementSupported) on what it saves', () => {
    const drafts = [emptyElementDraft, { ...emptyElementDraft, argument: 'x' }, { ...emptyElementDraft, eventIds: ['e'] }, { ...emptyElementDraft, versions: { fr: { argument: '[[cite:f]]' } } }];
    for (const draft of drafts) {
      const saved = elementArgumentInputSchema.parse(elementInput('cat_general_situation', draft));
      expect(isSupported('cat_general_situation', draft)).toBe(elementSupported(saved));
    }
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
