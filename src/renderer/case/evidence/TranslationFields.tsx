// A translation's details in the evidence form (issue 15): its translator, picked from the
// vault's translators, the languages it was made from and into, and whether it covers the whole
// document or an excerpt (pages from-to). The certificate of translation the dossier prints
// behind it says all of this. Shown only for an item that translates another.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem } from '../../../shared/contract';
import type { TranslationDetails } from '../../../shared/models';
import { call } from '../../api';
import { optionalText } from '../../ui/draft-text';
import { SelectField, TextField } from '../../ui/Field';
import type { FieldErrors } from '../../ui/field-errors';
import { useLoaded } from '../../ui/useLoaded';

export interface TranslationDraft {
  translatorId: string;
  sourceLanguage: string;
  targetLanguage: string;
  excerpt: boolean;
  from: string;
  to: string;
}

export function translationDraftOf(item: EvidenceListItem): TranslationDraft {
  const details = item.translation;
  return {
    translatorId: details?.translatorId ?? '',
    sourceLanguage: details?.sourceLanguage ?? '',
    targetLanguage: details?.targetLanguage ?? '',
    excerpt: details?.excerpt !== undefined,
    from: details?.excerpt ? String(details.excerpt.from) : '',
    to: details?.excerpt ? String(details.excerpt.to) : '',
  };
}

/** A page number as typed: a number when it is one, else the text, which the schema refuses at its field. */
function pageOf(text: string): number | string {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : text;
}

/** The details as the schema takes them; none for an item that translates nothing. */
export function translationInput(draft: TranslationDraft | undefined, isTranslation: boolean): TranslationDetails | undefined {
  if (!draft || !isTranslation) return undefined;
  return {
    translatorId: optionalText(draft.translatorId),
    sourceLanguage: optionalText(draft.sourceLanguage),
    targetLanguage: optionalText(draft.targetLanguage),
    excerpt: draft.excerpt ? ({ from: pageOf(draft.from), to: pageOf(draft.to) } as TranslationDetails['excerpt']) : undefined,
  };
}

export function TranslationFields({ draft, errors, onChange }: { draft: TranslationDraft; errors: FieldErrors; onChange: (draft: TranslationDraft) => void }) {
  const { t } = useTranslation(['translators', 'common']);
  const { state } = useLoaded(() => call('translators.list'), []);
  const covers = useId();
  const set = <K extends keyof TranslationDraft>(key: K, value: TranslationDraft[K]) => onChange({ ...draft, [key]: value });
  // Translators first; the one chosen stays offered even if no longer marked as one.
  const options = state.status === 'ready' ? state.value.filter((record) => record.roles.includes('translator') || record.id === draft.translatorId).map((record) => ({ value: record.id, label: record.name })) : [];
  return (
    <fieldset className="cw-fieldset">
      <legend>{t('translation.legend')}</legend>
      <SelectField
        data-field="translation.translatorId"
        label={t('translation.translator')}
        hint={t('translation.manage')}
        value={draft.translatorId}
        placeholder={t('translation.noTranslator')}
        options={options}
        error={errors['translation.translatorId']}
        onChange={(e) => set('translatorId', e.target.value)}
      />
      <div className="cw-form__row">
        <TextField
          data-field="translation.sourceLanguage"
          label={t('translation.sourceLanguage')}
          hint={t('translation.languageHint')}
          className="cw-field--short"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          value={draft.sourceLanguage}
          error={errors['translation.sourceLanguage']}
          onChange={(e) => set('sourceLanguage', e.target.value)}
        />
        <TextField
          data-field="translation.targetLanguage"
          label={t('translation.targetLanguage')}
          hint={t('translation.languageHint')}
          className="cw-field--short"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          value={draft.targetLanguage}
          error={errors['translation.targetLanguage']}
          onChange={(e) => set('targetLanguage', e.target.value)}
        />
      </div>
      <fieldset className="cw-fieldset">
        <legend>{t('translation.covers')}</legend>
        <label className="checkbox-field">
          <input type="radio" name={covers} checked={!draft.excerpt} onChange={() => set('excerpt', false)} />
          {t('translation.whole')}
        </label>
        <label className="checkbox-field">
          <input type="radio" name={covers} checked={draft.excerpt} onChange={() => onChange({ ...draft, excerpt: true, from: draft.from || '1', to: draft.to || '1' })} />
          {t('translation.excerpt')}
        </label>
        {draft.excerpt && (
          <div className="cw-form__row">
            <TextField
              label={t('translation.from')}
              className="cw-field--short"
              inputMode="numeric"
              dir="ltr"
              value={draft.from}
              error={errors['translation.excerpt.from']}
              onChange={(e) => set('from', e.target.value)}
            />
            <TextField
              label={t('translation.to')}
              className="cw-field--short"
              inputMode="numeric"
              dir="ltr"
              value={draft.to}
              error={errors['translation.excerpt.to']}
              onChange={(e) => set('to', e.target.value)}
            />
          </div>
        )}
      </fieldset>
    </fieldset>
  );
}
