// Reading the text of the evidence through the real service, on a real vault, with the real OCR
// engine in real reader processes: scans of typeset Russian words (test/support/scanned-words.ts)
// imported through the window's call are read in the background once the import has answered,
// and search then finds a word that is only in the picture; a cancel keeps what was read; a lock
// stops the reading and the next unlock resumes it; a file the reader cannot read is noted with
// why and passed over until it is asked for again.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src/shared/contract.js';
import { startService, type TestService } from '../support/core-service.js';
import { PASSPHRASE } from '../support/sample-case.js';
import { scannedWords } from '../support/scanned-words.js';
import { tempDir } from '../support/temp-dir.js';

type TextReading = Extract<AppEvent, { type: 'textReading' }>;

/** Long enough for Tesseract on a few pages on a busy machine; the test waits for events, never for time. */
const OCR_WAIT = { timeout: 240_000, interval: 100 };

/** Scans of a wanted notice, each with one word of its own after the common lines. */
const OWN_WORDS = ['Ориентировка', 'Протокол', 'Приговор'];

async function writeScans(dir: string, count: number): Promise<string[]> {
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const scan = await scannedWords(
      [[OWN_WORDS[index]!], ['Токарев', 'Иван', 'Петрович'], ['статья', '207.3']],
      { width: 1240, height: 900, size: 56, top: 120, left: 120 },
    );
    const file = path.join(dir, `scan-${index + 1}.png`);
    await writeFile(file, scan.png);
    files.push(file);
  }
  return files;
}

async function caseWithScans(h: TestService, count: number, options: { files?: string[] } = {}) {
  const dir = await tempDir();
  await h.value('vault.create', { dir: path.join(dir, 'vault'), passphrase: PASSPHRASE });
  const client = await h.value('clients.create', { fullName: 'Ivan Tokarev', fullNameNative: 'Иван Токарев' });
  const created = await h.value('cases.create', { clientId: client.id, case: { title: 'Tokarev: extradition', forum: 'un_cat', languages: ['ru'] } });
  const files = [...(await writeScans(dir, count)), ...(options.files ?? [])];
  const imported = await h.value('evidence.import', { caseId: created.id, files, jobId: 'import-job-0001' });
  return { dir, caseId: created.id, ids: imported.imported.map((item) => item.id) };
}

function readings(h: TestService): TextReading[] {
  return h.events.filter((event): event is TextReading => event.type === 'textReading');
}

/** The last state a reading of the case reached, once it is final. */
async function finalState(h: TestService, caseId: string | null): Promise<TextReading> {
  await expect.poll(() => readings(h).some((event) => event.caseId === caseId && ['done', 'cancelled', 'locked', 'failed'].includes(event.state)), OCR_WAIT).toBe(true);
  return readings(h).findLast((event) => event.caseId === caseId)!;
}

describe('reading the text of the evidence', () => {
  it('reads a scan in the background after its import, so search finds a word that is only in the picture, with its page', async () => {
    const h = await startService();
    const { caseId, ids } = await caseWithScans(h, 1);
    // The import has answered before the reading of its file is done: the reading follows it.
    expect(readings(h).some((event) => event.state === 'done')).toBe(false);
    const done = await finalState(h, caseId);
    expect(done).toMatchObject({ state: 'done', filesDone: 1, filesTotal: 1 });
    expect(readings(h).some((event) => event.state === 'running' && event.current?.evidenceId === ids[0] && event.pagesTotal === 1)).toBe(true);

    const text = await h.value('evidence.text', { id: ids[0]! });
    expect(text.state).toBe('read');
    expect(text.pages).toHaveLength(1);
    expect(text.pages[0]!.source).toBe('ocr');
    expect(text.pages[0]!.page.text).toContain('Токарев');
    const word = text.pages[0]!.page.lines.flatMap((line) => line.words).find((found) => found.text === 'Токарев')!;
    expect(word.box.x1).toBeGreaterThan(word.box.x0);

    for (const query of ['Токарев', 'Tokarev', 'Токарева']) {
      const hits = await h.value('search', { query, caseId });
      expect(hits.find((hit) => hit.entityId === ids[0]), query).toMatchObject({ entity: 'evidence', page: 1 });
    }
    expect(await h.value('evidence.textStatus', { caseId })).toEqual({ read: 1, unread: 0, failed: 0, running: null });
    // Nothing is left to read: a reading asked now reads nothing, one asked "again" reads the file anew.
    expect(await h.value('evidence.readText', { caseId, jobId: 'read-text-0001' })).toEqual({ files: 0, pages: 0, failed: [] });
    expect(await h.value('evidence.readText', { caseId, jobId: 'read-text-0002', again: true })).toEqual({ files: 1, pages: 1, failed: [] });
  });

  it('stops at a cancel, keeping the files read before it; reading again goes on with the rest', async () => {
    const h = await startService({ readTextInBackground: false });
    const { caseId, ids } = await caseWithScans(h, 3);
    expect(await h.value('evidence.textStatus', { caseId })).toMatchObject({ read: 0, unread: 3 });
    const reading = h.call('evidence.readText', { caseId, jobId: 'read-text-0001' });
    // Cancelled once the first file is kept and the second is under way.
    await expect.poll(() => readings(h).some((event) => event.state === 'running' && event.filesDone === 1 && event.current !== undefined), OCR_WAIT).toBe(true);
    await h.value('jobs.cancel', { jobId: 'read-text-0001' });
    const result = await reading;
    expect(result.ok ? result.value : result.error.code).toBe('CANCELLED');
    expect(readings(h).at(-1)).toMatchObject({ jobId: 'read-text-0001', state: 'cancelled' });
    const status = await h.value('evidence.textStatus', { caseId });
    expect(status.read).toBeGreaterThanOrEqual(1);
    expect(status.read + status.unread).toBe(3);
    expect((await h.value('evidence.text', { id: ids[0]! })).state).toBe('read');

    const rest = await h.value('evidence.readText', { caseId, jobId: 'read-text-0002' });
    expect(rest.files).toBe(status.unread);
    expect(await h.value('evidence.textStatus', { caseId })).toEqual({ read: 3, unread: 0, failed: 0, running: null });
  });

  it('is stopped by a lock and resumed by the next unlock', async () => {
    const h = await startService();
    const { dir, caseId } = await caseWithScans(h, 3);
    await expect.poll(() => readings(h).some((event) => event.caseId === caseId && event.filesDone >= 1), OCR_WAIT).toBe(true);
    await h.value('vault.lock');
    expect((await finalState(h, caseId)).state).toBe('locked');
    const status = { before: readings(h).findLast((event) => event.caseId === caseId)!.filesDone };
    expect(status.before).toBeLessThan(3);

    await h.value('vault.unlock', { dir: path.join(dir, 'vault'), passphrase: PASSPHRASE });
    // The reading the unlock starts takes in every case's files left unread.
    const resumed = await finalState(h, null);
    expect(resumed).toMatchObject({ state: 'done', filesTotal: 3 - status.before });
    expect(await h.value('evidence.textStatus', { caseId })).toEqual({ read: 3, unread: 0, failed: 0, running: null });
  });

  it('notes why a file cannot be read, passes it over after, and reads it when asked again', async () => {
    const h = await startService({ readTextInBackground: false });
    const dir = await tempDir();
    // A PNG cut short after its header: kept by the import, refused by the reader.
    const cut = path.join(dir, 'cut.png');
    const [scan] = await writeScans(dir, 1);
    const { readFile } = await import('node:fs/promises');
    await writeFile(cut, (await readFile(scan!)).subarray(0, 200));
    const { caseId, ids } = await caseWithScans(h, 0, { files: [cut] });
    const report = await h.value('evidence.readText', { caseId, jobId: 'read-text-0001' });
    expect(report.files).toBe(0);
    expect(report.failed).toEqual([{ evidenceId: ids[0], file: 'cut.png', reason: 'unreadable', detail: expect.stringMatching(/image/i) }]);
    expect(await h.value('evidence.text', { id: ids[0]! })).toMatchObject({ state: 'failed', reason: 'unreadable', pages: [] });
    expect(await h.value('evidence.textStatus', { caseId })).toMatchObject({ read: 0, unread: 0, failed: 1 });
    // Not tried again by a reading of what is left, only by one asked "again".
    expect(await h.value('evidence.readText', { caseId, jobId: 'read-text-0002' })).toEqual({ files: 0, pages: 0, failed: [] });
    expect((await h.value('evidence.readText', { caseId, jobId: 'read-text-0003', again: true })).failed).toHaveLength(1);
  });
});
