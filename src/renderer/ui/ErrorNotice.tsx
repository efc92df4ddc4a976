import { useTranslation } from 'react-i18next';
import { ApiError, NoAnswerError } from '../api';
import { Button } from './Button';

/**
 * A core error as a lawyer reads it: the localized meaning of its code, then the core's own
 * sentence (which names the file or field). Never a stack trace.
 */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  const detail = error instanceof ApiError ? error.message : undefined;
  const headline = error instanceof NoAnswerError ? t('errors.noAnswer') : t(`errors.${code}`);
  return (
    <div className="error-notice" role="alert">
      <p className="error-notice__headline">{headline}</p>
      {detail && detail !== headline && <p className="error-notice__detail">{detail}</p>}
      {onRetry && (
        <Button size="small" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </div>
  );
}
