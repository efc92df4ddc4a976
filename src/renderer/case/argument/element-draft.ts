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
