import { copyFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { listCases } from '../../src/core/records/cases.js';
import { fixturesDir, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { newVault } from '../support/vault.js';

describe('case import', () => {
  it('names the file and every misplaced field of an invalid case file', async () => {
    const { vault, dir } = await newVault();
    const work = path.dirname(dir);
    const broken = path.join(work, 'broken.json');
    await writeFile(broken, '{"client": ');
    await expect(importCase(vault, broken)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining(`${broken} is not valid JSON`) });
    const wrong = path.join(work, 'wrong.json');
    await writeFile(
      wrong,
      JSON.stringify({
        ...sampleCase,
        case: { ...sampleCase.case, forum: 'embassy' },
        events: [{ date: '2022-10-05', precision: 'month', type: 'protest', title: 'Picket', evidence: ['nothing'] }],
      }),
    );
    const message = await importCase(vault, wrong).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(message).toContain(`${wrong} is not a valid case file`);
    expect(message).toContain('case.forum:');
    expect(message).toContain('events[0].date: a date with precision "month" must be written YYYY-MM');
    // Keys are checked across the document once every entry is valid on its own.
    await writeFile(wrong, JSON.stringify({ ...sampleCase, events: [{ date: '2022-10', precision: 'month', type: 'protest', title: 'Picket', evidence: ['nothing'] }] }));
    await expect(importCase(vault, wrong)).rejects.toMatchObject({ message: expect.stringContaining('events[0].evidence[0]: no evidence has key "nothing"') });
    expect(listCases(vault.db)).toEqual([]);
    vault.close();
  });

  it('links a translation to its original, and drops links to refused files with a warning', async () => {
    const { vault, dir } = await newVault();
    const work = path.dirname(dir);
    await copyFile(path.join(fixturesDir, 'order.pdf'), path.join(work, 'order-en.pdf'));
    const file = await writeSampleCase(work, {
      evidence: [
        ...sampleCase.evidence,
        { key: 'order-en', file: 'order-en.pdf', title: 'Extradition order (English)', kind: 'translation', language: 'en', translationOf: 'order' } as never,
        { key: 'gone-en', file: 'gone-en.pdf', title: 'Lost translation', kind: 'translation', translationOf: 'order' } as never,
        { key: 'page', file: 'picket.png', title: 'Page of the lost file', kind: 'photo', partOf: 'gone-en' } as never,
      ],
    });
    const report = await importCase(vault, file);
    expect(report.refused).toEqual([{ key: 'gone-en', file: 'gone-en.pdf', reason: 'file not found' }]);
    expect(report.warnings).toContain('picket.png: linked item "gone-en" was not imported, link dropped.');
    const detail = getCaseDetail(vault, report.caseId);
    const byTitle = Object.fromEntries(detail.evidence.map((e) => [e.title, e]));
    expect(byTitle['Extradition order (English)']!.translationOfId).toBe(byTitle['Extradition order']!.id);
    expect(byTitle['Page of the lost file']!.partOfId).toBeUndefined();
    vault.close();
  });

  it('stops when cancelled and leaves neither records nor files behind', async () => {
    const { vault, dir } = await newVault();
    const file = await writeSampleCase(path.dirname(dir));
    const controller = new AbortController();
    const attempt = importCase(vault, file, {
      signal: controller.signal,
      onProgress: (p) => p.phase === 'storing' && p.index === 2 && controller.abort(),
    });
    await expect(attempt).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(listCases(vault.db)).toEqual([]);
    expect(await vault.blobs.listPublished()).toEqual([]);
    const staging = await readdir(path.join(dir, 'files', 'partial'));
    for (const folder of staging) expect(await readdir(path.join(dir, 'files', 'partial', folder))).toEqual([]);
    vault.close();
  });
});
