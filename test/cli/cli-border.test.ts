// Border mode and key changes at the command line (issue 12): travel, wipe, rekey, recovery-key,
// and raw-key's refusal for a format 1 vault, through the real CLI in a child process.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Database from '@signalapp/sqlcipher';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { copyOfV1Vault, V1_RECOVERY_KEY } from '../support/old-vault.js';
import { PASSPHRASE } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { snapshot } from '../support/vault.js';

const secret = { DOSSIER_PASSPHRASE: PASSPHRASE };
const NEXT = 'Quartz lantern drifts over Tbilisi 1987';

async function initVault(): Promise<{ vault: string; recoveryKey: string }> {
  const vault = path.join(await tempDir(), 'vault');
  const init = await runCli(['init', vault, '--json'], secret);
  expect(init.code, init.stderr).toBe(0);
  return { vault, recoveryKey: (JSON.parse(init.stdout) as { recoveryKey: string }).recoveryKey };
}

describe('command line: border mode and key changes', () => {
  it('travel checks the recovery key first; afterwards no passphrase opens the vault, the recovery key does and says how to set one', async () => {
    const { vault, recoveryKey } = await initVault();
    const before = await snapshot(vault);
    const mistyped = await runCli(['travel', vault], { ...secret, DOSSIER_RECOVERY_KEY: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' });
    expect(mistyped.code).toBe(5);
    expect(mistyped.stderr).toMatch(/recovery key is wrong\. Travel mode was not turned on/);
    expect(await snapshot(vault)).toEqual(before);

    const travel = await runCli(['travel', vault], { ...secret, DOSSIER_RECOVERY_KEY: recoveryKey });
    expect(travel.code, travel.stderr).toBe(0);
    expect(travel.stdout).toMatch(/Travel mode is on/);
    expect((await runCli(['cases', vault], secret)).code).toBe(5);

    const back = await runCli(['cases', vault], { DOSSIER_RECOVERY_KEY: recoveryKey });
    expect(back.code).toBe(0);
    expect(back.stderr).toMatch(/no passphrase is set for this vault .*dossier passwd/);
    expect((await runCli(['passwd', vault], { DOSSIER_RECOVERY_KEY: recoveryKey, DOSSIER_NEW_PASSPHRASE: NEXT })).code).toBe(0);
    const opened = await runCli(['cases', vault], { DOSSIER_PASSPHRASE: NEXT });
    expect(opened.code).toBe(0);
    expect(opened.stderr).toBe('');
  });

  it('wipe refuses a script without --yes-destroy-everything; with it, nothing opens the vault again', async () => {
    const { vault, recoveryKey } = await initVault();
    const header = await readFile(path.join(vault, 'vault.json'), 'utf8');
    const refused = await runCli(['wipe', vault]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--yes-destroy-everything/);
    expect(await readFile(path.join(vault, 'vault.json'), 'utf8')).toBe(header);
    expect((await runCli(['wipe', vault, '--yes'])).code).toBe(2);

    const wiped = await runCli(['wipe', vault, '--yes-destroy-everything']);
    expect(wiped.code, wiped.stderr).toBe(0);
    expect(wiped.stdout).toMatch(/nobody can open this vault again\. Copies of vault\.json elsewhere \(backups\) are not affected/);
    for (const env of [secret, { DOSSIER_RECOVERY_KEY: recoveryKey }]) {
      const after = await runCli(['cases', vault], env);
      expect(after.code).toBe(1);
      expect(after.stderr).toMatch(/^dossier: This vault was wiped on .*; it cannot be opened/);
    }
  });

  it('rekey and recovery-key print a new recovery key, and the old one stops working', async () => {
    const { vault, recoveryKey: first } = await initVault();
    const rekey = await runCli(['rekey', vault, '--progress', '--json'], secret);
    expect(rekey.code, rekey.stderr).toBe(0);
    expect(rekey.stderr).toMatch(/progress: rekey database/);
    const second = (JSON.parse(rekey.stdout) as { recoveryKey: string }).recoveryKey;
    expect((await runCli(['cases', vault], { DOSSIER_RECOVERY_KEY: first })).code).toBe(5);
    expect((await runCli(['cases', vault], { DOSSIER_RECOVERY_KEY: second })).code).toBe(0);

    const renewed = await runCli(['recovery-key', vault], secret);
    expect(renewed.code, renewed.stderr).toBe(0);
    const third = /\n {4}([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})/.exec(renewed.stdout)![1]!;
    expect((await runCli(['cases', vault], { DOSSIER_RECOVERY_KEY: second })).code).toBe(5);
    expect((await runCli(['cases', vault], { DOSSIER_RECOVERY_KEY: third })).code).toBe(0);
    const byRecoveryKey = await runCli(['recovery-key', vault], { DOSSIER_RECOVERY_KEY: third });
    expect(byRecoveryKey.code).toBe(1);
    expect(byRecoveryKey.stderr).toMatch(/proven with the passphrase/);
  });

  it('raw-key refuses a format 1 vault until it is rekeyed; then stock SQLCipher opens the database with it', async () => {
    const vault = await copyOfV1Vault();
    const refused = await runCli(['raw-key', vault], secret);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^dossier: This vault still uses one key for its records and its evidence files.*dossier rekey VAULT/m);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/note: this vault's key is due for renewal/);

    expect((await runCli(['rekey', vault], secret)).code).toBe(0);
    expect((await runCli(['cases', vault], { DOSSIER_RECOVERY_KEY: V1_RECOVERY_KEY })).code).toBe(5);
    const rawKey = await runCli(['raw-key', vault], secret);
    expect(rawKey.code, rawKey.stderr).toBe(0);
    expect(rawKey.stderr).toBe('');
    const { database, key } = JSON.parse(rawKey.stdout) as { database: string; key: string };
    const db = new Database(database);
    db.pragma(`key = "x'${key}'"`);
    expect(db.prepare('SELECT count(*) AS n FROM evidence').get()).toEqual({ n: 3 });
    db.close();
    const verify = await runCli(['verify', vault], secret);
    expect(verify.code, verify.stdout).toBe(0);
  });
});
