// What must be done by when: deadlines that follow from the timeline (an extradition order's
// appeal window, a detention term, a document's expiry) and ones entered by hand, each with a
// countdown, highlighted when fewer than seven days remain and strongly once passed.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineInputSchema, type CaseDetail, type Deadline } from '../../../shared/models';
import { call } from '../../api';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DeleteWithConfirm } from '../../ui/DeleteWithConfirm';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field, TextAreaField, TextField } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { useFormSave } from '../../ui/use-form-save';
import type { OpenView } from '../case-views';
import { daysFromToday } from '../../ui/dates';
import { useDateWords } from '../date-words';
import { urgencyOf, useCountdownText } from './countdown';
import { useDeadlineText } from './deadline-text';

interface DeadlinesViewProps {
  detail: CaseDetail;
  onChanged: () => Promise<void>;
  openView: OpenView;
}

export function DeadlinesView({ detail, onChanged, openView }: DeadlinesViewProps) {
  const { t } = useTranslation(['deadlines', 'common']);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const deadlines = useMemo(() => [...detail.deadlines].sort((a, b) => a.due.localeCompare(b.due)), [detail.deadlines]);

  return (
    <div className="cw-deadlines">
      <div className="cw-view-header">
        <h2>{t('heading')}</h2>
        <div className="cw-view-header__end">
          {!adding && (
            <Button variant="primary" onClick={() => setAdding(true)}>
              {t('add')}
            </Button>
          )}
        </div>
      </div>
      <p className="muted">{t('intro')}</p>
      <StatusMessage>{status}</StatusMessage>

      {adding && (
        <DeadlineForm
          caseId={detail.case.id}
          onCancel={() => setAdding(false)}
          onSaved={async (deadline) => {
            setAdding(false);
            setStatus(t('created', { title: deadline.title }));
            await onChanged();
          }}
        />
      )}

      {deadlines.length === 0 ? (
        <EmptyState title={t('empty.title')}>{t('empty.text')}</EmptyState>
      ) : (
        <ul className="cw-deadline-list">
          {deadlines.map((deadline) => (
            <DeadlineItem
              key={deadline.id}
              deadline={deadline}
              openView={openView}
              onDeleted={async () => {
                setStatus(t('deleted', { title: deadline.title }));
                await onChanged();
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function DeadlineItem({ deadline, openView, onDeleted }: { deadline: Deadline; openView: OpenView; onDeleted: () => Promise<void> }) {
  const { t } = useTranslation(['deadlines', 'common']);
  const words = useDateWords();
  const countdownText = useCountdownText();
  const { title, consequence } = useDeadlineText()(deadline);
  const days = daysFromToday(deadline.due);
  const urgency = urgencyOf(days);

  return (
    <li className={`cw-deadline cw-deadline--${urgency}`}>
      <div className="cw-deadline__when">
        <span className="cw-deadline__countdown">
          {countdownText(days)}
        </span>
        <span className="cw-deadline__date">{words.partial(deadline.due)}</span>
      </div>
      <div className="cw-deadline__what">
        <h3 className="cw-deadline__title" dir="auto">
          {title}
          {urgency === 'urgent' && (
            <>
              {' '}
              <Badge tone="warning">{t('urgentBadge')}</Badge>
            </>
          )}
        </h3>
        {consequence && (
          <p className="cw-deadline__consequence" dir="auto">
            <strong>{t('ifMissed')}</strong> {consequence}
          </p>
        )}
        <p className="muted cw-deadline__origin">
          {deadline.origin === 'manual' ? t('manual') : deadline.eventId ? t('derived') : t('fromDocument')}
          {deadline.eventId && (
            <>
              {' · '}
              <button type="button" className="cw-link" onClick={() => openView('timeline', deadline.eventId)}>
                {t('showEvent')}
              </button>
            </>
          )}
        </p>
        {deadline.origin === 'manual' && (
          <DeleteWithConfirm
            variant="quiet"
            size="small"
            label={t('delete')}
            accessibleLabel={t('deleteNamed', { title: deadline.title })}
            question={t('confirmDelete', { title: deadline.title })}
            confirmLabel={t('deleteConfirmed')}
            groupLabel={t('confirmDeleteLabel')}
            onDelete={async () => {
              await call('deadlines.delete', { id: deadline.id });
              await onDeleted();
            }}
          />
        )}
      </div>
    </li>
  );
}

function DeadlineForm({ caseId, onSaved, onCancel }: { caseId: string; onSaved: (deadline: Deadline) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation(['deadlines', 'common']);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [consequence, setConsequence] = useState('');
  const { formRef, errors, failure, saving, save } = useFormSave({ prefix: 'deadline' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { title, due, consequence };
    const deadline = await save(deadlineInputSchema, input, () => call('deadlines.create', { caseId, deadline: input }));
    if (deadline) await onSaved(deadline);
  };

  return (
    <form ref={formRef} className="cw-form cw-card" onSubmit={submit} noValidate aria-labelledby="deadline-form-heading">
      <h3 id="deadline-form-heading">{t('form.heading')}</h3>
      {failure !== null && <ErrorNotice error={failure} />}
      <div className="cw-form__row">
        <TextField label={t('form.title')} required autoFocus value={title} error={errors.title} onChange={(e) => setTitle(e.target.value)} />
        <Field label={t('form.due')} required error={errors.due}>
          {(control) => <input {...control} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}
        </Field>
      </div>
      <TextAreaField label={t('form.consequence')} hint={t('form.consequenceHint')} value={consequence} error={errors.consequence} onChange={(e) => setConsequence(e.target.value)} />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={saving}>
          {t('form.save')}
        </Button>
        <Button onClick={onCancel}>{t('common:cancel')}</Button>
      </div>
    </form>
  );
}
