// A case's redaction profiles as the window and the CLI edit them (issue 17). Each change runs in
// one transaction with its audit entry: the action and the profile's id, never its name or terms
// (they are what a recipient must not see).
import { DossierError } from '../../shared/errors.js';
import { getCase } from '../records/cases.js';
import { getCaseDetail } from '../records/case-detail.js';
import { getRedactionProfile, listRedactionProfiles, removeRedactionProfile, saveRedactionProfile } from '../records/redaction-profiles.js';
import { redactionSuggestions } from '../records/redaction-suggestions.js';
import type { HandlerGroup, ServiceContext } from './service-context.js';

type RedactionMethod = 'redaction.list' | 'redaction.save' | 'redaction.remove' | 'redaction.suggestions';

export function redactionHandlers(ctx: ServiceContext): HandlerGroup<RedactionMethod> {
  return {
    'redaction.list': ({ caseId }) =>
      ctx.vault().transaction((db) => {
        getCase(db, caseId); // NOT_FOUND in words
        return listRedactionProfiles(db, caseId);
      }),
    'redaction.save': ({ caseId, id, profile }) => {
      const vault = ctx.vault();
      return vault.transaction((db) => {
        getCase(db, caseId);
        const saved = saveRedactionProfile(db, caseId, id, profile);
        vault.audit('redaction.save', 'redaction_profile', saved.id);
        return saved;
      });
    },
    'redaction.remove': ({ caseId, id }) => {
      const vault = ctx.vault();
      return vault.transaction((db) => {
        getCase(db, caseId);
        removeRedactionProfile(db, caseId, id);
        vault.audit('redaction.remove', 'redaction_profile', id);
        return { ok: true as const };
      });
    },
    'redaction.suggestions': ({ caseId, profileId }) => {
      const vault = ctx.vault();
      return vault.transaction((db) => {
        const detail = getCaseDetail(vault, caseId);
        if (profileId === undefined) return redactionSuggestions(detail);
        const profile = getRedactionProfile(db, caseId, profileId);
        if (!profile) throw new DossierError('NOT_FOUND', `The case has no redaction profile with id ${profileId}.`);
        return redactionSuggestions(detail, profile.terms.map((term) => term.text));
      });
    },
  };
}
