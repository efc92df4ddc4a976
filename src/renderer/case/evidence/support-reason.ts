// Why the dossier will show only a separator page for a file, in the window's language: worded
// from the core's code; the core's English note stands in only for a file without one.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem } from '../../../shared/contract';

export function useSupportReason(): (item: EvidenceListItem) => string | undefined {
  const { t } = useTranslation('evidence');
  return useCallback((item: EvidenceListItem) => (item.supportReason ? t(`reasons.${item.supportReason}`) : item.supportNote), [t]);
}
