// What the lawyer records about a file: title, kind, date, language, source and how it was
// obtained, what it shows and why it matters, whether it is confidential, and whether it
// translates or belongs to another file. Saved as it is typed; a draft the schema refuses (an
// empty title) is kept, with the problem at its field, and is still there after a look at another
// file (kept-drafts.ts).
import { useContext, useEffect, useEffectEvent, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem } from '../../../shared/contract';
import { evidenceKinds, evidenceMetadataSchema, type EvidenceMetadata } from '../../../shared/models';
import { call } from '../../api';
import { useAutosave } from '../../ui/autosave';
import { AutosaveStatus } from '../../ui/AutosaveStatus';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { optionalText } from '../../ui/draft-text';
import { CheckboxField, PartialDateField, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useFieldErrors, type FieldErrors } from '../../ui/field-errors';
import { useKeptDraft } from '../../ui/kept-drafts';
import { useVocabOptions } from '../../ui/vocab-options';
import { CaseTextLanguage } from '../text-versions/case-text-language';
import { TextVersions } from '../text-versions/TextVersions';
import { TranslationFields, translationDraftOf, translationInput, type TranslationDraft } from './TranslationFields';
import { flatVersionsOf, versionsInput, type FlatVersions } from '../text-versions/versions-draft';

export interface MetadataDraft {
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
  /** A key exhibit: what an urgent request carries. */
  key: boolean;
  translationOfId: string;
  /** A translation's translator, languages and pages (TranslationFields.tsx). */
  translation?: TranslationDraft;
  partOfId: string;
  versions: FlatVersions;
}

export function draftOf(item: EvidenceListItem): MetadataDraft {
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
    key: item.key,
    translationOfId: item.translationOfId ?? '',
    translation: translationDraftOf(item),
    partOfId: item.partOfId ?? '',
    versions: flatVersionsOf(item.versions),
  };
}

export function metadataOf(draft: MetadataDraft) {
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
    key: draft.key,
    versions: versionsInput(draft.versions),
    translation: translationInput(draft.translation, draft.translationOfId !== ''),
  };
}

interface EvidenceMetadataFormProps {
  item: EvidenceListItem;
  others: readonly EvidenceListItem[];
  onSaved: (item: EvidenceListItem) => void;
}

export function EvidenceMetadataForm({ item, others, onSaved }: EvidenceMetadataFormProps) {
  const written = useContext(CaseTextLanguage);
  const { t } = useTranslation(['evidence', 'common']);
  const vocabOptions = useVocabOptions();
  const { fromZod, fromApi } = useFieldErrors();
  const { draft, setDraft, saved, restored } = useKeptDraft(`evidence:${item.id}`, () => draftOf(item));
  const [errors, setErrors] = useState<FieldErrors>({});
  const autosave = useAutosave(
    async (value: MetadataDraft) => {
      const answer = await call('evidence.update', {
        id: item.id,
        metadata: metadataOf(value),
        translationOfId: value.translationOfId || null,
        partOfId: value.partOfId || null,
      });
      onSaved(answer);
    },
    { onSaved: saved },
  );
  const { state } = autosave;

  /** Checks the draft as the core will, then queues it or holds it back with its problems shown. */
  const queue = (next: MetadataDraft) => {
    const checked = evidenceMetadataSchema.safeParse(metadataOf(next));
    if (checked.success) {
      setErrors({});
      autosave.change(next);
    } else {
      setErrors(fromZod(checked.error));
      autosave.hold();
    }
  };

  // A draft kept from an earlier visit goes on where it stopped: sent again, or shown refused.
  // Once, for the draft found when the form opened.
  const queueRestored = useEffectEvent(() => {
    if (restored) queue(draft);
  });
  useEffect(() => queueRestored(), []);

  const set = <K extends keyof MetadataDraft>(key: K, value: MetadataDraft[K]) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    queue(next);
  };

  // Enter in a field sends at once, rather than a moment later.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void autosave.flush();
  };

  const refused = state.status === 'failed' ? fromApi(state.error, 'metadata') : null;
  const shownErrors = refused ? { ...refused, ...errors } : errors;

  const otherOptions = others.filter((other) => other.id !== item.id).map((other) => ({ value: other.id, label: other.title }));

  return (
    <form className="cw-form" onSubmit={submit} noValidate aria-labelledby="evidence-metadata-heading">
      <div className="cw-form__heading">
        <h4 id="evidence-metadata-heading">{t('metadata.heading')}</h4>
        <AutosaveStatus state={state} />
      </div>
      {state.status === 'failed' && refused === null && <ErrorNotice error={state.error} onRetry={() => void autosave.retry()} />}
      <TextField data-field="title" label={t('metadata.title')} required value={draft.title} error={shownErrors.title} onChange={(e) => set('title', e.target.value)} />
      <div className="cw-form__row">
        <SelectField
          data-field="kind"
          label={t('metadata.kind')}
          value={draft.kind}
          error={shownErrors.kind}
          options={vocabOptions('evidenceKinds', evidenceKinds)}
          onChange={(e) => set('kind', e.target.value as MetadataDraft['kind'])}
        />
        <PartialDateField data-field="date" label={t('metadata.date')} hint={t('common:partialDateHint')} value={draft.date} error={shownErrors.date} onChange={(e) => set('date', e.target.value)} />
        <TextField
          data-field="language"
          label={t('metadata.language')}
          hint={t('metadata.languageHint')}
          value={draft.language}
          error={shownErrors.language}
          className="cw-field--short"
          autoComplete="off"
          onChange={(e) => set('language', e.target.value)}
        />
      </div>
      <TextField label={t('metadata.source')} hint={t('metadata.sourceHint')} value={draft.source} error={shownErrors.source} onChange={(e) => set('source', e.target.value)} />
      <fieldset className="cw-fieldset">
        <legend>{t('metadata.provenance')}</legend>
        <div className="cw-form__row">
          <TextField label={t('metadata.obtainedBy')} value={draft.obtainedBy} error={shownErrors['provenance.obtainedBy']} onChange={(e) => set('obtainedBy', e.target.value)} />
          <TextField label={t('metadata.method')} value={draft.method} error={shownErrors['provenance.method']} onChange={(e) => set('method', e.target.value)} />
          <PartialDateField label={t('metadata.obtainedOn')} value={draft.obtainedOn} error={shownErrors['provenance.obtainedOn']} onChange={(e) => set('obtainedOn', e.target.value)} />
        </div>
      </fieldset>
      <TextAreaField label={t('metadata.description')} value={draft.description} error={shownErrors.description} onChange={(e) => set('description', e.target.value)} />
      <TextAreaField label={t('metadata.relevance')} hint={t('metadata.relevanceHint')} value={draft.relevance} error={shownErrors.relevance} onChange={(e) => set('relevance', e.target.value)} />
      <TextVersions
        written={written}
        fields={[
          { name: 'title', label: t('metadata.title'), original: draft.title },
          { name: 'description', label: t('metadata.description'), original: draft.description, multiline: true },
          { name: 'relevance', label: t('metadata.relevance'), original: draft.relevance, multiline: true },
        ]}
        versions={draft.versions ?? {}}
        onChange={(versions) => set('versions', versions)}
      />
      <CheckboxField data-field="confidential" label={t('metadata.confidential')} hint={t('metadata.confidentialHint')} checked={draft.confidential} onChange={(e) => set('confidential', e.target.checked)} />
      <CheckboxField data-field="key" label={t('metadata.key')} hint={t('metadata.keyHint')} checked={draft.key} onChange={(e) => set('key', e.target.checked)} />
      <div className="cw-form__row">
        <SelectField
          label={t('metadata.translationOf')}
          value={draft.translationOfId}
          placeholder={t('metadata.notATranslation')}
          options={otherOptions}
          error={shownErrors.translationOfId}
          onChange={(e) => set('translationOfId', e.target.value)}
        />
        <SelectField
          label={t('metadata.partOf')}
          value={draft.partOfId}
          placeholder={t('metadata.notAPart')}
          options={otherOptions}
          error={shownErrors.partOfId}
          onChange={(e) => set('partOfId', e.target.value)}
        />
      </div>
      {draft.translationOfId !== '' && (
        <TranslationFields draft={draft.translation ?? translationDraftOf(item)} errors={shownErrors} onChange={(translation) => set('translation', translation)} />
      )}
    </form>
  );
}
