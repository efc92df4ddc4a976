// The encrypted file store beside the database: files/<2 hex>/<blob id>.dfe.
//
// A new file is first staged in this process's own folder, files/partial/<host>-<pid>-<nonce>/:
// written as .part, flushed, renamed to .dfe. Only after the records that refer to it have
// committed is it published (renamed into files/). A kill at any instant therefore leaves
// either a published file that a record refers to, or a staged one in a dead process's folder,
// which the next open rolls forward (if a record refers to it) or removes.
import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, rmdirSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fsyncDirectory, fsyncFile } from '../fs/atomic-write.js';
import type { VaultLayout } from '../vault/layout.js';
import { createDecryptStream, createEncryptStream } from './file-cipher.js';

const BLOB_SUFFIX = '.dfe';
const PARTIAL_SUFFIX = '.part';

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

  /** Encrypts a plaintext stream into a staged blob, durable on disk, and returns its id. */
  async write(plaintext: Readable, signal?: AbortSignal): Promise<string> {
    const blobId = randomUUID();
    const partial = path.join(this.stagingDir, `${blobId}${PARTIAL_SUFFIX}`);
    await mkdir(this.stagingDir, { recursive: true, mode: 0o700 });
    try {
      await pipeline(plaintext, createEncryptStream(this.vaultKey, blobId), createWriteStream(partial, { flags: 'wx', mode: 0o600 }), {
        ...(signal ? { signal } : {}),
      });
      await fsyncFile(partial);
      await rename(partial, this.stagedPath(blobId));
      await fsyncDirectory(this.stagingDir);
      return blobId;
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  private async moveIntoPlace(from: string, blobId: string): Promise<void> {
    const target = this.pathOf(blobId);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await rename(from, target);
    await fsyncDirectory(path.dirname(target));
  }

  /** Publishes staged blobs once the records that refer to them have committed. */
  async publish(blobIds: Iterable<string>): Promise<void> {
    for (const blobId of blobIds) await this.moveIntoPlace(this.stagedPath(blobId), blobId);
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
      for (const name of await readdir(dir)) {
        const blobId = name.endsWith(BLOB_SUFFIX) ? name.slice(0, -BLOB_SUFFIX.length) : undefined;
        if (blobId && isReferenced(blobId)) await this.moveIntoPlace(path.join(dir, name), blobId);
        else await rm(path.join(dir, name), { force: true });
      }
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
