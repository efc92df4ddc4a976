// The one read loop of the file sealers (file-sealer-worker.ts, hash-ring.ts).
import { readSync } from 'node:fs';

/**
 * Reads the file `fd` from `position` into `buffer` from `from` on, until the buffer is full, the
 * file's first `limit` bytes are read (a file that grows meanwhile is stored as it was seen) or
 * the file ends. `ended`: nothing of the file is left to read. A system error is thrown as is.
 */
export function fillBuffer(fd: number, buffer: Buffer, from: number, position: number, limit: number): { filled: number; ended: boolean } {
  let filled = from;
  let at = position;
  while (filled < buffer.length) {
    const want = Math.min(buffer.length - filled, limit - at);
    const read = want === 0 ? 0 : readSync(fd, buffer, filled, want, at);
    if (read === 0) return { filled, ended: true };
    filled += read;
    at += read;
  }
  return { filled, ended: at === limit };
}
