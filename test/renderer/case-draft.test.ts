// The case form's draft and the record it sends: the State party belongs to a UN committee
// communication only, so a case moved to another forum does not keep one the form no longer shows.
import { describe, expect, it } from 'vitest';
import { asksForAlienNumber, caseDraftOf, caseInputOf, isCommitteeForum } from '../../src/renderer/clients/case-draft.js';
import { caseInputSchema, type Case } from '../../src/shared/models.js';

const record: Case = {
  ...caseInputSchema.parse({ title: 'Toktarov', forum: 'un_cat', stateParty: 'KZ', destination: 'OHCHR, Geneva' }),
  id: 'case-1',
  clientId: 'client-1',
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
};

describe('case draft', () => {
  it('knows the committee forums', () => {
    expect(['un_cat', 'un_hrc'].every((forum) => isCommitteeForum(forum as Case['forum']))).toBe(true);
    expect(['embassy_humanitarian_visa', 'national_asylum', 'unhcr', 'us_asylum', 'other', ''].some((forum) => isCommitteeForum(forum as Case['forum']))).toBe(false);
  });

  it('keeps the State party of a committee case through the form', () => {
    const draft = caseDraftOf(record);
    expect(draft.stateParty).toBe('KZ');
    expect(caseInputOf({ ...draft, stateParty: '  kz ' }, record).stateParty).toBe('kz');
  });

  it('drops the State party when the case moves to a forum that has none', () => {
    const input = caseInputOf({ ...caseDraftOf(record), forum: 'national_asylum' }, record);
    expect(input.stateParty).toBeUndefined();
    expect(caseInputSchema.parse(input).stateParty).toBeUndefined();
  });

  it('keeps the A-number and the expected removal through the form, typed parts only', () => {
    const removal = { date: '2026-03-23', time: '07:15', place: 'Almaty International Airport', destination: 'RU', manner: 'Scheduled flight under escort' };
    const withRemoval: Case = { ...record, alienNumber: 'A 212-345-678', removal };
    expect(caseInputOf(caseDraftOf(withRemoval), withRemoval)).toMatchObject({ alienNumber: 'A 212-345-678', removal });
    const draft = caseDraftOf(withRemoval);
    const partly = caseInputOf({ ...draft, removal: { ...draft.removal, time: ' ', manner: '' } }, withRemoval);
    expect(partly.removal).toEqual({ date: '2026-03-23', place: 'Almaty International Airport', destination: 'RU' });
    expect(caseInputSchema.parse(partly).removal).toEqual(partly.removal);
  });

  it('records no removal when none of its parts is typed, and shows the A-number field for the US forums or one recorded', () => {
    const draft = caseDraftOf(record);
    expect(caseInputOf(draft, record).removal).toBeUndefined();
    expect(asksForAlienNumber(draft)).toBe(false);
    expect(asksForAlienNumber({ ...draft, forum: 'us_immigration_court' })).toBe(true);
    expect(asksForAlienNumber({ ...draft, alienNumber: '123456789' })).toBe(true);
  });
});
