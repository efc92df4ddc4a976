import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { createDecryptStream, createEncryptStream, HEADER_BYTES, keyGenerationOf } from '../../src/core/evidence/file-cipher.js';

const key = randomBytes(32);
const CHUNK = 1024;

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream as AsyncIterable<Buffer>) parts.push(part);
  return Buffer.concat(parts);
}

/** Feeds the data in uneven pieces, as a disk or a pipe would. */
function source(data: Buffer): Readable {
  const pieces: Buffer[] = [];
  for (let at = 0, step = 1; at < data.length; at += step, step = (step * 7) % 1500 || 1) pieces.push(data.subarray(at, at + step));
  return Readable.from(pieces);
}

async function encrypt(data: Buffer, blobId = 'blob-1'): Promise<Buffer> {
  return collect(source(data).pipe(createEncryptStream(key, blobId, CHUNK)));
}

async function decrypt(sealed: Buffer, blobId = 'blob-1'): Promise<Buffer> {
  const parts: Buffer[] = [];
  await pipeline(source(sealed), createDecryptStream(key, blobId), async function (input) {
    for await (const part of input) parts.push(part as Buffer);
  });
  return Buffer.concat(parts);
}

describe('evidence file encryption', () => {
  it.each([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5 * CHUNK + 17])('round-trips %i bytes exactly', async (size) => {
    const data = randomBytes(size);
    const sealed = await encrypt(data);
    expect(sealed.length).toBe(HEADER_BYTES + Math.max(1, Math.ceil(size / CHUNK)) * 16 + size);
    expect((await decrypt(sealed)).equals(data)).toBe(true);
  });

  it('hides the content: the plaintext does not appear in the sealed file', async () => {
    const data = Buffer.from('Әйгерім Садықова, passport N12345678. '.repeat(100));
    const sealed = await encrypt(data);
    expect(sealed.includes(Buffer.from('N12345678'))).toBe(false);
  });

  it('detects a flipped byte anywhere in the body or the header', async () => {
    const sealed = await encrypt(randomBytes(3 * CHUNK));
    for (const at of [20, HEADER_BYTES + 5, HEADER_BYTES + CHUNK + 16 + 3, sealed.length - 1]) {
      const bad = Buffer.from(sealed);
      bad[at]! ^= 0x01;
      await expect(decrypt(bad)).rejects.toThrow(/authentication|header/);
    }
  });

  it('detects a file cut short at a chunk boundary, and chunks swapped', async () => {
    const sealed = await encrypt(randomBytes(3 * CHUNK + 10));
    const sealedChunk = CHUNK + 16;
    await expect(decrypt(sealed.subarray(0, HEADER_BYTES + 2 * sealedChunk))).rejects.toThrow(/authentication/);
    const swapped = Buffer.concat([
      sealed.subarray(0, HEADER_BYTES),
      sealed.subarray(HEADER_BYTES + sealedChunk, HEADER_BYTES + 2 * sealedChunk),
      sealed.subarray(HEADER_BYTES, HEADER_BYTES + sealedChunk),
      sealed.subarray(HEADER_BYTES + 2 * sealedChunk),
    ]);
    await expect(decrypt(swapped)).rejects.toThrow(/authentication/);
  });

  it('refuses a file stored under another item (files cannot be swapped on disk)', async () => {
    const sealed = await encrypt(randomBytes(100), 'blob-1');
    await expect(decrypt(sealed, 'blob-2')).rejects.toThrow(/authentication/);
  });

  it('refuses something that is not an evidence file', async () => {
    await expect(decrypt(Buffer.from('%PDF-1.7 '.repeat(20)))).rejects.toThrow(/not a Dossier evidence file/);
    await expect(decrypt(Buffer.alloc(10))).rejects.toThrow(/shorter than its header/);
  });

  it('records which vault key made a file, reads it with that key, and detects a changed record', async () => {
    const newKey = randomBytes(32);
    const data = randomBytes(3 * CHUNK + 5);
    const sealed = await collect(source(data).pipe(createEncryptStream(newKey, 'blob-1', CHUNK, 7)));
    expect(keyGenerationOf(sealed.subarray(0, HEADER_BYTES))).toBe(7);
    const keyFor = (generation: number) => (generation === 7 ? newKey : generation === 0 ? key : undefined);
    const parts: Buffer[] = [];
    await pipeline(source(sealed), createDecryptStream(keyFor, 'blob-1'), async function (input) {
      for await (const part of input) parts.push(part as Buffer);
    });
    expect(Buffer.concat(parts).equals(data)).toBe(true);
    // The generation is associated data: claiming the old key's generation fails authentication.
    const relabelled = Buffer.from(sealed);
    relabelled[9] = 0;
    await expect(pipeline(source(relabelled), createDecryptStream((g) => (g === 0 ? newKey : undefined), 'blob-1'), async function (input) {
      for await (const _ of input) void _;
    })).rejects.toThrow(/authentication/);
    const unknown = Buffer.from(sealed);
    unknown[9] = 9;
    await expect(pipeline(source(unknown), createDecryptStream(keyFor, 'blob-1'), async function (input) {
      for await (const _ of input) void _;
    })).rejects.toThrow(/no longer has/);
  });
});
