// What the lawyer records about a file: title, kind, date, language, source and how it was
// obtained, what it shows and why it matters, whether it is confidential, and whether it
// translates or belongs to another file.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem } from '../../../shared/contract';
import { evidenceKinds, evidenceMetadataSchema, type EvidenceMetadata } from '../../../shared/models';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { optionalText } from '../../ui/draft-text';
import { CheckboxField, PartialDateField, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { useFormSave } from '../../ui/use-form-save';
import { useVocabOptions } from '../../ui/vocab-options';

interface MetadataDraft {
  title: string;
  kind: EvidenceMetadata['kind'];
  date: string;
  language: string;
  source: string;
  obtainedBy: string;
  method: string;
  obtainedOn: string;
  description: string;
  relevance: string;
  confidential: boolean;
  translationOfId: string;
  partOfId: string;
}

function draftOf(item: EvidenceListItem): MetadataDraft {
  return {
    title: item.title,
    kind: item.kind,
    date: item.date ?? '',
    language: item.language ?? '',
    source: item.source ?? '',
    obtainedBy: item.provenance?.obtainedBy ?? '',
    method: item.provenance?.method ?? '',
    obtainedOn: item.provenance?.obtainedOn ?? '',
    description: item.description ?? '',
    relevance: item.relevance ?? '',
    confidential: item.confidential,
    translationOfId: item.translationOfId ?? '',
    partOfId: item.partOfId ?? '',
  };
}

function metadataOf(draft: MetadataDraft) {
  const provenance = { obtainedBy: draft.obtainedBy, method: draft.method, obtainedOn: optionalText(draft.obtainedOn) };
  const hasProvenance = [draft.obtainedBy, draft.method, draft.obtainedOn].some((value) => optionalText(value) !== undefined);
  return {
    title: draft.title,
    kind: draft.kind,
    date: optionalText(draft.date),
    language: optionalText(draft.language),
    source: draft.source,
    provenance: hasProvenance ? provenance : undefined,
    description: draft.description,
    relevance: draft.relevance,
    confidential: draft.confidential,
  };
}

interface EvidenceMetadataFormProps {
  item: EvidenceListItem;
  others: readonly EvidenceListItem[];
  onSaved: (item: EvidenceListItem) => void;
}

export function EvidenceMetadataForm({ item, others, onSaved }: EvidenceMetadataFormProps) {
  const { t } = useTranslation(['evidence', 'common']);
  const vocabOptions = useVocabOptions();
  const [draft, setDraft] = useState(() => draftOf(item));
  const [status, setStatus] = useState('');
  const { formRef, errors, failure, saving, save } = useFormSave({ prefix: 'metadata' });

  const set = <K extends keyof MetadataDraft>(key: K, value: MetadataDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setStatus('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const metadata = metadataOf(draft);
    const saved = await save(evidenceMetadataSchema, metadata, () =>
      call('evidence.update', {
        id: item.id,
        metadata,
        translationOfId: draft.translationOfId || null,
        partOfId: draft.partOfId || null,
      }),
    );
    if (!saved) return;
    setStatus(t('metadata.saved'));
    onSaved(saved);
  };

  const otherOptions = others.filter((other) => other.id !== item.id).map((other) => ({ value: other.id, label: other.title }));

  return (
    <form ref={formRef} className="cw-form" onSubmit={submit} noValidate aria-labelledby="evidence-metadata-heading">
      <h4 id="evidence-metadata-heading">{t('metadata.heading')}</h4>
      {failure !== null && <ErrorNotice error={failure} />}
      <TextField label={t('metadata.title')} required value={draft.title} error={errors.title} onChange={(e) => set('title', e.target.value)} />
      <div className="cw-form__row">
        <SelectField
          label={t('metadata.kind')}
          value={draft.kind}
          error={errors.kind}
          options={vocabOptions('evidenceKinds', evidenceKinds)}
          onChange={(e) => set('kind', e.target.value as MetadataDraft['kind'])}
        />
        <PartialDateField label={t('metadata.date')} hint={t('common:partialDateHint')} value={draft.date} error={errors.date} onChange={(e) => set('date', e.target.value)} />
        <TextField
          label={t('metadata.language')}
          hint={t('metadata.languageHint')}
          value={draft.language}
          error={errors.language}
          className="cw-field--short"
          autoComplete="off"
          onChange={(e) => set('language', e.target.value)}
        />
      </div>
      <TextField label={t('metadata.source')} hint={t('metadata.sourceHint')} value={draft.source} error={errors.source} onChange={(e) => set('source', e.target.value)} />
      <fieldset className="cw-fieldset">
        <legend>{t('metadata.provenance')}</legend>
        <div className="cw-form__row">
          <TextField label={t('metadata.obtainedBy')} value={draft.obtainedBy} error={errors['provenance.obtainedBy']} onChange={(e) => set('obtainedBy', e.target.value)} />
          <TextField label={t('metadata.method')} value={draft.method} error={errors['provenance.method']} onChange={(e) => set('method', e.target.value)} />
          <PartialDateField label={t('metadata.obtainedOn')} value={draft.obtainedOn} error={errors['provenance.obtainedOn']} onChange={(e) => set('obtainedOn', e.target.value)} />
        </div>
      </fieldset>
      <TextAreaField label={t('metadata.description')} value={draft.description} error={errors.description} onChange={(e) => set('description', e.target.value)} />
      <TextAreaField label={t('metadata.relevance')} hint={t('metadata.relevanceHint')} value={draft.relevance} error={errors.relevance} onChange={(e) => set('relevance', e.target.value)} />
      <CheckboxField label={t('metadata.confidential')} hint={t('metadata.confidentialHint')} checked={draft.confidential} onChange={(e) => set('confidential', e.target.checked)} />
      <div className="cw-form__row">
        <SelectField
          label={t('metadata.translationOf')}
          value={draft.translationOfId}
          placeholder={t('metadata.notATranslation')}
          options={otherOptions}
          error={errors.translationOfId}
          onChange={(e) => set('translationOfId', e.target.value)}
        />
        <SelectField
          label={t('metadata.partOf')}
          value={draft.partOfId}
          placeholder={t('metadata.notAPart')}
          options={otherOptions}
          error={errors.partOfId}
          onChange={(e) => set('partOfId', e.target.value)}
        />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={saving}>
          {t('metadata.save')}
        </Button>
        <StatusMessage>{status}</StatusMessage>
      </div>
    </form>
  );
}
