// The window shows the shared vocabulary tables (src/shared/vocabulary.ts) as list labels, so
// each label starts with a capital; the tables themselves stay lower case for the dossier's
// running text.
import type { Language } from '../../shared/format/languages';
import { vocabularies, type VocabularyText } from '../../shared/vocabulary';

function capitalized<T extends Record<string, string>>(labels: T): T {
  const entries = Object.entries(labels).map(([key, label]) => [key, label.charAt(0).toLocaleUpperCase() + label.slice(1)]);
  return Object.fromEntries(entries) as T;
}

export function vocabularyLabels(language: Language): VocabularyText {
  const table = vocabularies[language];
  return {
    forums: capitalized(table.forums),
    caseStatuses: capitalized(table.caseStatuses),
    clientStatuses: capitalized(table.clientStatuses),
    eventTypes: capitalized(table.eventTypes),
    evidenceKinds: capitalized(table.evidenceKinds),
    persecutionGrounds: capitalized(table.persecutionGrounds),
    eventStatuses: capitalized(table.eventStatuses),
    datePrecisions: capitalized(table.datePrecisions),
  };
}
