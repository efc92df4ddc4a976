import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectPendingFiles, pendingInspections } from '../../src/core/evidence/inspect-pending.js';
import { publishFiles, recordFile, stageFile, StagingBatch, type StagedFile } from '../../src/core/intake/pipeline.js';
import { storeEvidenceFile, type IntakeOptions } from '../../src/core/intake/store-file.js';
import { detectTypeInReader } from '../../src/core/isolation/reader-calls.js';
import { createExhibitReader } from '../../src/core/isolation/exhibit-reader.js';
import { nodeReaderLauncher } from '../../src/core/isolation/node-launcher.js';
import { sharedNodeReader } from '../../src/core/isolation/shared-reader.js';
import { insertCase } from '../../src/core/records/cases.js';
import { insertClient } from '../../src/core/records/clients.js';
import { readInspections } from '../../src/core/records/inspections.js';
import { PROTECTED_PDF, PROTECTED_PDF_PASSWORD } from '../support/protected-pdf.js';
import { fixturesDir } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';
import type { Vault } from '../../src/core/vault/vault.js';
import { objectBombPdf } from './isolation-hostile-files.js';

/** The type told by the exhibit reader process, as the pipeline has it told. */
const detected: IntakeOptions = { detectType: (head) => detectTypeInReader(sharedNodeReader(), head) };
const reader = sharedNodeReader();

describe('evidence intake', () => {
  it('detects the type from the content and flags a name that lies about it', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    await copyFile(path.join(fixturesDir, 'order.pdf'), path.join(dir, 'holiday.jpg'));
    await copyFile(path.join(fixturesDir, 'picket.png'), path.join(dir, 'picket.png'));
    await writeFile(path.join(dir, 'note.txt'), 'Протокол допроса, 12.03.2023');
    const disguised = await storeEvidenceFile(vault.blobs, path.join(dir, 'holiday.jpg'), detected);
    expect(disguised).toMatchObject({ mediaType: 'application/pdf', nameMatchesContent: false, originalName: 'holiday.jpg' });
    expect(await storeEvidenceFile(vault.blobs, path.join(dir, 'picket.png'), detected)).toMatchObject({ mediaType: 'image/png', nameMatchesContent: true });
    expect(await storeEvidenceFile(vault.blobs, path.join(dir, 'note.txt'), detected)).toMatchObject({ mediaType: 'text/plain', nameMatchesContent: true });
    vault.close();
  });

  it('detects a TIFF whose directory lies past the head sample, after its image data, as scanners write it', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    const scan = path.join(dir, 'passport-scan.tif');
    const noise = Buffer.from(Array.from({ length: 300 * 300 }, (_, index) => (index * 7919) % 251));
    await sharp(noise, { raw: { width: 300, height: 300, channels: 1 } }).tiff({ compression: 'none' }).toFile(scan);
    const bytes = await readFile(scan);
    // The first directory's offset, little-endian: beyond the 64 KiB the reader is given.
    expect(bytes.readUInt32LE(4)).toBeGreaterThan(64 * 1024);
    expect(await storeEvidenceFile(vault.blobs, scan, detected)).toMatchObject({ mediaType: 'image/tiff', nameMatchesContent: true });
    vault.close();
  });

  it('refuses a missing file, an empty file and a folder, naming each', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    await writeFile(path.join(dir, 'empty.pdf'), '');
    await mkdir(path.join(dir, 'folder.pdf'));
    for (const [name, reason] of [
      ['missing.pdf', 'file not found'],
      ['empty.pdf', 'the file is empty'],
      ['folder.pdf', 'not a regular file'],
    ] as const) {
      await expect(storeEvidenceFile(vault.blobs, path.join(dir, name))).rejects.toMatchObject({
        code: 'FILE_REFUSED',
        reason,
        message: `${path.join(dir, name)}: ${reason}`,
      });
    }
    vault.close();
  });

  it('stores an exact copy: reading back gives the same bytes and hash', async () => {
    const { vault } = await newVault();
    const stored = await storeEvidenceFile(vault.blobs, path.join(fixturesDir, 'order.pdf'));
    await vault.blobs.publish([stored.blobId]);
    const parts: Buffer[] = [];
    for await (const part of vault.blobs.read(stored.blobId) as AsyncIterable<Buffer>) parts.push(part);
    expect(Buffer.concat(parts).equals(await readFile(path.join(fixturesDir, 'order.pdf')))).toBe(true);
    vault.close();
  });
});

/** Records staged files in a new case and publishes them, as an import does; the case's id. */
async function recordInNewCase(vault: Vault, staged: readonly StagedFile[]): Promise<string> {
  const caseId = vault.transaction((db) => {
    const id = insertCase(db, insertClient(db, { fullName: 'Pipeline Client' }).id, { title: 'Pipeline', forum: 'un_cat' }).id;
    for (const [index, file] of staged.entries()) recordFile(db, id, file, { title: `File ${index + 1}`, kind: 'other' });
    return id;
  });
  await publishFiles(vault, staged);
  return caseId;
}

/** What the inspections kept for these staged files say, in their order. */
function keptInspections(vault: Vault, staged: readonly StagedFile[]) {
  const blobIds = staged.map((file) => file.stored.blobId);
  const kept = vault.transaction((db) => readInspections(db, blobIds));
  return blobIds.map((blobId) => kept.get(blobId));
}

const cutJpegDetail = { kind: 'not_reproduced', reason: 'file_cut_short', detail: expect.stringMatching(/the file ends early/) };

describe('the intake pipeline', () => {
  it('stores without inspecting, reads an image\'s hints from its first bytes, and inspects the stored bytes after the import', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    await writeFile(path.join(dir, 'note.txt'), 'Протокол допроса, 12.03.2023');
    const jpeg = await sharp({ create: { width: 200, height: 150, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).jpeg().toBuffer();
    await writeFile(path.join(dir, 'cut.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    await sharp(jpeg).withExif({ IFD0: { Make: 'samsung', Model: 'SM-A525F' } }).toFile(path.join(dir, 'phone.jpg'));
    const files = [path.join(fixturesDir, 'order.pdf'), path.join(fixturesDir, 'picket.png'), path.join(dir, 'note.txt'), path.join(dir, 'cut.jpg'), path.join(dir, 'phone.jpg')];
    const staged: StagedFile[] = [];
    for (const file of files) staged.push(await stageFile(vault, file, { reader }));

    // A text file's badge follows from its type; the others wait for their inspection.
    expect(staged.map((file) => file.inspection)).toEqual([undefined, undefined, { kind: 'text' }, undefined, undefined]);
    expect(staged[4]!.hints).toMatchObject({ cameraMake: 'samsung', cameraModel: 'SM-A525F' });
    // The bytes stored do not travel on with the record.
    for (const file of staged) expect(Object.keys(file.stored).sort()).toEqual(['blobId', 'mediaType', 'nameMatchesContent', 'originalName', 'sha256', 'size']);

    const caseId = await recordInNewCase(vault, staged);
    expect(pendingInspections(vault, caseId).map((file) => file.originalName)).toEqual(['order.pdf', 'picket.png', 'cut.jpg', 'phone.jpg']);
    const progress: [string, string][] = [];
    expect(await inspectPendingFiles(vault, reader, caseId, { onFile: (done, total, name) => progress.push([`${done}/${total}`, name]) })).toBe(4);
    // Two files are read at once: each is counted as it ends, in whichever order they end.
    expect(progress.map(([count]) => count)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(progress.map(([, name]) => name).sort()).toEqual(['cut.jpg', 'order.pdf', 'phone.jpg', 'picket.png']);
    expect(keptInspections(vault, staged)).toEqual([{ kind: 'pages', pageCount: 2 }, { kind: 'image', pageCount: 1 }, { kind: 'text' }, cutJpegDetail, { kind: 'image', pageCount: 1 }]);
    expect(pendingInspections(vault, caseId)).toEqual([]);
    vault.close();
  });

  it('stages a batch in the order given, inspecting at once only a PDF given with its password', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    const jpeg = await sharp({ create: { width: 200, height: 150, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).jpeg().toBuffer();
    await writeFile(path.join(dir, 'cut.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    await writeFile(path.join(dir, 'whole.jpg'), jpeg);
    const files = [path.join(dir, 'cut.jpg'), path.join(fixturesDir, 'order.pdf'), path.join(dir, 'whole.jpg'), PROTECTED_PDF, path.join(fixturesDir, 'picket.png')];
    const batch = new StagingBatch(vault, reader);
    const begun = [];
    for (const file of files) begun.push(await batch.start(file, file === PROTECTED_PDF ? { password: PROTECTED_PDF_PASSWORD } : {}));
    const staged = await Promise.all(begun.map((file) => file.done));
    expect(staged.map((file) => file.stored.originalName)).toEqual(['cut.jpg', 'order.pdf', 'whole.jpg', 'order-protected.pdf', 'picket.png']);
    expect(staged.map((file) => file.inspection)).toEqual([undefined, undefined, undefined, { kind: 'pages', pageCount: expect.any(Number) }, undefined]);

    const caseId = await recordInNewCase(vault, staged);
    await inspectPendingFiles(vault, reader, caseId);
    expect(keptInspections(vault, staged)).toEqual([
      cutJpegDetail,
      { kind: 'pages', pageCount: 2 },
      { kind: 'image', pageCount: 1 },
      staged[3]!.inspection,
      { kind: 'image', pageCount: 1 },
    ]);
    vault.close();
  });

  it('marks a file its reader failed on (reader_failed) and goes on with the next file', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    await writeFile(path.join(dir, 'slow.pdf'), objectBombPdf(2_000_000));
    const batch = new StagingBatch(vault, reader);
    const begun = [];
    for (const file of [path.join(dir, 'slow.pdf'), path.join(fixturesDir, 'order.pdf')]) begun.push(await batch.start(file));
    const staged = await Promise.all(begun.map((file) => file.done));
    const caseId = await recordInNewCase(vault, staged);
    const impatient = createExhibitReader(nodeReaderLauncher(), { deadlineMs: 500 });
    try {
      expect(await inspectPendingFiles(vault, impatient, caseId)).toBe(2);
    } finally {
      impatient.stopAll();
    }
    expect(keptInspections(vault, staged)).toEqual([
      { kind: 'not_reproduced', reason: 'reader_failed', detail: 'it took too long' },
      { kind: 'pages', pageCount: 2 },
    ]);
    vault.close();
  });

  it('stops inspecting when cancelled, keeping what it had found, and leaves the rest waiting', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    await writeFile(path.join(dir, 'photo.jpg'), await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } }).jpeg().toBuffer());
    const staged: StagedFile[] = [];
    for (const file of [path.join(fixturesDir, 'order.pdf'), path.join(fixturesDir, 'picket.png'), path.join(dir, 'photo.jpg')]) staged.push(await stageFile(vault, file, { reader }));
    const caseId = await recordInNewCase(vault, staged);
    const controller = new AbortController();
    await expect(inspectPendingFiles(vault, reader, caseId, { signal: controller.signal, onFile: () => controller.abort() })).rejects.toThrow();
    // Two are read at once: the first to end is kept, the other ends or is stopped, the third never starts.
    const kept = keptInspections(vault, staged);
    expect(kept[2]).toBeUndefined();
    expect(kept.filter((inspection) => inspection !== undefined).length).toBeGreaterThanOrEqual(1);
    expect(pendingInspections(vault, caseId).map((file) => file.originalName)).toEqual(staged.filter((_, index) => kept[index] === undefined).map((file) => file.stored.originalName));
    vault.close();
  });

  it('refuses a TIFF of more than 500 pages, saying how many it has, rather than decode every page', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    // Tiny pages cost a few bytes each: a small file can claim thousands.
    const pages = (count: number) => sharp({ create: { width: 4, height: 4 * count, channels: 3, background: '#ffffff', pageHeight: 4 } }).tiff({ compression: 'deflate' }).toBuffer();
    await writeFile(path.join(dir, 'scan-500.tif'), await pages(500));
    await writeFile(path.join(dir, 'scan-501.tif'), await pages(501));
    const staged: StagedFile[] = [];
    for (const name of ['scan-500.tif', 'scan-501.tif']) staged.push(await stageFile(vault, path.join(dir, name), { reader }));
    await inspectPendingFiles(vault, reader, await recordInNewCase(vault, staged));
    expect(keptInspections(vault, staged)).toEqual([
      { kind: 'image', pageCount: 500 },
      { kind: 'not_reproduced', reason: 'too_many_pages', detail: 'the TIFF has 501 pages, more than the 500 a dossier places' },
    ]);
    vault.close();
  });
});
