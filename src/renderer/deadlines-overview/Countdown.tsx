// Days left until a deadline, as a badge: overdue and under a week in red, under a month in
// amber. The words say it too ("3 days left", "2 days overdue").
import { urgencyOf, useCountdownText } from '../case/deadlines/countdown';
import { Badge, type BadgeTone } from '../ui/Badge';

const tones = { past: 'neutral', overdue: 'danger', urgent: 'danger', soon: 'warning', later: 'neutral' } as const satisfies Record<string, BadgeTone>;

export function Countdown({ daysLeft }: { daysLeft: number }) {
  const countdownText = useCountdownText();
  return <Badge tone={tones[urgencyOf(daysLeft)]}>{countdownText(daysLeft)}</Badge>;
}
