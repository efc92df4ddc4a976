// The window's top level: read the settings (for the language), ask whether a vault is open,
// then show the locked screens or the workspace. A `locked` event from the core, whatever its
// cause, drops the whole workspace tree (and with it every piece of client data in React
// state) and shows the unlock screen with the reason. Only where the window was (record ids and a
// tab name, for that vault) stays in memory across the lock, so unlocking goes back there.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppEvent, Settings } from '../shared/contract';
import { call, onAppEvent } from './api';
import { setUpI18n } from './i18n';
import { ErrorNotice } from './ui/ErrorNotice';
import { LockedScreen } from './vault/LockedScreen';
import { useActivityReport } from './vault/use-activity-report';
import type { Place } from './vault/routes';
import type { UnlockedVault } from './vault/vault-status';
import { VaultWorkspace } from './vault/VaultWorkspace';

const defaultSettings: Settings = { autoLockMinutes: 10, language: 'en', hideFromScreenCapture: true };

type Phase =
  | { name: 'starting' }
  | { name: 'failed'; error: unknown }
  | { name: 'locked'; reason?: Extract<AppEvent, { type: 'locked' }>['reason'] }
  | { name: 'unlocked'; vault: UnlockedVault; session: number };

export function App() {
  const [ready, setReady] = useState(false);
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [phase, setPhase] = useState<Phase>({ name: 'starting' });
  const [attempt, setAttempt] = useState(0);
  const lastPlace = useRef<{ vaultDir: string; place: Place } | null>(null);

  // Reported from the top, so time spent on the recovery key screen counts as activity too.
  useActivityReport();

  useEffect(() => {
    let current = true;
    (async () => {
      // Settings come first: they hold the language the first screen is written in.
      const loaded = await call('settings.get').catch(() => defaultSettings);
      if (!current) return;
      await setUpI18n(loaded.language);
      if (!current) return;
      setSettings(loaded);
      setReady(true);
      const status = await call('vault.status');
      if (!current) return;
      setPhase(status.state === 'unlocked' ? { name: 'unlocked', vault: status, session: Date.now() } : { name: 'locked' });
    })().catch((error: unknown) => {
      if (current) setPhase({ name: 'failed', error });
    });
    return () => {
      current = false;
    };
  }, [attempt]);

  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.type === 'locked') setPhase({ name: 'locked', reason: event.reason });
      }),
    [],
  );

  if (!ready && phase.name !== 'failed') return <p className="boot">…</p>;
  return (
    <Screen
      phase={phase}
      settings={settings}
      setSettings={setSettings}
      setPhase={setPhase}
      retry={() => setAttempt((value) => value + 1)}
      lastPlace={lastPlace}
    />
  );
}

function Screen({
  phase,
  settings,
  setSettings,
  setPhase,
  retry,
  lastPlace,
}: {
  phase: Phase;
  settings: Settings;
  setSettings: (settings: Settings) => void;
  setPhase: (phase: Phase) => void;
  retry: () => void;
  lastPlace: { current: { vaultDir: string; place: Place } | null };
}) {
  const { t } = useTranslation(['vault', 'common']);
  switch (phase.name) {
    case 'starting':
      return <p className="boot">{t('common:loading')}</p>;
    case 'failed':
      return (
        <main className="boot" id="main">
          <h1>{t('common:appName')}</h1>
          <ErrorNotice error={phase.error} onRetry={retry} />
        </main>
      );
    case 'locked': {
      const notice =
        phase.reason === 'idle'
          ? t('locked.idle', { count: settings.autoLockMinutes })
          : phase.reason === 'suspend'
            ? t('locked.suspend')
            : phase.reason === 'screen-lock'
              ? t('locked.screenLock')
              : phase.reason === 'user'
                ? t('locked.user')
                : undefined;
      return <LockedScreen notice={notice} onUnlocked={(vault) => setPhase({ name: 'unlocked', vault, session: Date.now() })} />;
    }
    case 'unlocked': {
      const { vault } = phase;
      // Another vault opened after the lock starts at its home page.
      const returnTo = lastPlace.current?.vaultDir === vault.dir ? lastPlace.current.place : undefined;
      return (
        <VaultWorkspace
          key={phase.session}
          vault={vault}
          settings={settings}
          onSettingsChanged={setSettings}
          returnTo={returnTo}
          onPlace={(place) => (lastPlace.current = { vaultDir: vault.dir, place })}
        />
      );
    }
  }
}
