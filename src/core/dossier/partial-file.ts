// The temporary file an export writes beside its target, renamed over the target when complete.
// Its name says which process writes it (`.<target>.<host>-<pid>-<8 hex>.partial`), so a file
// left by a crash can be told from one still being written: the next export to the same target
// removes those whose writer, on this machine, is gone. Another machine's (a shared folder),
// a live writer's and anything that is not a plain file (a planted link) are left alone.
import { randomBytes } from 'node:crypto';
import { lstat, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const suffix = '.partial';

/** A new temporary name for writing `target` in this process. */
export function partialFileFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${os.hostname()}-${process.pid}-${randomBytes(4).toString('hex')}${suffix}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files for `target` left by writers on this machine that have ended; returns their names. */
export async function sweepStalePartials(target: string): Promise<string[]> {
  const folder = path.dirname(target);
  const prefix = `.${path.basename(target)}.${os.hostname()}-`;
  const swept: string[] = [];
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !name.endsWith(suffix)) continue;
    const writer = /^(\d+)-[0-9a-f]{8}$/.exec(name.slice(prefix.length, -suffix.length));
    if (!writer || isAlive(Number(writer[1]))) continue;
    const file = path.join(folder, name);
    // lstat, not stat: a link is never followed, nor removed (it is not ours).
    const info = await lstat(file).catch(() => undefined);
    if (!info?.isFile()) continue;
    await rm(file, { force: true });
    swept.push(name);
  }
  return swept;
}
