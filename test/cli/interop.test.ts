// The records must outlive this app: stock SQLCipher 4 (Signal's build of it, a test-only
// dependency) opens the vault with the key that `dossier raw-key` prints.
import path from 'node:path';
import Database from '@signalapp/sqlcipher';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PASSPHRASE, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

describe('interoperability with stock SQLCipher 4', () => {
  it('reads the case back with the raw key from `dossier raw-key`', async () => {
    const work = await tempDir();
    const vault = path.join(work, 'vault');
    const env = { DOSSIER_PASSPHRASE: PASSPHRASE };
    expect((await runCli(['init', vault], env)).code).toBe(0);
    const caseId = (await runCli(['import', vault, await writeSampleCase(work)], env)).stdout.trim();
    const rawKey = await runCli(['raw-key', vault], env);
    expect(rawKey.code).toBe(0);
    const { database, key } = JSON.parse(rawKey.stdout) as { database: string; key: string };
    expect(database).toBe(path.join(vault, 'vault.db'));
    expect(key).toMatch(/^[0-9a-f]{64}$/);

    const db = new Database(database);
    db.pragma(`key = "x'${key}'"`);
    expect(db.pragma('cipher_version', { simple: true })).toMatch(/^4\./);
    const row = db
      .prepare(`SELECT c.title, c.reference, cl.full_name_native, json_extract(cl.data, '$.dateOfBirth') AS born
                  FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE c.id = $id`)
      .get({ id: caseId });
    expect(row).toEqual({
      title: 'Sadykova: interim measures against extradition',
      reference: 'CAT-2026-014',
      full_name_native: 'Әйгерім Нұрланқызы Садықова',
      born: '1994-03-12',
    });
    expect(db.prepare('SELECT count(*) AS n FROM evidence').get()).toEqual({ n: 3 });
    const audit = db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['vault.create', 'case.import', 'vault.raw-key-export']);
    db.close();
  });

  it('refuses the wrong key in stock SQLCipher too', async () => {
    const work = await tempDir();
    const vault = path.join(work, 'vault');
    await runCli(['init', vault], { DOSSIER_PASSPHRASE: PASSPHRASE });
    const db = new Database(path.join(vault, 'vault.db'));
    db.pragma(`key = "x'${'00'.repeat(32)}'"`);
    expect(() => db.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(/not a database/);
    db.close();
  });
});
