// Parts predicted before export (issue 15 item 7): the plan says how many parts a dossier over its
// limit will be written in and which exhibits each holds, by the writer's own rule on estimated
// sizes, and the export then writes those very parts; the pre-flight's estimate counts what
// shrinking photos leaves, so its notice of parts goes when shrinking brings the dossier under
// the limit. Real noise photos (the least compressible there are), a real vault, real exports.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDossier, planDossier } from '../../src/core/dossier/export-dossier.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { checkDossier } from '../../src/core/preflight/preflight.js';
import { noisePhoto } from '../support/noise-photo.js';
import { sampleCase, writeCaseFile } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

async function photoCase(count: number, width: number, height: number, seed: number) {
  const dir = await tempDir();
  const evidence = [];
  for (let index = 0; index < count; index += 1) {
    const file = `photo-${index + 1}.jpg`;
    await noisePhoto(path.join(dir, file), seed + index, width, height);
    evidence.push({ key: `photo${index + 1}`, file, title: `Photo ${index + 1}`, kind: 'photo', date: '2026-01-10' });
  }
  const { vault } = await newVault();
  const { caseId } = await importCase(vault, await writeCaseFile(dir, { ...sampleCase, case: { ...sampleCase.case, forum: 'us_immigration_court', alienNumber: 'A 123-456-789' }, events: [], evidence }));
  return { vault, caseId, dir };
}

/** Which part (from 0) holds each exhibit's first page, by the parts' printed page ranges. */
function partOfPage(parts: readonly { firstPage: number; lastPage: number }[], page: number): number {
  return parts.findIndex((part) => part.firstPage <= page && page <= part.lastPage);
}

describe('the plan predicts the parts', () => {
  it('that the export then writes: as many, over the same pages, each exhibit in the same part', { timeout: 300_000 }, async () => {
    // Ten photos of about 1.6 MB against parts of 5 MB: three or four parts.
    const { vault, caseId, dir } = await photoCase(10, 1600, 1200, 300);
    const options = { today: '2026-11-21', language: 'en' as const, maxPartBytes: 5_000_000, shrinkPhotos: false };
    const plan = await planDossier(vault, caseId, options);
    expect(plan.parts!.length).toBeGreaterThanOrEqual(3);
    const written = await exportDossier(vault, caseId, path.join(dir, 'D.pdf'), options);
    expect(written.parts!.map(({ firstPage, lastPage }) => ({ firstPage, lastPage }))).toEqual(plan.parts!.map(({ firstPage, lastPage }) => ({ firstPage, lastPage })));
    for (const exhibit of plan.exhibits) {
      expect(partOfPage(plan.parts!, exhibit.firstPage)).toBe(partOfPage(written.parts!, exhibit.firstPage));
      expect(plan.parts![partOfPage(plan.parts!, exhibit.firstPage)]!.holds).toContain(exhibit.name);
    }
    // Each part's estimated size within a fifth of the file written.
    for (const [index, part] of plan.parts!.entries()) {
      expect(part.bytes / written.parts![index]!.bytes).toBeGreaterThan(0.8);
      expect(part.bytes / written.parts![index]!.bytes).toBeLessThan(1.2);
    }
    // Without a limit there is nothing to predict.
    expect((await planDossier(vault, caseId, { today: '2026-11-21', language: 'en', template: 'embassy-humanitarian-visa' })).parts).toBeUndefined();
    vault.close();
  });
});

describe('the size estimate of shrunk photos', () => {
  it('is within a factor of 1.5 of the written dossier, and the notice of parts goes when shrinking brings it under 25 MB', { timeout: 600_000 }, async () => {
    // Three 12 MP phone photos of noise, 9.9 MB each: 30 MB at full resolution, over the EOIR's 25 MB.
    const { vault, caseId, dir } = await photoCase(3, 4000, 3000, 500);
    const full = await checkDossier(vault, caseId, { today: '2026-11-21', language: 'en', shrinkPhotos: false });
    expect(full.findings.find((finding) => finding.code === 'size.parts')?.values).toMatchObject({ parts: 2 });
    const shrunk = await checkDossier(vault, caseId, { today: '2026-11-21', language: 'en' });
    expect(shrunk.findings.filter((finding) => finding.code.startsWith('size.'))).toEqual([]);

    const plan = await planDossier(vault, caseId, { today: '2026-11-21', language: 'en' });
    expect(plan.parts).toHaveLength(1);
    const written = await exportDossier(vault, caseId, path.join(dir, 'shrunk.pdf'), { today: '2026-11-21', language: 'en' });
    expect(written.parts).toBeUndefined();
    const ratio = plan.parts![0]!.bytes / written.bytes;
    expect(ratio).toBeGreaterThan(1 / 1.5);
    expect(ratio).toBeLessThan(1.5);
    vault.close();
  });
});
