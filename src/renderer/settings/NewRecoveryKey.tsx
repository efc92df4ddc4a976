// A new recovery key, proven with the passphrase: shown once, as at creation, and the old one
// stops opening the vault. For a key that was lost, seen or written down somewhere unsafe.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../api';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { StatusMessage } from '../ui/StatusMessage';
import { RecoveryKeyNotice } from '../vault/RecoveryKeyNotice';
import { PassphraseProof } from './PassphraseProof';

export function NewRecoveryKey() {
  const { t } = useTranslation('settings');
  const [passphrase, setPassphrase] = useState('');
  const [tried, setTried] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setStatus('');
    if (busy || passphrase === '') return;
    setBusy(true);
    setWrong(false);
    setFailure(null);
    try {
      const made = await call('vault.newRecoveryKey', { passphrase });
      setPassphrase('');
      setTried(false);
      setRecoveryKey(made.recoveryKey);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'WRONG_SECRET') setWrong(true);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="panel settings-section">
      {recoveryKey ? (
        <RecoveryKeyNotice
          recoveryKey={recoveryKey}
          replacesOld
          headingLevel={3}
          doneLabel={t('security.done')}
          onDone={() => {
            setRecoveryKey(null);
            setStatus(t('security.recovery.done'));
          }}
        />
      ) : (
        <section className="settings-action" aria-labelledby="settings-recovery">
          <h3 id="settings-recovery">{t('security.recovery.title')}</h3>
          <p className="muted">{t('security.recovery.intro')}</p>
          <form className="form" onSubmit={submit} noValidate>
            <PassphraseProof
              value={passphrase}
              onChange={(value) => {
                setPassphrase(value);
                setWrong(false);
              }}
              missing={tried && passphrase === ''}
              wrong={wrong}
            />
            {failure !== null && <ErrorNotice error={failure} />}
            <div className="form__actions">
              <Button type="submit" busy={busy}>
                {t('security.recovery.submit')}
              </Button>
            </div>
          </form>
        </section>
      )}
      <StatusMessage>{status}</StatusMessage>
    </div>
  );
}
