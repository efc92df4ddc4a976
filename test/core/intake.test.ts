import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeEvidenceFile } from '../../src/core/intake/store-file.js';
import { fixturesDir } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

describe('evidence intake', () => {
  it('detects the type from the content and flags a name that lies about it', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    await copyFile(path.join(fixturesDir, 'order.pdf'), path.join(dir, 'holiday.jpg'));
    await copyFile(path.join(fixturesDir, 'picket.png'), path.join(dir, 'picket.png'));
    await writeFile(path.join(dir, 'note.txt'), 'Протокол допроса, 12.03.2023');
    const disguised = await storeEvidenceFile(vault.blobs, path.join(dir, 'holiday.jpg'));
    expect(disguised).toMatchObject({ mediaType: 'application/pdf', nameMatchesContent: false, originalName: 'holiday.jpg' });
    expect(await storeEvidenceFile(vault.blobs, path.join(dir, 'picket.png'))).toMatchObject({ mediaType: 'image/png', nameMatchesContent: true });
    expect(await storeEvidenceFile(vault.blobs, path.join(dir, 'note.txt'))).toMatchObject({ mediaType: 'text/plain', nameMatchesContent: true });
    vault.close();
  });

  it('refuses a missing file, an empty file and a folder, naming each', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    await writeFile(path.join(dir, 'empty.pdf'), '');
    await mkdir(path.join(dir, 'folder.pdf'));
    for (const [name, reason] of [
      ['missing.pdf', 'file not found'],
      ['empty.pdf', 'the file is empty'],
      ['folder.pdf', 'not a regular file'],
    ] as const) {
      await expect(storeEvidenceFile(vault.blobs, path.join(dir, name))).rejects.toMatchObject({
        code: 'FILE_REFUSED',
        reason,
        message: `${path.join(dir, name)}: ${reason}`,
      });
    }
    vault.close();
  });

  it('stores an exact copy: reading back gives the same bytes and hash', async () => {
    const { vault } = await newVault();
    const stored = await storeEvidenceFile(vault.blobs, path.join(fixturesDir, 'order.pdf'));
    await vault.blobs.publish([stored.blobId]);
    const parts: Buffer[] = [];
    for await (const part of vault.blobs.read(stored.blobId) as AsyncIterable<Buffer>) parts.push(part);
    expect(Buffer.concat(parts).equals(await readFile(path.join(fixturesDir, 'order.pdf')))).toBe(true);
    vault.close();
  });
});
