// The case's particulars (title, forum, destination, reference, lawyer, languages, status),
// shown as facts and edited in place. Fields the form does not show (other references, notes)
// are sent back as they were.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseInputSchema, caseStatuses, forums, type CaseDetail, type CaseInput } from '../../../shared/models';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField, TextField } from '../../ui/Field';
import { useFieldErrors, type FieldErrors } from '../../ui/field-errors';
import { StatusMessage } from '../../ui/StatusMessage';
import { languageName } from '../display-names';
import { useFocusFirstInvalid } from '../focus-first-invalid';

interface CaseDraft {
  title: string;
  forum: CaseInput['forum'];
  destination: string;
  reference: string;
  responsibleLawyer: string;
  languages: string;
  status: NonNullable<CaseInput['status']>;
}

function draftOf(record: CaseDetail['case']): CaseDraft {
  return {
    title: record.title,
    forum: record.forum,
    destination: record.destination ?? '',
    reference: record.reference ?? '',
    responsibleLawyer: record.responsibleLawyer ?? '',
    languages: record.languages.join(', '),
    status: record.status,
  };
}

export function CaseFields({ detail, onChanged }: { detail: CaseDetail; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation(['profile', 'vocab', 'common']);
  const record = detail.case;
  const [draft, setDraft] = useState<CaseDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const { fromZod, fromApi } = useFieldErrors();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);
  // As on the client card: a blank field is "not recorded", not a fact ("none").
  const none = <span className="cw-muted">{t('common:notRecorded')}</span>;

  const set = <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) => setDraft((current) => (current ? { ...current, [key]: value } : current));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const input: CaseInput = {
      title: draft.title,
      forum: draft.forum,
      destination: draft.destination,
      reference: draft.reference,
      otherReferences: record.otherReferences,
      status: draft.status,
      responsibleLawyer: draft.responsibleLawyer,
      languages: draft.languages.split(/[,;\s]+/).filter((code) => code !== ''),
      notes: record.notes,
    };
    const checked = caseInputSchema.safeParse(input);
    if (!checked.success) {
      setErrors(fromZod(checked.error));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await call('cases.update', { id: record.id, case: input });
      setDraft(null);
      setErrors({});
      setStatus(t('caseSaved'));
      await onChanged();
    } catch (error) {
      const atField = fromApi(error, 'case');
      if (atField) setErrors(atField);
      else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="cw-card" aria-labelledby="profile-case-heading">
      <div className="cw-card__header">
        <h2 id="profile-case-heading">{t('caseHeading')}</h2>
        {!draft && (
          <Button
            onClick={() => {
              setDraft(draftOf(record));
              setStatus('');
            }}
          >
            {t('editCase')}
          </Button>
        )}
      </div>

      {!draft ? (
        <dl className="cw-facts">
          <dt>{t('case.title')}</dt>
          <dd dir="auto">{record.title}</dd>
          <dt>{t('case.forum')}</dt>
          <dd>{t(`vocab:forums.${record.forum}`)}</dd>
          <dt>{t('case.destination')}</dt>
          <dd dir="auto">{record.destination ?? none}</dd>
          <dt>{t('case.reference')}</dt>
          <dd dir="auto">{record.reference ?? none}</dd>
          {record.otherReferences.map((other, index) => (
            <div key={index} className="cw-facts__pair">
              <dt dir="auto">{other.label}</dt>
              <dd dir="auto">{other.value}</dd>
            </div>
          ))}
          <dt>{t('case.responsibleLawyer')}</dt>
          <dd dir="auto">{record.responsibleLawyer ?? none}</dd>
          <dt>{t('case.languages')}</dt>
          <dd>{record.languages.length === 0 ? none : record.languages.map((code) => languageName(code, i18n.language)).join(', ')}</dd>
          <dt>{t('case.status')}</dt>
          <dd>{t(`vocab:caseStatuses.${record.status}`)}</dd>
        </dl>
      ) : (
        <form ref={formRef} className="cw-form" onSubmit={save} noValidate aria-labelledby="profile-case-heading">
          {failure !== null && <ErrorNotice error={failure} />}
          <TextField label={t('case.title')} required autoFocus value={draft.title} error={errors.title} onChange={(e) => set('title', e.target.value)} />
          <div className="cw-form__row">
            <SelectField
              label={t('case.forum')}
              value={draft.forum}
              error={errors.forum}
              options={forums.map((forum) => ({ value: forum, label: t(`vocab:forums.${forum}`) }))}
              onChange={(e) => set('forum', e.target.value as CaseDraft['forum'])}
            />
            <SelectField
              label={t('case.status')}
              value={draft.status}
              error={errors.status}
              options={caseStatuses.map((value) => ({ value, label: t(`vocab:caseStatuses.${value}`) }))}
              onChange={(e) => set('status', e.target.value as CaseDraft['status'])}
            />
          </div>
          <div className="cw-form__row">
            <TextField label={t('case.destination')} value={draft.destination} error={errors.destination} onChange={(e) => set('destination', e.target.value)} />
            <TextField label={t('case.reference')} value={draft.reference} error={errors.reference} onChange={(e) => set('reference', e.target.value)} />
          </div>
          <div className="cw-form__row">
            <TextField
              label={t('case.responsibleLawyer')}
              value={draft.responsibleLawyer}
              error={errors.responsibleLawyer}
              onChange={(e) => set('responsibleLawyer', e.target.value)}
            />
            <TextField
              label={t('case.languages')}
              hint={t('case.languagesHint')}
              value={draft.languages}
              error={errors.languages ?? Object.entries(errors).find(([path]) => path.startsWith('languages.'))?.[1]}
              onChange={(e) => set('languages', e.target.value)}
            />
          </div>
          <div className="cw-form__actions">
            <Button type="submit" variant="primary" busy={saving}>
              {t('saveCase')}
            </Button>
            <Button
              onClick={() => {
                setDraft(null);
                setErrors({});
                setFailure(null);
              }}
            >
              {t('common:cancel')}
            </Button>
          </div>
        </form>
      )}
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
