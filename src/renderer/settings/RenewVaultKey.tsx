// Renewing the vault key (rekey): a new random key, the records re-keyed and every file
// re-encrypted, so that an old copy of vault.json with the passphrase of its time opens nothing
// written since. Long on a large vault: progress and Cancel; the core resumes an interrupted
// renewal safely. At the end the new recovery key is shown once (the old one stops working).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, newJobId } from '../api';
import { useJobProgress } from '../case/job-progress';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ProgressBar } from '../ui/ProgressBar';
import { StatusMessage } from '../ui/StatusMessage';
import { RecoveryKeyNotice } from '../vault/RecoveryKeyNotice';
import { PassphraseProof, usePassphraseProof } from './PassphraseProof';

type Outcome = { kind: 'renewed'; recoveryKey: string } | { kind: 'cancelled' } | { kind: 'done' } | null;

export function RenewVaultKey({ oldKeyScheme, onRenewed }: { oldKeyScheme: boolean; onRenewed: () => void }) {
  const { t } = useTranslation('settings');
  const passphrase = usePassphraseProof();
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const progress = useJobProgress(jobId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (jobId || passphrase.value === '') return;
    const job = newJobId();
    setJobId(job);
    passphrase.forgetVerdict();
    setFailure(null);
    setOutcome(null);
    try {
      const { recoveryKey } = await call('vault.rekey', { passphrase: passphrase.value, jobId: job });
      passphrase.clear();
      setTried(false);
      setOutcome({ kind: 'renewed', recoveryKey });
      onRenewed();
    } catch (error) {
      if (passphrase.refusedBy(error)) return;
      if (error instanceof ApiError && error.code === 'CANCELLED') setOutcome({ kind: 'cancelled' });
      else setFailure(error);
    } finally {
      setJobId(null);
      setCancelling(false);
    }
  }

  async function cancel() {
    if (!jobId) return;
    setCancelling(true);
    // The job's own call then fails with CANCELLED, which says what happened.
    await call('jobs.cancel', { jobId }).catch((error: unknown) => setFailure(error));
  }

  if (outcome?.kind === 'renewed') {
    return (
      <div className="panel settings-section">
        <RecoveryKeyNotice
          recoveryKey={outcome.recoveryKey}
          replacesOld
          headingLevel={3}
          doneLabel={t('security.done')}
          onDone={() => setOutcome({ kind: 'done' })}
        />
      </div>
    );
  }

  const running = jobId !== null;
  return (
    <section className="panel settings-section" aria-labelledby="settings-rekey">
      <h3 id="settings-rekey">{t('security.rekey.title')}</h3>
      {oldKeyScheme && <p className="notice">{t('security.rekey.oldScheme')}</p>}
      <p className="muted">{t('security.rekey.intro')}</p>
      <p className="muted">{t('security.rekey.duration')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <PassphraseProof {...passphrase.field(tried)} disabled={running} />
        {failure !== null && <ErrorNotice error={failure} />}
        <div className="form__actions">
          <Button type="submit" busy={running}>
            {t('security.rekey.submit')}
          </Button>
        </div>
      </form>
      {running && (
        <div className="settings-job">
          <ProgressBar
            label={t('security.rekey.progress')}
            done={progress?.done ?? 0}
            total={progress?.total ?? 1}
            detail={progress?.label === 'files' ? t('security.rekey.stageFiles') : progress?.label === 'database' ? t('security.rekey.stageDatabase') : undefined}
          />
          <Button onClick={() => void cancel()} busy={cancelling}>
            {t('security.rekey.cancel')}
          </Button>
        </div>
      )}
      <StatusMessage>
        {outcome?.kind === 'cancelled' && t('security.rekey.cancelled')}
        {outcome?.kind === 'done' && t('security.rekey.done')}
      </StatusMessage>
    </section>
  );
}
