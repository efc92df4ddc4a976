// CASE.json's elements and citations, imported into a real vault: events by key or title,
// exhibits by key with their pages, and every citation's evidence key rewritten to the vault's
// id in the statement, the interim-measures request, event descriptions, arguments and their
// versions; a key that was not imported leaves a warning and the citation as written.
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { citationsIn } from '../../src/shared/citations.js';
import { sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const events = sampleCase.events.map((event) => (event.type === 'extradition_order' ? { ...event, key: 'order-issued', description: 'Signed [[cite:order p.2]].' } : event));

describe('CASE.json elements and citations', () => {
  it('are imported with the vault’s ids in every cited text, warning of a key not imported', async () => {
    const { vault } = await newVault();
    const file = await writeSampleCase(await tempDir(), {
      events,
      persecution: {
        ...sampleCase.persecution,
        narrative: 'I stood at the picket [[cite:photo]] and was charged [[cite:order p.1-2]].',
        interimMeasures: 'Extradition is imminent [[cite:order p.1]].',
        versions: { ru: { narrative: 'Я стояла на пикете [[cite:photo]]; см. также [[cite:gone p.3]].' } },
      } as typeof sampleCase.persecution,
      elements: [
        {
          element: 'cat_personal_risk',
          argument: 'The order names her [[cite:order p.2]].',
          events: ['order-issued', 'Пикет против мобилизации'],
          exhibits: [{ key: 'order', pages: '1-2' }, { key: 'photo' }, { key: 'statement', pages: { from: 1, to: 1 } }],
          countryInformation: ['Amnesty International 2025'],
          versions: { ru: { argument: 'Постановление называет её [[cite:order p.2]].' } },
        },
        { element: 'cat_substantial_grounds', argument: 'Grounds.' },
      ],
    } as Partial<typeof sampleCase>);
    const report = await importCase(vault, file);
    const detail = getCaseDetail(vault, report.caseId);
    vault.close();

    const id = (key: string) => report.imported.find((item) => item.key === key)!.evidenceId;
    const [grounds, risk] = detail.elementArguments!;
    expect(grounds!.element).toBe('cat_substantial_grounds');
    expect(risk).toMatchObject({
      element: 'cat_personal_risk',
      argument: `The order names her [[cite:${id('order')} p.2]].`,
      exhibits: [{ evidenceId: id('order'), pages: { from: 1, to: 2 } }, { evidenceId: id('photo') }, { evidenceId: id('statement'), pages: { from: 1, to: 1 } }],
      countryInformation: ['Amnesty International 2025'],
    });
    expect(risk!.versions?.ru?.argument).toBe(`Постановление называет её [[cite:${id('order')} p.2]].`);
    const byType = (type: string) => detail.events.find((event) => event.type === type)!.id;
    expect(risk!.eventIds).toEqual([byType('extradition_order'), byType('protest')]);

    expect(citationsIn(detail.persecution!.narrative)).toEqual([{ evidenceId: id('photo') }, { evidenceId: id('order'), pages: { from: 1, to: 2 } }]);
    expect(citationsIn(detail.persecution!.interimMeasures)).toEqual([{ evidenceId: id('order'), pages: { from: 1, to: 1 } }]);
    expect(detail.persecution!.versions?.ru?.narrative).toBe(`Я стояла на пикете [[cite:${id('photo')}]]; см. также [[cite:gone p.3]].`);
    expect(detail.events.find((event) => event.type === 'extradition_order')!.description).toBe(`Signed [[cite:${id('order')} p.2]].`);
    expect(report.warnings).toEqual(['persecution (ru): cited evidence "gone" was not imported; the citation is kept, and the pre-flight reports it.']);
  });

  it('are refused, each problem named by its place, when they name what the file does not hold', async () => {
    const refusal = async (elements: unknown[]) => {
      const { vault } = await newVault();
      const file = await writeSampleCase(await tempDir(), { elements } as Partial<typeof sampleCase>);
      const failure = await importCase(vault, file).catch((error: Error) => error);
      vault.close();
      expect(failure).toBeInstanceOf(Error);
      return (failure as Error).message;
    };
    const shapes = await refusal([{ element: 'cat_personal_risk', exhibits: [{ key: 'order', pages: '3-2' }, { key: 'order', pages: 'two' }] }, { element: 'not_an_element' }]);
    expect(shapes).toContain('elements[0].exhibits[0].pages.to: the last page must not come before the first');
    expect(shapes).toContain('elements[0].exhibits[1].pages: must be a page ("2"), a range ("2-5") or {"from": 2, "to": 5}');
    expect(shapes).toMatch(/elements\[1\]\.element: Invalid option/);
    const links = await refusal([{ element: 'cat_personal_risk', events: ['no such event'], exhibits: [{ key: 'nowhere' }] }, { element: 'cat_personal_risk' }]);
    expect(links).toContain('elements[0].events[0]: no event has key or title "no such event"');
    expect(links).toContain('elements[0].exhibits[0].key: no evidence has key "nowhere"');
    expect(links).toContain('elements[1].element: element "cat_personal_risk" is argued twice');
  });

  it('read a key in any script, and refuse a citation they cannot read, an event key used twice or one that is another event’s title', async () => {
    const { vault } = await newVault();
    const evidence = sampleCase.evidence.map((item) => (item.key === 'order' ? { ...item, key: 'ордер' } : item));
    const keyed = sampleCase.events.map((event) => (event.type === 'extradition_order' ? { ...event, key: 'приказ', evidence: ['ордер'] } : event));
    const file = await writeSampleCase(await tempDir(), {
      evidence,
      events: keyed,
      elements: [{ element: 'cat_personal_risk', argument: 'See [[cite:ордер p.2]].', events: ['приказ'] }],
    } as Partial<typeof sampleCase>);
    const report = await importCase(vault, file);
    const detail = getCaseDetail(vault, report.caseId);
    vault.close();
    const orderId = report.imported.find((item) => item.key === 'ордер')!.evidenceId;
    expect(detail.elementArguments![0]!.argument).toBe(`See [[cite:${orderId} p.2]].`);
    expect(detail.elementArguments![0]!.eventIds).toEqual([detail.events.find((event) => event.type === 'extradition_order')!.id]);

    const refusal = async (changes: Partial<typeof sampleCase>) => {
      const { vault: other } = await newVault();
      const failure = await importCase(other, await writeSampleCase(await tempDir(), changes)).catch((error: Error) => error);
      other.close();
      expect(failure).toBeInstanceOf(Error);
      return (failure as Error).message;
    };
    const unread = await refusal({ elements: [{ element: 'cat_personal_risk', argument: 'See [[cite:arrest warrant p.2]].' }] } as Partial<typeof sampleCase>);
    expect(unread).toContain('elements[0].argument: a citation must read [[cite:KEY]]');
    const twice = await refusal({ events: sampleCase.events.map((event) => ({ ...event, key: 'same' })) } as Partial<typeof sampleCase>);
    expect(twice).toContain('events[1].key: event key "same" is used twice');
    const title = await refusal({ events: sampleCase.events.map((event, index) => (index === 1 ? { ...event, key: sampleCase.events[0]!.title } : event)) } as Partial<typeof sampleCase>);
    expect(title).toContain(`events[1].key: event key "${sampleCase.events[0]!.title}" is another event's title`);
  });
});
