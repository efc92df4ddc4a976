// What answers while the vault is locked too: the vault's own state, the recent vaults, the
// settings, and the window's activity reports; and what changes the vault's keys (passphrase,
// recovery key, rekey, travel mode, wipe).
import type { HandlerGroup, ServiceContext } from './service-context.js';
import type { Session } from './session.js';
import type { SettingsStore } from './settings-store.js';
import { runVaultJob } from './vault-work.js';

type SessionMethod =
  | 'vault.status'
  | 'vault.recent'
  | 'vault.forgetRecent'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'vault.setPassphrase'
  | 'vault.rekey'
  | 'vault.newRecoveryKey'
  | 'vault.travel'
  | 'vault.wipe'
  | 'session.activity'
  | 'settings.get'
  | 'settings.update';

export interface SessionHandlerDeps {
  /** For the rekey, a long job: its registration, cancel and progress. */
  ctx: ServiceContext;
  session: Session;
  store: SettingsStore;
  /** Locks the vault the way every lock does (jobs cancelled, window told). */
  lock(reason: 'user'): void;
  /** Called after the settings changed, so the inactivity lock follows the new delay. */
  settingsChanged(): void;
  /** Called once a vault is unlocked: background work a lock or a quit left unfinished resumes. */
  unlocked(): void;
}

export function sessionHandlers({ ctx, session, store, lock, settingsChanged, unlocked }: SessionHandlerDeps): HandlerGroup<SessionMethod> {
  // The recent list is a convenience: a settings folder that cannot be written must not fail a
  // create whose recovery key (shown once) would then never reach the user, nor an unlock that
  // has already opened the vault.
  const remember = (dir: string) => store.rememberVault(dir).catch(() => undefined);

  return {
    'vault.status': () => session.status(),
    'vault.recent': async () => ({ dirs: await store.recentVaults() }),
    'vault.forgetRecent': async ({ dir }) => {
      await store.forgetVault(dir);
      return { ok: true };
    },
    'vault.create': async ({ dir, passphrase }) => {
      const created = await session.create(dir, passphrase);
      await remember(created.dir);
      return { status: session.status(), recoveryKey: created.recoveryKey };
    },
    'vault.unlock': async (input) => {
      const secret = 'recoveryKey' in input ? { recoveryKey: input.recoveryKey } : { passphrase: input.passphrase };
      const opened = await session.unlock(input.dir, secret);
      await remember(opened.dir);
      unlocked();
      return session.status();
    },
    'vault.lock': () => {
      lock('user');
      return session.status();
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await session.changePassphrase(current, next);
      return { ok: true };
    },
    'vault.setPassphrase': async ({ next }) => {
      await session.setPassphrase(next);
      return session.status();
    },
    'vault.rekey': ({ passphrase, jobId }) =>
      runVaultJob(
        ctx,
        jobId,
        () => 'The vault was locked while its key was being renewed. Nothing is lost: it opens as before, and renewing the key again continues where it stopped.',
        async (_vault, signal, progress) => ({
          recoveryKey: await session.rekey(passphrase, {
            signal,
            onProgress: ({ stage, done, total }) => progress('rekey', done, total, stage),
          }),
        }),
        // A rekey that returns has written the new slots: the old recovery key is gone.
        { resultOutlivesLock: true },
      ),
    'vault.newRecoveryKey': async ({ passphrase }) => ({ recoveryKey: await session.newRecoveryKey(passphrase) }),
    'vault.travel': async ({ recoveryKey }) => {
      await session.travel(recoveryKey);
      lock('user');
      return session.status();
    },
    'vault.wipe': async (input) => {
      await session.wipe('recoveryKey' in input ? { recoveryKey: input.recoveryKey } : { passphrase: input.passphrase });
      lock('user');
      return session.status();
    },
    // The activity itself is counted by the service around every call.
    'session.activity': () => ({ ok: true }),
    'settings.get': () => store.get(),
    'settings.update': async (changes) => {
      const next = await store.update(changes);
      settingsChanged();
      return next;
    },
  };
}
