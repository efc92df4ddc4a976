// What the core accepts from a reader process, if a hostile file ever took one over: only what a
// task may answer, bounded; no flood of requests; its own words bounded. And a reader that has
// read one case's files is never handed another case's. Real processes throughout: the hostile
// one is a script that speaks the reader's protocol (taken-over-reader.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createExhibitReader, ReaderFailure } from '../../src/core/isolation/exhibit-reader.js';
import { nodeReaderLauncher } from '../../src/core/isolation/node-launcher.js';
import { detectTypeInReader, inspectInReader } from '../../src/core/isolation/reader-calls.js';
import { DossierError } from '../../src/shared/errors.js';
import { isAlive, watchedLauncher } from '../support/reader-processes.js';

const hostileScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'taken-over-reader.mjs');

function hostileReader(mode: string) {
  const previous = process.env.HOSTILE_MODE;
  process.env.HOSTILE_MODE = mode;
  onTestFinished(() => {
    if (previous === undefined) delete process.env.HOSTILE_MODE;
    else process.env.HOSTILE_MODE = previous;
  });
  const reader = createExhibitReader(nodeReaderLauncher(hostileScript));
  onTestFinished(() => reader.stopAll());
  return reader;
}

describe('a reader taken over by a hostile file', () => {
  it('is killed when it asks for files faster than a task can, and the core serves only the first', async () => {
    const reader = hostileReader('flood');
    let served = 0;
    const running = reader.run('inspectFile', {}, {
      serve: async () => {
        served += 1;
        await new Promise((resolve) => setTimeout(resolve, 200));
        return new Uint8Array(1);
      },
    });
    await expect(running).rejects.toBeInstanceOf(ReaderFailure);
    expect(served).toBeLessThanOrEqual(2);
  });

  it('cannot give a file a type that is not a media type', async () => {
    const reader = hostileReader('odd-type');
    await expect(detectTypeInReader(reader, new Uint8Array([1, 2, 3]))).rejects.toThrow(/may not send/);
  });

  it('cannot give a file a billion pages for the next plan to loop over', async () => {
    const reader = hostileReader('endless-pages');
    await expect(inspectInReader(reader, { bytes: new Uint8Array([1]), mediaType: 'application/pdf' })).rejects.toThrow(/may not send/);
  });

  it('speaks to the user only in one bounded line', async () => {
    const reader = hostileReader('fake-warning');
    const error = (await reader.run('inspectFile', {}).catch((caught: unknown) => caught)) as DossierError;
    expect(error).toBeInstanceOf(DossierError);
    expect(error.message.length).toBeLessThanOrEqual(500);
    expect(error.message).not.toContain('\n');
  });
});

describe('reader processes and cases', () => {
  it('are reused for the same case, and never handed another case after reading one', async () => {
    const { launcher, processes } = watchedLauncher();
    const reader = createExhibitReader(launcher, { processes: 1 });
    onTestFinished(() => reader.stopAll());
    const head = new TextEncoder().encode('%PDF-1.4\n');
    await detectTypeInReader(reader.forCase('case-a'), head);
    await detectTypeInReader(reader.forCase('case-a'), head);
    expect(processes).toHaveLength(1);
    const first = processes[0]!;

    await detectTypeInReader(reader.forCase('case-b'), head);
    expect(processes).toHaveLength(2);
    expect(processes[1]!.pid).not.toBe(first.pid);
    await expect.poll(() => isAlive(first.pid!)).toBe(false);
  });
});
