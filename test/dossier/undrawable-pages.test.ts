// A page whose drawing data does not decode (here an LZW content stream with a code it never
// defined, as qpdf's bad-data.pdf has) is found at import, named before the export, and, when
// the lawyer asks, reproduced as an image of the page so that the dossier passes qpdf's check
// (issue 13). The sound fixture holds a long LZW stream that widens its codes to 12 bits and
// clears its table, which qpdf decodes without a word: the check must not flag it.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierText } from '../../src/core/dossier/dossier-text.js';
import { exportDossier, planDossier } from '../../src/core/dossier/export-dossier.js';
import { LZW_CONTENT_PDF as soundFixture, undrawablePdf } from '../support/damaged-pdf.js';
import { importCaseChecked } from '../support/import-checked.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';
import { writeCaseFile } from '../support/sample-case.js';

function qpdfCheck(file: string): { status: number | null; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('pages whose drawing data does not decode', () => {
  it('are named by the plan and, when asked, reproduced as images so that the dossier passes qpdf', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'sound.pdf'), await readFile(soundFixture));
    await writeFile(path.join(dir, 'broken.pdf'), await undrawablePdf());
    expect(qpdfCheck(path.join(dir, 'sound.pdf')).status).toBe(0);
    expect(qpdfCheck(path.join(dir, 'broken.pdf')).output).toMatch(/errors while decoding content stream|LZWDecoder: bad code/);
    const caseFile = await writeCaseFile(dir, {
      client: { fullName: 'Undrawable Pages' },
      case: { title: 'Undrawable', forum: 'national_asylum', reference: 'UND-1' },
      evidence: [
        { key: 'sound', file: 'sound.pdf', title: 'Sound', kind: 'court_document' },
        { key: 'broken', file: 'broken.pdf', title: 'Broken', kind: 'court_document' },
      ],
    });
    const { vault } = await newVault();
    try {
      const report = await importCaseChecked(vault, caseFile);
      expect(report.refused).toEqual([]);
      const stored = vault.db.prepare('SELECT evidence.title, inspections.undrawable_pages FROM evidence JOIN inspections USING (blob_id) ORDER BY evidence.title').all();
      expect(stored).toEqual([
        { title: 'Broken', undrawable_pages: '[1]' },
        { title: 'Sound', undrawable_pages: null },
      ]);

      const t = dossierText.en;
      const warning = t.warnings.undrawablePages('Tab B', 'broken.pdf', '1');
      const plan = await planDossier(vault, report.caseId, { today: '2026-12-02' });
      expect(plan.undrawablePages).toBe(1);
      expect(plan.warnings).toContain(warning);

      // As they are: copied, and qpdf finds the damage in the dossier too.
      const asTheyAre = path.join(dir, 'as-they-are.pdf');
      const copied = await exportDossier(vault, report.caseId, asTheyAre, { today: '2026-12-02' });
      expect(copied.warnings).toContain(warning);
      expect(qpdfCheck(asTheyAre).output).toMatch(/errors while decoding content stream|LZWDecoder: bad code/);

      // As images: the dossier is sound, the page is an image, and the separator says so.
      const asImages = path.join(dir, 'as-images.pdf');
      const drawn = await exportDossier(vault, report.caseId, asImages, { today: '2026-12-02', undrawablePagesAsImages: true });
      expect(drawn.warnings).not.toContain(warning);
      expect(drawn.warnings).toContain(t.warnings.partlyReproduced('Tab B', 'broken.pdf', t.reproduction.asImages('1', 200)));
      expect(qpdfCheck(asImages).status).toBe(0);
      const broken = drawn.exhibits.find((exhibit) => exhibit.title === 'Broken')!;
      const images = execFileSync('pdfimages', ['-list', '-f', String(broken.firstPage + 1), '-l', String(broken.firstPage + 1), asImages], { encoding: 'utf8' });
      expect(images.trim().split('\n')).toHaveLength(3);
      const separator = execFileSync('pdftotext', ['-f', String(broken.firstPage), '-l', String(broken.firstPage), asImages, '-'], { encoding: 'utf8' });
      expect(separator.replace(/\s+/g, ' ')).toContain('reproduced as images of the page');
    } finally {
      vault.close();
    }
  });
});
