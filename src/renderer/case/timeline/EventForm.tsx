// Adds or edits one event: its date with the precision it is known to, type, place, actors,
// whether the authorities dispute it, the time limit a decision states, and the files that
// prove it. Checked against the shared schema first, so every problem shows at its field at once.
// Leaving it changed and unsaved (Cancel, another page, closing the case) asks first.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { datePrecisions, granularityOf, type DatePrecision } from '../../../shared/dates';
import { eventInputSchema, eventStatuses, eventTypes, type EventInput, type EvidenceItem, type TimelineEvent } from '../../../shared/models';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field, PartialDateField, SelectField, TextField } from '../../ui/Field';
import { errorsUnder, type FieldErrors } from '../../ui/field-errors';
import { useDraftGuard } from '../../ui/leave-guard';
import { RepeatingRows } from '../../ui/RepeatingRows';
import { patchAt, removeAt } from '../../ui/rows';
import { useFormSave } from '../../ui/use-form-save';
import { useVocabOptions } from '../../ui/vocab-options';
import { useDateWords } from '../date-words';
import { EvidenceChecklist } from './EvidenceChecklist';
import type { Language } from '../../../shared/format/languages';
import { TextVersions } from '../text-versions/TextVersions';
import { CitedTextArea } from '../citations/CitedTextArea';
import { flatVersionsOf, versionsInput, type FlatVersions } from '../text-versions/versions-draft';

interface EventDraft {
  date: string;
  precision: DatePrecision;
  dateEnd: string;
  type: '' | EventInput['type'];
  place: string;
  title: string;
  description: string;
  actors: { name: string; role: string }[];
  status: (typeof eventStatuses)[number];
  deadlineDays: string;
  evidenceIds: string[];
  versions: FlatVersions;
}

function draftOf(event: TimelineEvent | undefined): EventDraft {
  return {
    date: event?.date ?? '',
    precision: event?.precision ?? 'day',
    dateEnd: event?.dateEnd ?? '',
    type: event?.type ?? '',
    place: event?.place ?? '',
    title: event?.title ?? '',
    description: event?.description ?? '',
    actors: (event?.actors ?? []).map((actor) => ({ name: actor.name, role: actor.role ?? '' })),
    status: event?.status ?? 'confirmed',
    deadlineDays: event?.deadlineDays === undefined ? '' : String(event.deadlineDays),
    evidenceIds: event?.evidenceIds ?? [],
    versions: flatVersionsOf(event?.versions),
  };
}

function inputOf(draft: EventDraft): EventInput {
  const days = draft.deadlineDays.trim();
  return {
    date: draft.date.trim(),
    precision: draft.precision,
    dateEnd: draft.precision === 'range' ? draft.dateEnd.trim() || undefined : undefined,
    type: draft.type as EventInput['type'],
    place: draft.place,
    title: draft.title,
    description: draft.description,
    actors: draft.actors.filter((actor) => actor.name.trim() || actor.role.trim()).map((actor) => ({ name: actor.name, role: actor.role })),
    status: draft.status,
    deadlineDays: days === '' ? undefined : Number(days),
    versions: versionsInput(draft.versions),
  };
}

// The schema reports every precision problem at "date"; the ones about the end belong there.
function moveEndProblems(errors: FieldErrors, rawMessages: readonly string[]): FieldErrors {
  if (errors.date && rawMessages.some((message) => message.includes('dateEnd'))) {
    const { date, ...rest } = errors;
    return { ...rest, dateEnd: date };
  }
  return errors;
}

interface EventFormProps {
  caseId: string;
  event?: TimelineEvent | undefined;
  evidence: readonly EvidenceItem[];
  /** The language the case's texts are typed in: the versions are in the others. */
  written: Language;
  onSaved: (event: TimelineEvent) => void;
  onCancel: () => void;
}

export function EventForm({ caseId, event, evidence, written, onSaved, onCancel }: EventFormProps) {
  const { t } = useTranslation(['timeline', 'vocab', 'common']);
  const vocabOptions = useVocabOptions();
  const words = useDateWords();
  const [draft, setDraft] = useState(() => draftOf(event));
  const { formRef, errors, failure, saving, save } = useFormSave({ prefix: 'event', relocate: moveEndProblems });
  const headingId = useId();
  const guard = useDraftGuard(draft);

  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const setDate = (value: string) => {
    setDraft((current) => {
      // Typing "2022-03" under "exact day" means a month: follow the form the date is written in.
      const granularity = granularityOf(value.trim());
      const follows = current.precision === 'day' || current.precision === 'month' || current.precision === 'year';
      return { ...current, date: value, precision: follows && granularity ? granularity : current.precision };
    });
  };

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const input = inputOf(draft);
    const saved = await save(eventInputSchema, input, () =>
      event
        ? call('events.update', { id: event.id, event: input, evidenceIds: draft.evidenceIds })
        : call('events.create', { caseId, event: input, evidenceIds: draft.evidenceIds }),
    );
    if (!saved) return;
    guard.saved();
    onSaved(saved);
  };

  const readAs = granularityOf(draft.date.trim()) ? words.dated({ ...inputOf(draft), precision: draft.precision }) : null;

  return (
    <form ref={formRef} className="cw-form cw-event-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{event ? t('form.editTitle') : t('form.newTitle')}</h3>
      {failure !== null && <ErrorNotice error={failure} />}

      <div className="cw-form__row">
        <PartialDateField
          label={t('form.date')}
          required
          value={draft.date}
          hint={readAs ? t('form.readAs', { date: readAs }) : t('form.dateHint')}
          error={errors.date}
          onChange={(e) => setDate(e.target.value)}
        />
        <SelectField
          label={t('form.precision')}
          value={draft.precision}
          error={errors.precision}
          options={vocabOptions('datePrecisions', datePrecisions)}
          onChange={(e) => set('precision', e.target.value as DatePrecision)}
        />
        {draft.precision === 'range' && (
          <PartialDateField label={t('form.dateEnd')} required value={draft.dateEnd} error={errors.dateEnd} onChange={(e) => set('dateEnd', e.target.value)} />
        )}
      </div>

      <div className="cw-form__row">
        <SelectField
          label={t('form.type')}
          required
          value={draft.type}
          placeholder={t('form.choose')}
          error={errors.type}
          options={vocabOptions('eventTypes', eventTypes)}
          onChange={(e) => set('type', e.target.value as EventDraft['type'])}
        />
        <fieldset className="cw-radios">
          <legend>{t('form.status')}</legend>
          {eventStatuses.map((value) => (
            <label key={value}>
              <input type="radio" name={`${headingId}-status`} value={value} checked={draft.status === value} onChange={() => set('status', value)} />
              {t(`vocab:eventStatuses.${value}`)}
            </label>
          ))}
        </fieldset>
      </div>

      <TextField label={t('form.title')} required value={draft.title} error={errors.title} onChange={(e) => set('title', e.target.value)} />
      <TextField label={t('form.place')} value={draft.place} error={errors.place} onChange={(e) => set('place', e.target.value)} />
      <CitedTextArea
        data-field="description"
        label={t('form.description')}
        rows={4}
        value={draft.description}
        error={errors.description}
        evidence={evidence}
        onChange={(text) => set('description', text)}
      />
      <TextVersions
        written={written}
        fields={[
          { name: 'title', label: t('form.title'), original: draft.title },
          { name: 'description', label: t('form.description'), original: draft.description, multiline: true, citable: true },
        ]}
        evidence={evidence}
        versions={draft.versions}
        onChange={(versions) => set('versions', versions)}
      />

      <RepeatingRows
        legend={t('form.actors')}
        rows={draft.actors}
        emptyText={t('form.noActors')}
        addLabel={t('form.addActor')}
        removeLabel={(index) => t('form.removeActor', { n: index + 1 })}
        rowLabel={(index) => t('form.actorN', { n: index + 1 })}
        onAdd={() => set('actors', [...draft.actors, { name: '', role: '' }])}
        onRemove={(index) => set('actors', removeAt(draft.actors, index))}
        renderRow={(actor, index) => {
          const rowErrors = errorsUnder(errors, `actors.${index}`);
          const update = (patch: Partial<typeof actor>) => set('actors', patchAt(draft.actors, index, patch));
          return (
            <>
              <TextField label={t('form.actorName')} required value={actor.name} error={rowErrors.name} onChange={(e) => update({ name: e.target.value })} />
              <TextField label={t('form.actorRole')} value={actor.role} hint={index === 0 ? t('form.actorRoleHint') : undefined} error={rowErrors.role} onChange={(e) => update({ role: e.target.value })} />
            </>
          );
        }}
      />

      <Field label={t('form.deadlineDays')} hint={t('form.deadlineDaysHint')} error={errors.deadlineDays}>
        {(control) => (
          <input
            {...control}
            type="number"
            min={1}
            max={3650}
            step={1}
            className="cw-input--short"
            value={draft.deadlineDays}
            onChange={(e) => set('deadlineDays', e.target.value)}
          />
        )}
      </Field>

      <EvidenceChecklist evidence={evidence} checked={draft.evidenceIds} onChange={(ids) => set('evidenceIds', ids)} />

      <div className="form__actions">
        <Button type="submit" variant="primary" busy={saving}>
          {event ? t('form.saveChanges') : t('form.create')}
        </Button>
        <Button onClick={() => guard.cancel(onCancel)}>{t('common:cancel')}</Button>
      </div>
    </form>
  );
}
