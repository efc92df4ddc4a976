// How an identity document's expiry reads today: a person with an expired passport can be
// detained at any document check, so 90 days ahead is already worth a warning.
import { daysFromToday } from '../../ui/dates';

export const EXPIRY_WARNING_DAYS = 90;

export type ExpiryState =
  | { state: 'none' }
  | { state: 'valid'; days: number }
  | { state: 'soon'; days: number }
  | { state: 'expired'; days: number };

export function expiryOf(expires: string | undefined): ExpiryState {
  if (!expires) return { state: 'none' };
  const days = daysFromToday(expires);
  if (days < 0) return { state: 'expired', days: -days };
  if (days <= EXPIRY_WARNING_DAYS) return { state: 'soon', days };
  return { state: 'valid', days };
}
