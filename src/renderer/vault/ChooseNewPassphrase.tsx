// Back from travel mode: the vault opened with its recovery key and no passphrase opens it yet.
// The window asks for a new one before showing anything else; the only other way out is to lock
// again, said as such, so the vault is never left without a passphrase by accident.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { StatusMessage } from '../ui/StatusMessage';
import { PassphraseFields, passphraseProblemWhenReady } from './PassphraseFields';
import type { UnlockedVault } from './vault-status';

export function ChooseNewPassphrase({ vault, onDone }: { vault: UnlockedVault; onDone: (vault: UnlockedVault) => void }) {
  const { t } = useTranslation(['vault', 'common']);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [locking, setLocking] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (busy || (await passphraseProblemWhenReady(passphrase, confirmation))) return;
    setBusy(true);
    setFailure(null);
    try {
      const status = await call('vault.setPassphrase', { next: passphrase });
      // A lock that came in meanwhile: App shows the unlock screen on its event.
      if (status.state !== 'unlocked') return;
      setPassphrase('');
      setConfirmation('');
      onDone(status);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  async function lock() {
    setLocking(true);
    setFailure(null);
    try {
      // The core answers with a `locked` event; App switches to the unlock screen on it.
      await call('vault.lock');
    } catch (error) {
      setFailure(error);
      setLocking(false);
    }
  }

  return (
    <div className="gate">
      <header className="gate__brand">
        <h1 className="gate__title">{t('common:appName')}</h1>
        <p className="gate__tagline" dir="auto">
          {vault.name}
        </p>
      </header>
      <main className="gate__card" id="main">
        <form className="form gate__form" onSubmit={submit} noValidate aria-labelledby="new-passphrase-title">
          <h2 id="new-passphrase-title">{t('newPassphrase.title')}</h2>
          <p className="gate__intro">{t('newPassphrase.intro')}</p>
          <PassphraseFields
            passphrase={passphrase}
            confirmation={confirmation}
            onPassphrase={setPassphrase}
            onConfirmation={setConfirmation}
            showErrors={tried}
            autoFocus
          />
          {failure !== null && <ErrorNotice error={failure} />}
          <StatusMessage>{busy ? t('newPassphrase.saving') : ''}</StatusMessage>
          <div className="form__actions">
            <Button variant="primary" type="submit" busy={busy} disabled={locking}>
              {t('newPassphrase.submit')}
            </Button>
          </div>
          <div className="gate__more">
            <p className="muted">{t('newPassphrase.lockInstead')}</p>
            <Button onClick={() => void lock()} busy={locking} disabled={busy}>
              {t('newPassphrase.lock')}
            </Button>
          </div>
        </form>
      </main>
    </div>
  );
}
