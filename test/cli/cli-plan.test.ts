// The command line's plan: the contents as the export numbers them and, under a size limit, the
// parts it will write; check follows the same limit and photo choice for its notice of parts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noisePhoto } from '../support/noise-photo.js';
import { runCli } from '../support/cli.js';
import { PASSPHRASE, sampleCase, writeCaseFile } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const secret = { DOSSIER_PASSPHRASE: PASSPHRASE };

describe('command line: plan', () => {
  it('prints the parts a limit will make, and check says how many', { timeout: 300_000 }, async () => {
    const work = await tempDir();
    const vault = path.join(work, 'vault');
    expect((await runCli(['init', vault], secret)).code).toBe(0);
    const evidence = [];
    for (const index of [1, 2, 3, 4]) {
      await noisePhoto(path.join(work, `photo-${index}.jpg`), 70 + index);
      evidence.push({ key: `p${index}`, file: `photo-${index}.jpg`, title: `Photo ${index}`, kind: 'photo', date: '2026-01-10' });
    }
    const caseFile = await writeCaseFile(work, { ...sampleCase, case: { ...sampleCase.case, forum: 'embassy_humanitarian_visa', destination: 'DE' }, events: [], evidence });
    expect((await runCli(['import', vault, caseFile], secret)).code).toBe(0);

    const plain = await runCli(['plan', vault, 'CAT-2026-014'], secret);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^\d+ pages$/m);
    expect(plain.stdout).not.toContain('Parts');

    const limited = await runCli(['plan', vault, 'CAT-2026-014', '--max-part-mb', '2.5', '--full-resolution-photos'], secret);
    expect(limited.code).toBe(0);
    const count = Number(/^Parts \(estimated before writing\): (\d+)$/m.exec(limited.stdout)?.[1]);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(limited.stdout).toMatch(/^ {2}Part 1: pages 1-\d+, about \d+\.\d MB: /m);
    const json = JSON.parse((await runCli(['plan', vault, 'CAT-2026-014', '--max-part-mb', '2.5', '--full-resolution-photos', '--json'], secret)).stdout) as { parts: unknown[] };
    expect(json.parts).toHaveLength(count);

    const check = JSON.parse((await runCli(['check', vault, 'CAT-2026-014', '--max-part-mb', '2.5', '--full-resolution-photos', '--json'], secret)).stdout) as { findings: { code: string; values?: { parts?: number } }[] };
    expect(check.findings.find((finding) => finding.code === 'size.parts')?.values?.parts).toBe(count);
  });
});
