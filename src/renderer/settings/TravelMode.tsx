// Travel mode, before crossing a border: every passphrase slot is removed and the vault locks,
// so only the recovery key (on paper, kept apart from the laptop) opens it; there is then no
// passphrase to be made to reveal. The key is typed here first, and the core turns travel mode
// on only if it opens the vault: nobody leaves with a key they cannot type.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../api';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TextField } from '../ui/Field';
import { clearParting, confirmParting, expectParting } from '../vault/parting-notice';

export function TravelMode({ vaultDir }: { vaultDir: string }) {
  const { t } = useTranslation('settings');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [tried, setTried] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (busy || recoveryKey.trim() === '') return;
    setBusy(true);
    setWrong(false);
    setFailure(null);
    // The vault locks as this succeeds, and the lock can reach the window first.
    expectParting('travel', vaultDir);
    try {
      await call('vault.travel', { recoveryKey: recoveryKey.trim() });
      confirmParting();
    } catch (error) {
      clearParting();
      if (error instanceof ApiError && error.code === 'WRONG_SECRET') setWrong(true);
      else setFailure(error);
      setBusy(false);
    }
  }

  return (
    <section className="panel settings-section" aria-labelledby="settings-travel">
      <h3 id="settings-travel">{t('security.travel.title')}</h3>
      <p>{t('security.travel.intro')}</p>
      <p className="muted">{t('security.travel.return')}</p>
      <p className="muted">{t('security.travel.limits')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('security.travel.recoveryKey')}
          hint={t('security.travel.recoveryKeyHint')}
          required
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          value={recoveryKey}
          onChange={(event) => {
            setRecoveryKey(event.target.value);
            setWrong(false);
          }}
          error={wrong ? t('security.travel.wrongKey') : tried && recoveryKey.trim() === '' ? t('security.travel.keyMissing') : undefined}
        />
        {failure !== null && <ErrorNotice error={failure} />}
        <div className="form__actions">
          <Button variant="danger" type="submit" busy={busy}>
            {t('security.travel.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
