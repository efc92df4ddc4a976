// A lock that lands while a new recovery key's header is being written (issue 12, finding 5's
// rekey and new recovery key): once vault.json holds the new recovery slot the old key no longer
// works, so the new one must reach the window whatever happened to the vault meanwhile.
// The lock is forced into that window by letting the real header write finish and locking before
// the call that made it resumes; everything else (SQLCipher, the files, the service) is real.
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listAudit } from '../../src/core/records/audit.js';
import type { VaultHeader } from '../../src/core/vault/key-slots.js';
import type { VaultLayout } from '../../src/core/vault/layout.js';
import { Vault } from '../../src/core/vault/vault.js';
import { CHEAP_ARGON2, startService } from '../support/core-service.js';
import { PASSPHRASE } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const race = vi.hoisted(() => ({ afterFinalHeader: undefined as (() => Promise<unknown>) | undefined }));

vi.mock('../../src/core/vault/header-file.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/vault/header-file.js')>();
  return {
    ...real,
    writeHeader: async (layout: VaultLayout, header: VaultHeader) => {
      await real.writeHeader(layout, header);
      // A rekey's own first write announces the new key (pendingRekey); the final one does not.
      const lockNow = race.afterFinalHeader;
      if (lockNow && !header.pendingRekey) {
        race.afterFinalHeader = undefined;
        await lockNow();
      }
    },
  };
});

afterEach(() => {
  race.afterFinalHeader = undefined;
});

async function newVaultDir(): Promise<string> {
  return path.join(await tempDir(), 'Bekov practice');
}

async function auditOf(dir: string, recoveryKey: string): Promise<string[]> {
  const vault = await Vault.open(dir, { recoveryKey }, { argon2: CHEAP_ARGON2 });
  try {
    return listAudit(vault.db).map((entry) => entry.action);
  } finally {
    vault.close();
  }
}

describe('a lock while the new key slots are written', () => {
  it('rekey: the new recovery key still reaches the window, opens the vault, and the audit log has the rekey', async () => {
    const { call, value, events } = await startService();
    const dir = await newVaultDir();
    const { recoveryKey: old } = await value('vault.create', { dir, passphrase: PASSPHRASE });
    await value('clients.create', { fullName: 'Timur Bekov' });
    race.afterFinalHeader = () => call('vault.lock');

    const renewed = await call('vault.rekey', { passphrase: PASSPHRASE, jobId: 'rekey-locked' });
    expect(events).toContainEqual({ type: 'locked', reason: 'user' });
    expect(renewed).toMatchObject({ ok: true, value: { recoveryKey: expect.any(String) } });
    if (!renewed.ok) return;
    expect(await value('vault.status')).toEqual({ state: 'locked' });
    expect(await call('vault.unlock', { dir, recoveryKey: old })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    expect(await auditOf(dir, renewed.value.recoveryKey)).toContain('vault.rekey');
    await value('vault.unlock', { dir, recoveryKey: renewed.value.recoveryKey });
    expect(await value('clients.list', {})).toHaveLength(1);
  });

  it('new recovery key: the new key still reaches the window, opens the vault, and the audit log has the change', async () => {
    const { call, value } = await startService();
    const dir = await newVaultDir();
    const { recoveryKey: old } = await value('vault.create', { dir, passphrase: PASSPHRASE });
    race.afterFinalHeader = () => call('vault.lock');

    const made = await call('vault.newRecoveryKey', { passphrase: PASSPHRASE });
    expect(made).toMatchObject({ ok: true, value: { recoveryKey: expect.any(String) } });
    if (!made.ok) return;
    expect(await value('vault.status')).toEqual({ state: 'locked' });
    expect(await call('vault.unlock', { dir, recoveryKey: old })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    expect(await auditOf(dir, made.value.recoveryKey)).toContain('vault.recovery-key-change');
  });

  it('passphrase change: the call says it was changed, and the new passphrase opens the vault', async () => {
    const { call, value } = await startService();
    const dir = await newVaultDir();
    await value('vault.create', { dir, passphrase: PASSPHRASE });
    const next = 'Quartz lantern drifts over Tbilisi 1987';
    race.afterFinalHeader = () => call('vault.lock');

    expect(await call('vault.changePassphrase', { current: PASSPHRASE, next })).toEqual({ ok: true, value: { ok: true } });
    expect(await call('vault.unlock', { dir, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    expect(await value('vault.unlock', { dir, passphrase: next })).toMatchObject({ state: 'unlocked' });
    await value('vault.lock');
  });
});
