// Creating or editing a case of a client, in a dialog over the client page. Closing it changed
// and unsaved asks first.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseInputSchema, type Case } from '../../shared/models';
import { call } from '../api';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useDraftGuard } from '../ui/leave-guard';
import { useFormSave } from '../ui/use-form-save';
import { caseDraftOf, caseInputOf, type CaseDraft } from './case-draft';
import { CaseDraftFields } from './CaseDraftFields';

export function CaseForm({ clientId, record, onSaved, onCancel }: { clientId: string; record?: Case; onSaved: (saved: Case) => void; onCancel: () => void }) {
  const { t } = useTranslation(['clients', 'common']);
  const [draft, setDraft] = useState<CaseDraft>(() => caseDraftOf(record));
  const { formRef, errors, failure, saving, save } = useFormSave({ prefix: 'case' });
  const formId = record ? `case-form-${record.id}` : 'case-form-new';
  const guard = useDraftGuard(draft);
  const close = () => guard.cancel(onCancel);

  const set = <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = caseInputOf(draft, record);
    const saved = await save(caseInputSchema, input, () =>
      record ? call('cases.update', { id: record.id, case: input }) : call('cases.create', { clientId, case: input }),
    );
    if (!saved) return;
    guard.saved();
    onSaved(saved);
  }

  return (
    <Dialog
      title={record ? t('cases.editTitle') : t('cases.createTitle')}
      onClose={close}
      footer={
        <>
          <Button onClick={close} disabled={saving}>
            {t('common:cancel')}
          </Button>
          <Button variant="primary" type="submit" form={formId} busy={saving}>
            {record ? t('cases.saveChanges') : t('cases.createCase')}
          </Button>
        </>
      }
    >
      <form id={formId} ref={formRef} className="form" onSubmit={submit} noValidate>
        <CaseDraftFields draft={draft} set={set} errors={errors} withStatus={record !== undefined} />
        {failure !== null && <ErrorNotice error={failure} />}
      </form>
    </Dialog>
  );
}
