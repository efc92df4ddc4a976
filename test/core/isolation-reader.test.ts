// The exhibit reader with real processes and real hostile files: every parser of evidence bytes
// runs in a child process that holds no key, and one that is too slow, too greedy or crashes
// costs only its own task; the next task gets a new process.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createExhibitReader, type ExhibitReader, type ReaderLimits } from '../../src/core/isolation/exhibit-reader.js';
import type { ReaderLauncher, ReaderProcess } from '../../src/core/isolation/reader-launcher.js';
import { nodeReaderLauncher } from '../../src/core/isolation/node-launcher.js';
import { fixturesDir } from '../support/sample-case.js';

/** A reader over real forked processes, with the processes it started kept for the test to look at. */
function startReader(limits: Partial<ReaderLimits> = {}): { reader: ExhibitReader; processes: ReaderProcess[] } {
  const processes: ReaderProcess[] = [];
  const node = nodeReaderLauncher();
  const launcher: ReaderLauncher = {
    launch(options) {
      const started = node.launch(options);
      processes.push(started);
      return started;
    },
  };
  const reader = createExhibitReader(launcher, limits);
  onTestFinished(() => reader.stopAll());
  return { reader, processes };
}

describe('the exhibit reader', () => {
  it('detects a type and inspects a PDF in a child process, reusing the process', async () => {
    const { reader, processes } = startReader();
    const pdf = await readFile(path.join(fixturesDir, 'order.pdf'));
    expect(await reader.run('detectType', { head: pdf.subarray(0, 65536) })).toEqual({ mediaType: 'application/pdf', ext: 'pdf' });
    expect(await reader.run('inspectFile', { bytes: pdf, mediaType: 'application/pdf' })).toEqual({ inspection: { kind: 'pages', pageCount: 2 } });
    expect(processes).toHaveLength(1);
    expect(processes[0]!.pid).not.toBe(process.pid);
  });
});
