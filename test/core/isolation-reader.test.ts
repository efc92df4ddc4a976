// The exhibit reader with real processes and real hostile files: every parser of evidence bytes
// runs in a child process that holds no key, and one that is too slow, too greedy or crashes
// costs only its own file; the next task gets a new process.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createExhibitReader, ReaderFailure, type ExhibitReader, type ReaderLimits } from '../../src/core/isolation/exhibit-reader.js';
import { inspectInReader } from '../../src/core/isolation/reader-calls.js';
import type { ReaderProcess } from '../../src/core/isolation/reader-launcher.js';
import { createCoreService } from '../../src/core/service/core-service.js';
import { isAlive, watchedLauncher } from '../support/reader-processes.js';
import { fixturesDir } from '../support/sample-case.js';
import { objectBombPdf } from './isolation-hostile-files.js';

/** A reader over real forked processes, with the processes it started kept for the test to look at. */
function startReader(limits: Partial<ReaderLimits> = {}): { reader: ExhibitReader; processes: ReaderProcess[] } {
  const { launcher, processes } = watchedLauncher();
  const reader = createExhibitReader(launcher, limits);
  onTestFinished(() => reader.stopAll());
  return { reader, processes };
}

async function residentMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'latin1');
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)![1]) / 1024;
}

const order = () => readFile(path.join(fixturesDir, 'order.pdf'));
const orderInspected = { inspection: { kind: 'pages', pageCount: 2 } };

describe('the exhibit reader', () => {
  it('detects a type and inspects a PDF in a child process, reusing the process', async () => {
    const { reader, processes } = startReader();
    const pdf = await order();
    expect(await reader.run('detectType', { head: pdf.subarray(0, 65536) })).toEqual({ mediaType: 'application/pdf', ext: 'pdf' });
    expect(await reader.run('inspectFile', { bytes: pdf, mediaType: 'application/pdf' })).toEqual(orderInspected);
    expect(processes).toHaveLength(1);
    expect(processes[0]!.pid).not.toBe(process.pid);
  });

  it('starts each process with glibc malloc told to give large blocks back (decoders would grow its memory with every image)', async () => {
    const { reader, processes } = startReader();
    await reader.run('detectType', { head: (await order()).subarray(0, 65536) });
    const environment = (await readFile(`/proc/${processes[0]!.pid}/environ`, 'latin1')).split('\0');
    expect(environment).toContain('MALLOC_MMAP_THRESHOLD_=131072');
    expect(environment).toContain('MALLOC_ARENA_MAX=2');
  });

  it('runs two tasks at once in two processes, and no more than its pool', async () => {
    const { reader, processes } = startReader();
    const pdf = await order();
    const answers = await Promise.all([1, 2, 3].map(() => reader.run('inspectFile', { bytes: pdf, mediaType: 'application/pdf' })));
    expect(answers).toEqual([orderInspected, orderInspected, orderInspected]);
    expect(processes).toHaveLength(2);
  });

  it.runIf(process.platform === 'linux')('keeps its memory out of core dumps (coredump_filter 0)', async () => {
    const { reader, processes } = startReader();
    await reader.run('detectType', { head: new Uint8Array([0x25, 0x50]) });
    const filter = await readFile(`/proc/${processes[0]!.pid}/coredump_filter`, 'latin1');
    expect(Number.parseInt(filter.trim(), 16)).toBe(0);
  });

  it.runIf(process.platform === 'linux')('keeps the memory of the process that holds the key out of core dumps too', async () => {
    // The kernel's default (anonymous and ELF mappings), as this test process started with it.
    await writeFile('/proc/self/coredump_filter', '33');
    const service = createCoreService({ settingsDir: undefined, emit: () => undefined });
    onTestFinished(() => service.close());
    expect(Number.parseInt((await readFile('/proc/self/coredump_filter', 'latin1')).trim(), 16)).toBe(0);
  });

  it('kills a process that passes its deadline on a slow file, marks that file, and reads the next in a new process', async () => {
    const { reader, processes } = startReader({ deadlineMs: 500 });
    const slow = objectBombPdf(2_000_000);
    expect(await inspectInReader(reader, { bytes: slow, mediaType: 'application/pdf' })).toEqual({
      inspection: { kind: 'not_reproduced', reason: 'reader_failed', detail: 'it took too long' },
    });
    await expect.poll(() => isAlive(processes[0]!.pid!)).toBe(false);
    expect(await inspectInReader(reader, { bytes: await order(), mediaType: 'application/pdf' })).toEqual(orderInspected);
    expect(processes).toHaveLength(2);
  });

  it.runIf(process.platform === 'linux')('kills a process that grows past its memory cap on an object bomb, marks that file, and reads the next', async () => {
    const { reader, processes } = startReader({ deadlineMs: 120_000 });
    await reader.run('detectType', { head: new Uint8Array([0x25]) });
    // The cap sits 100 MiB above what this process needs idle; the bomb needs several times that.
    const idle = await residentMiB(processes[0]!.pid!);
    reader.stopAll();
    const capped = startReader({ deadlineMs: 120_000, maxRssBytes: (idle + 100) * 1024 * 1024 });
    const failure = await capped.reader.run('inspectFile', { bytes: objectBombPdf(6_000_000), mediaType: 'application/pdf' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ReaderFailure);
    expect(failure).toMatchObject({ kind: 'memory' });
    expect(await inspectInReader(capped.reader, { bytes: await order(), mediaType: 'application/pdf' })).toEqual(orderInspected);
  });

  it('reports a process killed from outside (kill -9) as crashed, and the next task works', async () => {
    const { reader, processes } = startReader();
    const running = inspectInReader(reader, { bytes: objectBombPdf(2_000_000), mediaType: 'application/pdf' });
    await expect.poll(() => processes[0]?.pid).toBeDefined();
    // Killed only once it has the file (its task is running), as a crash in a decoder would end it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(processes[0]!.pid!, 'SIGKILL');
    expect(await running).toEqual({ inspection: { kind: 'not_reproduced', reason: 'reader_failed', detail: 'the reader crashed on it' } });
    expect(await inspectInReader(reader, { bytes: await order(), mediaType: 'application/pdf' })).toEqual(orderInspected);
  });

  it('stops every process at once (a lock): running and waiting calls fail as stopped', async () => {
    const { reader, processes } = startReader({ processes: 1 });
    const slow = objectBombPdf(2_000_000);
    const running = reader.run('inspectFile', { bytes: slow, mediaType: 'application/pdf' }).catch((error: unknown) => error);
    const waiting = reader.run('inspectFile', { bytes: slow, mediaType: 'application/pdf' }).catch((error: unknown) => error);
    await expect.poll(() => processes[0]?.pid).toBeDefined();
    reader.stopAll();
    expect(await running).toMatchObject({ kind: 'stopped' });
    expect(await waiting).toMatchObject({ kind: 'stopped' });
    await expect.poll(() => isAlive(processes[0]!.pid!)).toBe(false);
  });

  it('stops a task whose signal aborts', async () => {
    const { reader } = startReader();
    const controller = new AbortController();
    const stopped = reader.run('inspectFile', { bytes: objectBombPdf(2_000_000), mediaType: 'application/pdf' }, { signal: controller.signal }).catch((error: unknown) => error);
    setTimeout(() => controller.abort(), 200);
    expect(await stopped).toMatchObject({ kind: 'stopped' });
  });
});
