// Writes that survive a crash or a kill at any instant: the new content goes to a temporary
// name in the same directory, is flushed to disk, and replaces the old file by rename, which
// POSIX and NTFS perform atomically. The directory is flushed too so the rename itself lasts.
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Flushes a written file's content to the disk (opened for writing: Windows requires it). */
async function fsyncFile(file: string, flags = 'r+'): Promise<void> {
  const handle = await open(file, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function fsyncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  await fsyncFile(dir, 'r');
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    await fsyncDirectory(path.dirname(target));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
