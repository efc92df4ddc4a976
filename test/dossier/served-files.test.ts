// What the core hands the exhibit reader while it composes a dossier: the bytes of the dossier's
// own files, each no larger than maxExhibitBytes, what OCR recognised on them, and nothing else.
// A file too large is never read (its size, as the vault records it, decides); a request for any
// other file or its text, or for anything but a file, its recognised text and the output, is
// refused, as from a reader a hostile file took over.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDossier, planDossier } from '../../src/core/dossier/export-dossier.js';
import { dossierText } from '../../src/core/dossier/dossier-text.js';
import { maxExhibitBytes } from '../../src/core/dossier/dossier-selection.js';
import { importCase } from '../../src/core/intake/case-file.js';
import type { ExhibitReader, ReaderCall } from '../../src/core/isolation/exhibit-reader.js';
import { sharedNodeReader } from '../../src/core/isolation/shared-reader.js';
import type { ReaderTaskName } from '../../src/core/isolation/reader-tasks.js';
import { DossierError } from '../../src/shared/errors.js';
import { writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

async function sampleVault() {
  const { vault } = await newVault();
  const dir = await tempDir();
  const report = await importCase(vault, await writeSampleCase(dir));
  const blobOf = (evidenceId: string) => (vault.db.prepare('SELECT blob_id FROM evidence WHERE id = ?').get(evidenceId) as { blob_id: string }).blob_id;
  return { vault, dir, report, blobOf };
}

describe('files served to the reader', () => {
  it('never reads a file larger than the cap, which its separator shows as stopped', async () => {
    const { vault, dir, report, blobOf } = await sampleVault();
    const order = report.imported.find((entry) => entry.file === 'order.pdf')!;
    vault.db.prepare('UPDATE evidence SET size = ? WHERE id = ?').run(maxExhibitBytes + 1, order.evidenceId);
    const requested: string[] = [];
    const shared = sharedNodeReader();
    const reader: ExhibitReader = {
      run: (task: ReaderTaskName, input: unknown, call: ReaderCall = {}) =>
        shared.run(task, input, {
          ...call,
          serve: (name, request) => {
            if (name === 'blob') requested.push((request as { blobId: string }).blobId);
            return call.serve!(name, request);
          },
        }),
      forCase: () => reader,
      stopAll: () => shared.stopAll(),
    };
    const file = path.join(dir, 'dossier.pdf');
    const result = await exportDossier(vault, report.caseId, file, { today: '2026-11-21', reader });
    // The size reported is the file's, as the core wrote it.
    expect(result.bytes).toBe((await stat(file)).size);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested).not.toContain(blobOf(order.evidenceId));
    const exhibit = result.exhibits.find((entry) => entry.originalName === 'order.pdf')!;
    expect(exhibit).toMatchObject({ rendered: false, pages: 1, reason: dossierText.en.reasons.reader_failed });
  });

  it('refuses a file of another case or its text, and anything but a file or the output', async () => {
    const { vault, report, blobOf } = await sampleVault();
    const other = await importCase(vault, await writeSampleCase(await tempDir()));
    const elsewhere = blobOf(other.imported[0]!.evidenceId);
    const answers: unknown[] = [];
    // A reader a hostile file has taken over: it asks for what it wants.
    const takenOver: ExhibitReader = {
      async run(_task: ReaderTaskName, _input: unknown, call: ReaderCall = {}) {
        for (const [name, request] of [['blob', { blobId: elsewhere }], ['recognizedText', { blobId: elsewhere }], ['vaultKey', {}], ['write', new Uint8Array([1])]] as const) {
          answers.push(await call.serve!(name, request).catch((error: unknown) => error));
        }
        throw new DossierError('INTERNAL', 'done asking');
      },
      forCase: () => takenOver,
      stopAll() {},
    };
    await expect(planDossier(vault, report.caseId, { reader: takenOver })).rejects.toThrow('done asking');
    expect(answers.map((answer) => (answer instanceof DossierError ? answer.toData() : answer))).toEqual([
      { code: 'INVALID_INPUT', message: 'The exhibit reader asked for a file that is not part of this dossier.' },
      { code: 'INVALID_INPUT', message: 'The exhibit reader asked for the text of a file that is not part of this dossier.' },
      { code: 'INTERNAL', message: 'The exhibit reader asked for "vaultKey", which the dossier does not serve.' },
      // A plan writes nothing: it takes no output either.
      { code: 'INTERNAL', message: 'The exhibit reader asked for "write", which the dossier does not serve.' },
    ]);
  });
});
