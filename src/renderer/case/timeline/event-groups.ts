// Event types in a few groups, each with its colour on the visual timeline: what the state did
// to the person, the prosecution, removal, harm, the person's own activity, and their flight and
// protection. Colour is never the only sign: the legend, the tooltip and the list name the type.
import type { eventTypes } from '../../../shared/models';

type EventType = (typeof eventTypes)[number];

export const eventGroups = {
  state: ['arrest', 'detention', 'search', 'interrogation', 'surveillance'],
  prosecution: ['criminal_case_opened', 'charge', 'wanted_listing', 'court_hearing', 'sentence'],
  removal: ['extradition_request', 'extradition_order', 'deportation'],
  harm: ['ill_treatment', 'threat'],
  activity: ['protest', 'publication'],
  protection: ['border_crossing', 'asylum_application', 'decision', 'appeal', 'release'],
  other: ['document_expiry', 'other'],
} as const satisfies Record<string, readonly EventType[]>;

export type EventGroup = keyof typeof eventGroups;
export const eventGroupIds = Object.keys(eventGroups) as EventGroup[];

const groupOfType = new Map<EventType, EventGroup>(
  eventGroupIds.flatMap((group) => eventGroups[group].map((type) => [type, group] as [EventType, EventGroup])),
);

export function groupOf(type: EventType): EventGroup {
  return groupOfType.get(type) ?? 'other';
}
