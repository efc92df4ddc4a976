// The chosen files of the evidence list, changed together: kind, date, language, source,
// confidentiality or the key-exhibit mark set on all of them in one call (fields left empty stay as each file has them),
// or all removed after one confirmation.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem } from '../../../shared/contract';
import { evidenceKinds, type EvidenceBulkChanges, type EvidenceMetadata } from '../../../shared/models';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { DeleteWithConfirm } from '../../ui/DeleteWithConfirm';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useFlushPendingSaves } from '../../ui/pending-saves';
import { PartialDateField, SelectField, TextField } from '../../ui/Field';
import { useVocabOptions } from '../../ui/vocab-options';

interface BulkDraft {
  kind: EvidenceMetadata['kind'] | '';
  date: string;
  language: string;
  source: string;
  confidential: '' | 'yes' | 'no';
  key: '' | 'yes' | 'no';
}

const emptyDraft: BulkDraft = { kind: '', date: '', language: '', source: '', confidential: '', key: '' };

/** Only what the lawyer filled in; an empty field means "leave as it is". */
function changesOf(draft: BulkDraft): EvidenceBulkChanges {
  const changes: EvidenceBulkChanges = {};
  if (draft.kind !== '') changes.kind = draft.kind;
  if (draft.date.trim() !== '') changes.date = draft.date.trim();
  if (draft.language.trim() !== '') changes.language = draft.language.trim();
  if (draft.source.trim() !== '') changes.source = draft.source.trim();
  if (draft.confidential !== '') changes.confidential = draft.confidential === 'yes';
  if (draft.key !== '') changes.key = draft.key === 'yes';
  return changes;
}

interface EvidenceBulkEditProps {
  ids: string[];
  onUpdated: (items: EvidenceListItem[]) => void;
  onRemoved: (count: number) => Promise<void>;
  onClear: () => void;
}

export function EvidenceBulkEdit({ ids, onUpdated, onRemoved, onClear }: EvidenceBulkEditProps) {
  const { t } = useTranslation(['evidence', 'common']);
  const vocabOptions = useVocabOptions();
  const [draft, setDraft] = useState<BulkDraft>(emptyDraft);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [nothing, setNothing] = useState(false);
  const flushPendingSaves = useFlushPendingSaves();
  const set = <K extends keyof BulkDraft>(key: K, value: BulkDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setNothing(false);
  };

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    const changes = changesOf(draft);
    if (Object.keys(changes).length === 0) {
      setNothing(true);
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      // A description typed a moment ago goes first, so it cannot land after (and undo) this change.
      await flushPendingSaves();
      const updated = await call('evidence.updateMany', { ids, changes });
      setDraft(emptyDraft);
      onUpdated(updated);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    await flushPendingSaves();
    const { removed } = await call('evidence.remove', { ids });
    await onRemoved(removed);
  };

  return (
    <form className="cw-bulk" onSubmit={(event) => void apply(event)} noValidate aria-labelledby="evidence-bulk-heading" data-testid="evidence-bulk-edit">
      <div className="cw-bulk__heading">
        <h3 id="evidence-bulk-heading">{t('bulk.heading', { count: ids.length })}</h3>
        <Button size="small" variant="quiet" onClick={onClear}>
          {t('bulk.clear')}
        </Button>
      </div>
      <p className="muted">{t('bulk.hint')}</p>
      <div className="cw-form__row">
        <SelectField
          label={t('metadata.kind')}
          value={draft.kind}
          placeholder={t('bulk.unchanged')}
          options={vocabOptions('evidenceKinds', evidenceKinds)}
          onChange={(e) => set('kind', e.target.value as BulkDraft['kind'])}
        />
        <PartialDateField label={t('metadata.date')} hint={t('common:partialDateHint')} value={draft.date} onChange={(e) => set('date', e.target.value)} />
        <TextField
          label={t('metadata.language')}
          hint={t('metadata.languageHint')}
          value={draft.language}
          dir="ltr"
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => set('language', e.target.value)}
        />
        <TextField label={t('metadata.source')} value={draft.source} onChange={(e) => set('source', e.target.value)} />
        <SelectField
          label={t('metadata.confidential')}
          value={draft.confidential}
          placeholder={t('bulk.unchanged')}
          options={[
            { value: 'yes', label: t('bulk.confidentialYes') },
            { value: 'no', label: t('bulk.confidentialNo') },
          ]}
          onChange={(e) => set('confidential', e.target.value as BulkDraft['confidential'])}
        />
        <SelectField
          label={t('metadata.key')}
          value={draft.key}
          placeholder={t('bulk.unchanged')}
          options={[
            { value: 'yes', label: t('bulk.keyYes') },
            { value: 'no', label: t('bulk.keyNo') },
          ]}
          onChange={(e) => set('key', e.target.value as BulkDraft['key'])}
        />
      </div>
      {nothing && (
        <p className="field__error" role="alert">
          {t('bulk.nothingToApply')}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      <div className="cw-bulk__actions">
        <Button type="submit" variant="primary" busy={saving}>
          {t('bulk.apply')}
        </Button>
        <DeleteWithConfirm
          label={t('bulk.remove', { count: ids.length })}
          question={t('bulk.removeQuestion', { count: ids.length })}
          confirmLabel={t('bulk.removeConfirm')}
          groupLabel={t('bulk.removeGroup')}
          onDelete={remove}
        />
      </div>
    </form>
  );
}
