// Where a form that saves as the lawyer types says how it stands: "Saving…", "Saved", or that
// nothing was saved and why (a field to correct, or the vault refused: then a retry).
import { useTranslation } from 'react-i18next';
import type { AutosaveState } from './save-queue';
import { StatusMessage } from './StatusMessage';

export function AutosaveStatus({ state, className }: { state: AutosaveState; className?: string }) {
  const { t } = useTranslation('common');
  const text =
    state.status === 'pending' || state.status === 'saving'
      ? t('saving')
      : state.status === 'saved'
        ? t('saved')
        : state.status === 'invalid'
          ? t('notSavedInvalid')
          : state.status === 'failed'
            ? t('notSavedFailed')
            : '';
  return <StatusMessage className={['cw-save-status', `cw-save-status--${state.status}`, className ?? ''].filter(Boolean).join(' ')}>{text}</StatusMessage>;
}
