// A set of absolute paths that the main process saw the user choose, compared however they are
// spelled. Pure (node:path only), so the rules built on it are tested in plain Node.
import path from 'node:path';

/** Absolute paths, compared however they are spelled ('/a/../a/b.pdf' is '/a/b.pdf'). */
export class PathAllowlist {
  private readonly files = new Set<string>();

  constructor(files: Iterable<string> = []) {
    for (const file of files) this.remember(file);
  }

  /** Remembers an absolute path; a relative one names nothing the user chose and is ignored. */
  remember(file: string): void {
    if (path.isAbsolute(file)) this.files.add(path.resolve(file));
  }

  has(file: string): boolean {
    return path.isAbsolute(file) && this.files.has(path.resolve(file));
  }
}
