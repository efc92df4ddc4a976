// The practice's translators and interpreters (issue 15): records of the vault, used by every
// case. A list with what each certificate prints of them, a form to add or edit one, and removal,
// offered only for one that no translation or interpreted statement names (the core refuses it
// otherwise; the list says where they are named). Plain buttons and fields: keyboard-usable as is.
// Sent here by a pre-flight finding, the page opens that record's form at the field it lacks,
// and offers the way back to the case's export.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../shared/contract';
import { linguistRoles, translatorInputSchema, type TranslatorInput } from '../../shared/models';
import { call } from '../api';
import { languageName } from '../case/display-names';
import { Button } from '../ui/Button';
import { DeleteWithConfirm } from '../ui/DeleteWithConfirm';
import { EmptyState } from '../ui/EmptyState';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CheckboxField, TextField } from '../ui/Field';
import { StatusMessage } from '../ui/StatusMessage';
import { useRecordList } from '../ui/use-record-list';
import { focusFieldWhenShown } from '../case/focus-field';
import type { TranslatorPlace } from './translator-link';
import './translators.css';

type TranslatorRecord = MethodOutput<'translators.list'>[number];
type Role = (typeof linguistRoles)[number];

interface TranslatorDraft {
  name: string;
  roles: Role[];
  languages: string;
  address: string;
  phone: string;
  email: string;
  qualifications: string;
  certifiedBy: string;
}

const emptyDraft: TranslatorDraft = { name: '', roles: ['translator'], languages: '', address: '', phone: '', email: '', qualifications: '', certifiedBy: '' };

function draftOf(record: TranslatorRecord): TranslatorDraft {
  return {
    name: record.name,
    roles: [...record.roles],
    languages: record.languages.join(', '),
    address: record.address ?? '',
    phone: record.phone ?? '',
    email: record.email ?? '',
    qualifications: record.qualifications ?? '',
    certifiedBy: record.certifiedBy ?? '',
  };
}

function inputOf(draft: TranslatorDraft): TranslatorInput {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    name: draft.name,
    roles: draft.roles,
    languages: draft.languages
      .split(/[,\s]+/)
      .map((code) => code.trim())
      .filter(Boolean),
    address: text(draft.address),
    phone: text(draft.phone),
    email: text(draft.email),
    qualifications: text(draft.qualifications),
    certifiedBy: text(draft.certifiedBy),
  };
}

export function TranslatorsPage({ focus, onBack }: { focus?: TranslatorPlace | undefined; onBack?: (() => void) | undefined }) {
  const { t } = useTranslation('translators');
  const { state, reload, editing, setEditing, status, addRef, done } = useRecordList(() => call('translators.list'));

  // The record a finding named, opened once the list has it; the keyboard goes to the field it
  // lacks (its name, when the finding names none).
  const opened = useRef<TranslatorPlace | undefined>(undefined);
  useEffect(() => {
    if (!focus || opened.current === focus || state.status !== 'ready') return;
    opened.current = focus;
    const record = state.value.find((candidate) => candidate.id === focus.id);
    if (!record) return;
    setEditing({ kind: 'edit', record });
    focusFieldWhenShown(() => document.querySelector('.translators-form'), focus.field ?? 'name', () => opened.current === focus);
  }, [focus, state, setEditing]);


  return (
    <div className="page page--narrow translators-page">
      {onBack && (
        <Button variant="quiet" size="small" className="translators-page__back" onClick={onBack}>
          {t('backToCase')}
        </Button>
      )}
      <h1>{t('title')}</h1>
      <p className="translators-page__intro">{t('intro')}</p>
      <StatusMessage>{status}</StatusMessage>
      {editing ? (
        <TranslatorForm
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
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
      {state.status === 'ready' && state.value.length === 0 && !editing && <EmptyState title={t('empty')} />}
      {state.status === 'ready' && state.value.length > 0 && (
        <ul className="translators-list" aria-label={t('title')}>
          {state.value.map((record) => (
            <TranslatorRow
              key={record.id}
              record={record}
              onEdit={() => setEditing({ kind: 'edit', record })}
              onRemoved={() => done(t('removed', { name: record.name }))}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function TranslatorRow({ record, onEdit, onRemoved }: { record: TranslatorRecord; onEdit: () => void; onRemoved: () => void }) {
  const { t, i18n } = useTranslation('translators');
  const uses = record.uses.translations.length + record.uses.statements.length;
  const names = [
    ...record.uses.translations.map((use) => `“${use.title}”`),
    ...record.uses.statements.map((use) => t('statementOf', { title: use.caseTitle })),
  ].join(', ');
  const headingId = `translator-${record.id}`;
  return (
    <li className="panel translators-list__item" aria-labelledby={headingId}>
      <h2 id={headingId} className="translators-list__name" dir="auto">
        {record.name}
      </h2>
      <p className="translators-list__roles">{record.roles.map((role) => t(`roleNames.${role}`)).join(' · ')}</p>
      <dl className="translators-list__fields">
        {record.languages.length > 0 && (
          <div className="translators-list__field">
            <dt>{t('languages')}</dt>
            <dd>{record.languages.map((code) => languageName(code, i18n.language)).join(', ')}</dd>
          </div>
        )}
        {(
          [
            ['qualifications', record.qualifications],
            ['certifiedBy', record.certifiedBy],
            ['address', record.address],
            ['phone', record.phone],
            ['email', record.email],
          ] as const
        )
          .filter(([, value]) => value)
          .map(([field, value]) => (
            <div key={field} className="translators-list__field">
              <dt>{t(field)}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
      </dl>
      <p className="translators-list__uses">{uses === 0 ? t('usesNone') : t('uses', { count: uses })}</p>
      <div className="form__actions">
        <Button variant="secondary" onClick={onEdit} aria-label={t('editLabel', { name: record.name })}>
          {t('edit')}
        </Button>
        {uses === 0 ? (
          <DeleteWithConfirm
            label={t('remove')}
            accessibleLabel={t('removeLabel', { name: record.name })}
            question={t('removeQuestion', { name: record.name })}
            confirmLabel={t('removeConfirm')}
            groupLabel={t('removeLabel', { name: record.name })}
            onDelete={async () => {
              await call('translators.remove', { id: record.id });
              onRemoved();
            }}
          />
        ) : (
          <p className="translators-list__in-use">{t('inUse', { names })}</p>
        )}
      </div>
    </li>
  );
}

type DraftErrors = Partial<Record<'name' | 'roles' | 'languages', string>>;

function TranslatorForm({ record, onSaved, onCancel }: { record: TranslatorRecord | undefined; onSaved: (saved: TranslatorRecord) => void; onCancel: () => void }) {
  const { t } = useTranslation('translators');
  const [draft, setDraft] = useState<TranslatorDraft>(() => (record ? draftOf(record) : emptyDraft));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof TranslatorDraft>(key: K, value: TranslatorDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const heading = record ? t('editHeading', { name: record.name }) : t('newHeading');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = inputOf(draft);
    // Checked here as the core will, so each problem is said at its field in the window's language.
    const checked = translatorInputSchema.safeParse(input);
    if (!checked.success) {
      const fields = new Set(checked.error.issues.map((issue) => String(issue.path[0])));
      setErrors({
        ...(fields.has('name') ? { name: t('nameRequired') } : {}),
        ...(fields.has('roles') ? { roles: t('rolesRequired') } : {}),
        ...(fields.has('languages') ? { languages: t('languagesInvalid') } : {}),
      });
      return;
    }
    setErrors({});
    setFailure(null);
    setSaving(true);
    try {
      onSaved(record ? await call('translators.update', { id: record.id, translator: input }) : await call('translators.create', input));
    } catch (error) {
      setFailure(error);
      setSaving(false);
    }
  }

  const toggleRole = (role: Role, on: boolean) =>
    set('roles', on ? linguistRoles.filter((candidate) => candidate === role || draft.roles.includes(candidate)) : draft.roles.filter((candidate) => candidate !== role));

  return (
    <form className="form panel translators-form" onSubmit={submit} noValidate aria-label={heading}>
      <h2>{heading}</h2>
      <TextField data-field="name" label={t('name')} required autoFocus value={draft.name} error={errors.name} onChange={(e) => set('name', e.target.value)} />
      <fieldset className="form__section" aria-describedby={errors.roles ? 'translator-roles-error' : undefined}>
        <legend>{t('roles')}</legend>
        {linguistRoles.map((role) => (
          <CheckboxField key={role} label={t(`roleNames.${role}`)} checked={draft.roles.includes(role)} onChange={(e) => toggleRole(role, e.target.checked)} />
        ))}
        {errors.roles && (
          <p className="field__error" id="translator-roles-error">
            {errors.roles}
          </p>
        )}
      </fieldset>
      <TextField
        data-field="languages"
        label={t('languages')}
        hint={t('languagesHint')}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        value={draft.languages}
        error={errors.languages}
        onChange={(e) => set('languages', e.target.value)}
      />
      <TextField data-field="qualifications" label={t('qualifications')} hint={t('qualificationsHint')} value={draft.qualifications} onChange={(e) => set('qualifications', e.target.value)} />
      <TextField data-field="certifiedBy" label={t('certifiedBy')} hint={t('certifiedByHint')} value={draft.certifiedBy} onChange={(e) => set('certifiedBy', e.target.value)} />
      <TextField data-field="address" label={t('address')} value={draft.address} onChange={(e) => set('address', e.target.value)} />
      <div className="form__grid">
        <TextField data-field="phone" label={t('phone')} type="tel" dir="ltr" value={draft.phone} onChange={(e) => set('phone', e.target.value)} />
        <TextField data-field="email" label={t('email')} type="email" dir="ltr" value={draft.email} onChange={(e) => set('email', e.target.value)} />
      </div>
      {failure !== null && <ErrorNotice error={failure} />}
      <div className="form__actions">
        <Button type="submit" busy={saving}>
          {t('save')}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={saving}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
