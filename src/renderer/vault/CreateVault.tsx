// First run, or "Create a new vault": a folder, a passphrase typed twice with the strength
// meter, then the recovery key, shown once. The vault is open when this returns.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Field } from '../ui/Field';
import { StatusMessage } from '../ui/StatusMessage';
import { PassphraseFields, passphraseProblemWhenReady } from './PassphraseFields';
import { RecoveryKeyNotice } from './RecoveryKeyNotice';
import type { UnlockedVault } from './vault-status';

export function CreateVault({
  firstRun,
  onCreated,
  onOpenExisting,
}: {
  firstRun: boolean;
  onCreated: (vault: UnlockedVault) => void;
  onOpenExisting: () => void;
}) {
  const { t } = useTranslation('vault');
  const [dir, setDir] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<{ vault: UnlockedVault; recoveryKey: string } | null>(null);

  async function chooseFolder() {
    setFailure(null);
    try {
      const chosen = await call('dialog.chooseVaultFolder', { purpose: 'create' });
      if (chosen.dir) setDir(chosen.dir);
    } catch (error) {
      setFailure(error);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (busy || !dir || (await passphraseProblemWhenReady(passphrase, confirmation))) return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await call('vault.create', { dir, passphrase });
      if (result.status.state !== 'unlocked') throw new Error('not unlocked');
      setPassphrase('');
      setConfirmation('');
      setCreated({ vault: result.status, recoveryKey: result.recoveryKey });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  if (created) return <RecoveryKeyNotice recoveryKey={created.recoveryKey} onDone={() => onCreated(created.vault)} />;

  return (
    <form className="form gate__form" onSubmit={submit} noValidate aria-labelledby="create-vault-title">
      <h2 id="create-vault-title">{firstRun ? t('create.firstRunTitle') : t('create.title')}</h2>
      <p className="gate__intro">{t('create.intro')}</p>

      <Field label={t('create.folder')} hint={t('create.folderHint')} required error={tried && !dir ? t('create.folderMissing') : undefined}>
        {(control) => (
          <div className="folder-picker">
            <input {...control} type="text" readOnly value={dir} placeholder={t('create.noFolder')} dir="ltr" className="folder-picker__path" />
            <Button onClick={chooseFolder}>{t('create.chooseFolder')}</Button>
          </div>
        )}
      </Field>

      <PassphraseFields
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphrase={setPassphrase}
        onConfirmation={setConfirmation}
        showErrors={tried}
        label={t('passphrase.label')}
      />

      {failure !== null && <ErrorNotice error={failure} />}
      <StatusMessage>{busy ? t('create.creating') : ''}</StatusMessage>
      <div className="form__actions">
        <Button variant="primary" type="submit" busy={busy}>
          {t('create.submit')}
        </Button>
      </div>
      <div className="gate__more">
        <Button variant="quiet" onClick={onOpenExisting} disabled={busy}>
          {firstRun ? t('create.openExisting') : t('create.back')}
        </Button>
      </div>
    </form>
  );
}
