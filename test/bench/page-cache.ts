// The page cache's state before each copy or import: both must start from the same state, or the
// second one reads from memory what the first read from disk. Where the bench may drop the cache
// (root on Linux) every run starts cold, as a lawyer's folder of new files does; elsewhere every
// run starts warm, each source file read once beforehand.
import { createReadStream } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { runCommand } from './sampling.js';

export type CacheState = 'cold' | 'warm';

/** Drops the page cache (dirty pages written first), or, where that is not allowed, reads every file under `dir` into it. */
export async function settlePageCache(dir: string): Promise<CacheState> {
  await runCommand('sync', []);
  try {
    await writeFile('/proc/sys/vm/drop_caches', '3');
    return 'cold';
  } catch {
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    for (const entry of files) {
      await pipeline(createReadStream(path.join(entry.parentPath, entry.name)), new Writable({ write: (_chunk, _encoding, done) => done() }));
    }
    return 'warm';
  }
}
