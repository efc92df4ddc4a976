// Changing the passphrase: the current one, then the new one twice with the strength meter.
// The vault key is only re-wrapped, so this is instant; the recovery key stays valid.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../api';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TextField } from '../ui/Field';
import { StatusMessage } from '../ui/StatusMessage';
import { PassphraseFields, passphraseProblemWhenReady } from '../vault/PassphraseFields';

export function ChangePassphrase() {
  const { t } = useTranslation('settings');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [tried, setTried] = useState(false);
  const [wrongCurrent, setWrongCurrent] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  // Remounting the fields after success clears them and the meter together.
  const [generation, setGeneration] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setStatus('');
    if (saving || current === '' || (await passphraseProblemWhenReady(next, confirmation))) return;
    setSaving(true);
    setFailure(null);
    setWrongCurrent(false);
    try {
      await call('vault.changePassphrase', { current, next });
      setCurrent('');
      setNext('');
      setConfirmation('');
      setTried(false);
      setGeneration((value) => value + 1);
      setStatus(t('passphrase.changed'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'WRONG_SECRET') setWrongCurrent(true);
      else setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="panel settings-section" aria-labelledby="settings-passphrase">
      <h2 id="settings-passphrase">{t('passphrase.title')}</h2>
      <p className="muted">{t('passphrase.intro')}</p>
      <form className="form" onSubmit={submit} noValidate key={generation}>
        <TextField
          type="password"
          label={t('passphrase.current')}
          autoComplete="current-password"
          required
          dir="ltr"
          value={current}
          onChange={(event) => {
            setCurrent(event.target.value);
            setWrongCurrent(false);
          }}
          error={wrongCurrent ? t('passphrase.wrongCurrent') : tried && current === '' ? t('passphrase.currentMissing') : undefined}
        />
        <PassphraseFields passphrase={next} confirmation={confirmation} onPassphrase={setNext} onConfirmation={setConfirmation} showErrors={tried} />
        {failure !== null && <ErrorNotice error={failure} />}
        <div className="form__actions">
          <Button variant="primary" type="submit" busy={saving}>
            {t('passphrase.submit')}
          </Button>
        </div>
      </form>
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
