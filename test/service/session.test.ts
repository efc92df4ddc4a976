import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { JobRegistry } from '../../src/core/service/service-context.js';
import { MAX_RECENT_VAULTS, SettingsStore } from '../../src/core/service/settings-store.js';
import { startService } from '../support/core-service.js';
import { PASSPHRASE } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { snapshot } from '../support/vault.js';

const client = { fullName: 'Timur Bekov', fullNameNative: 'Тимур Беков' };

async function vaultDir(name = 'Bekov practice'): Promise<string> {
  return path.join(await tempDir(), name);
}

describe('the vault session', () => {
  it('creates a vault, locks it, and unlocks it with the passphrase and with the recovery key', async () => {
    const { call, value, events } = await startService();
    const dir = await vaultDir();
    const created = await value('vault.create', { dir, passphrase: PASSPHRASE });
    expect(created.status).toEqual({ state: 'unlocked', dir, name: 'Bekov practice' });
    expect(created.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);
    await value('clients.create', client);

    expect(await value('vault.lock')).toEqual({ state: 'locked' });
    expect(events).toEqual([{ type: 'locked', reason: 'user' }]);
    expect(await value('vault.status')).toEqual({ state: 'locked' });
    expect(await call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });

    expect(await value('vault.unlock', { dir, passphrase: PASSPHRASE })).toEqual({ state: 'unlocked', dir, name: 'Bekov practice' });
    expect((await value('clients.list', {})).map((c) => c.fullNameNative)).toEqual(['Тимур Беков']);
    await value('vault.lock');

    // Typed the way a person copies it from paper: lower case, spaces instead of dashes.
    const typed = created.recoveryKey.toLowerCase().replace(/-/g, ' ');
    expect(await value('vault.unlock', { dir, recoveryKey: typed })).toMatchObject({ state: 'unlocked' });
    expect(await value('clients.list', {})).toHaveLength(1);
    expect(await value('vault.recent')).toEqual({ dirs: [dir] });
  });

  it('refuses a wrong passphrase or recovery key with WRONG_SECRET, leaving the vault locked and its files untouched', async () => {
    const { call, value } = await startService();
    const dir = await vaultDir();
    await value('vault.create', { dir, passphrase: PASSPHRASE });
    await value('vault.lock');
    const before = await snapshot(dir);

    const wrong = await call('vault.unlock', { dir, passphrase: 'correct horse battery stapler' });
    expect(wrong).toEqual({ ok: false, error: { code: 'WRONG_SECRET', message: 'The passphrase is wrong. The vault was not changed.' } });
    const wrongKey = await call('vault.unlock', { dir, recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' });
    expect(wrongKey).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });

    expect(await value('vault.status')).toEqual({ state: 'locked' });
    expect(await call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('creates a vault only in an empty or new folder, with a passphrase long enough', async () => {
    const { call } = await startService();
    const occupied = await vaultDir('Documents');
    await mkdir(occupied);
    await writeFile(path.join(occupied, 'letter.txt'), 'not a vault');
    const before = await snapshot(occupied);
    const refused = await call('vault.create', { dir: occupied, passphrase: PASSPHRASE });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VAULT_EXISTS', message: expect.stringContaining(occupied) } });
    expect(await snapshot(occupied)).toEqual(before);

    const file = path.join(occupied, 'letter.txt');
    expect(await call('vault.create', { dir: file, passphrase: PASSPHRASE })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: `A vault cannot be created in ${file}: it is a file, not a folder.` },
    });

    const short = await call('vault.create', { dir: await vaultDir(), passphrase: 'short' });
    expect(short).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('at least 10 characters') } });
    expect(await call('vault.status')).toEqual({ ok: true, value: { state: 'locked' } });
  });

  it('keeps one vault open at a time: unlocking another closes the first', async () => {
    const { value } = await startService();
    const first = await vaultDir('First');
    const second = await vaultDir('Second');
    await value('vault.create', { dir: first, passphrase: PASSPHRASE });
    await value('clients.create', client);
    await value('vault.create', { dir: second, passphrase: PASSPHRASE });
    expect(await value('vault.status')).toMatchObject({ name: 'Second' });
    expect(await value('clients.list', {})).toEqual([]);

    await value('vault.unlock', { dir: first, passphrase: PASSPHRASE });
    expect(await value('vault.status')).toMatchObject({ name: 'First' });
    expect(await value('clients.list', {})).toHaveLength(1);
    expect(await value('vault.recent')).toEqual({ dirs: [first, second] });
    await value('vault.forgetRecent', { dir: second });
    expect(await value('vault.recent')).toEqual({ dirs: [first] });
  });

  it('changes the passphrase only when the current one is given right', async () => {
    const { call, value } = await startService();
    const dir = await vaultDir();
    await value('vault.create', { dir, passphrase: PASSPHRASE });
    const next = 'a new and longer passphrase';

    const refused = await call('vault.changePassphrase', { current: 'not the passphrase', next });
    expect(refused).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET', message: expect.stringContaining('current passphrase is wrong') } });
    expect(await call('vault.changePassphrase', { current: PASSPHRASE, next: 'short' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    await value('vault.changePassphrase', { current: PASSPHRASE, next });
    await value('vault.lock');
    expect(await call('vault.unlock', { dir, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    expect(await value('vault.unlock', { dir, passphrase: next })).toMatchObject({ state: 'unlocked' });
  });

  it('keeps the old passphrase when the vault locks in the middle of a passphrase change', async () => {
    const { call, value, service } = await startService();
    const dir = await vaultDir();
    await value('vault.create', { dir, passphrase: PASSPHRASE });
    const next = 'a new and longer passphrase';
    // The current passphrase is being checked (a key derivation) when the suspend comes.
    const changing = call('vault.changePassphrase', { current: PASSPHRASE, next });
    service.lock('suspend');
    expect(await changing).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(await call('vault.unlock', { dir, passphrase: next })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    expect(await value('vault.unlock', { dir, passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked' });
  });

  it('stays locked when a lock comes while the key is being derived, and tells the window nothing was open', async () => {
    const { call, value, service, events } = await startService();
    const dir = await vaultDir();
    await value('vault.create', { dir, passphrase: PASSPHRASE });
    await value('vault.lock');
    const unlocking = call('vault.unlock', { dir, passphrase: PASSPHRASE });
    service.lock('suspend');
    expect(await unlocking).toEqual({ ok: false, error: { code: 'VAULT_LOCKED', message: 'The vault was locked while it was being opened. Unlock it again.' } });
    expect(await value('vault.status')).toEqual({ state: 'locked' });
    expect(events).toEqual([{ type: 'locked', reason: 'user' }]);
    expect(await value('vault.unlock', { dir, passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked' });
  });

  it('still hands over the recovery key of a vault created while a lock came in, and leaves it locked', async () => {
    const { call, value, service } = await startService();
    const dir = await vaultDir();
    const creating = call('vault.create', { dir, passphrase: PASSPHRASE });
    service.lock('suspend');
    const created = await creating;
    if (!created.ok) throw new Error(`vault.create failed: ${created.error.message}`);
    expect(created.value.status).toEqual({ state: 'locked' });
    expect(await value('vault.unlock', { dir, recoveryKey: created.value.recoveryKey })).toMatchObject({ state: 'unlocked' });
  });

  it('still hands over the recovery key when the list of recent vaults cannot be saved', async () => {
    const settingsDir = path.join(await tempDir(), 'settings');
    await writeFile(settingsDir, 'a file where the settings folder should be');
    const { value } = await startService({ settingsDir });
    const dir = await vaultDir();
    const created = await value('vault.create', { dir, passphrase: PASSPHRASE });
    expect(created.status).toMatchObject({ state: 'unlocked', dir });
    await value('vault.lock');
    expect(await value('vault.unlock', { dir, recoveryKey: created.recoveryKey })).toMatchObject({ state: 'unlocked' });
    expect(await value('vault.recent')).toEqual({ dirs: [] });
  });

  it('refuses a vault folder given without its full location, creating nothing', async () => {
    const { call } = await startService();
    const relative = `relative-vault-${process.pid}`;
    // Were it resolved, it would land in the working folder: clean that up if this ever fails.
    onTestFinished(() => rm(path.resolve(relative), { recursive: true, force: true }));
    for (const [method, input] of [
      ['vault.create', { dir: relative, passphrase: PASSPHRASE }],
      ['vault.unlock', { dir: relative, passphrase: PASSPHRASE }],
    ] as const) {
      expect(await call(method, input), method).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: `The vault folder "${relative}" was not given with its full location; choose the folder again.` },
      });
    }
    expect(existsSync(path.resolve(relative))).toBe(false);
  });

  it('answers every record method with VAULT_LOCKED while locked, but settings and recent vaults still work', async () => {
    const { call, value } = await startService();
    for (const [method, input] of [
      ['clients.list', {}],
      ['clients.create', client],
      ['cases.list', {}],
      ['events.list', { caseId: 'c1' }],
      ['deadlines.upcoming', {}],
      ['persecution.get', { caseId: 'c1' }],
      ['search', { query: '' }],
      ['evidence.list', { caseId: 'c1' }],
    ] as const) {
      expect(await call(method, input as never), method).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    }
    expect(await value('settings.update', { language: 'ru' })).toEqual({ autoLockMinutes: 10, language: 'ru', hideFromScreenCapture: true });
    expect(await value('vault.recent')).toEqual({ dirs: [] });
    expect(await call('vault.changePassphrase', { current: PASSPHRASE, next: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });

  it('locks by itself after the configured minutes without activity, telling the window, but lets a running job finish first', async () => {
    let clock = 0;
    const jobs = new JobRegistry();
    // One "minute" lasts 20 ms of real time here; the injected clock decides when one has passed.
    const { call, value, events } = await startService({ now: () => clock, autoLockMinuteMs: 20, jobs });
    await value('settings.update', { autoLockMinutes: 2 });
    const dir = await vaultDir();
    await value('vault.create', { dir, passphrase: PASSPHRASE });

    // Activity keeps it open: the clock reaches 1.5 minutes, then a report moves the start.
    clock = 30;
    await value('session.activity');
    clock = 60;
    await new Promise((resolve) => setTimeout(resolve, 100)); // five real "minutes": the timer has looked
    expect(events).toEqual([]);

    // An export the lawyer left running is not cut off: the count starts again when it ends.
    const signal = jobs.start('export-0001');
    clock = 71; // two minutes and more since the last activity at 30
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual([]);
    expect(signal.aborted).toBe(false);
    jobs.end('export-0001');

    clock = 112; // two minutes and more since the timer last saw the job running
    await expect.poll(() => events, { timeout: 2000 }).toEqual([{ type: 'locked', reason: 'idle' }]);
    expect(await call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });

  it('follows a change of the auto-lock delay made while the vault is open', async () => {
    let clock = 0;
    const { value, events } = await startService({ now: () => clock, autoLockMinuteMs: 20 });
    await value('vault.create', { dir: await vaultDir(), passphrase: PASSPHRASE });
    clock = 100; // 5 of the default 10 minutes
    await value('settings.update', { autoLockMinutes: 6 });
    clock = 200; // 5 minutes since the update, still under 6
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual([]);
    clock = 221;
    await expect.poll(() => events, { timeout: 2000 }).toEqual([{ type: 'locked', reason: 'idle' }]);
  });

  it('locks on the shell\'s word (suspend) at once, aborting running jobs, tells the window once, and stops everything when closed', async () => {
    const jobs = new JobRegistry();
    const { service, call, value, events } = await startService({ jobs });
    await value('vault.create', { dir: await vaultDir(), passphrase: PASSPHRASE });
    const signal = jobs.start('import-0001');
    service.lock('suspend');
    expect(signal.aborted).toBe(true);
    service.lock('screen-lock'); // already locked: nothing more to tell
    expect(events).toEqual([{ type: 'locked', reason: 'suspend' }]);
    expect(await call('cases.list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });

    const dir = await vaultDir('Other');
    await value('vault.create', { dir, passphrase: PASSPHRASE });
    service.close();
    expect(await call('cases.list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(events).toHaveLength(1);
  });
});

describe('settings', () => {
  it('persist across service instances, and a damaged settings file yields the defaults', async () => {
    const first = await startService();
    expect(await first.value('settings.get')).toEqual({ autoLockMinutes: 10, language: 'en', hideFromScreenCapture: true });
    expect(await first.value('settings.update', { autoLockMinutes: 25 })).toEqual({ autoLockMinutes: 25, language: 'en', hideFromScreenCapture: true });
    await first.value('settings.update', { language: 'ru' });
    first.service.close();

    const second = await startService({ settingsDir: first.settingsDir });
    expect(await second.value('settings.get')).toEqual({ autoLockMinutes: 25, language: 'ru', hideFromScreenCapture: true });
    expect(await second.call('settings.update', { autoLockMinutes: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const file = path.join(first.settingsDir, 'settings.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ autoLockMinutes: 25, language: 'ru', hideFromScreenCapture: true });

    for (const damaged of ['{"autoLockMinutes": 25, "langu', '{"autoLockMinutes": -3, "language": "ru"}', '[]']) {
      await writeFile(file, damaged);
      const third = await startService({ settingsDir: first.settingsDir });
      expect(await third.value('settings.get'), damaged).toEqual({ autoLockMinutes: 10, language: 'en', hideFromScreenCapture: true });
    }
  });

  it('remember the newest ten vault folders, each once, and survive a damaged list', async () => {
    const dir = path.join(await tempDir(), 'settings');
    const store = new SettingsStore(dir);
    for (let i = 1; i <= 12; i += 1) await store.rememberVault(`/vaults/${i}`);
    await store.rememberVault('/vaults/5');
    const expected = ['/vaults/5', '/vaults/12', '/vaults/11', '/vaults/10', '/vaults/9', '/vaults/8', '/vaults/7', '/vaults/6', '/vaults/4', '/vaults/3'];
    expect(expected).toHaveLength(MAX_RECENT_VAULTS);
    expect(await store.recentVaults()).toEqual(expected);
    expect(await new SettingsStore(dir).recentVaults()).toEqual(expected);

    await writeFile(path.join(dir, 'recent-vaults.json'), '{"dirs": "not a list"}');
    expect(await new SettingsStore(dir).recentVaults()).toEqual([]);
  });
});
