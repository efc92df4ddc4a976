// The reason codes in the window's words, in the order src/shared/redaction.ts gives them.
import { useTranslation } from 'react-i18next';
import { redactionReasons } from '../../../shared/redaction';
import type { SelectOption } from '../../ui/Field';

export function useReasonOptions(): SelectOption[] {
  const { t } = useTranslation('redaction');
  return redactionReasons.map((reason) => ({ value: reason, label: t(`reasons.${reason}`) }));
}
