// Days left until a deadline, as a badge: overdue and under a week in red, under a month in
// amber. The words say it too ("3 days left", "2 days overdue"). A deadline marked done says
// "Done", without the alarm.
import { useTranslation } from 'react-i18next';
import { urgencyOf, useCountdownText } from '../case/deadlines/countdown';
import { Badge, type BadgeTone } from '../ui/Badge';

const tones = { past: 'neutral', overdue: 'danger', urgent: 'danger', soon: 'warning', later: 'neutral' } as const satisfies Record<string, BadgeTone>;

export function Countdown({ daysLeft, done = false }: { daysLeft: number; done?: boolean | undefined }) {
  const { t } = useTranslation('deadlines');
  const countdownText = useCountdownText();
  if (done) return <Badge tone="neutral">{t('statusDone')}</Badge>;
  return <Badge tone={tones[urgencyOf(daysLeft)]}>{countdownText(daysLeft)}</Badge>;
}
