// The files of a dossier written in parts, the vault's side: each part goes to a temporary file
// beside the target as the composer sends it, and only when every part is complete and on disk
// are they renamed to NAME_Part1.pdf, NAME_Part2.pdf, … (or NAME.pdf when the dossier fitted in
// one). A failure or a cancel removes every temporary file and every part already renamed, so
// nothing half-written is left.
import { lstat, open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../../shared/errors.js';
import { fsyncDirectory } from '../fs/atomic-write.js';
import { partialFileFor, sweepStalePartials } from './partial-file.js';
import { partFileName } from './part-names.js';

/** Most parts one dossier may be written in: a limit this small would be a mistake. */
export const maxParts = 200;

export interface PartFile {
  file: string;
  bytes: number;
}

export class PartFiles {
  private readonly temps: { temp: string; handle: FileHandle | undefined; bytes: number }[] = [];

  constructor(private readonly target: string) {}

  /** The name of part `index` (from 0) when the dossier has several. */
  partTarget(index: number): string {
    return path.join(path.dirname(this.target), partFileName(stemOf(this.target), index));
  }

  async write(index: number, bytes: Uint8Array): Promise<void> {
    if (!Number.isInteger(index) || index < 0 || index >= maxParts || index > this.temps.length) {
      throw new DossierError('INVALID_INPUT', `The exhibit reader asked to write part ${index + 1} of the dossier, which it has not begun.`);
    }
    if (index === this.temps.length) {
      await sweepStalePartials(this.partTarget(index));
      const temp = partialFileFor(this.partTarget(index));
      this.temps.push({ temp, handle: undefined, bytes: 0 });
      this.temps[index]!.handle = await open(temp, 'wx', 0o600);
    }
    const part = this.temps[index]!;
    const handle = part.handle!;
    for (let offset = 0; offset < bytes.length; ) offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
    part.bytes += bytes.length;
  }

  /** Puts every part on disk and closes it, still under its temporary name (to be verified); answers those names, in order. */
  async flush(): Promise<string[]> {
    for (const part of this.temps) {
      await part.handle?.sync();
      await part.handle?.close();
      part.handle = undefined;
    }
    return this.temps.map((part) => part.temp);
  }

  /** Puts every part in place; one part takes the target's own name. Returns the files, in order. */
  async complete(): Promise<PartFile[]> {
    await this.flush();
    const names = this.temps.length === 1 ? [this.target] : this.temps.map((_, index) => this.partTarget(index));
    const placed: string[] = [];
    try {
      for (const [index, part] of this.temps.entries()) {
        await rename(part.temp, names[index]!);
        placed.push(names[index]!);
      }
    } catch (error) {
      await Promise.all(placed.map((file) => rm(file, { force: true })));
      throw error;
    }
    const sizes = this.sizes;
    this.temps.length = 0;
    await fsyncDirectory(path.dirname(this.target));
    await this.removeOlderParts(names.length === 1 ? 0 : names.length);
    // The dossier the user chose to replace, when it now goes in parts: left, it would pass for this export.
    if (names.length > 1) await removePlainFile(this.target);
    return names.map((file, index) => ({ file, bytes: sizes[index]! }));
  }

  /** Removes what a failed or cancelled export had begun. */
  async discard(): Promise<void> {
    for (const part of this.temps) {
      await part.handle?.close().catch(() => undefined);
      await rm(part.temp, { force: true });
    }
    this.temps.length = 0;
  }

  /** Bytes written to each part so far. */
  get sizes(): number[] {
    return this.temps.map((part) => part.bytes);
  }

  /**
   * Parts numbered beyond this export's, left by an earlier export of the same name in more
   * parts: filed beside the new ones they would be taken for part of it. Only plain files.
   */
  private async removeOlderParts(from: number): Promise<void> {
    for (let index = Math.max(from, 0); index < maxParts; index += 1) {
      const file = this.partTarget(index);
      const info = await lstat(file).catch(() => undefined);
      if (!info) {
        if (index > 0) break;
        continue;
      }
      if (info.isFile()) await rm(file, { force: true });
    }
  }
}

/** Removes the file if it is a plain file (never a link, nor a folder). */
async function removePlainFile(file: string): Promise<void> {
  const info = await lstat(file).catch(() => undefined);
  if (info?.isFile()) await rm(file, { force: true });
}

/** The target's name without ".pdf": what the parts' names begin with. */
export function stemOf(target: string): string {
  const base = path.basename(target);
  return base.toLowerCase().endsWith('.pdf') ? base.slice(0, -4) : base;
}
