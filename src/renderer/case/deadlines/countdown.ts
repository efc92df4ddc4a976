// How near a deadline is, said the same way on the home page and in the case: in words ("3 days
// left", "Due tomorrow", "2 days overdue") and by urgency, so colour is never the only sign.
// Issue 4: a deadline is highlighted when fewer than 7 days remain.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export const URGENT_DAYS = 7;
/** Under a month left is worth a quieter warning on the home page. */
export const SOON_DAYS = 30;

/**
 * A deadline missed longer ago than this is history (the appeal window of a 2021 decision), not
 * an alarm: it stays listed, without the red, and is not counted among the urgent ones.
 */
export const PAST_DAYS = 30;

export type Urgency = 'past' | 'overdue' | 'urgent' | 'soon' | 'later';

export function urgencyOf(daysLeft: number): Urgency {
  if (daysLeft < -PAST_DAYS) return 'past';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft < URGENT_DAYS) return 'urgent';
  if (daysLeft < SOON_DAYS) return 'soon';
  return 'later';
}

export function isUrgent(daysLeft: number): boolean {
  return daysLeft >= -PAST_DAYS && daysLeft < URGENT_DAYS;
}

/** The common-namespace message for `daysLeft`, with the count its plural form takes. */
export function countdownMessage(daysLeft: number): { key: 'overdue' | 'dueToday' | 'dueTomorrow' | 'daysLeft'; count: number } {
  if (daysLeft < 0) return { key: 'overdue', count: -daysLeft };
  if (daysLeft === 0) return { key: 'dueToday', count: 0 };
  if (daysLeft === 1) return { key: 'dueTomorrow', count: 1 };
  return { key: 'daysLeft', count: daysLeft };
}

export function useCountdownText(): (daysLeft: number) => string {
  const { t } = useTranslation('common');
  return useCallback(
    (daysLeft: number) => {
      const { key, count } = countdownMessage(daysLeft);
      return t(key, { count });
    },
    [t],
  );
}

/** Whether a deadline should alarm: urgent by its date, and not marked done. */
export function isAlarming(deadline: { due: string; done?: boolean | undefined }, daysLeft: number): boolean {
  return deadline.done !== true && isUrgent(daysLeft);
}
