// A CASE.json's files are stored a few at once (StagingBatch): the records, the refusals and the
// audit must come out as they would one file at a time, in the case file's order, a large file
// (streamed by a sealer thread, not held) is stored beside the others, and a cancel in the middle
// leaves nothing.
import { createHash, randomBytes } from 'node:crypto';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPendingFiles } from '../../src/core/evidence/inspect-pending.js';
import { importCase, type ImportProgress } from '../../src/core/intake/case-file.js';
import { sharedNodeReader } from '../../src/core/isolation/shared-reader.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { listCases } from '../../src/core/records/cases.js';
import { listEvidenceWithEvents } from '../../src/core/records/evidence.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import { fixturesDir, sampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const MiB = 1024 * 1024;

interface Source {
  key: string;
  file: string;
  /** Absent for a file the vault must refuse. */
  bytes?: Buffer;
}

/** Writes the sources (and nothing for the missing one) and a CASE.json listing them in this order. */
async function writeCase(dir: string, sources: Source[]): Promise<string> {
  for (const source of sources) if (source.bytes) await writeFile(path.join(dir, source.file), source.bytes);
  const caseFile = path.join(dir, 'CASE.json');
  await writeFile(
    caseFile,
    JSON.stringify({
      client: sampleCase.client,
      case: sampleCase.case,
      evidence: sources.map(({ key, file }) => ({ key, file, title: `Item ${key}`, kind: 'other' })),
      events: [{ date: '2023-04-15', type: 'extradition_request', title: 'Extradition requested', evidence: sources.map((source) => source.key) }],
    }),
  );
  return caseFile;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('a case file staged a few files at once', () => {
  it('records the files, the refusals and the audit in the case file\'s order, and stores a file larger than the batch\'s memory beside the others', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    const order = await readFile(path.join(fixturesDir, 'order.pdf'));
    const picket = await readFile(path.join(fixturesDir, 'picket.png'));
    const sources: Source[] = [
      // Stored beside the next small files, which end first: the records must not follow.
      { key: 'slow', file: 'recording.bin', bytes: randomBytes(12 * MiB + 17) },
      { key: 'order', file: 'order.pdf', bytes: order },
      { key: 'gone', file: 'missing.pdf' },
      { key: 'note', file: 'note.txt', bytes: Buffer.from('Протокол допроса, 12.03.2023\n') },
      { key: 'empty', file: 'empty.txt', bytes: Buffer.alloc(0) },
      // Larger than the bytes a batch may hold, but streamed, not held: the next files go on beside it.
      { key: 'huge', file: 'extraction.bin', bytes: randomBytes(70 * MiB + 5) },
      { key: 'photo', file: 'picket.png', bytes: picket },
      { key: 'copy', file: 'order-copy.pdf', bytes: order },
    ];
    const caseFile = await writeCase(dir, sources);
    const events: ImportProgress[] = [];
    const auditBefore = (vault.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

    const report = await importCase(vault, caseFile, { onProgress: (event) => events.push(event) });

    const taken = sources.filter((source) => source.bytes && source.bytes.length > 0);
    expect(report.imported.map((item) => item.key)).toEqual(taken.map((source) => source.key));
    expect(report.refused).toEqual([
      { key: 'gone', file: 'missing.pdf', reason: 'file not found' },
      { key: 'empty', file: 'empty.txt', reason: 'the file is empty' },
    ]);
    expect(report.warnings).toEqual([
      expect.stringContaining('order-copy.pdf (key "copy") has the same content as order.pdf (key "order")'),
      'event "Extradition requested": evidence "gone" was not imported, link dropped.',
      'event "Extradition requested": evidence "empty" was not imported, link dropped.',
    ]);

    const detail = getCaseDetail(vault, report.caseId);
    expect(detail.evidence.map((item) => ({ title: item.title, name: item.originalName, sha256: item.sha256 }))).toEqual(
      taken.map((source) => ({ title: `Item ${source.key}`, name: source.file, sha256: sha256(source.bytes!) })),
    );
    const listed = vault.transaction((db) => listEvidenceWithEvents(db, report.caseId));
    expect(listed.map((item) => item.id)).toEqual(detail.evidence.map((item) => item.id));
    // The import stores; what its type alone says is kept, the rest is inspected afterwards.
    const unknown = { kind: 'not_reproduced', reason: 'unknown_type', detail: 'application/octet-stream' };
    expect(listed.map((item) => item.inspection)).toEqual([unknown, undefined, { kind: 'text' }, unknown, undefined, undefined]);
    await inspectPendingFiles(vault, sharedNodeReader(), report.caseId);
    const inspected = vault.transaction((db) => listEvidenceWithEvents(db, report.caseId));
    expect(inspected.map((item) => item.inspection)).toEqual([
      { kind: 'not_reproduced', reason: 'unknown_type', detail: 'application/octet-stream' },
      { kind: 'pages', pageCount: 2 },
      { kind: 'text' },
      { kind: 'not_reproduced', reason: 'unknown_type', detail: 'application/octet-stream' },
      { kind: 'image', pageCount: 1 },
      { kind: 'pages', pageCount: 2 },
    ]);
    expect(detail.events[0]!.evidenceIds).toHaveLength(taken.length);
    const audit = vault.db.prepare('SELECT action, entity FROM audit_log ORDER BY id').all().slice(auditBefore);
    expect(audit).toEqual([{ action: 'case.import', entity: 'case' }]);

    // The same counts of progress events as one file at a time: each file's bytes, then one recording and one publishing step.
    const storing = events.filter((event) => event.phase === 'storing');
    for (const source of taken) {
      const own = storing.filter((event) => event.file === source.file);
      expect(own.at(-1), source.file).toMatchObject({ bytesDone: source.bytes!.length, bytesTotal: source.bytes!.length });
    }
    expect(events.filter((event) => event.phase !== 'storing')).toEqual([
      { phase: 'recording', total: taken.length },
      { phase: 'publishing', total: taken.length },
    ]);
    // The next files are stored while the large one is: their bytes come between its first and its last.
    const first = storing.findIndex((event) => event.file === 'extraction.bin');
    const last = storing.findLastIndex((event) => event.file === 'extraction.bin');
    expect(storing.slice(first, last + 1).map((event) => event.file)).toContain('picket.png');

    const verified = await verifyVault(vault);
    expect({ ok: verified.ok, files: verified.files, strayFiles: verified.strayFiles }).toEqual({ ok: true, files: taken.length, strayFiles: 0 });
    expect(vault.blobs.pendingWrites).toBe(0);
    vault.close();
  });

  it('stops when cancelled in the middle of a batch and leaves neither records nor files, staged or flushing', async () => {
    const { vault, dir: vaultDir } = await newVault();
    const dir = await tempDir();
    const sources: Source[] = Array.from({ length: 9 }, (_, index) => ({ key: `f${index + 1}`, file: `file-${index + 1}.bin`, bytes: randomBytes(3 * MiB + index) }));
    for (const name of ['order.pdf', 'picket.png']) await copyFile(path.join(fixturesDir, name), path.join(dir, name));
    sources.splice(2, 0, { key: 'order', file: 'order.pdf' }, { key: 'photo', file: 'picket.png' });
    const caseFile = await writeCase(dir, sources);
    const controller = new AbortController();
    const started = new Set<string>();

    const attempt = importCase(vault, caseFile, {
      signal: controller.signal,
      onProgress: (event) => {
        if (event.phase !== 'storing') return;
        started.add(event.file);
        // Once the fifth file is under way: earlier ones are stored and flushing, later ones not begun.
        if (event.index === 5) controller.abort();
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'CANCELLED' });

    expect(started.has('file-7.bin')).toBe(false);
    expect(listCases(vault.db)).toEqual([]);
    expect(vault.db.prepare('SELECT count(*) AS n FROM evidence').get()).toEqual({ n: 0 });
    expect(await vault.blobs.listPublished()).toEqual([]);
    const partial = path.join(vaultDir, 'files', 'partial');
    for (const folder of await readdir(partial)) expect(await readdir(path.join(partial, folder))).toEqual([]);
    expect(vault.blobs.pendingWrites).toBe(0);
    vault.close();
  });
});
