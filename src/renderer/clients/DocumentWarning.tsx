// The badge for an identity document that has expired or expires within 90 days: an expired
// passport can block a border crossing or a filing, so it is said in words, not only colour.
import { useTranslation } from 'react-i18next';
import { Badge } from '../ui/Badge';
import { todayIso } from '../ui/dates';

export function DocumentWarning({ warning }: { warning: { kind: string; expires: string } }) {
  const { t } = useTranslation('clients');
  const expired = warning.expires < todayIso();
  return (
    <Badge tone={expired ? 'danger' : 'warning'}>
      <span dir="auto">{expired ? t('list.documentExpired', { kind: warning.kind, date: warning.expires }) : t('list.documentExpires', { kind: warning.kind, date: warning.expires })}</span>
    </Badge>
  );
}
