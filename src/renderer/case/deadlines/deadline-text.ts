// A deadline's words in the window's language, from the shared table the dossier prints with
// (src/shared/deadline-text.ts): a derived deadline is worded from its rule and its subject (the
// event's title, the document's kind and number, as typed); one entered by hand is shown as
// typed. The case's deadline list, the home page and the export view all use this.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineWords, type DeadlineWords } from '../../../shared/deadline-text';
import type { Deadline } from '../../../shared/models';
import { languageOf } from '../../../shared/format/languages';

/** Words each deadline in the interface language. */
export function useDeadlineText(): (deadline: Deadline) => DeadlineWords {
  const { i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return useCallback((deadline: Deadline) => deadlineWords(deadline, language), [language]);
}
