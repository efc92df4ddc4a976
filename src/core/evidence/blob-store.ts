// The encrypted file store beside the database: files/<2 hex>/<blob id>.dfe. A file is written
// under files/partial/, flushed, then renamed into place, so a kill at any instant leaves either
// a complete encrypted file or a partial one that no record refers to.
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, rename, open } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fsyncDirectory } from '../fs/atomic-write.js';
import type { VaultLayout } from '../vault/layout.js';
import { createDecryptStream, createEncryptStream } from './file-cipher.js';

const BLOB_SUFFIX = '.dfe';

export class BlobStore {
  constructor(
    private readonly layout: VaultLayout,
    private readonly vaultKey: Buffer,
  ) {}

  pathOf(blobId: string): string {
    return path.join(this.layout.files, blobId.slice(0, 2), `${blobId}${BLOB_SUFFIX}`);
  }

  /** Encrypts a plaintext stream into a new blob and returns its id once it is durable on disk. */
  async write(plaintext: Readable, signal?: AbortSignal): Promise<string> {
    const blobId = randomUUID();
    const partial = path.join(this.layout.partialFiles, `${blobId}.part`);
    const target = this.pathOf(blobId);
    await mkdir(this.layout.partialFiles, { recursive: true });
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await pipeline(plaintext, createEncryptStream(this.vaultKey, blobId), createWriteStream(partial, { flags: 'wx', mode: 0o600 }), {
        ...(signal ? { signal } : {}),
      });
      const handle = await open(partial, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(partial, target);
      await fsyncDirectory(path.dirname(target));
      return blobId;
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
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

  async remove(blobId: string): Promise<void> {
    await rm(this.pathOf(blobId), { force: true });
  }

  /** Blob ids present on disk, whether or not a record refers to them. */
  async listStored(): Promise<string[]> {
    const ids: string[] = [];
    let shards: string[];
    try {
      shards = await readdir(this.layout.files);
    } catch {
      return ids;
    }
    for (const shard of shards) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      for (const name of await readdir(path.join(this.layout.files, shard))) {
        if (name.endsWith(BLOB_SUFFIX)) ids.push(name.slice(0, -BLOB_SUFFIX.length));
      }
    }
    return ids;
  }
}
