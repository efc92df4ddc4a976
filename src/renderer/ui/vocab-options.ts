// A controlled vocabulary (src/shared/vocabulary.ts) as the options of a select, labelled in the
// window's language: useVocabOptions()('forums', forums).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { vocab } from '../i18n/en/vocab';
import type { SelectOption } from './Field';

type Vocabulary = typeof vocab;

export function useVocabOptions() {
  const { t } = useTranslation('vocab');
  return useCallback(
    <K extends keyof Vocabulary>(table: K, values: readonly (keyof Vocabulary[K] & string)[]): SelectOption[] =>
      values.map((value) => ({ value, label: t(`${table}.${value}` as `forums.${keyof Vocabulary['forums']}`) })),
    [t],
  );
}
