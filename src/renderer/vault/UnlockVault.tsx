// Unlocking: pick one of the vaults opened before on this computer (or another folder), then
// the passphrase, or the recovery key instead. The key derivation takes about a second, so
// the button shows it is working; a wrong secret is said at the field, which keeps focus.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../api';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TextField } from '../ui/Field';
import { StatusMessage } from '../ui/StatusMessage';
import { folderName, type UnlockedVault } from './vault-status';

export function UnlockVault({
  recent,
  onForget,
  onUnlocked,
  onCreate,
}: {
  recent: readonly string[];
  onForget: (dir: string) => void;
  onUnlocked: (vault: UnlockedVault) => void;
  onCreate: () => void;
}) {
  const { t } = useTranslation(['vault', 'common']);
  const [chosenOther, setChosenOther] = useState<string | null>(null);
  const [dir, setDir] = useState<string>(recent[0] ?? '');
  const [useRecoveryKey, setUseRecoveryKey] = useState(false);
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrongSecret, setWrongSecret] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const secretRef = useRef<HTMLInputElement>(null);

  const dirs = useMemo(() => (chosenOther && !recent.includes(chosenOther) ? [chosenOther, ...recent] : recent), [chosenOther, recent]);

  // Keep a valid choice when a recent vault is forgotten.
  useEffect(() => {
    if (!dirs.includes(dir)) setDir(dirs[0] ?? '');
  }, [dirs, dir]);

  function focusSecret() {
    requestAnimationFrame(() => {
      secretRef.current?.focus();
      secretRef.current?.select();
    });
  }

  async function openAnother() {
    setFailure(null);
    try {
      const chosen = await call('dialog.chooseVaultFolder', { purpose: 'open' });
      if (chosen.dir) {
        setChosenOther(chosen.dir);
        setDir(chosen.dir);
        focusSecret();
      }
    } catch (error) {
      setFailure(error);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !dir || secret === '') {
      focusSecret();
      return;
    }
    setBusy(true);
    setWrongSecret(false);
    setFailure(null);
    try {
      const status = await call('vault.unlock', useRecoveryKey ? { dir, recoveryKey: secret } : { dir, passphrase: secret });
      if (status.state !== 'unlocked') throw new ApiError({ code: 'INTERNAL', message: '' });
      setSecret('');
      onUnlocked(status);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'WRONG_SECRET') setWrongSecret(true);
      else setFailure(error);
      setBusy(false);
      focusSecret();
    }
  }

  const secretLabel = useRecoveryKey ? t('unlock.recoveryKey') : t('unlock.passphrase');

  return (
    <form className="form gate__form" onSubmit={submit} noValidate aria-labelledby="unlock-title">
      <h2 id="unlock-title">{t('unlock.title')}</h2>

      {dirs.length === 0 && (
        <div className="gate__intro">
          <p>{t('unlock.noRecent')}</p>
          <Button onClick={openAnother}>{t('unlock.openAnother')}</Button>
        </div>
      )}
      {dirs.length > 0 && (
        <fieldset className="vault-choice">
          <legend>{t('unlock.recentVaults')}</legend>
          {dirs.map((path) => (
            <div key={path} className={`vault-choice__item${path === dir ? ' vault-choice__item--chosen' : ''}`}>
              <input
                type="radio"
                name="vault"
                id={`vault-${path}`}
                value={path}
                checked={path === dir}
                onChange={() => {
                  setDir(path);
                  setWrongSecret(false);
                }}
              />
              <label htmlFor={`vault-${path}`} className="vault-choice__label">
                <span className="vault-choice__name" dir="auto">
                  {folderName(path)}
                </span>
                <span className="vault-choice__path" dir="ltr">
                  {path}
                </span>
              </label>
              {recent.includes(path) && (
                <Button variant="quiet" size="small" onClick={() => onForget(path)} aria-label={t('unlock.forgetNamed', { name: folderName(path) })}>
                  {t('unlock.forget')}
                </Button>
              )}
            </div>
          ))}
        </fieldset>
      )}

      <TextField
        key={useRecoveryKey ? 'recovery' : 'passphrase'}
        label={secretLabel}
        hint={useRecoveryKey ? t('unlock.recoveryKeyHint') : undefined}
        type={useRecoveryKey ? 'text' : 'password'}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        dir="ltr"
        value={secret}
        onChange={(event) => {
          setSecret(event.target.value);
          setWrongSecret(false);
        }}
        error={wrongSecret ? (useRecoveryKey ? t('unlock.wrongRecoveryKey') : t('unlock.wrongPassphrase')) : undefined}
        inputRef={secretRef}
      />
      <Button
        variant="quiet"
        size="small"
        className="gate__toggle"
        onClick={() => {
          setUseRecoveryKey((value) => !value);
          setSecret('');
          setWrongSecret(false);
          focusSecret();
        }}
      >
        {useRecoveryKey ? t('unlock.usePassphrase') : t('unlock.useRecoveryKey')}
      </Button>

      {failure !== null && <ErrorNotice error={failure} />}
      <StatusMessage>{busy ? t('unlock.unlocking') : ''}</StatusMessage>
      <div className="form__actions">
        <Button variant="primary" type="submit" busy={busy} disabled={!dir}>
          {t('unlock.submit')}
        </Button>
      </div>
      <div className="gate__more">
        {dirs.length > 0 && (
          <Button variant="quiet" onClick={openAnother} disabled={busy}>
            {t('unlock.openAnother')}
          </Button>
        )}
        <Button variant="quiet" onClick={onCreate} disabled={busy}>
          {t('unlock.createNew')}
        </Button>
      </div>
    </form>
  );
}
