// The file sealers (src/core/evidence/file-sealer.ts): real worker threads read files from disk,
// hash and encrypt them into staged blobs, which the vault's own decryption then opens; a large
// file is hashed by a second thread (hash-ring.ts).
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { beginFile, createDecryptStream, DEFAULT_CHUNK_BYTES, HEADER_BYTES } from '../../src/core/evidence/file-cipher.js';
import { FileSealers, SealFailedError, type SealRequest } from '../../src/core/evidence/file-sealer.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const CHUNK = DEFAULT_CHUNK_BYTES;
const MiB = 1024 * 1024;

async function readBack(vault: Awaited<ReturnType<typeof newVault>>['vault'], blobId: string): Promise<Buffer> {
  await vault.blobs.publish([blobId]);
  const parts: Buffer[] = [];
  for await (const part of vault.blobs.read(blobId) as AsyncIterable<Buffer>) parts.push(part);
  return Buffer.concat(parts);
}

/** Seals a file with `sealers` into `dir`/<blob id>.dfe under a file key derived from `filesKey`, as BlobStore.writeFile does. */
function sealerInto(sealers: FileSealers, filesKey: Buffer, dir: string) {
  return (file: string, blobId: string, options: Pick<SealRequest, 'signal' | 'onProgress'> = {}) => {
    const { header, key } = beginFile(filesKey, blobId, CHUNK, 0);
    return sealers.seal({ source: file, target: path.join(dir, `${blobId}.dfe`), header, key, chunkBytes: CHUNK, headBytes: 0, keepUpTo: 0, ...options });
  };
}

describe('the file sealers', () => {
  // Around a cipher chunk's end and the sealer's 1 MiB read buffer's end (a full buffer holds
  // its last chunk back until it knows whether more follows).
  const sizes = [1, CHUNK - 1, CHUNK, CHUNK + 1, MiB - 1, MiB, MiB + 1, 2 * MiB, 3 * MiB + 12_345];

  it('seals files of every size at the chunk and buffer edges into blobs the vault opens, with their SHA-256 and first bytes', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    for (const size of sizes) {
      const data = randomBytes(size);
      const file = path.join(dir, `file-${size}.bin`);
      await writeFile(file, data);
      const heads: Uint8Array[] = [];
      const sealed = await vault.blobs.writeFile(file, { headBytes: 100, onHead: (head) => heads.push(head) });
      expect(sealed, `${size} bytes`).toMatchObject({ size, sha256: createHash('sha256').update(data).digest('hex') });
      expect(sealed.plaintext).toBeUndefined();
      expect(heads.map((head) => Buffer.from(head).equals(data.subarray(0, 100)))).toEqual([true]);
      const stored = await readBack(vault, sealed.blobId);
      expect(stored.equals(data), `${size} bytes read back`).toBe(true);
    }
    vault.close();
  });

  it('has a large file hashed by a second thread while the first encrypts it; the hash is of the bytes sealed, and a cancel frees both', async () => {
    const dir = await tempDir();
    const sealers = new FileSealers(3);
    const filesKey = randomBytes(32);
    const sealInto = sealerInto(sealers, filesKey, dir);
    const small = path.join(dir, 'small.txt');
    await writeFile(small, 'warm');
    // Three threads started, so that two are idle when a large file asks.
    await Promise.all(['w1', 'w2', 'w3'].map((blobId) => sealInto(small, blobId)));
    for (const size of [32 * MiB, 40 * MiB + 12_345]) {
      const data = randomBytes(size);
      const file = path.join(dir, `large-${size}.bin`);
      await writeFile(file, data);
      const lentBefore = sealers.hashersLent;
      const sealed = await sealInto(file, `large-${size}`);
      await sealed.flushed;
      expect(sealers.hashersLent, `${size} bytes`).toBe(lentBefore + 1);
      expect(sealed.sha256).toBe(createHash('sha256').update(data).digest('hex'));
      const opened: Buffer[] = [];
      await pipeline(createReadStream(path.join(dir, `large-${size}.dfe`)), createDecryptStream(filesKey, `large-${size}`), async function (input) {
        for await (const part of input) opened.push(part as Buffer);
      });
      expect(Buffer.concat(opened).equals(data), `${size} bytes opened`).toBe(true);
    }

    const cancel = new AbortController();
    const huge = path.join(dir, 'huge.bin');
    await writeFile(huge, randomBytes(256 * MiB));
    const lentBefore = sealers.hashersLent;
    const failed = await sealInto(huge, 'huge', { signal: cancel.signal, onProgress: () => cancel.abort() }).catch((error: unknown) => error);
    expect((failed as SealFailedError).failure).toMatchObject({ side: 'cancelled' });
    expect(sealers.hashersLent).toBe(lentBefore + 1);
    // Both threads are free again: three files at once are sealed.
    const again = await Promise.all(['a1', 'a2', 'a3'].map((blobId) => sealInto(small, blobId)));
    expect(again.map((sealed) => sealed.size)).toEqual([4, 4, 4]);
    await sealers.close();
  });

  it('ends a thread idle for 3 s and starts one again for the next file', async () => {
    const dir = await tempDir();
    const sealers = new FileSealers(2);
    const filesKey = randomBytes(32);
    const file = path.join(dir, 'note.txt');
    await writeFile(file, 'Протокол допроса');
    const seal = sealerInto(sealers, filesKey, dir);
    const sealOnce = (blobId: string) => seal(file, blobId);
    await (await sealOnce('first')).flushed;
    expect(sealers.threads).toBe(1);
    await expect.poll(() => sealers.threads, { timeout: 6000, interval: 200 }).toBe(0);
    const again = await sealOnce('again');
    expect(again.sha256).toBe(createHash('sha256').update('Протокол допроса').digest('hex'));
    expect(sealers.threads).toBe(1);
    await sealers.close();
  });

  it('hands back the bytes read for a file no larger than asked, and keeps none of a larger one', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    const data = randomBytes(MiB + 7);
    const file = path.join(dir, 'kept.bin');
    await writeFile(file, data);
    const kept = await vault.blobs.writeFile(file, { keepUpTo: data.length });
    expect(kept.plaintext?.equals(data)).toBe(true);
    const notKept = await vault.blobs.writeFile(file, { keepUpTo: data.length - 1 });
    expect(notKept.plaintext).toBeUndefined();
    expect((await readBack(vault, kept.blobId)).equals(data)).toBe(true);
    vault.close();
  });

  it('writes nothing readable: the staged blob holds no plaintext and only the layout of file-cipher.ts', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    const data = Buffer.from('Әйгерім Садықова, passport N12345678. '.repeat(5000));
    const file = path.join(dir, 'statement.txt');
    await writeFile(file, data);
    const { blobId } = await vault.blobs.writeFile(file);
    await vault.blobs.publish([blobId]);
    const onDisk = await readFile(vault.blobs.pathOf(blobId));
    expect(onDisk.includes(Buffer.from('N12345678'))).toBe(false);
    expect(onDisk.length).toBe(HEADER_BYTES + Math.ceil(data.length / CHUNK) * 16 + data.length);
    vault.close();
  });

  it('says what failed on the source: missing, empty, a folder, a named pipe (without waiting for a writer)', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    await writeFile(path.join(dir, 'empty.pdf'), '');
    await mkdir(path.join(dir, 'folder.pdf'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.pdf')]);
    for (const [name, code] of [
      ['missing.pdf', 'ENOENT'],
      ['empty.pdf', 'empty'],
      ['folder.pdf', 'not_a_file'],
      ['pipe.pdf', 'not_a_file'],
    ] as const) {
      const failed = await vault.blobs.writeFile(path.join(dir, name)).catch((error: unknown) => error);
      expect(failed, name).toBeInstanceOf(SealFailedError);
      expect((failed as SealFailedError).failure, name).toMatchObject({ side: 'source', code });
    }
    expect(vault.blobs.pendingWrites).toBe(0);
    vault.close();
  });

  it('stops a large file between reads when cancelled, and removes what it staged', async () => {
    const { vault, dir: vaultDir } = await newVault();
    const dir = await tempDir();
    const file = path.join(dir, 'recording.bin');
    await writeFile(file, randomBytes(256 * MiB));
    const cancel = new AbortController();
    const failed = await vault.blobs
      .writeFile(file, { signal: cancel.signal, onProgress: () => cancel.abort() })
      .catch((error: unknown) => error);
    expect((failed as SealFailedError).failure).toMatchObject({ side: 'cancelled' });
    expect(vault.blobs.pendingWrites).toBe(0);
    const partial = path.join(vaultDir, 'files', 'partial');
    const staged = (await readdir(partial, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(staged).toEqual([]);
    vault.close();
  });
});
