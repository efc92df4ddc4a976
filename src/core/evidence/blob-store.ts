// The encrypted file store beside the database: files/<2 hex>/<blob id>.dfe.
//
// A new file is first staged in this process's own folder, files/partial/<host>-<pid>-<nonce>/,
// and flushed there (file and folder entry) before the records that refer to it commit: before
// write() or writeFile() returns, or, for a batch (writeFile's syncLater), in the background and
// awaited by syncStaged() before the commit. Only after the records have committed is it
// published (renamed into files/). A kill at any instant therefore leaves either a published
// file that a record refers to, or a staged one in a dead process's folder, which the next open
// rolls forward (if a record refers to it) or removes. A staged file cut short by a kill is never referenced (its record
// commits only after it is written and flushed), so it needs no .part name of its own: recovery
// removes it like any unreferenced one.
// Nothing in files/partial/ is followed if it is a link: a planted link is removed itself.
//
// Each file records which vault key made it (its key generation): during a rekey the store reads
// with both the old and the new key and writes with the new one (rekey.ts).
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, rmdirSync } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fsyncDirectory } from '../fs/atomic-write.js';
import { isEndedWriter, newWriterTag } from '../fs/writer-tag.js';
import type { VaultLayout } from '../vault/layout.js';
import { beginFile, createDecryptStream, createEncryptStream, DEFAULT_CHUNK_BYTES, FileIntegrityError, HEADER_BYTES, keyGenerationOf } from './file-cipher.js';
import { sharedFileSealers, type FileSealers, type SealRequest, type SealResult } from './file-sealer.js';

const BLOB_SUFFIX = '.dfe';
/** A blob being re-encrypted by a rekey: never published by recovery (it may be cut short). */
const REKEY_SUFFIX = '.rekey';

/** How BlobStore.writeFile reads its file; see SealRequest. `syncLater`: see writeFile. */
export type WriteFileOptions = Partial<Pick<SealRequest, 'signal' | 'headBytes' | 'keepUpTo' | 'onHead' | 'onProgress'>> & { syncLater?: boolean };

/** The files keys the store works with: one to write new files, and one per generation it can read. */
export interface BlobKeys {
  write: { generation: number; key: Buffer };
  read: ReadonlyMap<number, Buffer>;
}

export class BlobStore {
  private readonly stagingName = newWriterTag();
  /** Folders known to exist: a batch of small files must not pay a mkdir per file. */
  private readonly madeDirs = new Set<string>();
  /** Entries created in the staging folder, and how many of them a finished fsync of the folder covers. */
  private stagingEntries = 0;
  private stagingEntriesSynced = 0;
  /** Background flushes of blobs sealed by writeFile, by blob id: each settles with the error it met, if any. */
  private readonly flushes = new Map<string, Promise<Error | undefined>>();
  /** Blobs written but neither published nor discarded yet, with the key generation each is written under. */
  private readonly unpublished = new Map<string, number>();

  constructor(
    private readonly layout: VaultLayout,
    private keys: BlobKeys,
    private readonly sealers: FileSealers = sharedFileSealers(),
  ) {}

  /** Switches keys (a rekey starting or ending); files already being written keep the key they began with. */
  setKeys(keys: BlobKeys): void {
    this.keys = keys;
  }

  /** How many written blobs await publishing or discarding (an import under way). */
  get pendingWrites(): number {
    return this.unpublished.size;
  }

  /** How many of those are written under a key generation other than `generation` (begun before a key switch). */
  pendingWritesNotUnder(generation: number): number {
    let count = 0;
    for (const written of this.unpublished.values()) if (written !== generation) count += 1;
    return count;
  }

  pathOf(blobId: string): string {
    return path.join(this.layout.files, blobId.slice(0, 2), `${blobId}${BLOB_SUFFIX}`);
  }

  private get stagingDir(): string {
    return path.join(this.layout.partialFiles, this.stagingName);
  }

  private stagedPath(blobId: string): string {
    return path.join(this.stagingDir, `${blobId}${BLOB_SUFFIX}`);
  }

  /** Encrypts a plaintext stream into a staged blob and returns its id; the blob (data and folder entry) is on disk when write() returns. */
  async write(plaintext: Readable, signal?: AbortSignal): Promise<string> {
    const { blobId } = await this.stage(false, async (staged, blobId, write) => {
      // The write handle is fsynced before it closes. A large highWaterMark lets the next chunks
      // be read and sealed while this one is written.
      await pipeline(
        plaintext,
        createEncryptStream(write.key, blobId, DEFAULT_CHUNK_BYTES, write.generation),
        createWriteStream(staged, { flags: 'wx', mode: 0o600, flush: true, highWaterMark: 1024 * 1024 }),
        { ...(signal ? { signal } : {}) },
      );
    });
    return blobId;
  }

  /**
   * write() for a file on disk, read, hashed and sealed by a sealer thread (file-sealer.ts): the
   * way a batch import stores thousands of files while the vault's thread records them. Durable
   * when it returns, or with `syncLater` once syncStaged() has returned (the sealer flushes it in
   * the background); fails with SealFailedError, saying whether the source or the vault's side failed.
   */
  async writeFile(source: string, options: WriteFileOptions = {}): Promise<SealResult & { blobId: string }> {
    const { syncLater = false, headBytes = 0, keepUpTo = 0, ...callbacks } = options;
    return this.stage(syncLater, async (staged, blobId, write) => {
      const { header, key } = beginFile(write.key, blobId, DEFAULT_CHUNK_BYTES, write.generation);
      const sealed = await this.sealers.seal({ source, target: staged, header, key, chunkBytes: DEFAULT_CHUNK_BYTES, headBytes, keepUpTo, ...callbacks });
      this.flushes.set(blobId, sealed.flushed);
      return sealed;
    });
  }

  /** Writes a new staged blob with `writeBlob` (which flushes its data, or records its background flush) and keeps the books of write(): its key generation, its removal on failure. */
  private async stage<T>(syncLater: boolean, writeBlob: (staged: string, blobId: string, write: BlobKeys['write']) => Promise<T>): Promise<T & { blobId: string }> {
    const blobId = randomUUID();
    const staged = this.stagedPath(blobId);
    const { write } = this.keys;
    this.unpublished.set(blobId, write.generation);
    try {
      await this.makeDir(this.stagingDir);
      const written = await writeBlob(staged, blobId, write);
      // Counted once the entry exists, so that a folder fsync begun after this covers it.
      this.stagingEntries += 1;
      if (!syncLater) await this.syncStaged([blobId]);
      return { ...written, blobId };
    } catch (error) {
      this.unpublished.delete(blobId);
      await this.flushesEnded([blobId]);
      await rm(staged, { force: true });
      throw error;
    }
  }

  /**
   * Makes staged blobs durable before records that refer to them commit: waits for their
   * background flushes and fsyncs the staging folder once, unless a finished fsync of it already
   * covers every entry made so far.
   */
  async syncStaged(blobIds: Iterable<string>): Promise<void> {
    const ids = [...blobIds];
    const errors = await Promise.all(ids.map((blobId) => this.flushes.get(blobId)));
    for (const blobId of ids) this.flushes.delete(blobId);
    const failed = errors.find((error) => error !== undefined);
    if (failed) throw failed;
    const entries = this.stagingEntries;
    if (entries === this.stagingEntriesSynced) return;
    await fsyncDirectory(this.stagingDir);
    this.stagingEntriesSynced = Math.max(this.stagingEntriesSynced, entries);
  }

  /** Waits for the background flushes of these blobs, whatever their outcome, before they are moved or deleted. */
  private async flushesEnded(blobIds: readonly string[]): Promise<void> {
    await Promise.all(blobIds.map((blobId) => this.flushes.get(blobId)));
    for (const blobId of blobIds) this.flushes.delete(blobId);
  }

  private async makeDir(dir: string): Promise<void> {
    if (this.madeDirs.has(dir)) return;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    this.madeDirs.add(dir);
  }

  /** Moves staged files into files/<2 hex>/, then makes each folder's new entries durable once. */
  private async moveIntoPlace(moves: Iterable<{ from: string; blobId: string }>): Promise<void> {
    const touched = new Set<string>();
    const renames: Promise<void>[] = [];
    for (const { from, blobId } of moves) {
      const target = this.pathOf(blobId);
      touched.add(path.dirname(target));
      renames.push(this.makeDir(path.dirname(target)).then(() => rename(from, target)));
    }
    // All at once, not one after another: a case's files land in as many shard folders as it has
    // files, and the file system commits concurrent flushes together (one journal commit, where
    // one at a time cost each folder its own: a fifth of a batch import's time).
    await Promise.all(renames);
    await Promise.all([...touched].map((dir) => fsyncDirectory(dir)));
  }

  /** Publishes staged blobs once the records that refer to them have committed. */
  async publish(blobIds: Iterable<string>): Promise<void> {
    const ids = [...blobIds];
    try {
      await this.flushesEnded(ids);
      await this.moveIntoPlace(ids.map((blobId) => ({ from: this.stagedPath(blobId), blobId })));
    } finally {
      for (const blobId of ids) this.unpublished.delete(blobId);
    }
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
    const ids = [...blobIds];
    await this.flushesEnded(ids);
    for (const blobId of ids) {
      this.unpublished.delete(blobId);
      await rm(this.stagedPath(blobId), { force: true });
    }
  }

  /**
   * Finishes what killed processes left in files/partial/: a staged blob a record refers to is
   * published, anything else removed. Folders of live processes, of this one, and of other
   * machines (a vault on a shared drive) are left alone: only a dead writer's leftovers go.
   */
  async recoverStaging(isReferenced: (blobId: string) => boolean): Promise<void> {
    // Dossier makes only real folders and files here. A link was planted: following it would
    // delete (or publish) whatever it points to, so the link itself goes, as unlink removes it.
    const partial = await lstat(this.layout.partialFiles).catch(() => undefined);
    if (!partial) return;
    if (!partial.isDirectory()) {
      if (partial.isSymbolicLink()) await unlink(this.layout.partialFiles);
      return;
    }
    for (const entry of await readdir(this.layout.partialFiles, { withFileTypes: true })) {
      const folder = entry.name;
      const dir = path.join(this.layout.partialFiles, folder);
      if (entry.isSymbolicLink()) {
        await unlink(dir);
        continue;
      }
      if (!entry.isDirectory() || folder === this.stagingName || !isEndedWriter(folder)) continue;
      const referenced: { from: string; blobId: string }[] = [];
      for (const file of await readdir(dir, { withFileTypes: true })) {
        const where = path.join(dir, file.name);
        const blobId = file.name.endsWith(BLOB_SUFFIX) ? file.name.slice(0, -BLOB_SUFFIX.length) : undefined;
        if (file.isFile() && blobId && isReferenced(blobId)) referenced.push({ from: where, blobId });
        else if (file.isDirectory()) await rm(where, { recursive: true, force: true });
        else await unlink(where).catch(() => undefined);
      }
      await this.moveIntoPlace(referenced);
      await rmdir(dir).catch(() => undefined);
    }
  }

  /** Which vault key made a published blob (file-cipher.ts). */
  async keyGenerationOf(blobId: string): Promise<number> {
    const handle = await open(this.pathOf(blobId), 'r');
    try {
      const header = Buffer.alloc(HEADER_BYTES);
      await handle.read(header, 0, HEADER_BYTES, 0);
      return keyGenerationOf(header);
    } finally {
      await handle.close();
    }
  }

  /**
   * Re-encrypts a published blob with the write key, for a rekey: the new copy is written and
   * flushed beside the staging folder's files, then renamed over the old one, so a kill leaves
   * one whole file or the other (the next open removes a cut-short copy: it is no .dfe).
   * `stillOpen` is asked just before the rename: a lock meanwhile zeroed the keys.
   */
  async reencrypt(blobId: string, stillOpen: () => boolean, signal?: AbortSignal): Promise<void> {
    const { write, read } = this.keys;
    const target = this.pathOf(blobId);
    const copy = path.join(this.stagingDir, `${blobId}${REKEY_SUFFIX}`);
    await this.makeDir(this.stagingDir);
    try {
      await pipeline(
        createReadStream(target),
        createDecryptStream((generation) => read.get(generation), blobId),
        createEncryptStream(write.key, blobId, DEFAULT_CHUNK_BYTES, write.generation),
        createWriteStream(copy, { flags: 'w', mode: 0o600, flush: true }),
        { ...(signal ? { signal } : {}) },
      );
      if (!stillOpen()) throw new Error('the vault was locked');
      await rename(copy, target);
    } catch (error) {
      await rm(copy, { force: true });
      throw error;
    }
    await fsyncDirectory(path.dirname(target));
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
    const { read } = this.keys;
    pipeline(createReadStream(this.pathOf(blobId)), createDecryptStream((generation) => read.get(generation), blobId), output).catch((error: Error) =>
      output.destroy(error),
    );
    return output;
  }

  /**
   * All decrypted bytes at once, for readers that need a file whole (a PDF parser): one file at
   * a time, in memory only, never on disk.
   */
  async readAll(blobId: string, size?: number): Promise<Buffer> {
    if (size === undefined) {
      const chunks: Buffer[] = [];
      for await (const chunk of this.read(blobId)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    // The recorded size known, each chunk goes straight into one buffer: the file is held once,
    // not as its chunks and their concatenation both.
    const whole = Buffer.allocUnsafe(size);
    let filled = 0;
    for await (const chunk of this.read(blobId)) {
      const piece = chunk as Buffer;
      if (filled + piece.length > size) throw new FileIntegrityError('the file is longer than its record says');
      piece.copy(whole, filled);
      filled += piece.length;
    }
    if (filled !== size) throw new FileIntegrityError('the file is shorter than its record says');
    return whole;
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
