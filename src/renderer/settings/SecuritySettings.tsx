// Settings' security area: what the window shows to others, and the actions on the vault's
// keys, mildest first (a new recovery key, a renewed vault key, travel mode, the wipe). Each says
// in one sentence what it does and what it cannot do.
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/contract';
import { call } from '../api';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useLoaded } from '../ui/useLoaded';
import { NewRecoveryKey } from './NewRecoveryKey';
import { QuickWipe } from './QuickWipe';
import { RenewVaultKey } from './RenewVaultKey';
import { ScreenCaptureSetting } from './ScreenCaptureSetting';
import { TravelMode } from './TravelMode';

export function SecuritySettings({ settings, onSettingsChanged }: { settings: Settings; onSettingsChanged: (settings: Settings) => void }) {
  const { t } = useTranslation('settings');
  // Read here rather than passed down: renewing the key changes what it says.
  const { state: status, reload } = useLoaded(() => call('vault.status'), []);
  const vault = status.status === 'ready' && status.value.state === 'unlocked' ? status.value : null;

  return (
    <section className="settings-security" aria-labelledby="settings-security">
      <h2 id="settings-security">{t('security.title')}</h2>
      <ScreenCaptureSetting settings={settings} onSettingsChanged={onSettingsChanged} />
      {status.status === 'failed' && <ErrorNotice error={status.error} onRetry={reload} />}
      {vault && (
        <>
          <NewRecoveryKey />
          <RenewVaultKey oldKeyScheme={vault.oldKeyScheme === true} onRenewed={reload} />
          <TravelMode vaultDir={vault.dir} />
          <QuickWipe vaultDir={vault.dir} vaultName={vault.name} />
        </>
      )}
    </section>
  );
}
