// What the window shows while no vault is open: the reason it locked (if it did, or what travel
// mode or a wipe in Settings just did), then either the unlock form (vaults were opened here
// before) or vault creation (first run).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useLoaded } from '../ui/useLoaded';
import { CreateVault } from './CreateVault';
import { clearParting, usePartingNotice } from './parting-notice';
import { UnlockVault } from './UnlockVault';
import { folderName, type UnlockedVault } from './vault-status';

export function LockedScreen({ notice, onUnlocked }: { notice?: string | undefined; onUnlocked: (vault: UnlockedVault) => void }) {
  const { t } = useTranslation(['vault', 'common']);
  const parting = usePartingNotice();
  const parted = parting?.confirmed ? parting : null;
  // A wiped vault can never open again: it leaves the list of vaults on this computer.
  const wipedDir = parted?.kind === 'wipe' ? parted.dir : null;
  const { state: recent, reload, setValue } = useLoaded(async () => {
    if (wipedDir) await call('vault.forgetRecent', { dir: wipedDir }).catch(() => undefined);
    return (await call('vault.recent')).dirs;
  }, [wipedDir]);
  // Until the person picks, first run means creating and otherwise unlocking.
  const [mode, setMode] = useState<'unlock' | 'create' | null>(null);
  const [forgetFailure, setForgetFailure] = useState<unknown>(null);

  async function forget(dir: string) {
    setForgetFailure(null);
    try {
      await call('vault.forgetRecent', { dir });
      if (recent.status === 'ready') setValue(recent.value.filter((item) => item !== dir));
    } catch (error) {
      setForgetFailure(error);
    }
  }

  const firstRun = recent.status === 'ready' && recent.value.length === 0;
  // While Settings waits for the core's answer, neither the plain "locked" nor a claim yet.
  const shownNotice = parted ? t(`parted.${parted.kind}`, { name: folderName(parted.dir) }) : parting ? undefined : notice;
  const unlocked = (vault: UnlockedVault) => {
    clearParting();
    onUnlocked(vault);
  };

  return (
    <div className="gate">
      <header className="gate__brand">
        <h1 className="gate__title">{t('common:appName')}</h1>
        <p className="gate__tagline">{t('gate.tagline')}</p>
      </header>
      <main className="gate__card" id="main">
        {shownNotice && (
          <p className={`gate__notice${parted ? ` gate__notice--${parted.kind}` : ''}`} role="status">
            {shownNotice}
          </p>
        )}
        {recent.status === 'loading' && <p className="muted">{t('common:loading')}</p>}
        {recent.status === 'failed' && <ErrorNotice error={recent.error} onRetry={reload} />}
        {forgetFailure !== null && <ErrorNotice error={forgetFailure} />}
        {recent.status === 'ready' &&
          ((mode ?? (firstRun ? 'create' : 'unlock')) === 'create' ? (
            <CreateVault firstRun={firstRun} onCreated={unlocked} onOpenExisting={() => setMode('unlock')} />
          ) : (
            <UnlockVault recent={recent.value} onForget={forget} onUnlocked={unlocked} onCreate={() => setMode('create')} />
          ))}
      </main>
      <footer className="gate__footer">{t('gate.offline')}</footer>
    </div>
  );
}
