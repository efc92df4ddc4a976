// Names that say which process writes a temporary file or folder (`<host>-<pid>-<8 hex>`), so
// that what a crash left can be told from what a live writer is still writing: the export's
// .partial file and the vault's staging folders both use them.
import { randomBytes } from 'node:crypto';
import os from 'node:os';

/** A new tag for a writer in this process. */
export function newWriterTag(): string {
  return `${os.hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/**
 * True when `tag` names a writer on this machine whose process has ended: what it left may go.
 * Another machine's writer (a shared folder) and one that cannot be read as a tag never are.
 */
export function isEndedWriter(tag: string): boolean {
  const match = /^(.*)-(\d+)-[0-9a-f]{8}$/.exec(tag);
  if (!match || match[1] !== os.hostname()) return false;
  try {
    process.kill(Number(match[2]), 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}
