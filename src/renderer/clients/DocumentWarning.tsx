// The badge for an identity document that has expired or expires within 90 days: an expired
// passport can block a border crossing or a filing, so it is said in words, not only colour.
import { useTranslation } from 'react-i18next';
import { Badge } from '../ui/Badge';
import { localDay } from '../../shared/dates';
import { dateLocale } from '../ui/dates';

export function DocumentWarning({ warning }: { warning: { kind: string; expires: string } }) {
  const { t, i18n } = useTranslation('clients');
  const expired = warning.expires < localDay();
  const values = { kind: warning.kind, date: shortDate(warning.expires, i18n.language) };
  const text = expired ? t('list.documentExpired', values) : t('list.documentExpires', values);
  // The column is narrow: the date is short ("22 Dec 2026"), and the whole text is the tooltip.
  return (
    <Badge tone={expired ? 'danger' : 'warning'} title={text}>
      <span dir="auto">{text}</span>
    </Badge>
  );
}

/** A calendar day (YYYY-MM-DD) with the month abbreviated, in the window's language; never shifted by the time zone. */
function shortDate(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(dateLocale(language), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
