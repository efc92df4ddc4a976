// Days left until a deadline, as a badge: overdue and under a week in red, under a month in
// amber. The words say it too ("3 days left", "2 days overdue").
import { useTranslation } from 'react-i18next';
import { Badge } from '../ui/Badge';
import { daysFromToday } from '../ui/dates';

/** Fewer days than this left is urgent (issue 4: highlighted when less than 7 days remain). */
export const URGENT_DAYS = 7;

export function Countdown({ due }: { due: string }) {
  const { t } = useTranslation('common');
  const left = daysFromToday(due);
  const text = left < 0 ? t('overdue', { count: -left }) : left === 0 ? t('dueToday') : t('daysLeft', { count: left });
  const tone = left < URGENT_DAYS ? 'danger' : left < 30 ? 'warning' : 'neutral';
  return <Badge tone={tone}>{text}</Badge>;
}
