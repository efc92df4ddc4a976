// The vault's side of a redacted export: the profile an export names, read from the vault and
// turned into the plain data that crosses to the composer (DossierInput.redaction). The plan,
// the pre-flight, the citation report and the export all read it here, through
// readDossierInput, so what a lawyer sees planned under a profile is the dossier they get.
import { DossierError } from '../../../shared/errors.js';
import type { CaseDetail } from '../../../shared/models.js';
import type { RedactionRegion } from '../../../shared/redaction.js';
import { getRedactionProfile } from '../../records/redaction-profiles.js';
import type { SqliteDatabase } from '../../vault/database.js';
import type { DossierRedaction } from './dossier-redaction.js';
import { withheldValuesOf } from './withhold-input.js';

/** What the profile `profileId` of the case asks of one export; an unknown profile is refused, never exported without. */
export function redactionForExport(db: SqliteDatabase, detail: CaseDetail, profileId: string): DossierRedaction {
  const profile = getRedactionProfile(db, detail.case.id, profileId);
  if (!profile) {
    throw new DossierError('NOT_FOUND', 'The redaction profile chosen for this dossier is not in its case (it may have been removed); choose another profile. No file was written.');
  }
  const regions: Record<string, RedactionRegion[]> = {};
  for (const region of profile.regions) (regions[region.evidenceId] ??= []).push(region);
  return {
    profileId: profile.id,
    profileName: profile.name,
    terms: profile.terms.map(({ text, reason }) => ({ text, reason })),
    regions,
    withheldFields: [...profile.withheldFields],
    withheldEvidenceIds: [...profile.withheldEvidenceIds],
    withheldEventIds: [...profile.withheldEventIds],
    withheldValues: withheldValuesOf(detail.client, profile.withheldFields),
    logPage: profile.logPage,
  };
}
