// dossier.citations through the real dispatch (its answer checked against the contract's schema,
// as over IPC): the window's citation report for an export choice, on a real vault.
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { dossierHandlers } from '../../src/core/service/dossier-handlers.js';
import { recordsHandlers } from '../../src/core/service/records-handlers.js';
import { writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { caller, failure, harness } from './context-harness.js';

const options = { today: () => '2026-11-20' };

describe('dossier.citations', () => {
  it('lists every citation with where it lands in the dossier the choice exports, and why one cannot', { timeout: 300_000 }, async () => {
    const h = await harness();
    const call = caller({ ...recordsHandlers(h.ctx, options), ...dossierHandlers(h.ctx, options) });
    const { caseId } = await importCase(h.vault, await writeSampleCase(await tempDir()));
    const detail = await call('cases.get', { id: caseId });
    const [photo, order, statement] = ['Photo of the picket', 'Extradition order', 'Personal statement'].map((title) => detail.evidence.find((item) => item.title === title)!);
    await call('arguments.save', {
      caseId,
      argument: {
        element: 'cat_personal_risk',
        argument: `Named in the order [[cite:${order!.id} p.2]], seen at the picket [[cite:${photo!.id}]], page nine [[cite:${order!.id} p.9]].`,
        exhibits: [{ evidenceId: order!.id, pages: { from: 1, to: 1 } }],
        versions: { ru: { argument: `Указана в постановлении [[cite:${order!.id} p.1-2]].` } },
      },
    });

    const choice = { caseId, language: 'en' as const };
    const plan = await call('dossier.plan', choice);
    const report = await call('dossier.citations', choice);
    const annex = (label: string) => plan.contents.find((entry) => entry.level === 2 && entry.title.startsWith(`${label} — `))!.page;
    const place = { record: 'element', recordId: 'cat_personal_risk', field: 'argument' };
    expect(report).toEqual([
      { place, citation: { evidenceId: order!.id, pages: { from: 2, to: 2 } }, exhibitTitle: 'Extradition order', exhibitLabel: 'Annex 2', dossierPage: annex('Annex 2') + 2 },
      { place, citation: { evidenceId: photo!.id }, exhibitTitle: 'Photo of the picket', exhibitLabel: 'Annex 1', dossierPage: annex('Annex 1') },
      { place, citation: { evidenceId: order!.id, pages: { from: 9, to: 9 } }, exhibitTitle: 'Extradition order', exhibitLabel: 'Annex 2', problem: 'page_out_of_range' },
      // An English dossier does not print the Russian version: listed, marked so, and never a block.
      { place: { ...place, language: 'ru' }, citation: { evidenceId: order!.id, pages: { from: 1, to: 2 } }, exhibitTitle: 'Extradition order', exhibitLabel: 'Annex 2', dossierPage: annex('Annex 2') + 1, printed: false },
      // The exhibit the element rests on is printed with its page and link, as a citation is.
      { place: { ...place, field: 'exhibits' }, citation: { evidenceId: order!.id, pages: { from: 1, to: 1 } }, exhibitTitle: 'Extradition order', exhibitLabel: 'Annex 2', dossierPage: annex('Annex 2') + 1 },
    ]);

    // The order left out of this export: its citations say so; the photo, now first, moves.
    const without = await call('dossier.citations', { ...choice, exhibitIds: [statement!.id, photo!.id] });
    expect(without.map((entry) => entry.problem ?? entry.exhibitLabel)).toEqual(['excluded', 'Annex 2', 'excluded', 'excluded', 'excluded']);

    expect((await failure(call('dossier.citations', { ...choice, template: 'no-such-template' }))).code).toBe('INVALID_INPUT');
  });
});
