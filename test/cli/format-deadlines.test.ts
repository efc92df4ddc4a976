// The command line's `show` lists a case's deadlines with their time and zone, and says which
// are done (without a countdown: they no longer alarm) and which the filing states; a case for a
// UN committee names its State party.
import { describe, expect, it } from 'vitest';
import { formatCase } from '../../src/cli/format.js';
import { caseInputSchema, clientInputSchema, type CaseDetail } from '../../src/shared/models.js';

const detail: CaseDetail = {
  case: { ...caseInputSchema.parse({ title: 'Bekov v. Kazakhstan', forum: 'un_cat', stateParty: 'KZ' }), id: 'k1', clientId: 'c1', createdAt: '', updatedAt: '' },
  client: { ...clientInputSchema.parse({ fullName: 'Timur Bekov' }), id: 'c1', createdAt: '', updatedAt: '' },
  events: [],
  evidence: [],
  deadlines: [
    { id: 'court-hearing:e1', caseId: 'k1', title: 'Court hearing: Appeal', due: '2026-11-24', time: '10:00', timeZone: 'Asia/Almaty', origin: 'derived', inFiling: true },
    { id: 'd2', caseId: 'k1', title: 'Consulate slot', due: '2026-11-21', origin: 'manual', done: true },
  ],
};

describe('show', () => {
  it('prints each deadline with its time and zone, and the done ones as done', () => {
    const text = formatCase(detail, '2026-11-20');
    expect(text).toContain('  2026-11-24 10:00 Asia/Almaty  in 4 days  <-- URGENT  Court hearing: Appeal  [stated in the filing]');
    expect(text).toContain('  2026-11-21  DONE  Consulate slot\n');
  });

  it('names the State party of a committee case', () => {
    expect(formatCase(detail, '2026-11-20')).toContain('  forum un_cat, State party KZ, status active');
  });
});
