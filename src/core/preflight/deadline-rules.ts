// Rules about time: a deadline already missed (the filing may be out of time) or due within two
// days, and an identity document that has expired (the forum will ask why, or for a new one).
import { daysBetween } from '../../shared/dates.js';
import type { Deadline } from '../../shared/models.js';
import type { PreflightFinding } from '../../shared/preflight.js';
import type { PreflightRule } from './preflight-rule.js';

const soonMs = 48 * 3_600_000;

/** Minutes a time zone is ahead of UTC at an instant. */
function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)!.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * When a deadline falls due: its time on its zone's clock, or on the user's; a deadline with no
 * time ends with its day.
 */
export function dueInstant(deadline: Pick<Deadline, 'due' | 'time' | 'timeZone'>): number {
  if (deadline.time === undefined) return new Date(`${deadline.due}T23:59:59.999`).getTime();
  if (deadline.timeZone === undefined) return new Date(`${deadline.due}T${deadline.time}:00`).getTime();
  const [year, month, day] = deadline.due.split('-').map(Number) as [number, number, number];
  const [hour, minute] = deadline.time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time read as UTC, then at the instant it gives: right across a change of clocks.
  const first = wall - zoneOffsetMinutes(wall, deadline.timeZone) * 60_000;
  return wall - zoneOffsetMinutes(first, deadline.timeZone) * 60_000;
}

/** Deadlines not marked done that are past (block) or due within 48 hours (warn). */
export const deadlinesDue: PreflightRule = (input) =>
  input.detail.deadlines.flatMap((deadline): PreflightFinding[] => {
    if (deadline.done) return [];
    const place = { view: 'deadlines' as const, id: deadline.id };
    const subject = deadline.subject ?? deadline.title;
    const values = { due: deadline.due, ...(deadline.time ? { time: deadline.time } : {}) };
    const left = dueInstant(deadline) - input.now.getTime();
    if (left <= 0) return [{ code: 'deadline.missed', severity: 'block', place, subject, values }];
    if (left <= soonMs) return [{ code: 'deadline.soon', severity: 'warn', place, subject, values: { ...values, hours: Math.ceil(left / 3_600_000) } }];
    return [];
  });

/** The applicant's identity documents that expired before today. */
export const expiredDocuments: PreflightRule = (input) =>
  input.detail.client.documents.flatMap((document, index) =>
    document.expires !== undefined && daysBetween(input.today, document.expires) < 0
      ? [
          {
            code: 'identity.expired',
            severity: 'warn' as const,
            place: { view: 'profile' as const, field: `documents.${index}.expires` },
            subject: [document.kind, document.number].filter(Boolean).join(' '),
            values: { expired: document.expires },
          },
        ]
      : [],
  );

export const deadlineRules: readonly PreflightRule[] = [deadlinesDue, expiredDocuments];
