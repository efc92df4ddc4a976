// A new recovery key, proven with the passphrase: shown once, as at creation, and the old one
// stops opening the vault. For a key that was lost, seen or written down somewhere unsafe.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { StatusMessage } from '../ui/StatusMessage';
import { RecoveryKeyNotice } from '../vault/RecoveryKeyNotice';
import { PassphraseProof, usePassphraseProof } from './PassphraseProof';

export function NewRecoveryKey() {
  const { t } = useTranslation('settings');
  const passphrase = usePassphraseProof();
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setStatus('');
    if (busy || passphrase.value === '') return;
    setBusy(true);
    passphrase.forgetVerdict();
    setFailure(null);
    try {
      const made = await call('vault.newRecoveryKey', { passphrase: passphrase.value });
      passphrase.clear();
      setTried(false);
      setRecoveryKey(made.recoveryKey);
    } catch (error) {
      if (!passphrase.refusedBy(error)) setFailure(error);
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
            <PassphraseProof {...passphrase.field(tried)} />
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
