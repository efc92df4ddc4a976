// Creating or editing a case of a client, in a dialog over the client page.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseInputSchema, caseStatuses, forums, type Case } from '../../shared/models';
import { call } from '../api';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { errorsUnder, useFieldErrors, type FieldErrors } from '../ui/field-errors';
import { caseDraftOf, caseInputOf, type CaseDraft } from './case-draft';

export function CaseForm({ clientId, record, onSaved, onCancel }: { clientId: string; record?: Case; onSaved: (saved: Case) => void; onCancel: () => void }) {
  const { t } = useTranslation(['clients', 'vocab', 'common']);
  const { fromZod, fromApi } = useFieldErrors();
  const [draft, setDraft] = useState<CaseDraft>(() => caseDraftOf(record));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const formId = record ? `case-form-${record.id}` : 'case-form-new';

  const set = <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  function showErrors(found: FieldErrors) {
    setErrors(found);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const input = caseInputOf(draft, record);
    const checked = caseInputSchema.safeParse(input);
    if (!checked.success) {
      showErrors(fromZod(checked.error));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      onSaved(record ? await call('cases.update', { id: record.id, case: input }) : await call('cases.create', { clientId, case: input }));
    } catch (error) {
      const atField = fromApi(error, 'case');
      if (atField) showErrors(atField);
      else setFailure(error);
      setSaving(false);
    }
  }

  return (
    <Dialog
      title={record ? t('cases.editTitle') : t('cases.createTitle')}
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel} disabled={saving}>
            {t('common:cancel')}
          </Button>
          <Button variant="primary" type="submit" form={formId} busy={saving}>
            {record ? t('cases.saveChanges') : t('cases.createCase')}
          </Button>
        </>
      }
    >
      <form id={formId} ref={formRef} className="form" onSubmit={submit} noValidate>
        <div className="form__grid">
          <TextField
            className="form__wide"
            label={t('cases.fields.title')}
            hint={t('cases.hints.title')}
            required
            value={draft.title}
            onChange={(event) => set('title', event.target.value)}
            error={errors.title}
          />
          <SelectField
            label={t('cases.fields.forum')}
            required
            value={draft.forum}
            placeholder={t('cases.chooseForum')}
            options={forums.map((forum) => ({ value: forum, label: t(`vocab:forums.${forum}`) }))}
            onChange={(event) => set('forum', event.target.value as CaseDraft['forum'])}
            error={errors.forum}
          />
          <TextField
            label={t('cases.fields.destination')}
            hint={t('cases.hints.destination')}
            value={draft.destination}
            onChange={(event) => set('destination', event.target.value)}
            error={errors.destination}
          />
          <TextField label={t('cases.fields.reference')} value={draft.reference} onChange={(event) => set('reference', event.target.value)} error={errors.reference} />
          <TextField
            label={t('cases.fields.responsibleLawyer')}
            value={draft.responsibleLawyer}
            onChange={(event) => set('responsibleLawyer', event.target.value)}
            error={errors.responsibleLawyer}
          />
          <TextField
            label={t('cases.fields.languages')}
            hint={t('cases.hints.languages')}
            dir="ltr"
            value={draft.languages}
            onChange={(event) => set('languages', event.target.value)}
            error={Object.values(errorsUnder(errors, 'languages'))[0]}
          />
          {record && (
            <SelectField
              label={t('cases.fields.status')}
              value={draft.status}
              options={caseStatuses.map((status) => ({ value: status, label: t(`vocab:caseStatuses.${status}`) }))}
              onChange={(event) => set('status', event.target.value as CaseDraft['status'])}
              error={errors.status}
            />
          )}
          <TextAreaField className="form__wide" label={t('cases.fields.notes')} rows={3} value={draft.notes} onChange={(event) => set('notes', event.target.value)} error={errors.notes} />
        </div>
        {failure !== null && <ErrorNotice error={failure} />}
      </form>
    </Dialog>
  );
}
