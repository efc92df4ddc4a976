// Bringing files into the case: drop many at once on the drop zone, or choose them with
// "Add files…". The core copies and hashes them while a progress bar follows its events; a
// refused file is named with its reason and the others go in; a file the case already holds is
// not added again unless the lawyer says "Add anyway".
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { ApiError, call, newJobId } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ProgressBar } from '../../ui/ProgressBar';
import { StatusMessage } from '../../ui/StatusMessage';
import { droppedFilePaths } from '../file-path';
import { useJobProgress } from '../job-progress';
import { DuplicateFiles, type DuplicateFile } from './DuplicateFiles';

const MAX_FILES = 2000;

type Outcome =
  | { kind: 'done'; result: MethodOutput<'evidence.import'>; withoutPath: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'tooMany'; count: number }
  | { kind: 'noPaths' };

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export function EvidenceImport({ caseId, compact, onImported }: { caseId: string; compact: boolean; onImported: () => void }) {
  const { t } = useTranslation(['evidence', 'common']);
  const [jobId, setJobId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateFile[]>([]);
  const addRef = useRef<HTMLButtonElement>(null);
  const progress = useJobProgress(jobId);

  const start = async (files: string[], withoutPath = 0, allowDuplicates = false) => {
    if (files.length === 0) {
      if (withoutPath > 0) setOutcome({ kind: 'noPaths' });
      return;
    }
    if (files.length > MAX_FILES) {
      setOutcome({ kind: 'tooMany', count: files.length });
      return;
    }
    const job = newJobId();
    setJobId(job);
    setOutcome(null);
    setDuplicates([]);
    try {
      const result = await call('evidence.import', { caseId, files, jobId: job, allowDuplicates });
      setOutcome({ kind: 'done', result, withoutPath });
      setDuplicates(result.duplicates);
    } catch (error) {
      setOutcome(error instanceof ApiError && error.code === 'CANCELLED' ? { kind: 'cancelled' } : { kind: 'failed', error });
    } finally {
      setJobId(null);
      onImported();
    }
  };

  const choose = async () => {
    try {
      const { files } = await call('dialog.chooseEvidenceFiles');
      await start(files);
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    }
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = jobId ? 'none' : 'copy';
    setDragging(true);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (jobId) return;
    const dropped = Array.from(event.dataTransfer.files);
    droppedFilePaths(dropped).then(
      (paths) => start(paths, dropped.length - paths.length),
      (error: unknown) => setOutcome({ kind: 'failed', error }),
    );
  };

  const busy = jobId !== null;
  const label = progress?.label ? baseName(progress.label) : undefined;

  return (
    <section className="cw-import" aria-labelledby="evidence-import-heading">
      <h3 id="evidence-import-heading" className="visually-hidden">
        {t('import.heading')}
      </h3>
      <div
        className={`cw-dropzone${compact ? ' cw-dropzone--compact' : ''}${dragging ? ' cw-dropzone--over' : ''}`}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={(event) => {
          // Leaving for the button inside the zone is not leaving the zone.
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
        data-testid="evidence-drop-zone"
      >
        <p className="cw-dropzone__text">{dragging ? t('import.dropNow') : t('import.dropHere')}</p>
        <Button ref={addRef} variant={compact ? 'secondary' : 'primary'} onClick={() => void choose()} disabled={busy}>
          {t('import.addFiles')}
        </Button>
      </div>

      {busy && (
        <div className="cw-job">
          <ProgressBar
            label={t('import.progress')}
            done={progress?.done ?? 0}
            total={progress?.total ?? 1}
            detail={progress ? `${t('import.fileOf', { done: Math.min(progress.done + 1, progress.total), total: progress.total })}${label ? ` — ${label}` : ''}` : t('import.starting')}
          />
          <Button onClick={() => jobId && void call('jobs.cancel', { jobId })}>{t('import.cancel')}</Button>
        </div>
      )}

      <StatusMessage className="cw-import__status">
        {outcome?.kind === 'done' && t('import.added', { count: outcome.result.imported.length })}
        {outcome?.kind === 'done' && outcome.result.refused.length > 0 && ` ${t('import.refusedCount', { count: outcome.result.refused.length })}`}
        {outcome?.kind === 'done' && outcome.result.duplicates.length > 0 && ` ${t('duplicates.status', { count: outcome.result.duplicates.length })}`}
        {outcome?.kind === 'cancelled' && t('import.cancelled')}
        {outcome?.kind === 'tooMany' && t('import.tooMany', { count: outcome.count, max: MAX_FILES })}
        {outcome?.kind === 'noPaths' && t('import.noPaths')}
        {outcome?.kind === 'done' && outcome.withoutPath > 0 && ` ${t('import.withoutPath', { count: outcome.withoutPath })}`}
      </StatusMessage>
      {outcome?.kind === 'failed' && <ErrorNotice error={outcome.error} />}
      {duplicates.length > 0 && !busy && (
        <DuplicateFiles
          duplicates={duplicates}
          onSkip={() => {
            setDuplicates([]);
            addRef.current?.focus();
          }}
          onAddAnyway={() => void start(duplicates.map((duplicate) => duplicate.path), 0, true)}
        />
      )}
      {outcome?.kind === 'done' && outcome.result.refused.length > 0 && (
        <div className="cw-refused">
          <h4>{t('import.refusedHeading')}</h4>
          <ul>
            {outcome.result.refused.map((refusal, index) => (
              <li key={index}>
                <bdi className="cw-refused__file" title={refusal.file}>
                  {baseName(refusal.file)}
                </bdi>
                : <span title={refusal.reason}>{t(`import.refusal.${refusal.code}`)}</span>
              </li>
            ))}
          </ul>
          <Button size="small" variant="quiet" onClick={() => setOutcome(null)}>
            {t('import.dismiss')}
          </Button>
        </div>
      )}
    </section>
  );
}
