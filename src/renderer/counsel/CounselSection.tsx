// Counsel (issue 15), a section of Settings: the lawyers whose details a forum's cover, proof of
// service and urgent letter print. Records of the vault, so they show only while it is open. A
// list, a form to add or edit one, and removal offered only for counsel no case names (the core
// refuses it otherwise; the list says which cases name them).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../shared/contract';
import { counselInputSchema, type CounselInput } from '../../shared/models';
import { call } from '../api';
import { Button } from '../ui/Button';
import { DeleteWithConfirm } from '../ui/DeleteWithConfirm';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TextAreaField, TextField } from '../ui/Field';
import { StatusMessage } from '../ui/StatusMessage';
import { useRecordList } from '../ui/use-record-list';
import './counsel.css';

type CounselRecord = MethodOutput<'counsel.list'>[number];

const textFields = ['firm', 'phone', 'email', 'eoirId', 'barNumber'] as const;
type TextFieldName = (typeof textFields)[number];
type CounselDraft = Record<'name' | 'address' | TextFieldName, string>;

const emptyDraft: CounselDraft = { name: '', firm: '', address: '', phone: '', email: '', eoirId: '', barNumber: '' };

function draftOf(record: CounselRecord): CounselDraft {
  return {
    name: record.name,
    address: record.address.join('\n'),
    ...(Object.fromEntries(textFields.map((field) => [field, record[field] ?? ''])) as Record<TextFieldName, string>),
  };
}

function inputOf(draft: CounselDraft): CounselInput {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    name: draft.name,
    address: draft.address
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    ...(Object.fromEntries(textFields.map((field) => [field, text(draft[field])])) as Partial<Record<TextFieldName, string>>),
  };
}

export function CounselSection() {
  const { t } = useTranslation('counsel');
  const { state, reload, editing, setEditing, status, addRef, done } = useRecordList(() => call('counsel.list'));


  return (
    <section className="panel settings-section counsel-section" aria-labelledby="settings-counsel">
      <h2 id="settings-counsel">{t('title')}</h2>
      <p className="counsel-section__intro">{t('intro')}</p>
      <StatusMessage>{status}</StatusMessage>
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
      {state.status === 'ready' && state.value.length === 0 && !editing && <p className="counsel-section__empty">{t('empty')}</p>}
      {state.status === 'ready' && state.value.length > 0 && (
        <ul className="counsel-list" aria-label={t('title')}>
          {state.value.map((record) => (
            <CounselRow key={record.id} record={record} onEdit={() => setEditing({ kind: 'edit', record })} onRemoved={() => done(t('removed', { name: record.name }))} />
          ))}
        </ul>
      )}
      {editing ? (
        <CounselForm
          key={editing.kind === 'edit' ? editing.record.id : 'new'}
          record={editing.kind === 'edit' ? editing.record : undefined}
          onSaved={(saved) => done(t('saved', { name: saved.name }))}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div className="form__actions">
          <Button ref={addRef} onClick={() => setEditing({ kind: 'new' })}>
            {t('add')}
          </Button>
        </div>
      )}
    </section>
  );
}

function CounselRow({ record, onEdit, onRemoved }: { record: CounselRecord; onEdit: () => void; onRemoved: () => void }) {
  const { t } = useTranslation('counsel');
  const headingId = `counsel-${record.id}`;
  const cases = record.uses.cases;
  const fields = (
    [
      ['firm', record.firm],
      ['address', record.address.join('\n') || undefined],
      ['phone', record.phone],
      ['email', record.email],
      ['eoirId', record.eoirId],
      ['barNumber', record.barNumber],
    ] as const
  ).filter(([, value]) => value);
  return (
    <li className="counsel-list__item" aria-labelledby={headingId}>
      <h3 id={headingId} className="counsel-list__name" dir="auto">
        {record.name}
      </h3>
      {fields.length > 0 && (
        <dl className="counsel-list__fields">
          {fields.map(([field, value]) => (
            <div key={field} className="counsel-list__field">
              <dt>{t(field)}</dt>
              <dd dir="auto" className="prewrap">
                {value}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="counsel-list__uses">{cases.length === 0 ? t('usesNone') : t('uses', { count: cases.length })}</p>
      <div className="form__actions">
        <Button variant="secondary" onClick={onEdit} aria-label={t('editLabel', { name: record.name })}>
          {t('edit')}
        </Button>
        {cases.length === 0 ? (
          <DeleteWithConfirm
            label={t('remove')}
            accessibleLabel={t('removeLabel', { name: record.name })}
            question={t('removeQuestion', { name: record.name })}
            confirmLabel={t('removeConfirm')}
            groupLabel={t('removeLabel', { name: record.name })}
            onDelete={async () => {
              await call('counsel.remove', { id: record.id });
              onRemoved();
            }}
          />
        ) : (
          <p className="counsel-list__in-use">{t('inUse', { names: cases.map((use) => `“${use.caseTitle}”`).join(', ') })}</p>
        )}
      </div>
    </li>
  );
}

function CounselForm({ record, onSaved, onCancel }: { record: CounselRecord | undefined; onSaved: (saved: CounselRecord) => void; onCancel: () => void }) {
  const { t } = useTranslation('counsel');
  const [draft, setDraft] = useState<CounselDraft>(() => (record ? draftOf(record) : emptyDraft));
  const [nameError, setNameError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const set = (key: keyof CounselDraft, value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const heading = record ? t('editHeading', { name: record.name }) : t('newHeading');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = inputOf(draft);
    // Checked here as the core will, so the problem is said at its field in the window's language.
    if (!counselInputSchema.safeParse(input).success) {
      setNameError(t('nameRequired'));
      return;
    }
    setNameError(undefined);
    setFailure(null);
    setSaving(true);
    try {
      onSaved(record ? await call('counsel.update', { id: record.id, counsel: input }) : await call('counsel.create', input));
    } catch (error) {
      setFailure(error);
      setSaving(false);
    }
  }

  const hints: Partial<Record<keyof CounselDraft, string>> = { eoirId: t('eoirIdHint'), barNumber: t('barNumberHint') };
  return (
    <form className="form counsel-form" onSubmit={submit} noValidate aria-label={heading}>
      <h3>{heading}</h3>
      <TextField data-field="name" label={t('name')} required autoFocus value={draft.name} error={nameError} onChange={(e) => set('name', e.target.value)} />
      <TextField data-field="firm" label={t('firm')} value={draft.firm} onChange={(e) => set('firm', e.target.value)} />
      <TextAreaField data-field="address" label={t('address')} hint={t('addressHint')} rows={3} value={draft.address} onChange={(e) => set('address', e.target.value)} />
      {(['phone', 'email', 'eoirId', 'barNumber'] as const).map((field) => (
        <TextField
          key={field}
          data-field={field}
          label={t(field)}
          hint={hints[field]}
          dir={field === 'barNumber' ? 'auto' : 'ltr'}
          type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
          autoComplete="off"
          value={draft[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      ))}
      {failure !== null && <ErrorNotice error={failure} />}
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={saving}>
          {t('save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
