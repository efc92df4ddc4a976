// One exhibit that brings the exhibit reader down costs that exhibit, never the export: the core
// marks the file "reading stopped" (kept in the vault) and composes the dossier again without it.
// The file is real: a PDF whose one page carries an array of millions of numbers, which pdf-lib
// turns into millions of objects when it copies the page; the reader here has a smaller heap than
// that needs (the import's reader, with the usual cap, inspects it without trouble).
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { exportDossier, planDossier } from '../../src/core/dossier/export-dossier.js';
import { dossierText } from '../../src/core/dossier/dossier-text.js';
import { createExhibitReader, type ExhibitReader, type ReaderCall } from '../../src/core/isolation/exhibit-reader.js';
import { nodeReaderLauncher } from '../../src/core/isolation/node-launcher.js';
import type { ReaderTaskName } from '../../src/core/isolation/reader-tasks.js';
import { readPdf } from '../support/pdf-reader.js';
import { importCaseChecked } from '../support/import-checked.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';
import { writeCaseFile } from '../support/sample-case.js';

/** A one-page PDF whose page holds an array of `count` numbers (2 bytes each in the file). */
async function pdfWithHugeArray(count: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText('A page with a very large array', { x: 60, y: 760, size: 14 });
  page.node.set(PDFName.of('PieceInfo'), PDFName.of('Placeholder'));
  const text = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
  // pdf-lib reads the objects in sequence, so offsets in the cross-reference table that now point
  // short do not stop it; qpdf repairs them.
  return Buffer.from(text.replace('/Placeholder', `[${'0 '.repeat(count)}]`), 'latin1');
}

/** A plain PDF of `pages` pages. */
async function plainPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let index = 0; index < pages; index += 1) doc.addPage([595, 842]).drawText(`Plain page ${index + 1}`, { x: 60, y: 760, size: 14 });
  return doc.save();
}

/** A reader over real processes with a 192 MiB heap, counting the tasks it ran and how each ended. */
function smallReader(): { reader: ExhibitReader; runs: { task: string; outcome: string }[] } {
  const inner = createExhibitReader(nodeReaderLauncher(), { maxOldSpaceMb: 192 });
  onTestFinished(() => inner.stopAll());
  const runs: { task: string; outcome: string }[] = [];
  const reader: ExhibitReader = {
      async run(task: ReaderTaskName, input: unknown, call?: ReaderCall) {
        try {
          const value = await inner.run(task, input, call);
          runs.push({ task, outcome: 'done' });
          return value;
        } catch (error) {
          runs.push({ task, outcome: (error as { kind?: string }).kind ?? 'error' });
          throw error;
        }
      },
      // One case in these tests: the counting wrapper stands for every scope.
      forCase: () => reader,
      stopAll: () => inner.stopAll(),
  };
  return { runs, reader };
}

describe('an exhibit the reader fails on', () => {
  it('is marked and shown by its separator alone, and the rest of the dossier is exported', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'before.pdf'), await plainPdf(2));
    await writeFile(path.join(dir, 'huge-array.pdf'), await pdfWithHugeArray(3_000_000));
    await writeFile(path.join(dir, 'after.pdf'), await plainPdf(1));
    await writeFile(path.join(dir, 'note.txt'), 'A note typed by the client.\n');
    const caseFile = await writeCaseFile(dir, {
      client: { fullName: 'Reader Failure' },
      case: { title: 'One bad file', forum: 'un_cat', reference: 'RF-1' },
      evidence: [
        { key: 'before', file: 'before.pdf', title: 'Before', kind: 'court_document' },
        { key: 'huge', file: 'huge-array.pdf', title: 'Huge array', kind: 'court_document' },
        { key: 'after', file: 'after.pdf', title: 'After', kind: 'court_document' },
        { key: 'note', file: 'note.txt', title: 'Note', kind: 'statement' },
      ],
    });
    const { vault } = await newVault();
    const report = await importCaseChecked(vault, caseFile);
    expect(report.refused).toEqual([]);
    const huge = report.imported.find((entry) => entry.key === 'huge')!;
    const blobOf = (evidenceId: string) => (vault.db.prepare('SELECT blob_id FROM evidence WHERE id = ?').get(evidenceId) as { blob_id: string }).blob_id;
    const inspectionOf = (evidenceId: string) => vault.db.prepare('SELECT kind, page_count, reason FROM inspections WHERE blob_id = ?').get(blobOf(evidenceId));
    // In the check after the import, with the usual cap, the file was read whole: one page.
    expect(inspectionOf(huge.evidenceId)).toEqual({ kind: 'pages', page_count: 1, reason: null });

    const { reader, runs } = smallReader();
    const out = path.join(dir, 'dossier.pdf');
    const result = await exportDossier(vault, report.caseId, out, { today: '2026-11-21', reader });

    // The reader failed once, on that file, and the second run finished.
    expect(runs.map((run) => run.task)).toEqual(['exportDossier', 'exportDossier']);
    expect(['memory', 'crashed']).toContain(runs[0]!.outcome);
    expect(runs[1]!.outcome).toBe('done');
    expect(inspectionOf(huge.evidenceId)).toMatchObject({ kind: 'not_reproduced', reason: 'reader_failed' });

    const t = dossierText.en;
    expect(result.exhibits.map(({ title, rendered, pages }) => ({ title, rendered, pages }))).toEqual([
      { title: 'Before', rendered: true, pages: 3 },
      { title: 'Huge array', rendered: false, pages: 1 },
      { title: 'After', rendered: true, pages: 2 },
      { title: 'Note', rendered: true, pages: 2 },
    ]);
    expect(result.exhibits[1]!.reason).toBe(t.reasons.reader_failed);
    expect(result.warnings.some((warning) => warning.includes('huge-array.pdf') && warning.includes(t.reasons.reader_failed))).toBe(true);
    const pdf = await readPdf(out);
    expect(pdf.pageCount).toBe(result.pages);
    execFileSync('qpdf', ['--check', out]);

    // The mark is kept: the next plan never sends the file to the reader again.
    runs.length = 0;
    const plan = await planDossier(vault, report.caseId, { today: '2026-11-21', reader });
    expect(plan.pages).toBe(result.pages);
    expect(runs).toEqual([{ task: 'planDossier', outcome: 'done' }]);
  });
});
