// One element's argument as the element map edits it, and the input `arguments.save` takes.
import { elementSupported, type LegalElementKey } from '../../../shared/legal-elements';
import type { ElementArgument, ElementArgumentInput } from '../../../shared/models';
import { flatVersionsOf, versionsInput, type FlatVersions } from '../text-versions/versions-draft';

export interface ElementDraft {
  argument: string;
  eventIds: string[];
  exhibits: { evidenceId: string; pages?: { from: number; to: number } | undefined }[];
  countryInformation: string[];
  versions: FlatVersions;
}

export const emptyElementDraft: ElementDraft = { argument: '', eventIds: [], exhibits: [], countryInformation: [], versions: {} };

export function elementDraftOf(stored: ElementArgument | undefined): ElementDraft {
  if (!stored) return emptyElementDraft;
  return {
    argument: stored.argument ?? '',
    eventIds: [...stored.eventIds],
    exhibits: stored.exhibits.map((exhibit) => ({ ...exhibit })),
    countryInformation: [...stored.countryInformation],
    versions: flatVersionsOf(stored.versions),
  };
}

export function elementInput(element: LegalElementKey, draft: ElementDraft): ElementArgumentInput {
  return {
    element,
    argument: draft.argument,
    eventIds: draft.eventIds,
    exhibits: draft.exhibits.map(({ evidenceId, pages }) => (pages ? { evidenceId, pages } : { evidenceId })),
    countryInformation: draft.countryInformation,
    versions: versionsInput(draft.versions),
  };
}

/** Whether anything supports the element, by the pre-flight's own rule (elementSupported), so the map and the check agree. */
export function isSupported(element: LegalElementKey, draft: ElementDraft): boolean {
  const input = elementInput(element, draft);
  return elementSupported({ argument: input.argument, eventIds: draft.eventIds, exhibits: draft.exhibits, countryInformation: draft.countryInformation, versions: input.versions });
}

/**
 * The draft without its links to events and files no longer in the case (deleted since it was
 * typed): arguments.save refuses them and they support nothing. The very draft when none is
 * gone, so an untouched card is not redrawn.
 */
export function withoutGoneLinks(draft: ElementDraft, eventIds: ReadonlySet<string>, evidenceIds: ReadonlySet<string>): ElementDraft {
  const events = draft.eventIds.filter((id) => eventIds.has(id));
  const exhibits = draft.exhibits.filter((exhibit) => evidenceIds.has(exhibit.evidenceId));
  if (events.length === draft.eventIds.length && exhibits.length === draft.exhibits.length) return draft;
  return { ...draft, eventIds: events, exhibits };
}

/** What a card's links are: one list each, unlinked by position (a file may be linked twice, for two ranges of pages). */
export type LinkKind = 'facts' | 'exhibits' | 'countryInformation';

export function unlinkAt(draft: ElementDraft, kind: LinkKind, index: number): ElementDraft {
  const without = <T>(list: readonly T[]) => list.filter((_, position) => position !== index);
  if (kind === 'facts') return { ...draft, eventIds: without(draft.eventIds) };
  if (kind === 'exhibits') return { ...draft, exhibits: without(draft.exhibits) };
  return { ...draft, countryInformation: without(draft.countryInformation) };
}

/** Nothing left in the card (no argument, version, fact, exhibit or source): the stored argument is removed rather than kept empty. */
export function isEmptyArgument(input: ElementArgumentInput): boolean {
  return (input.argument ?? '').trim() === '' && Object.keys(input.versions ?? {}).length === 0 && (input.eventIds ?? []).length === 0 && (input.exhibits ?? []).length === 0 && (input.countryInformation ?? []).length === 0;
}
