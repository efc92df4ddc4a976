// Quick wipe: every key slot destroyed (crypto-erase), so nobody, the lawyer included, can open
// this vault again. Asked twice: a first button opens the confirmation, which needs a word typed,
// the passphrase (the core checks it, so a script in the window cannot wipe without it; a vault
// in travel mode never reaches Settings: it asks for a new passphrase first) and a second,
// differently worded button. Copies elsewhere are not touched, and the page says so.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TextField } from '../ui/Field';
import { clearParting, confirmParting, expectParting } from '../vault/parting-notice';
import { PassphraseProof, usePassphraseProof } from './PassphraseProof';

/** The typed word matches whatever its case and surrounding spaces. */
function sameWord(typed: string, word: string): boolean {
  return typed.trim().toLocaleLowerCase() === word.toLocaleLowerCase();
}

export function QuickWipe({ vaultDir, vaultName }: { vaultDir: string; vaultName: string }) {
  const { t } = useTranslation('settings');
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const passphrase = usePassphraseProof();
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  const word = t('security.wipe.word');

  async function wipe(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (busy || !sameWord(typed, word) || passphrase.value === '') return;
    setBusy(true);
    passphrase.forgetVerdict();
    setFailure(null);
    // The vault locks as this succeeds, and the lock can reach the window first.
    expectParting('wipe', vaultDir);
    try {
      await call('vault.wipe', { confirm: 'destroy-every-key', passphrase: passphrase.value });
      confirmParting();
    } catch (error) {
      clearParting();
      if (!passphrase.refusedBy(error)) setFailure(error);
      setBusy(false);
    }
  }

  function stepBack() {
    setAsking(false);
    setTyped('');
    passphrase.clear();
    setTried(false);
    requestAnimationFrame(() => firstButton.current?.focus());
  }

  return (
    <section className="panel settings-section settings-section--danger" aria-labelledby="settings-wipe">
      <h3 id="settings-wipe">{t('security.wipe.title')}</h3>
      <p>{t('security.wipe.intro')}</p>
      <p className="muted">{t('security.wipe.copies')}</p>
      {!asking ? (
        <div className="form__actions">
          <Button ref={firstButton} variant="danger" onClick={() => setAsking(true)}>
            {t('security.wipe.start', { name: vaultName })}
          </Button>
        </div>
      ) : (
        <form className="form settings-confirm" onSubmit={wipe} noValidate aria-labelledby="settings-wipe-confirm">
          <p id="settings-wipe-confirm" className="settings-confirm__question">
            {t('security.wipe.question', { name: vaultName })}
          </p>
          <TextField
            label={t('security.wipe.typeWord', { word })}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            value={typed}
            disabled={busy}
            onChange={(event) => setTyped(event.target.value)}
            error={tried && !sameWord(typed, word) ? t('security.wipe.wordMissing', { word }) : undefined}
          />
          <PassphraseProof {...passphrase.field(tried)} disabled={busy} />
          {failure !== null && <ErrorNotice error={failure} />}
          <div className="form__actions">
            <Button variant="danger" type="submit" busy={busy}>
              {t('security.wipe.confirm')}
            </Button>
            <Button onClick={stepBack} disabled={busy}>
              {t('security.wipe.keep')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
