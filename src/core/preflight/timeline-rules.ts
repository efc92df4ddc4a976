// Rules about the chronology: a fact the dossier states should rest on an exhibit.
import type { PreflightRule } from './preflight-rule.js';

/** An event no evidence item supports (a disputed one too: the forum reads it all the same). */
export const eventsWithoutEvidence: PreflightRule = (input) =>
  input.detail.events
    .filter((event) => event.evidenceIds.length === 0)
    .map((event) => ({ code: 'event.no-evidence', severity: 'warn' as const, place: { view: 'timeline' as const, id: event.id }, subject: event.title }));

export const timelineRules: readonly PreflightRule[] = [eventsWithoutEvidence];
