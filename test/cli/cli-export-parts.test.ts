// The export command's size limit (--max-part-mb N) and the photos' resolution, as a user runs
// them: a dossier over the limit written as FILE_Part1.pdf, … each under it, every part named in
// the output (text and --json); the flags refused when they make no sense, with the usage text.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PASSPHRASE, sampleCase, writeCaseFile } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { noisePhoto } from '../support/noise-photo.js';

describe('dossier export --max-part-mb', () => {
  it('writes parts under the limit and names each; refuses a limit under 2 MB and both photo flags at once', async () => {
    const work = await tempDir();
    const vaultDir = path.join(work, 'vault');
    const env = { DOSSIER_PASSPHRASE: PASSPHRASE };
    expect((await runCli(['init', vaultDir], env)).code).toBe(0);
    const evidence = [];
    for (let index = 0; index < 4; index += 1) {
      await noisePhoto(path.join(work, `photo-${index + 1}.jpg`), 70 + index);
      evidence.push({ key: `photo${index + 1}`, file: `photo-${index + 1}.jpg`, title: `Photo ${index + 1}`, kind: 'photo' });
    }
    const caseFile = await writeCaseFile(work, { ...sampleCase, case: { ...sampleCase.case, forum: 'national_asylum' }, events: [], evidence });
    const imported = await runCli(['import', vaultDir, caseFile], env);
    expect(imported.code, imported.stderr).toBe(0);

    const out = path.join(work, 'Sadykova.pdf');
    const run = await runCli(['export', vaultDir, 'CAT-2026-014', '--out', out, '--max-part-mb', '2.5', '--full-resolution-photos', '--override-blocks'], env);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    const count = Number(/Dossier written in (\d+) parts/.exec(lines[0]!)?.[1]);
    expect(count).toBeGreaterThanOrEqual(2);
    for (let index = 1; index <= count; index += 1) {
      const file = path.join(work, `Sadykova_Part${index}.pdf`);
      expect(run.stdout).toContain(`${file}: pages `);
      expect((await stat(file)).size).toBeLessThan(2_500_000);
      expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }

    // --json gives every part with its pages, running on, and its size. (Photos this small are
    // placed as they are even when reduced: they need no more than 300 dpi of the page.)
    const json = await runCli(['export', vaultDir, 'CAT-2026-014', '--out', out, '--max-part-mb', '2.5', '--shrink-photos', '--override-blocks', '--json'], env);
    expect(json.code, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout) as { file: string; pages: number; parts?: { file: string; firstPage: number; lastPage: number; bytes: number }[] };
    const parts = result.parts!;
    expect(parts).toHaveLength(count);
    expect(result.file).toBe(parts[0]!.file);
    parts.forEach((part, index) => {
      expect(part.firstPage).toBe(index === 0 ? 1 : parts[index - 1]!.lastPage + 1);
      expect(part.bytes).toBeLessThan(2_500_000);
    });
    expect(parts.at(-1)!.lastPage).toBe(result.pages);

    const small = await runCli(['export', vaultDir, 'CAT-2026-014', '--out', out, '--max-part-mb', '1'], env);
    expect(small.code).toBe(2);
    expect(small.stderr).toContain('--max-part-mb must be a number of megabytes from 2 to 10000');
    expect(small.stderr).toContain('[--max-part-mb N]');
    const both = await runCli(['export', vaultDir, 'CAT-2026-014', '--out', out, '--shrink-photos', '--full-resolution-photos'], env);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('choose one of --shrink-photos and --full-resolution-photos');
  }, 240_000);
});
