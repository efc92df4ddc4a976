// An element of the legal test as the element map edits it: what it saves, and when it counts
// as supported (and so loses its warning), as the pre-flight counts it.
import { describe, expect, it } from 'vitest';
import { elementSupported } from '../../src/shared/legal-elements.js';
import { elementArgumentInputSchema, type ElementArgument } from '../../src/shared/models.js';
import { elementDraftOf, elementInput, emptyElementDraft, isEmptyArgument, isSupported, unlinkAt, withoutGoneLinks } from '../../src/renderer/case/argument/element-draft.js';

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

describe('withoutGoneLinks', () => {
  const linked = { ...emptyElementDraft, argument: 'Typed before the event was deleted.', eventIds: ['event-1', 'event-deleted'], exhibits: [{ evidenceId: 'file-deleted', pages: { from: 2, to: 2 } }, { evidenceId: 'file-1' }] };

  it('drops the events and files the case no longer holds, so arguments.save takes the draft and the map does not count them', () => {
    const cleaned = withoutGoneLinks(linked, new Set(['event-1']), new Set(['file-1']));
    expect(elementInput('cat_personal_risk', cleaned)).toMatchObject({ eventIds: ['event-1'], exhibits: [{ evidenceId: 'file-1' }], argument: linked.argument });
    // A deleted fact alone supports nothing.
    const onlyGone = { ...emptyElementDraft, eventIds: ['event-deleted'] };
    expect(isSupported('cat_personal_risk', withoutGoneLinks(onlyGone, new Set(), new Set()))).toBe(false);
  });

  it('gives back the very draft when nothing is gone, so an untouched card is not redrawn', () => {
    expect(withoutGoneLinks(linked, new Set(['event-1', 'event-deleted']), new Set(['file-1', 'file-deleted']))).toBe(linked);
  });
});

describe('unlinkAt', () => {
  it('unlinks one link by its position: one of two ranges of the same file leaves the other', () => {
    const draft = { ...emptyElementDraft, exhibits: [{ evidenceId: 'file-1', pages: { from: 1, to: 1 } }, { evidenceId: 'file-1', pages: { from: 5, to: 5 } }] };
    expect(unlinkAt(draft, 'exhibits', 0).exhibits).toEqual([{ evidenceId: 'file-1', pages: { from: 5, to: 5 } }]);
    expect(unlinkAt(draft, 'exhibits', 1).exhibits).toEqual([{ evidenceId: 'file-1', pages: { from: 1, to: 1 } }]);
    expect(draft.exhibits).toHaveLength(2);
  });

  it('unlinks a fact or a source the same way', () => {
    const draft = { ...emptyElementDraft, eventIds: ['e1', 'e2'], countryInformation: ['CAT/C/RUS/CO/6', 'HRW 2024'] };
    expect(unlinkAt(draft, 'facts', 1).eventIds).toEqual(['e1']);
    expect(unlinkAt(draft, 'countryInformation', 0).countryInformation).toEqual(['HRW 2024']);
  });
});

describe('isEmptyArgument', () => {
  it('is true only when the card holds nothing at all (then its stored argument is removed)', () => {
    expect(isEmptyArgument(elementInput('cat_personal_risk', emptyElementDraft))).toBe(true);
    expect(isEmptyArgument(elementInput('cat_personal_risk', { ...emptyElementDraft, argument: '  \n', versions: { ru: { argument: ' ' } } }))).toBe(true);
    const kept = [
      { argument: 'x' },
      { versions: { fr: { argument: 'x' } } },
      { eventIds: ['e'] },
      { exhibits: [{ evidenceId: 'f' }] },
      { countryInformation: ['CAT/C/RUS/CO/6'] },
    ];
    for (const part of kept) expect(isEmptyArgument(elementInput('cat_personal_risk', { ...emptyElementDraft, ...part }))).toBe(false);
  });
});
