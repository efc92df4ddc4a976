// A redaction profile as the tab edits it: its stored fields without the record's own (id, case,
// dates), and what a profile may name checked against the case as it is now.
import type { CaseDetail } from '../../../shared/models';
import { foldTerm, type RedactionProfile } from '../../../shared/redaction';

export type ProfileDraft = Omit<RedactionProfile, 'id' | 'caseId' | 'createdAt' | 'updatedAt'>;

export function draftOf(profile: RedactionProfile): ProfileDraft {
  const { name, terms, regions, withheldFields, withheldEvidenceIds, withheldEventIds, logPage } = profile;
  return { name, terms, regions, withheldFields, withheldEvidenceIds, withheldEventIds, logPage };
}

/** How many of a draft's boxes, withheld exhibits and withheld events named what the case no longer holds. */
export interface GoneFromCase {
  boxes: number;
  exhibits: number;
  events: number;
}

/**
 * A draft without the exhibits and events the case no longer holds (deleted in another tab or by
 * the CLI since the profile was saved or shown): the next save would otherwise name what is gone
 * and be refused. Also counts what was dropped, so the lawyer can be told.
 */
export function presentOnly(detail: Pick<CaseDetail, 'evidence' | 'events'>): (draft: ProfileDraft) => { draft: ProfileDraft; gone: GoneFromCase } {
  const evidence = new Set(detail.evidence.map((item) => item.id));
  const events = new Set(detail.events.map((event) => event.id));
  return (draft) => {
    const regions = draft.regions.filter((region) => evidence.has(region.evidenceId));
    const withheldEvidenceIds = draft.withheldEvidenceIds.filter((id) => evidence.has(id));
    const withheldEventIds = draft.withheldEventIds.filter((id) => events.has(id));
    const gone = {
      boxes: draft.regions.length - regions.length,
      exhibits: draft.withheldEvidenceIds.length - withheldEvidenceIds.length,
      events: draft.withheldEventIds.length - withheldEventIds.length,
    };
    // The same draft when nothing is gone, so a caller can tell "unchanged" by identity.
    if (gone.boxes + gone.exhibits + gone.events === 0) return { draft, gone };
    return { draft: { ...draft, regions, withheldEvidenceIds, withheldEventIds }, gone };
  };
}

/** Whether another profile of the case has this name (capitals and spacing aside, as a person reads two names). */
export function nameTaken(profiles: readonly Pick<RedactionProfile, 'id' | 'name'>[], name: string, except?: string): boolean {
  const wanted = foldTerm(name);
  return profiles.some((profile) => profile.id !== except && foldTerm(profile.name) === wanted);
}

/** Whether the profile already removes this term (the same words, as the matching rule compares them). */
export function hasTerm(terms: readonly { text: string }[], text: string): boolean {
  const wanted = foldTerm(text);
  return terms.some((term) => foldTerm(term.text) === wanted);
}
