// What the window shows while no vault is open: the reason it locked (if it did), then either
// the unlock form (vaults were opened here before) or vault creation (first run).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CreateVault } from './CreateVault';
import { UnlockVault } from './UnlockVault';
import type { UnlockedVault } from './vault-status';

type Recent = { status: 'loading' } | { status: 'ready'; dirs: string[] } | { status: 'failed'; error: unknown };

export function LockedScreen({ notice, onUnlocked }: { notice?: string | undefined; onUnlocked: (vault: UnlockedVault) => void }) {
  const { t } = useTranslation(['vault', 'common']);
  const [recent, setRecent] = useState<Recent>({ status: 'loading' });
  // Until the person picks, first run means creating and otherwise unlocking.
  const [mode, setMode] = useState<'unlock' | 'create' | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    call('vault.recent')
      .then(({ dirs }) => current && setRecent({ status: 'ready', dirs }))
      .catch((error: unknown) => current && setRecent({ status: 'failed', error }));
    return () => {
      current = false;
    };
  }, [generation]);

  async function forget(dir: string) {
    try {
      await call('vault.forgetRecent', { dir });
      setRecent((current) => (current.status === 'ready' ? { status: 'ready', dirs: current.dirs.filter((item) => item !== dir) } : current));
    } catch (error) {
      setRecent({ status: 'failed', error });
    }
  }

  const firstRun = recent.status === 'ready' && recent.dirs.length === 0;

  return (
    <div className="gate">
      <header className="gate__brand">
        <h1 className="gate__title">{t('common:appName')}</h1>
        <p className="gate__tagline">{t('gate.tagline')}</p>
      </header>
      <main className="gate__card" id="main">
        {notice && (
          <p className="gate__notice" role="status">
            {notice}
          </p>
        )}
        {recent.status === 'loading' && <p className="muted">{t('common:loading')}</p>}
        {recent.status === 'failed' && <ErrorNotice error={recent.error} onRetry={() => setGeneration((value) => value + 1)} />}
        {recent.status === 'ready' &&
          ((mode ?? (firstRun ? 'create' : 'unlock')) === 'create' ? (
            <CreateVault firstRun={firstRun} onCreated={onUnlocked} onOpenExisting={() => setMode('unlock')} />
          ) : (
            <UnlockVault recent={recent.dirs} onForget={forget} onUnlocked={onUnlocked} onCreate={() => setMode('create')} />
          ))}
      </main>
      <footer className="gate__footer">{t('gate.offline')}</footer>
    </div>
  );
}
