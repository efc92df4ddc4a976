// The window's evidence calls, run through the real dispatch against a real vault and real
// files: batch import with progress, refusals and cancel; metadata edits and their links; the
// dossier badge of each file; previews made in memory.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it, onTestFinished } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { maxPdfPreviewBytes, maxTextPreviewBytes } from '../../src/core/evidence/preview.js';
import { listAudit } from '../../src/core/records/audit.js';
import { insertCase } from '../../src/core/records/cases.js';
import { insertClient } from '../../src/core/records/clients.js';
import { listEvents } from '../../src/core/records/events.js';
import { listEvidence, removeEvidence } from '../../src/core/records/evidence.js';
import { search } from '../../src/core/records/search-index.js';
import { evidenceHandlers } from '../../src/core/service/evidence-handlers.js';
import { JobRegistry } from '../../src/core/service/service-context.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import { Vault } from '../../src/core/vault/vault.js';
import type { AppEvent, EvidenceListItem } from '../../src/shared/contract.js';
import { corpusDir, corpusExists, sha256File } from '../support/corpus.js';
import { PASSPHRASE, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { caller, evidenceCaller, failure, fixturesDir, harness, wav, type Harness } from './context-harness.js';
import { sharedNodeReader } from '../../src/core/isolation/shared-reader.js';

const JOB = 'import-job-0001';
/** ImageMagick with a HEIC writer, to make a real HEVC HEIC (sharp cannot). */
const canWriteHeic = /^\s*HEIC\*?\s+HEIC\s+rw/m.test(spawnSync('convert', ['-list', 'format'], { encoding: 'utf8' }).stdout ?? '');

async function setUp() {
  const h = await harness();
  return { h, ...evidenceCaller(h) };
}

function emptyCase(h: Harness, title = 'Empty case'): string {
  return h.vault.transaction((db) => insertCase(db, insertClient(db, { fullName: 'Test Client' }).id, { title, forum: 'unhcr' }).id);
}

/** 120 × 80 stored pixels, a red square in the stored top-left corner, tagged EXIF orientation 6 (shown turned 90° clockwise). */
function orientedJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 80, channels: 3, background: '#ffffff' } })
    .composite([{ input: { create: { width: 24, height: 24, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 95 })
    .toBuffer();
}

async function pixel(png: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + 3)];
}

/** An empty case and three small statements on disk, a.txt, b.txt and c.txt, to import. */
async function threeStatements() {
  const { h, call } = await setUp();
  const caseId = emptyCase(h);
  const dir = await tempDir();
  const files = ['a', 'b', 'c'].map((name) => path.join(dir, `${name}.txt`));
  for (const file of files) await writeFile(file, `Statement ${path.basename(file)}\n`);
  return { h, call, caseId, files };
}

async function importFiles(call: ReturnType<typeof caller>, caseId: string, files: string[], jobId = JOB) {
  return call('evidence.import', { caseId, files, jobId });
}

describe('evidence.import', () => {
  it('imports real files with hash and detected type, reports progress in order, and names a missing file while the rest go in', async () => {
    const { h, call } = await setUp();
    const caseId = emptyCase(h);
    const dir = await tempDir();
    await writeFile(path.join(dir, 'voice message.wav'), wav());
    await writeFile(path.join(dir, 'statement.txt'), 'Мен, Әйгерім Садықова, 2022 жылы пикетке шықтым.\n');
    const files = [
      path.join(fixturesDir, 'order.pdf'),
      path.join(dir, 'gone.pdf'),
      path.join(fixturesDir, 'picket.png'),
      path.join(dir, 'voice message.wav'),
      path.join(dir, 'statement.txt'),
    ];

    const result = await importFiles(call, caseId, files);

    expect(result.refused).toEqual([{ file: 'gone.pdf', code: 'not_found', reason: 'file not found' }]);
    const byName = new Map(result.imported.map((item) => [item.originalName, item]));
    expect([...byName.keys()]).toEqual(['order.pdf', 'picket.png', 'voice message.wav', 'statement.txt']);
    for (const file of [files[0]!, files[2]!, files[3]!, files[4]!]) {
      expect(byName.get(path.basename(file))!.sha256).toBe(await sha256File(file));
    }
    expect(byName.get('order.pdf')).toMatchObject({ title: 'order', kind: 'other', mediaType: 'application/pdf', dossierSupport: 'pages', eventIds: [] });
    // A PNG with no camera in its EXIF is taken for a screenshot (phones save those as PNG).
    expect(byName.get('picket.png')).toMatchObject({ title: 'picket', kind: 'screenshot', mediaType: 'image/png', dossierSupport: 'image' });
    expect(byName.get('voice message.wav')).toMatchObject({ title: 'voice message', kind: 'audio', mediaType: 'audio/wav', dossierSupport: 'not_reproduced' });
    expect(byName.get('statement.txt')).toMatchObject({ title: 'statement', mediaType: 'text/plain', dossierSupport: 'text' });

    const progress = h.events.filter((event): event is Extract<AppEvent, { type: 'progress' }> => event.type === 'progress');
    expect(progress.every((event) => event.jobId === JOB && event.phase === 'import' && event.total === files.length)).toBe(true);
    expect(progress.map((event) => [event.done, event.label])).toEqual([
      [0, 'order.pdf'],
      [1, 'gone.pdf'],
      [2, 'picket.png'],
      [3, 'voice message.wav'],
      [4, 'statement.txt'],
      [5, undefined],
    ]);

    // What the window lists afterwards is what the import returned, in import order.
    const listed = await call('evidence.list', { caseId });
    expect(listed.map((item) => item.id)).toEqual(result.imported.map((item) => item.id));
    expect(listAudit(h.vault.db).filter((entry) => entry.action === 'evidence.import')).toHaveLength(4);
    // The job is over: the same id can start again.
    expect(() => h.jobs.start(JOB)).not.toThrow();
  });

  it('stops when cancelled, keeps the files imported before, and fails with CANCELLED counting them', async () => {
    const { h, call, caseId, files } = await threeStatements();
    // Cancel as the second file starts: the first is in, the second is stopped mid-copy.
    h.onEvent = (event) => {
      if (event.type === 'progress' && event.done === 1) h.jobs.cancel(JOB);
    };

    const error = await failure(importFiles(call, caseId, files));

    expect(error.code).toBe('CANCELLED');
    expect(error.message).toContain('1 of 3 files were imported before you cancelled');
    const listed = await call('evidence.list', { caseId });
    expect(listed.map((item) => item.originalName)).toEqual(['a.txt']);
    // Nothing of the stopped file is left behind: one published blob, nothing staged.
    expect(await h.vault.blobs.listPublished()).toHaveLength(1);
    const staged = await readdir(h.vault.layout.partialFiles, { recursive: true, withFileTypes: true }).catch(() => []);
    expect(staged.filter((entry) => entry.isFile())).toEqual([]);
    expect(() => h.jobs.start(JOB)).not.toThrow();
  });

  it('says the vault locked, not that the user cancelled, when a lock stops it, and keeps the files imported before', async () => {
    const { h, call, caseId, files } = await threeStatements();
    h.onEvent = (event) => {
      if (event.type === 'progress' && event.done === 1) h.lock();
    };

    const error = await failure(importFiles(call, caseId, files));

    expect(error).toEqual({ code: 'VAULT_LOCKED', message: 'The vault was locked during the import; 1 of 3 files were imported before it locked.' });
    // Nothing is reported for a job the lock stopped.
    expect(h.events.map((event) => event.type === 'progress' && event.done)).toEqual([0, 1]);
    const reopened = await Vault.open(h.dir, { passphrase: PASSPHRASE });
    try {
      expect(reopened.transaction((db) => listEvidence(db, caseId)).map((item) => item.originalName)).toEqual(['a.txt']);
    } finally {
      reopened.close();
    }
  });

  it('refuses a relative path before anything starts', async () => {
    const { h, call } = await setUp();
    const caseId = emptyCase(h);
    const error = await failure(importFiles(call, caseId, [path.join(fixturesDir, 'order.pdf'), 'picket.png']));
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(error.message).toContain('"picket.png"');
    expect(h.events).toEqual([]);
    expect(await call('evidence.list', { caseId })).toEqual([]);
  });

  it('refuses a case that does not exist, and a locked vault', async () => {
    const { h, call } = await setUp();
    expect(await failure(importFiles(call, 'no-such-case', [path.join(fixturesDir, 'order.pdf')]))).toEqual({ code: 'NOT_FOUND', message: 'No case has id no-such-case.' });
    expect(h.events).toEqual([]);
    expect(() => h.jobs.start(JOB)).not.toThrow();
    h.lock();
    expect((await failure(call('evidence.list', { caseId: 'whatever' }))).code).toBe('VAULT_LOCKED');
  });

  it.skipIf(!corpusExists)(`imports files from the shared corpus byte for byte${corpusExists ? '' : ` (skipped: ${corpusDir} not found)`}`, async () => {
    const { h, call, checked } = await setUp();
    const caseId = emptyCase(h);
    const picks = {
      'py-pdf-sample-files/001-trivial/minimal-document.pdf': ['application/pdf', 'pages'],
      'py-pdf-sample-files/005-libreoffice-writer-password/libreoffice-writer-password.pdf': ['application/pdf', 'not_reproduced'],
      'py-pdf-sample-files/007-imagemagick-images/smile-lzw.tiff': ['image/tiff', 'image'],
      'py-pdf-sample-files/007-imagemagick-images/smile.jpg': ['image/jpeg', 'image'],
      'py-pdf-sample-files/019-grayscale-image/page-0-X0.png': ['image/png', 'image'],
    } as const;
    const files = Object.keys(picks).map((relative) => path.join(corpusDir, relative));
    const result = await importFiles(call, caseId, files);
    expect(result.refused).toEqual([]);
    await checked();
    const listed = await call('evidence.list', { caseId });
    for (const [index, [relative, [mediaType, support]]] of Object.entries(picks).entries()) {
      const item = listed[index]!;
      expect(item.originalName).toBe(path.basename(relative));
      expect(item).toMatchObject({ mediaType, dossierSupport: support });
      expect(item.sha256).toBe(await sha256File(files[index]!));
    }
  });
});

describe('evidence.import reads each PDF and image once, as the exporter will', () => {
  /** The same handlers over the vault opened again from disk, as after a restart. */
  async function reopened(h: Harness) {
    h.lock();
    const vault = await Vault.open(h.dir, { passphrase: PASSPHRASE });
    onTestFinished(() => vault.close());
    const jobs = new JobRegistry();
    return caller(evidenceHandlers({ vault: () => vault, emit: () => undefined, startJob: (id) => jobs.start(id), endJob: (id) => jobs.end(id), reader: sharedNodeReader() }));
  }

  const GOOD = 'py-pdf-sample-files/001-trivial/minimal-document.pdf';
  const LOCKED = 'py-pdf-sample-files/005-libreoffice-writer-password/libreoffice-writer-password.pdf';
  const DAMAGED = 'py-pdf-sample-files/017-unreadable-meta-data/unreadablemetadata.pdf';

  it.skipIf(!corpusExists)(
    `marks a PDF that needs a password and a damaged PDF as not reproduced, with their codes, and keeps that across a reopen${corpusExists ? '' : ` (skipped: ${corpusDir} not found)`}`,
    async () => {
      const { h, call, checked } = await setUp();
      const caseId = emptyCase(h);
      const result = await importFiles(call, caseId, [GOOD, LOCKED, DAMAGED].map((relative) => path.join(corpusDir, relative)));

      expect(result.refused).toEqual([]);
      // The import answers with the badges the type gives; the check that follows reads each file.
      expect(result.imported.map((item) => item.dossierSupport)).toEqual(['pages', 'pages', 'pages']);
      await checked();
      expect(h.events.filter((event) => event.type === 'filesChecked')).toEqual([{ type: 'filesChecked', caseId, done: 3, total: 3 }]);
      const checkedItems = await call('evidence.list', { caseId });
      const found = checkedItems.map(({ originalName, dossierSupport, supportReason }) => ({ originalName, dossierSupport, supportReason }));
      expect(found).toEqual([
        { originalName: 'minimal-document.pdf', dossierSupport: 'pages', supportReason: undefined },
        { originalName: 'libreoffice-writer-password.pdf', dossierSupport: 'not_reproduced', supportReason: 'needs_password' },
        { originalName: 'unreadablemetadata.pdf', dossierSupport: 'not_reproduced', supportReason: 'damaged' },
      ]);
      expect(checkedItems[1]!.supportNote).toMatch(/^The PDF is protected by a password needed to open it: the dossier shows its separator page/);
      expect(checkedItems[2]!.supportNote).toMatch(/^The PDF file is damaged and cannot be read: the dossier shows its separator page/);
      // Progress still names every file, then the end.
      const progress = h.events.flatMap((event) => (event.type === 'progress' ? [[event.done, event.label]] : []));
      expect(progress).toEqual([[0, 'minimal-document.pdf'], [1, 'libreoffice-writer-password.pdf'], [2, 'unreadablemetadata.pdf'], [3, undefined]]);

      const afterRestart = await reopened(h);
      const listed = await afterRestart('evidence.list', { caseId });
      expect(listed).toEqual(checkedItems);
    },
  );

  it('marks a photo cut short as not reproduced (file_cut_short), and the whole photo as an image', async () => {
    const { h, call, checked } = await setUp();
    const caseId = emptyCase(h);
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).jpeg().toBuffer();
    const dir = await tempDir();
    await writeFile(path.join(dir, 'whole.jpg'), jpeg);
    await writeFile(path.join(dir, 'cut.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    // Its header is whole: only decoding the picture finds the damage.
    expect(await sharp(path.join(dir, 'cut.jpg')).metadata()).toMatchObject({ format: 'jpeg', width: 400, height: 300 });

    await importFiles(call, caseId, [path.join(dir, 'whole.jpg'), path.join(dir, 'cut.jpg')]);
    await checked();
    const imported = await call('evidence.list', { caseId });

    expect(imported.map((item) => [item.originalName, item.dossierSupport, item.supportReason])).toEqual([
      ['whole.jpg', 'image', undefined],
      ['cut.jpg', 'not_reproduced', 'file_cut_short'],
    ]);
    expect(imported[1]!.supportNote).toMatch(/^The image file ends early \(it was cut short in copying or sending\): /);
    const afterRestart = await reopened(h);
    expect(await afterRestart('evidence.list', { caseId })).toEqual(imported);
  });

  it('gives a code with every refusal: a missing file, an empty one, a folder', async () => {
    const { call, h } = await setUp();
    const caseId = emptyCase(h);
    const dir = await tempDir();
    await writeFile(path.join(dir, 'empty.pdf'), '');
    await mkdir(path.join(dir, 'folder.pdf'));
    const { imported, refused } = await importFiles(call, caseId, ['gone.pdf', 'empty.pdf', 'folder.pdf'].map((name) => path.join(dir, name)));
    expect(imported).toEqual([]);
    expect(refused).toEqual([
      { file: 'gone.pdf', code: 'not_found', reason: 'file not found' },
      { file: 'empty.pdf', code: 'empty', reason: 'the file is empty' },
      { file: 'folder.pdf', code: 'not_a_file', reason: 'not a regular file' },
    ]);
  });
});

describe('evidence.import and files the case already holds', () => {
  /** Files under other names with the same content as a.txt and c.txt, and one new file. */
  async function copies(files: string[]) {
    const dir = await tempDir();
    const aCopy = path.join(dir, 'a (copy).txt');
    const fresh = path.join(dir, 'fresh.txt');
    const freshAgain = path.join(dir, 'fresh again.txt');
    await writeFile(aCopy, await readFile(files[0]!));
    await writeFile(fresh, 'Something new\n');
    await writeFile(freshAgain, 'Something new\n');
    return { aCopy, fresh, freshAgain };
  }

  it('names a file the case holds already, and one repeated in the same batch, adds neither, and keeps no copy of them', async () => {
    const { h, call, caseId, files } = await threeStatements();
    const first = await importFiles(call, caseId, files);
    expect(first.duplicates).toEqual([]);
    const { aCopy, fresh, freshAgain } = await copies(files);

    const result = await importFiles(call, caseId, [aCopy, fresh, freshAgain]);

    expect(result.imported.map((item) => item.originalName)).toEqual(['fresh.txt']);
    const a = first.imported[0]!;
    expect(result.duplicates).toEqual([
      { file: 'a (copy).txt', path: aCopy, existing: { id: a.id, title: 'a', originalName: 'a.txt' } },
      { file: 'fresh again.txt', path: freshAgain, existing: { id: result.imported[0]!.id, title: 'fresh', originalName: 'fresh.txt' } },
    ]);
    expect(result.refused).toEqual([]);
    expect((await call('evidence.list', { caseId })).map((item) => item.originalName)).toEqual(['a.txt', 'b.txt', 'c.txt', 'fresh.txt']);
    // The duplicates' encrypted copies were discarded: four files on disk, nothing staged.
    expect(await h.vault.blobs.listPublished()).toHaveLength(4);
    const staged = await readdir(h.vault.layout.partialFiles, { recursive: true, withFileTypes: true }).catch(() => []);
    expect(staged.filter((entry) => entry.isFile())).toEqual([]);
    expect(listAudit(h.vault.db).filter((entry) => entry.action === 'evidence.import')).toHaveLength(4);
    // Progress went through every file of the batch, the duplicates included.
    const last = h.events.filter((event) => event.type === 'progress').at(-1);
    expect(last).toMatchObject({ done: 3, total: 3 });
  });

  it('adds them anyway when asked, and does not count a file of another case as a duplicate', async () => {
    const { h, call, caseId, files } = await threeStatements();
    await importFiles(call, caseId, files);
    const { aCopy } = await copies(files);

    const again = await call('evidence.import', { caseId, files: [aCopy], jobId: JOB, allowDuplicates: true });
    expect(again.imported.map((item) => item.originalName)).toEqual(['a (copy).txt']);
    expect(again.duplicates).toEqual([]);
    expect(again.imported[0]!.sha256).toBe(await sha256File(files[0]!));

    const otherCase = emptyCase(h, 'Another case');
    const elsewhere = await importFiles(call, otherCase, [aCopy]);
    expect(elsewhere.imported).toHaveLength(1);
    expect(elsewhere.duplicates).toEqual([]);
  });

  it('guesses the kind from the name, the type and the camera: a court order is not a photograph', async () => {
    const { call, caseId } = await threeStatements();
    const dir = await tempDir();
    const order = path.join(dir, 'postanovlenie_o_zaderzhanii.pdf');
    const scan = path.join(dir, 'Скан приговора.jpg');
    const photo = path.join(dir, 'DSC_0042.jpg');
    await writeFile(order, await readFile(path.join(fixturesDir, 'order.pdf')));
    const grey = sharp({ create: { width: 64, height: 48, channels: 3, background: '#777777' } });
    await writeFile(scan, await grey.clone().withMetadata({ density: 300 }).jpeg().toBuffer());
    await writeFile(photo, await grey.clone().composite([{ input: { create: { width: 8, height: 8, channels: 3, background: '#ff0000' } } }]).withExif({ IFD0: { Make: 'Canon', Model: 'Canon EOS 80D' } }).jpeg().toBuffer());

    const { imported } = await importFiles(call, caseId, [order, scan, photo]);

    expect(imported.map((item) => [item.originalName, item.kind])).toEqual([
      ['postanovlenie_o_zaderzhanii.pdf', 'court_document'],
      ['Скан приговора.jpg', 'court_document'],
      ['DSC_0042.jpg', 'photo'],
    ]);
  });
});

describe('evidence.updateMany', () => {
  it('sets only the given fields on every chosen file, in one go, re-indexes them and audits each', async () => {
    const { h, call, caseId, files } = await threeStatements();
    const { imported } = await importFiles(call, caseId, files);
    const [a, b, c] = imported as [EvidenceListItem, EvidenceListItem, EvidenceListItem];
    await call('evidence.update', { id: a.id, metadata: { title: 'Statement of A', kind: 'other', date: '2022-03', description: 'Kept as it is' } });

    const updated = await call('evidence.updateMany', {
      ids: [a.id, b.id],
      changes: { kind: 'statement', language: 'kk', source: 'Алматинский городской суд', date: null },
    });

    expect(updated.map((item) => item.id)).toEqual([a.id, b.id]);
    expect(updated[0]).toMatchObject({ title: 'Statement of A', kind: 'statement', language: 'kk', source: 'Алматинский городской суд', description: 'Kept as it is' });
    expect(updated[0]!.date).toBeUndefined();
    expect(updated[1]).toMatchObject({ title: 'b', kind: 'statement', language: 'kk' });
    const listed = new Map((await call('evidence.list', { caseId })).map((item) => [item.id, item]));
    expect(listed.get(a.id)).toEqual(updated[0]);
    expect([listed.get(c.id)!.kind, listed.get(c.id)!.language, listed.get(c.id)!.source]).toEqual([c.kind, undefined, undefined]);
    expect(search(h.vault.db, 'Алматинский', { caseId }).map((hit) => hit.entityId).sort()).toEqual([a.id, b.id].sort());
    const audits = listAudit(h.vault.db).filter((entry) => entry.action === 'evidence.update');
    expect(audits.slice(0, 2).map((entry) => entry.entityId).sort()).toEqual([a.id, b.id].sort());
  });

  it('changes nothing when one id is unknown, and refuses an empty change or a bad language code', async () => {
    const { call, caseId, files } = await threeStatements();
    const { imported } = await importFiles(call, caseId, files);
    const before = await call('evidence.list', { caseId });

    const unknown = await failure(call('evidence.updateMany', { ids: [imported[0]!.id, 'no-such-item'], changes: { kind: 'statement' } }));
    expect(unknown.code).toBe('NOT_FOUND');
    expect(await call('evidence.list', { caseId })).toEqual(before);

    expect((await failure(call('evidence.updateMany', { ids: [imported[0]!.id], changes: {} }))).code).toBe('INVALID_INPUT');
    const badLanguage = await failure(call('evidence.updateMany', { ids: [imported[0]!.id], changes: { language: 'Russian' } }));
    expect(badLanguage.code).toBe('INVALID_INPUT');
    expect(badLanguage.message).toContain('language code');
  });
});

describe('evidence.remove', () => {
  it('removes files with every link to them, deletes their encrypted copies, audits it without content, and verify stays clean', async () => {
    const { h, call, checked } = await setUp();
    const report = await importCase(h.vault, await writeSampleCase(await tempDir()));
    const caseId = report.caseId;
    const dir = await tempDir();
    await writeFile(path.join(dir, 'order-en.txt'), 'Translation of the order\n');
    const { imported } = await importFiles(call, caseId, [path.join(fixturesDir, 'picket.png'), path.join(dir, 'order-en.txt')], JOB);
    // picket.png is already in the sample case: it comes back as a duplicate.
    expect(imported.map((item) => item.originalName)).toEqual(['order-en.txt']);
    const before = await call('evidence.list', { caseId });
    const order = before.find((item) => item.originalName === 'order.pdf')!;
    const photo = before.find((item) => item.originalName === 'picket.png')!;
    expect(order.eventIds).toHaveLength(1);
    await call('evidence.update', { id: imported[0]!.id, metadata: { title: 'Order, English', kind: 'translation' }, translationOfId: order.id });
    const blobOf = (id: string) => (h.vault.db.prepare('SELECT blob_id FROM evidence WHERE id = ?').get(id) as { blob_id: string }).blob_id;
    const inspected = (id: string) => (h.vault.db.prepare('SELECT count(*) AS n FROM inspections WHERE blob_id = ?').get(blobOf(id)) as { n: number }).n;
    // The check after the window's import read every file of the case, the case file's too.
    await checked();
    expect(inspected(order.id)).toBe(1);
    const removedBlobs = [blobOf(order.id), blobOf(photo.id)];
    const filesBefore = (await h.vault.blobs.listPublished()).length;

    expect(await call('evidence.remove', { ids: [order.id, photo.id] })).toEqual({ removed: 2 });

    const after = await call('evidence.list', { caseId });
    expect(after.map((item) => item.id)).not.toContain(order.id);
    expect(after).toHaveLength(before.length - 2);
    expect(after.find((item) => item.id === imported[0]!.id)!.translationOfId).toBeUndefined();
    const events = h.vault.transaction((db) => listEvents(db, caseId));
    expect(events.flatMap((event) => event.evidenceIds)).not.toContain(order.id);
    expect(events.flatMap((event) => event.evidenceIds)).not.toContain(photo.id);
    const count = (sql: string, ...args: string[]) => (h.vault.db.prepare(sql).get(...args) as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM inspections WHERE blob_id = ?', removedBlobs[0]!)).toBe(0);
    expect(count("SELECT count(*) AS n FROM search_documents WHERE entity = 'evidence' AND entity_id IN (?, ?)", order.id, photo.id)).toBe(0);
    const published = await h.vault.blobs.listPublished();
    expect(published).toHaveLength(filesBefore - 2);
    for (const blobId of removedBlobs) expect(published).not.toContain(blobId);
    const audit = listAudit(h.vault.db).filter((entry) => entry.action === 'evidence.remove');
    expect(audit.map((entry) => entry.entityId).sort()).toEqual([order.id, photo.id].sort());
    expect(Object.keys(audit[0]!).sort()).toEqual(['action', 'actor', 'at', 'entity', 'entityId', 'id']);

    const verified = await verifyVault(h.vault);
    expect(verified).toMatchObject({ ok: true, database: 'ok', files: before.length - 2, problems: [], strayFiles: 0 });
  });

  it('leaves verify passing when the process dies between the commit and the file deletion, and the next removal sweeps the file', async () => {
    const { h, call, caseId, files } = await threeStatements();
    const { imported } = await importFiles(call, caseId, files);
    // The records go, the encrypted file stays: what a kill right after the commit leaves.
    h.vault.transaction((db) => removeEvidence(db, [imported[0]!.id]));
    const left = await verifyVault(h.vault);
    expect(left).toMatchObject({ ok: true, files: 2, problems: [], strayFiles: 1 });

    await call('evidence.remove', { ids: [imported[1]!.id] });
    expect(await verifyVault(h.vault)).toMatchObject({ ok: true, files: 1, problems: [], strayFiles: 0 });
    expect(await h.vault.blobs.listPublished()).toHaveLength(1);
  });

  it('refuses an unknown id and removes nothing', async () => {
    const { call, caseId, files } = await threeStatements();
    const { imported } = await importFiles(call, caseId, files);
    const error = await failure(call('evidence.remove', { ids: [imported[0]!.id, 'no-such-item'] }));
    expect(error.code).toBe('NOT_FOUND');
    expect(await call('evidence.list', { caseId })).toHaveLength(3);
  });
});

describe('evidence.list', () => {
  it('gives each item the events it proves and what the dossier makes of it', async () => {
    const { h, call, checked } = await setUp();
    const report = await importCase(h.vault, await writeSampleCase(await tempDir()));
    const dir = await tempDir();
    await writeFile(path.join(dir, 'call.wav'), wav());
    await writeFile(path.join(dir, 'archive.zip'), Buffer.from('504b0304140000000800000000000000000000000000000000000000', 'hex'));
    await importFiles(call, report.caseId, [path.join(dir, 'call.wav'), path.join(dir, 'archive.zip')]);
    await checked();

    const listed = await call('evidence.list', { caseId: report.caseId });
    const byName = new Map(listed.map((item) => [item.originalName, item]));
    const events = h.vault.transaction((db) => listEvents(db, report.caseId));
    const provedBy = (id: string) => events.filter((event) => event.evidenceIds.includes(id)).map((event) => event.id);

    expect(byName.get('picket.png')!.eventIds).toEqual(provedBy(byName.get('picket.png')!.id));
    expect(byName.get('picket.png')!.eventIds).toHaveLength(1);
    expect(byName.get('order.pdf')!.eventIds).toHaveLength(1);
    expect(byName.get('statement.txt')!.eventIds).toEqual([]);

    expect(byName.get('order.pdf')).toMatchObject({ dossierSupport: 'pages' });
    expect(byName.get('picket.png')).toMatchObject({ dossierSupport: 'image' });
    expect([byName.get('order.pdf')!.supportNote, byName.get('picket.png')!.supportNote]).toEqual([undefined, undefined]);
    expect(byName.get('statement.txt')).toMatchObject({ dossierSupport: 'text' });
    const audio = byName.get('call.wav')!;
    expect(audio.dossierSupport).toBe('not_reproduced');
    expect(audio.supportReason).toBe('audio');
    expect(audio.supportNote).toMatch(/^An audio recording cannot be reproduced on paper.*separator page/);
    const zip = byName.get('archive.zip')!;
    expect(zip.dossierSupport).toBe('not_reproduced');
    expect(zip.supportReason).toBe('unknown_type');
    expect(zip.supportNote).toContain('application/zip');
    // Every file was inspected after it came in, through the case import or the window alike, and the result kept once per file.
    expect(h.vault.db.prepare('SELECT count(*) AS n FROM inspections').get()).toEqual({ n: listed.length });
    expect(h.vault.db.prepare("SELECT kind, page_count AS pages FROM inspections WHERE blob_id = (SELECT blob_id FROM evidence WHERE original_name = 'order.pdf')").get()).toEqual({
      kind: 'pages',
      pages: 2,
    });
  });
});

describe('evidence.update', () => {
  async function caseWithThree() {
    const { h, call } = await setUp();
    const caseId = emptyCase(h);
    const dir = await tempDir();
    const names = ['original.txt', 'translation.txt', 'annex.txt'];
    for (const name of names) await writeFile(path.join(dir, name), `${name}\n`);
    const { imported } = await importFiles(call, caseId, names.map((name) => path.join(dir, name)));
    const [original, translation, annex] = imported as [EvidenceListItem, EvidenceListItem, EvidenceListItem];
    return { h, call, caseId, original, translation, annex };
  }

  it('saves metadata and links, re-indexes the item for search and records who changed it', async () => {
    const { h, call, caseId, original, translation } = await caseWithThree();
    const metadata = {
      title: 'Перевод постановления об экстрадиции',
      kind: 'translation' as const,
      date: '2026-11',
      language: 'en',
      source: 'Certified translator, Bishkek',
      provenance: { obtainedBy: 'Counsel', method: 'ordered', obtainedOn: '2026-11-20' },
      description: 'Certified English translation',
      confidential: true,
    };
    const updated = await call('evidence.update', { id: translation.id, metadata, translationOfId: original.id, partOfId: null });
    expect(updated).toMatchObject({ ...metadata, id: translation.id, translationOfId: original.id, partOfId: undefined, dossierSupport: 'text', eventIds: [] });
    // The file itself is untouched by an edit.
    expect(updated).toMatchObject({ sha256: translation.sha256, originalName: 'translation.txt', mediaType: 'text/plain' });

    const listed = await call('evidence.list', { caseId });
    expect(listed.find((item) => item.id === translation.id)).toEqual(updated);
    const hits = search(h.vault.db, 'экстрадиции', { caseId });
    expect(hits.map((hit) => hit.entityId)).toEqual([translation.id]);
    expect(search(h.vault.db, 'translation', { caseId }).map((hit) => hit.entityId)).toContain(translation.id);
    expect(listAudit(h.vault.db)[0]).toMatchObject({ action: 'evidence.update', entity: 'evidence', entityId: translation.id });

    // Clearing a link is saving null.
    const cleared = await call('evidence.update', { id: translation.id, metadata, translationOfId: null });
    expect(cleared.translationOfId).toBeUndefined();
  });

  it('refuses a link to the item itself, to evidence of another case, and a circle, naming the item', async () => {
    const { h, call, original, translation, annex } = await caseWithThree();
    const otherCase = emptyCase(h, 'Another case');
    const dir = await tempDir();
    await writeFile(path.join(dir, 'elsewhere.txt'), 'elsewhere\n');
    const [elsewhere] = (await importFiles(call, otherCase, [path.join(dir, 'elsewhere.txt')], 'import-job-0002')).imported;
    const metadata = (title: string) => ({ title, kind: 'other' as const });

    const self = await failure(call('evidence.update', { id: original.id, metadata: metadata('Original'), translationOfId: original.id }));
    expect(self).toEqual({ code: 'INVALID_INPUT', message: '"Original" cannot be a translation of itself.' });
    const selfPart = await failure(call('evidence.update', { id: annex.id, metadata: metadata('Annex'), partOfId: annex.id }));
    expect(selfPart).toEqual({ code: 'INVALID_INPUT', message: '"Annex" cannot be part of itself.' });
    const foreign = await failure(call('evidence.update', { id: translation.id, metadata: metadata('Translation'), translationOfId: elsewhere!.id }));
    expect(foreign).toEqual({ code: 'INVALID_INPUT', message: 'The original chosen for "Translation" is not evidence of this case.' });
    const unknown = await failure(call('evidence.update', { id: annex.id, metadata: metadata('Annex'), partOfId: 'no-such-item' }));
    expect(unknown).toEqual({ code: 'INVALID_INPUT', message: 'The document chosen to hold "Annex" is not evidence of this case.' });

    await call('evidence.update', { id: annex.id, metadata: metadata('Annex'), partOfId: original.id });
    const circle = await failure(call('evidence.update', { id: original.id, metadata: metadata('Original'), partOfId: annex.id }));
    expect(circle.code).toBe('INVALID_INPUT');
    expect(circle.message).toContain('go round in a circle');

    // Nothing refused was saved.
    const listed = await call('evidence.list', { caseId: original.caseId });
    expect(listed.find((item) => item.id === original.id)).toMatchObject({ title: 'original', translationOfId: undefined, partOfId: undefined });
    expect(listed.find((item) => item.id === translation.id)).toMatchObject({ title: 'translation', translationOfId: undefined });
  });

  it('refuses invalid metadata and an unknown item', async () => {
    const { call, original } = await caseWithThree();
    expect((await failure(call('evidence.update', { id: original.id, metadata: { title: '  ', kind: 'other' } }))).code).toBe('INVALID_INPUT');
    expect((await failure(call('evidence.update', { id: original.id, metadata: { title: 'x', kind: 'rumour' as 'other' } }))).code).toBe('INVALID_INPUT');
    expect((await failure(call('evidence.update', { id: 'no-such-item', metadata: { title: 'x', kind: 'other' } }))).code).toBe('NOT_FOUND');
  });
});

describe('evidence.preview', () => {
  async function imported(files: Record<string, Buffer | string>) {
    const { h, call } = await setUp();
    const caseId = emptyCase(h);
    const dir = await tempDir();
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
    const result = await importFiles(call, caseId, Object.keys(files).map((name) => path.join(dir, name)));
    expect(result.refused).toEqual([]);
    const byName = new Map(result.imported.map((item) => [item.originalName, item.id]));
    return { h, call, dir, id: (name: string) => byName.get(name)! };
  }

  it('turns a JPEG with EXIF orientation 6 upright into a PNG, within maxPixels', async () => {
    const jpeg = await orientedJpeg();
    expect(await sharp(jpeg).metadata()).toMatchObject({ width: 120, height: 80, orientation: 6 });
    const { call, id } = await imported({ 'turned.jpg': jpeg });

    const preview = await call('evidence.preview', { id: id('turned.jpg') });
    expect(preview.kind).toBe('image');
    if (preview.kind !== 'image') return;
    expect(preview.mediaType).toBe('image/png');
    const shown = await sharp(preview.bytes).metadata();
    expect(shown).toMatchObject({ format: 'png', width: 80, height: 120 });
    // Turned clockwise, the stored top-left corner is shown at the top right.
    const [r, g, b] = await pixel(preview.bytes, 70, 8);
    expect(r).toBeGreaterThan(200);
    expect(Math.max(g!, b!)).toBeLessThan(80);
    expect(Math.min(...(await pixel(preview.bytes, 8, 8)))).toBeGreaterThan(200);

    const small = await call('evidence.preview', { id: id('turned.jpg'), maxPixels: 64 });
    if (small.kind !== 'image') throw new Error(`expected an image, got ${small.kind}`);
    expect(await sharp(small.bytes).metadata()).toMatchObject({ width: 43, height: 64 });
  });

  it.skipIf(!canWriteHeic)(
    `previews an HEVC HEIC through the same decoder the dossier uses${canWriteHeic ? '' : ' (skipped: no ImageMagick with a HEIC writer to make one)'}`,
    async () => {
      const dir = await tempDir();
      const source = path.join(dir, 'wide.png');
      await sharp({ create: { width: 120, height: 80, channels: 3, background: '#3060c0' } }).png().toFile(source);
      spawnSync('convert', [source, path.join(dir, 'photo.heic')]);
      const heic = await readFile(path.join(dir, 'photo.heic'));
      expect((await sharp(heic).metadata()).compression).toBe('hevc');
      const { call, id } = await imported({ 'photo.heic': heic });
      const preview = await call('evidence.preview', { id: id('photo.heic') });
      if (preview.kind !== 'image') throw new Error(`expected an image, got ${JSON.stringify(preview)}`);
      expect(await sharp(preview.bytes).metadata()).toMatchObject({ format: 'png', width: 120, height: 80 });
    },
  );

  it('gives a PDF its own bytes, in a buffer holding nothing else', async () => {
    const original = await readFile(path.join(fixturesDir, 'order.pdf'));
    const { call, id } = await imported({ 'order.pdf': original });
    const preview = await call('evidence.preview', { id: id('order.pdf') });
    if (preview.kind !== 'pdf') throw new Error(`expected a pdf, got ${preview.kind}`);
    expect(Buffer.from(preview.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(preview.bytes).equals(original)).toBe(true);
    // Structured clone sends a view's whole buffer: it must hold this file only.
    expect(preview.bytes.buffer.byteLength).toBe(original.length);
  });

  it('refuses to preview a PDF over 64 MiB, with the reason', async () => {
    const huge = Buffer.alloc(maxPdfPreviewBytes + 1024 * 1024, 0x20);
    huge.write('%PDF-1.4\n', 0, 'latin1');
    const { call, id } = await imported({ 'scan.pdf': huge });
    const preview = await call('evidence.preview', { id: id('scan.pdf') });
    expect(preview).toEqual({ kind: 'none', reason: 'This PDF is too large to preview (65 MB; at most 64 MB).' });
  });

  it('gives a text file its text, and only the start of a long one, never cutting a letter in half', async () => {
    const line = 'Әйгерім пикетке шықты. Её задержали у здания акимата.\n';
    const long = line.repeat(Math.ceil((maxTextPreviewBytes * 1.5) / Buffer.byteLength(line)));
    const { call, id } = await imported({ 'short.txt': 'Мен, Әйгерім Садықова.\r\nSecond line.\r\n', 'long.txt': long });

    expect(await call('evidence.preview', { id: id('short.txt') })).toEqual({ kind: 'text', text: 'Мен, Әйгерім Садықова.\nSecond line.\n' });
    const preview = await call('evidence.preview', { id: id('long.txt') });
    if (preview.kind !== 'text') throw new Error(`expected text, got ${preview.kind}`);
    expect(preview.text.endsWith('\n…')).toBe(true);
    const shown = preview.text.slice(0, -2);
    expect(Buffer.byteLength(shown)).toBeLessThanOrEqual(maxTextPreviewBytes);
    expect(Buffer.byteLength(shown)).toBeGreaterThan(maxTextPreviewBytes - 4);
    expect(shown).not.toContain('\uFFFD');
    expect(long.startsWith(shown)).toBe(true);
  });

  it('says why audio, unsupported types and damaged images have no preview, without failing the call', async () => {
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).jpeg().toBuffer();
    const { call, id } = await imported({
      'voice.wav': wav(),
      'archive.zip': Buffer.from('504b0304140000000800000000000000000000000000000000000000', 'hex'),
      'broken.jpg': jpeg.subarray(0, Math.floor(jpeg.length / 2)),
    });
    expect(await call('evidence.preview', { id: id('voice.wav') })).toEqual({ kind: 'none', reason: 'Audio files have no preview.' });
    expect(await call('evidence.preview', { id: id('archive.zip') })).toEqual({ kind: 'none', reason: 'Files of this type (application/zip) have no preview.' });
    const broken = await call('evidence.preview', { id: id('broken.jpg') });
    expect(broken.kind).toBe('none');
    expect(broken.kind === 'none' && broken.reason).toMatch(/^This image cannot be shown: the image data is damaged: the file ends early/);
  });

  it('fails with VAULT_LOCKED, not an integrity failure, when the vault locks while the file is read', async () => {
    const { h, call, id } = await imported({ 'picket.png': await readFile(path.join(fixturesDir, 'picket.png')) });
    // The call looks the item up at once, then awaits its bytes: the lock zeroes the key in between.
    const previewing = call('evidence.preview', { id: id('picket.png') });
    h.lock();
    expect(await failure(previewing)).toEqual({ code: 'VAULT_LOCKED', message: 'The vault was locked before the preview was ready.' });
  });

  it('says so when the stored copy was altered on disk', async () => {
    const { h, call, id } = await imported({ 'picket.png': await readFile(path.join(fixturesDir, 'picket.png')) });
    const blobId = h.vault.transaction((db) => db.prepare('SELECT blob_id FROM evidence WHERE id = ?').get(id('picket.png')) as { blob_id: string }).blob_id;
    const stored = h.vault.blobs.pathOf(blobId);
    const bytes = await readFile(stored);
    bytes[bytes.length - 20]! ^= 0xff;
    await writeFile(stored, bytes);
    const preview = await call('evidence.preview', { id: id('picket.png') });
    expect(preview).toMatchObject({ kind: 'none' });
    expect(preview.kind === 'none' && preview.reason).toContain('failed its integrity check');
  });
});
