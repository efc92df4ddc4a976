// The encrypted file store beside the database: files/<2 hex>/<blob id>.dfe.
//
// A new file is first staged in this process's own folder, files/partial/<host>-<pid>-<nonce>/,
// and flushed there (file and folder entry) before write() returns. Only after the records that
// refer to it have committed is it published (renamed into files/). A kill at any instant
// therefore leaves either a published file that a record refers to, or a staged one in a dead
// process's folder, which the next open rolls forward (if a record refers to it) or removes.
// A staged file cut short by a kill is never referenced (its record commits only after write()
// returns), so it needs no .part name of its own: recovery removes it like any unreferenced one.
import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, rmdirSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fsyncDirectory } from '../fs/atomic-write.js';
import type { VaultLayout } from '../vault/layout.js';
import { createDecryptStream, createEncryptStream } from './file-cipher.js';

const BLOB_SUFFIX = '.dfe';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class BlobStore {
  private readonly stagingName = `${os.hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
  /** Folders known to exist: a batch of small files must not pay a mkdir per file. */
  private readonly madeDirs = new Set<string>();
  private stagingUnsynced = false;

  constructor(
    private readonly layout: VaultLayout,
    private readonly vaultKey: Buffer,
  ) {}

  pathOf(blobId: string): string {
    return path.join(this.layout.files, blobId.slice(0, 2), `${blobId}${BLOB_SUFFIX}`);
  }

  private get stagingDir(): string {
    return path.join(this.layout.partialFiles, this.stagingName);
  }

  private stagedPath(blobId: string): string {
    return path.join(this.stagingDir, `${blobId}${BLOB_SUFFIX}`);
  }

  /**
   * Encrypts a plaintext stream into a staged blob, durable on disk, and returns its id.
   * `syncFolder: false` leaves the staging folder's entry to one syncStaging() for a whole batch
   * (a folder fsync per small file was a third of its import time); the caller must then call
   * syncStaging() before committing records that refer to the blob.
   */
  async write(plaintext: Readable, signal?: AbortSignal, options: { syncFolder?: boolean } = {}): Promise<string> {
    const blobId = randomUUID();
    const staged = this.stagedPath(blobId);
    await this.makeDir(this.stagingDir);
    try {
      // flush: the write handle is fsynced before it closes, so the data is on disk without
      // reopening the file.
      await pipeline(
        plaintext,
        createEncryptStream(this.vaultKey, blobId),
        createWriteStream(staged, { flags: 'wx', mode: 0o600, flush: true }),
        { ...(signal ? { signal } : {}) },
      );
      if (options.syncFolder ?? true) await fsyncDirectory(this.stagingDir);
      else this.stagingUnsynced = true;
      return blobId;
    } catch (error) {
      await rm(staged, { force: true });
      throw error;
    }
  }

  /** Makes the entries of blobs written with `syncFolder: false` durable, in one fsync. */
  async syncStaging(): Promise<void> {
    if (!this.stagingUnsynced) return;
    await fsyncDirectory(this.stagingDir);
    this.stagingUnsynced = false;
  }

  private async makeDir(dir: string): Promise<void> {
    if (this.madeDirs.has(dir)) return;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    this.madeDirs.add(dir);
  }

  /** Moves staged files into files/<2 hex>/, then makes each folder's new entries durable once. */
  private async moveIntoPlace(moves: Iterable<{ from: string; blobId: string }>): Promise<void> {
    const touched = new Set<string>();
    for (const { from, blobId } of moves) {
      const target = this.pathOf(blobId);
      await this.makeDir(path.dirname(target));
      await rename(from, target);
      touched.add(path.dirname(target));
    }
    for (const dir of touched) await fsyncDirectory(dir);
  }

  /** Publishes staged blobs once the records that refer to them have committed. */
  async publish(blobIds: Iterable<string>): Promise<void> {
    await this.moveIntoPlace([...blobIds].map((blobId) => ({ from: this.stagedPath(blobId), blobId })));
  }

  /**
   * Deletes published blobs whose records were removed and committed. A kill before this leaves
   * them on disk with no record: verify counts them as stray files, not as problems, and the next
   * removal sweeps them (sweepUnreferenced).
   */
  async remove(blobIds: Iterable<string>): Promise<void> {
    const touched = new Set<string>();
    for (const blobId of blobIds) {
      await rm(this.pathOf(blobId), { force: true });
      touched.add(path.dirname(this.pathOf(blobId)));
    }
    for (const dir of touched) await fsyncDirectory(dir).catch(() => undefined);
  }

  /**
   * Deletes published blobs no record refers to: left by a removal killed between its commit and
   * its file deletion. Safe beside other writers: a blob is published only after its record has
   * committed, so a published blob without a record is garbage, never an import in progress.
   */
  async sweepUnreferenced(isReferenced: (blobId: string) => boolean): Promise<number> {
    const orphans = (await this.listPublished()).filter((blobId) => !isReferenced(blobId));
    await this.remove(orphans);
    return orphans.length;
  }

  /** Drops staged blobs whose records were never written. */
  async discard(blobIds: Iterable<string>): Promise<void> {
    for (const blobId of blobIds) await rm(this.stagedPath(blobId), { force: true });
  }

  /**
   * Finishes what killed processes left in files/partial/: a staged blob a record refers to is
   * published, anything else removed. Folders of live processes, of this one, and of other
   * machines (a vault on a shared drive) are left alone: only a dead writer's leftovers go.
   */
  async recoverStaging(isReferenced: (blobId: string) => boolean): Promise<void> {
    for (const folder of await readdir(this.layout.partialFiles).catch(() => [] as string[])) {
      const match = /^(.*)-(\d+)-[0-9a-f]{8}$/.exec(folder);
      if (!match || folder === this.stagingName) continue;
      if (match[1] !== os.hostname() || isAlive(Number(match[2]))) continue;
      const dir = path.join(this.layout.partialFiles, folder);
      const referenced: { from: string; blobId: string }[] = [];
      for (const name of await readdir(dir)) {
        const blobId = name.endsWith(BLOB_SUFFIX) ? name.slice(0, -BLOB_SUFFIX.length) : undefined;
        if (blobId && isReferenced(blobId)) referenced.push({ from: path.join(dir, name), blobId });
        else await rm(path.join(dir, name), { force: true });
      }
      await this.moveIntoPlace(referenced);
      await rmdir(dir).catch(() => undefined);
    }
  }

  /** Files in files/partial/ that belong to other, live writers (or other machines). */
  async countStagedElsewhere(): Promise<number> {
    let count = 0;
    for (const folder of await readdir(this.layout.partialFiles).catch(() => [] as string[])) {
      if (folder === this.stagingName) continue;
      count += (await readdir(path.join(this.layout.partialFiles, folder)).catch(() => [folder])).length;
    }
    return count;
  }

  /** Removes this process's staging folder when it is empty, on close. */
  closeStaging(): void {
    try {
      rmdirSync(this.stagingDir);
    } catch {
      // Absent (nothing was written) or not empty (a write was interrupted): the next open sweeps it.
    }
  }

  /** A stream of the decrypted bytes; it errors with FileIntegrityError on any tampering. */
  read(blobId: string): Readable {
    const output = new PassThrough();
    pipeline(createReadStream(this.pathOf(blobId)), createDecryptStream(this.vaultKey, blobId), output).catch((error: Error) =>
      output.destroy(error),
    );
    return output;
  }

  /**
   * All decrypted bytes at once, for readers that need a file whole (a PDF parser): one file at
   * a time, in memory only, never on disk.
   */
  async readAll(blobId: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.read(blobId)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** Published blob ids present on disk, whether or not a record refers to them. */
  async listPublished(): Promise<string[]> {
    const ids: string[] = [];
    for (const shard of await readdir(this.layout.files).catch(() => [] as string[])) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      for (const name of await readdir(path.join(this.layout.files, shard))) {
        if (name.endsWith(BLOB_SUFFIX)) ids.push(name.slice(0, -BLOB_SUFFIX.length));
      }
    }
    return ids;
  }
}
