// Under the personal statement (issue 15): whether it was read back to the applicant by an
// interpreter, who (one of the vault's interpreters), in which language and when. The dossier
// then prints a certificate of interpretation after the statement. Only a complete choice is
// passed on to be saved: while an interpreter or the language is missing, the profile keeps the
// one saved before, and the field says what is missing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statementInterpretationSchema, type StatementInterpretation } from '../../../shared/models';
import { call } from '../../api';
import { optionalText } from '../../ui/draft-text';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { useFieldErrors } from '../../ui/field-errors';
import { useLoaded } from '../../ui/useLoaded';

interface Draft {
  on: boolean;
  interpreterId: string;
  language: string;
  date: string;
}

function draftOf(value: StatementInterpretation | undefined): Draft {
  return { on: value !== undefined, interpreterId: value?.interpreterId ?? '', language: value?.language ?? '', date: value?.date ?? '' };
}

export function StatementInterpretationFields({ value, onChange }: { value: StatementInterpretation | undefined; onChange: (value: StatementInterpretation | undefined) => void }) {
  const { t } = useTranslation(['translators', 'common']);
  const { fromZod } = useFieldErrors();
  const [draft, setDraft] = useState<Draft>(() => draftOf(value));
  const { state } = useLoaded(() => call('translators.list'), []);
  const options = state.status === 'ready' ? state.value.filter((record) => record.roles.includes('interpreter') || record.id === draft.interpreterId).map((record) => ({ value: record.id, label: record.name })) : [];

  const checked = statementInterpretationSchema.safeParse({ interpreterId: draft.interpreterId, language: draft.language, date: optionalText(draft.date) });
  const errors = draft.on && !checked.success ? fromZod(checked.error) : {};

  const update = (next: Draft) => {
    setDraft(next);
    if (!next.on) return onChange(undefined);
    const parsed = statementInterpretationSchema.safeParse({ interpreterId: next.interpreterId, language: next.language, date: optionalText(next.date) });
    if (parsed.success) onChange(parsed.data);
  };
  const set = <K extends keyof Draft>(key: K, v: Draft[K]) => update({ ...draft, [key]: v });

  return (
    <fieldset className="cw-fieldset">
      <legend>{t('interpretation.legend')}</legend>
      <CheckboxField label={t('interpretation.readBack')} hint={t('interpretation.hint')} checked={draft.on} onChange={(e) => set('on', e.target.checked)} />
      {draft.on && (
        <div className="cw-form__row">
          <SelectField
            data-field="statementInterpretation.interpreterId"
            label={t('interpretation.interpreter')}
            hint={t('translation.manage')}
            required
            value={draft.interpreterId}
            placeholder={t('interpretation.noInterpreter')}
            options={options}
            error={draft.interpreterId === '' ? undefined : errors.interpreterId}
            onChange={(e) => set('interpreterId', e.target.value)}
          />
          <TextField
            label={t('interpretation.language')}
            hint={t('translation.languageHint')}
            required
            className="cw-field--short"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            value={draft.language}
            error={draft.language === '' ? undefined : errors.language}
            onChange={(e) => set('language', e.target.value)}
          />
          <TextField
            label={t('interpretation.date')}
            className="cw-field--short"
            inputMode="numeric"
            dir="ltr"
            autoComplete="off"
            placeholder={t('common:datePlaceholder')}
            value={draft.date}
            error={errors.date}
            onChange={(e) => set('date', e.target.value)}
          />
        </div>
      )}
    </fieldset>
  );
}
