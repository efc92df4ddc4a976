// What must be done by when: deadlines that follow from the timeline (an extradition order's
// appeal window, a detention term, a document's expiry) and ones entered by hand, each with a
// countdown, highlighted when fewer than seven days remain and strongly once passed. Each can be
// marked done (it stays listed, without the alarm) or "state in the filing" (the CAT dossier
// then states its date); one entered by hand can be edited, and any can carry the time of day
// and the time zone a decision gives. A pre-flight finding's link (missed, due soon) brings the
// deadline into view with the keyboard on it, marked until another is asked for.
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDeadlineTime } from '../../../shared/deadline-text';
import { deadlineInputSchema, deadlineTimeSchema, type CaseDetail, type Deadline, type DeadlineMarks } from '../../../shared/models';
import { call } from '../../api';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DeleteWithConfirm } from '../../ui/DeleteWithConfirm';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CheckboxField, Field, TextAreaField, TextField } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { useFormSave } from '../../ui/use-form-save';
import type { FocusRequest, OpenView } from '../case-views';
import { focusWhenShown } from '../focus-field';
import { daysFromToday } from '../../ui/dates';
import { useDateWords } from '../date-words';
import { urgencyOf, useCountdownText } from './countdown';
import { useDeadlineText } from './deadline-text';
import { useDraftGuard } from '../../ui/leave-guard';

interface DeadlinesViewProps {
  detail: CaseDetail;
  onChanged: () => Promise<void>;
  openView: OpenView;
  focus?: FocusRequest | null | undefined;
}

/** The element id of a deadline's entry, where a finding's link puts the keyboard. */
export function deadlineElementId(id: string): string {
  return `deadline-${id}`;
}

export function DeadlinesView({ detail, onChanged, openView, focus }: DeadlinesViewProps) {
  const { t } = useTranslation(['deadlines', 'common']);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const deadlines = useMemo(() => [...detail.deadlines].sort((a, b) => a.due.localeCompare(b.due)), [detail.deadlines]);
  const [shownId, setShownId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const latestFocus = useRef(0);
  const show = useEffectEvent((request: FocusRequest, id: string) => {
    latestFocus.current = request.seq;
    setShownId(id);
    focusWhenShown(() => listRef.current, `#${CSS.escape(deadlineElementId(id))}`, () => latestFocus.current === request.seq);
  });
  useEffect(() => {
    if (focus?.id) show(focus, focus.id);
  }, [focus]);

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
      <p className="muted">{t('inFilingHint')}</p>
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
        <ul className="cw-deadline-list" ref={listRef}>
          {deadlines.map((deadline) => (
            <DeadlineItem
              key={deadline.id}
              deadline={deadline}
              shown={deadline.id === shownId}
              openView={openView}
              onChanged={async (message) => {
                setStatus(message);
                await onChanged();
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

/** A time zone for the field's suggestions; the browser's own list, where it has one. */
const timeZones: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

function DeadlineItem({
  deadline,
  shown,
  openView,
  onChanged,
}: {
  deadline: Deadline;
  /** Asked for by a finding's link: marked (any entry can take the keyboard from a script, none from Tab). */
  shown: boolean;
  openView: OpenView;
  onChanged: (message: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation(['deadlines', 'common']);
  const words = useDateWords();
  const countdownText = useCountdownText();
  const { title, consequence } = useDeadlineText()(deadline);
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const titleId = useId();
  const days = daysFromToday(deadline.due);
  const urgency = deadline.done ? 'done' : urgencyOf(days);
  const time = formatDeadlineTime(deadline, i18n.language);

  // A tick shows at once; the case's reload then confirms it (or the failure takes it back).
  const [ticked, setTicked] = useState({ done: deadline.done === true, inFiling: deadline.inFiling === true });
  useEffect(() => setTicked({ done: deadline.done === true, inFiling: deadline.inFiling === true }), [deadline.done, deadline.inFiling]);

  const mark = async (marks: DeadlineMarks, message: string) => {
    setFailure(null);
    setTicked((current) => ({ done: marks.done ?? current.done, inFiling: marks.inFiling ?? current.inFiling }));
    try {
      await call('deadlines.mark', { caseId: deadline.caseId, id: deadline.id, marks });
      await onChanged(message);
    } catch (error) {
      setTicked({ done: deadline.done === true, inFiling: deadline.inFiling === true });
      setFailure(error);
    }
  };

  return (
    <li
      id={deadlineElementId(deadline.id)}
      className={`cw-deadline cw-deadline--${urgency}${shown ? ' cw-deadline--shown' : ''}`}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="cw-deadline__when">
        <span className="cw-deadline__countdown">{deadline.done ? t('statusDone') : countdownText(days)}</span>
        <span className="cw-deadline__date">
          {words.partial(deadline.due)}
          {time && (
            <>
              {' '}
              {t('at', { time })}
            </>
          )}
        </span>
      </div>
      <div className="cw-deadline__what">
        <h3 className="cw-deadline__title" dir="auto" id={titleId}>
          {title}
          {urgency === 'urgent' && (
            <>
              {' '}
              <Badge tone="warning">{t('urgentBadge')}</Badge>
            </>
          )}
        </h3>
        {consequence && !deadline.done && (
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
        <div className="cw-deadline__marks" role="group" aria-labelledby={titleId}>
          <CheckboxField
            label={t('done')}
            checked={ticked.done}
            onChange={(e) => void mark({ done: e.target.checked }, t(e.target.checked ? 'markedDone' : 'markedOpen', { title }))}
          />
          <CheckboxField
            label={t('inFiling')}
            checked={ticked.inFiling}
            onChange={(e) => void mark({ inFiling: e.target.checked }, t(e.target.checked ? 'markedInFiling' : 'markedNotInFiling', { title }))}
          />
        </div>
        {failure !== null && <ErrorNotice error={failure} />}
        {editing ? (
          <DeadlineForm
            caseId={deadline.caseId}
            existing={deadline}
            onCancel={() => setEditing(false)}
            onSaved={async (saved) => {
              setEditing(false);
              await onChanged(t('updated', { title: saved.origin === 'manual' ? saved.title : title }));
            }}
          />
        ) : (
          <div className="form__actions">
            <Button size="small" variant="quiet" aria-label={t(deadline.origin === 'manual' ? 'editNamed' : 'setTimeNamed', { title })} onClick={() => setEditing(true)}>
              {t(deadline.origin === 'manual' ? 'edit' : 'setTime')}
            </Button>
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
                  await onChanged(t('deleted', { title: deadline.title }));
                }}
              />
            )}
          </div>
        )}
      </div>
    </li>
  );
}

interface DeadlineFormProps {
  caseId: string;
  /** The deadline edited: one entered by hand changes whole; a derived one only its time. */
  existing?: Deadline;
  onSaved: (deadline: Deadline) => Promise<void>;
  onCancel: () => void;
}

function DeadlineForm({ caseId, existing, onSaved, onCancel }: DeadlineFormProps) {
  const { t } = useTranslation(['deadlines', 'common']);
  const onlyTime = existing !== undefined && existing.origin === 'derived';
  const [title, setTitle] = useState(existing?.title ?? '');
  const [due, setDue] = useState(existing?.due ?? '');
  const [consequence, setConsequence] = useState(existing?.consequence ?? '');
  const [time, setTime] = useState(existing?.time ?? '');
  const [timeZone, setTimeZone] = useState(existing?.timeZone ?? '');
  const headingId = useId();
  const zonesId = useId();
  const { formRef, errors, failure, saving, save } = useFormSave({ prefix: onlyTime ? 'marks.when' : 'deadline' });
  // What was typed is not thrown away by leaving the case or page, or by Cancel, without asking.
  const guard = useDraftGuard({ title, due, consequence, time, timeZone });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const when = { time: time.trim() || undefined, timeZone: timeZone.trim() || undefined };
    if (onlyTime) {
      const saved = await save(deadlineTimeSchema, when, () => call('deadlines.mark', { caseId, id: existing.id, marks: { when } }));
      if (saved) {
        guard.saved();
        await onSaved(saved);
      }
      return;
    }
    const input = { title, due, consequence, ...when };
    const saved = await save(deadlineInputSchema, input, () =>
      existing ? call('deadlines.update', { id: existing.id, deadline: input }) : call('deadlines.create', { caseId, deadline: input }),
    );
    if (saved) {
      guard.saved();
      await onSaved(saved);
    }
  };

  const heading = onlyTime ? t('form.timeHeading') : existing ? t('form.editHeading') : t('form.heading');
  return (
    <form ref={formRef} className="cw-form cw-card" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {failure !== null && <ErrorNotice error={failure} />}
      {!onlyTime && (
        <>
          <div className="cw-form__row">
            <TextField label={t('form.title')} required autoFocus value={title} error={errors.title} onChange={(e) => setTitle(e.target.value)} />
            <Field label={t('form.due')} required error={errors.due}>
              {(control) => <input {...control} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}
            </Field>
          </div>
          <TextAreaField label={t('form.consequence')} hint={t('form.consequenceHint')} value={consequence} error={errors.consequence} onChange={(e) => setConsequence(e.target.value)} />
        </>
      )}
      <div className="cw-form__row">
        <Field label={t('form.time')} hint={t('form.timeHint')} error={errors.time}>
          {(control) => <input {...control} type="time" autoFocus={onlyTime} value={time} onChange={(e) => setTime(e.target.value)} />}
        </Field>
        <Field label={t('form.timeZone')} hint={t('form.timeZoneHint')} error={errors.timeZone}>
          {(control) => (
            <input {...control} type="text" dir="ltr" autoComplete="off" spellCheck={false} list={zonesId} value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />
          )}
        </Field>
        <datalist id={zonesId}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={saving}>
          {existing ? t('form.saveChanges') : t('form.save')}
        </Button>
        <Button onClick={() => guard.cancel(onCancel)}>{t('common:cancel')}</Button>
      </div>
    </form>
  );
}
