// The resolver alone, on a dossier described as the composer's plan describes it: where each
// citation lands, and why one cannot (missing, left out, beyond the exhibit's pages).
import { describe, expect, it } from 'vitest';
import { citationReport, citationTargets, resolveCitation } from '../../src/core/dossier/citation-targets.js';
import type { CaseDetail } from '../../src/shared/models.js';

// Annex 1 begins on page 7 (its separator) with 3 pages; Annex 2 on page 11 with 5.
const exhibits = [
  { evidenceId: 'ev-a', name: 'Annex 1', firstPage: 7, contentPages: 3 },
  { evidenceId: 'ev-b', name: 'Annex 2', firstPage: 11, contentPages: 5 },
];
const evidence = [
  { id: 'ev-a', title: 'Medical report' },
  { id: 'ev-b', title: 'Arrest warrant' },
  { id: 'ev-c', title: 'Confidential letter' },
];

describe('resolving a citation', () => {
  const targets = citationTargets(exhibits, evidence);

  it('lands on the cited page: the separator’s page plus the page; the separator itself when no page is cited', () => {
    expect(resolveCitation(targets, { evidenceId: 'ev-b', pages: { from: 2, to: 3 } })).toEqual({
      exhibitTitle: 'Arrest warrant',
      exhibitLabel: 'Annex 2',
      dossierPage: 13,
      lastDossierPage: 14,
    });
    expect(resolveCitation(targets, { evidenceId: 'ev-a' })).toMatchObject({ exhibitLabel: 'Annex 1', dossierPage: 7, lastDossierPage: 7 });
    expect(resolveCitation(targets, { evidenceId: 'ev-b', pages: { from: 5, to: 5 } })).toMatchObject({ dossierPage: 16 });
  });

  it('names the problem: no such item, an item not in this dossier, a page beyond the exhibit', () => {
    expect(resolveCitation(targets, { evidenceId: 'ev-gone' })).toEqual({ exhibitTitle: undefined, problem: 'evidence_missing' });
    expect(resolveCitation(targets, { evidenceId: 'ev-c', pages: { from: 1, to: 1 } })).toEqual({ exhibitTitle: 'Confidential letter', problem: 'excluded' });
    expect(resolveCitation(targets, { evidenceId: 'ev-a', pages: { from: 3, to: 4 } })).toEqual({
      exhibitTitle: 'Medical report',
      exhibitLabel: 'Annex 1',
      problem: 'page_out_of_range',
    });
  });

  it('says which part holds the page when the dossier is in parts', () => {
    const parted = citationTargets(exhibits, evidence, [
      { firstPage: 1, lastPage: 12 },
      { firstPage: 13, lastPage: 20 },
    ]);
    expect(resolveCitation(parted, { evidenceId: 'ev-b', pages: { from: 1, to: 1 } })).toMatchObject({ dossierPage: 12, part: 1 });
    expect(resolveCitation(parted, { evidenceId: 'ev-b', pages: { from: 2, to: 2 } })).toMatchObject({ dossierPage: 13, part: 2 });
    // One file: no part.
    expect(resolveCitation(citationTargets(exhibits, evidence, [{ firstPage: 1, lastPage: 20 }]), { evidenceId: 'ev-b' })).not.toHaveProperty('part');
  });
});

describe('the citation report', () => {
  it('lists every citation of every cited text, versions too, and every exhibit an element links, each with its place', () => {
    const detail = {
      persecution: {
        narrative: 'I was beaten [[cite:ev-a p.2]] and charged [[cite:ev-b]].',
        interimMeasures: 'Removal is set [[cite:ev-c]].',
        versions: { ru: { narrative: 'Меня избили [[cite:ev-a p.2-3]].' } },
      },
      events: [{ id: 'event-1', description: 'Arrested [[cite:ev-b p.9]]', versions: {} }],
      elementArguments: [
        {
          element: 'cat_personal_risk',
          argument: 'He is sought [[cite:ev-gone p.1]].',
          exhibits: [{ evidenceId: 'ev-a', pages: { from: 1, to: 1 } }, { evidenceId: 'ev-c' }],
          versions: { fr: { argument: 'Il est recherché [[cite:ev-b p.1]].' } },
        },
      ],
    } as unknown as CaseDetail;
    const report = citationReport(detail, citationTargets(exhibits, evidence));
    expect(report).toEqual([
      { place: { record: 'persecution', field: 'narrative' }, citation: { evidenceId: 'ev-a', pages: { from: 2, to: 2 } }, exhibitTitle: 'Medical report', exhibitLabel: 'Annex 1', dossierPage: 9 },
      { place: { record: 'persecution', field: 'narrative' }, citation: { evidenceId: 'ev-b' }, exhibitTitle: 'Arrest warrant', exhibitLabel: 'Annex 2', dossierPage: 11 },
      { place: { record: 'persecution', field: 'narrative', language: 'ru' }, citation: { evidenceId: 'ev-a', pages: { from: 2, to: 3 } }, exhibitTitle: 'Medical report', exhibitLabel: 'Annex 1', dossierPage: 9 },
      { place: { record: 'persecution', field: 'interimMeasures' }, citation: { evidenceId: 'ev-c' }, exhibitTitle: 'Confidential letter', problem: 'excluded' },
      { place: { record: 'event', recordId: 'event-1', field: 'description' }, citation: { evidenceId: 'ev-b', pages: { from: 9, to: 9 } }, exhibitTitle: 'Arrest warrant', exhibitLabel: 'Annex 2', problem: 'page_out_of_range' },
      { place: { record: 'element', recordId: 'cat_personal_risk', field: 'argument' }, citation: { evidenceId: 'ev-gone', pages: { from: 1, to: 1 } }, problem: 'evidence_missing' },
      { place: { record: 'element', recordId: 'cat_personal_risk', field: 'argument', language: 'fr' }, citation: { evidenceId: 'ev-b', pages: { from: 1, to: 1 } }, exhibitTitle: 'Arrest warrant', exhibitLabel: 'Annex 2', dossierPage: 12 },
      { place: { record: 'element', recordId: 'cat_personal_risk', field: 'exhibits' }, citation: { evidenceId: 'ev-a', pages: { from: 1, to: 1 } }, exhibitTitle: 'Medical report', exhibitLabel: 'Annex 1', dossierPage: 8 },
      { place: { record: 'element', recordId: 'cat_personal_risk', field: 'exhibits' }, citation: { evidenceId: 'ev-c' }, exhibitTitle: 'Confidential letter', problem: 'excluded' },
    ]);
  });
});
