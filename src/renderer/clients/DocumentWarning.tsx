// The badge for an identity document that has expired or expires within 90 days: an expired
// passport can block a border crossing or a filing, so it is said in words, not only colour.
import { useTranslation } from 'react-i18next';
import { Badge } from '../ui/Badge';
import { localDay } from '../../shared/dates';
import { formatShortDay } from '../../shared/format/dates';
import { languageOf } from '../../shared/format/languages';

export function DocumentWarning({ warning }: { warning: { kind: string; expires: string } }) {
  const { t, i18n } = useTranslation('clients');
  const expired = warning.expires < localDay();
  const values = { kind: warning.kind, date: formatShortDay(warning.expires, languageOf(i18n.language)) };
  const text = expired ? t('list.documentExpired', values) : t('list.documentExpires', values);
  // The column is narrow: the date is short ("22 Dec 2026"), and the whole text is the tooltip.
  return (
    <Badge tone={expired ? 'danger' : 'warning'} title={text}>
      <span dir="auto">{text}</span>
    </Badge>
  );
}
