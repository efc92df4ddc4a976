// The temporary file an export writes beside its target, renamed over the target when complete.
// Its name says which process writes it (`.<target>.<host>-<pid>-<8 hex>.partial`), so a file
// left by a crash can be told from one still being written: the next export to the same target
// removes those whose writer, on this machine, is gone. Another machine's (a shared folder),
// a live writer's and anything that is not a plain file (a planted link) are left alone.
import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { isEndedWriter, newWriterTag } from '../fs/writer-tag.js';

const suffix = '.partial';

/** A new temporary name for writing `target` in this process. */
export function partialFileFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${newWriterTag()}${suffix}`);
}

/** Removes temporary files for `target` left by writers on this machine that have ended; returns their names. */
export async function sweepStalePartials(target: string): Promise<string[]> {
  const folder = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  const swept: string[] = [];
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !name.endsWith(suffix)) continue;
    if (!isEndedWriter(name.slice(prefix.length, -suffix.length))) continue;
    const file = path.join(folder, name);
    // lstat, not stat: a link is never followed, nor removed (it is not ours).
    const info = await lstat(file).catch(() => undefined);
    if (!info?.isFile()) continue;
    await rm(file, { force: true });
    swept.push(name);
  }
  return swept;
}
