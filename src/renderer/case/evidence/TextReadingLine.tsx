// A line above the files while the core reads their text (OCR and the like): which file of how
// many, which page of the file under way, and Cancel; when nothing runs, "Read the text of the
// files again" (after new language data, say). Files read before a cancel keep their text.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, newJobId } from '../../api';
import { Button } from '../../ui/Button';
import type { TextReadingState } from './text-reading';

export function TextReadingLine({ caseId, reading }: { caseId: string; reading: TextReadingState }) {
  const { t } = useTranslation('evidence');
  const [starting, setStarting] = useState(false);
  const [failed, setFailed] = useState(false);
  const { running, ended } = reading;

  const readAgain = () => {
    setStarting(true);
    setFailed(false);
    // The call lasts as long as the reading; its progress comes as textReading events.
    call('evidence.readText', { caseId, jobId: newJobId(), again: true })
      .catch((error: unknown) => {
        if (!(error instanceof ApiError && (error.code === 'CANCELLED' || error.code === 'VAULT_LOCKED'))) setFailed(true);
      })
      .finally(() => setStarting(false));
  };

  if (running) {
    return (
      <div className="cw-text-reading" role="group" aria-label={t('text.heading')}>
        <p className="cw-text-reading__where" role="status">
          {running.state === 'waiting' ? (
            t('reading.waiting')
          ) : (
            <>
              {t('reading.progress', { done: Math.min(running.filesDone + 1, running.filesTotal), total: running.filesTotal })}
              {running.current && running.pagesTotal > 0 && (
                <>
                  {' · '}
                  {t('reading.page', { page: Math.min(running.pagesDone + 1, running.pagesTotal), pages: running.pagesTotal, name: running.current.name })}
                </>
              )}
            </>
          )}
        </p>
        <progress
          className="cw-text-reading__bar"
          max={Math.max(running.filesTotal, 1)}
          value={running.filesDone + (running.pagesTotal > 0 ? running.pagesDone / running.pagesTotal : 0)}
          aria-label={t('text.heading')}
        />
        <Button size="small" onClick={() => void call('jobs.cancel', { jobId: running.jobId })}>
          {t('reading.cancel')}
        </Button>
      </div>
    );
  }

  return (
    <div className="cw-text-reading cw-text-reading--idle">
      <Button size="small" variant="quiet" busy={starting} onClick={readAgain}>
        {t('reading.again')}
      </Button>
      <p className="muted" role="status">
        {ended === 'cancelled' ? t('reading.cancelled') : ended === 'failed' || failed ? t('reading.failed') : ''}
      </p>
    </div>
  );
}
