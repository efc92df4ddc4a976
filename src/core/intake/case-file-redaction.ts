// The redaction profiles of CASE.json (docs/case-format.md), saved once the case's evidence and
// events have their vault ids. A region or withheld item naming a file the import refused is
// dropped with a warning (the rest of the profile is kept); a term is saved as written.
import type { ImportRedactionProfile } from '../../shared/import-redaction.js';
import { saveRedactionProfile } from '../records/redaction-profiles.js';
import type { SqliteDatabase } from '../vault/database.js';

export function importRedactionProfiles(
  db: SqliteDatabase,
  caseId: string,
  profiles: readonly ImportRedactionProfile[],
  ids: { evidence: ReadonlyMap<string, string>; events: ReadonlyMap<string, string> },
  warnings: string[],
): void {
  for (const profile of profiles) {
    const where = `redaction profile "${profile.name}"`;
    const evidenceId = (key: string, what: string): string | undefined => {
      const id = ids.evidence.get(key);
      if (!id) warnings.push(`${where}: evidence "${key}" was not imported, ${what} dropped.`);
      return id;
    };
    const regions = profile.regions.flatMap(({ evidence, ...box }) => {
      const id = evidenceId(evidence, 'its region');
      return id ? [{ evidenceId: id, ...box }] : [];
    });
    const withheldEvidenceIds = profile.withheld.evidence.flatMap((key) => evidenceId(key, 'withholding it') ?? []);
    const withheldEventIds = profile.withheld.events.flatMap((name) => ids.events.get(name) ?? []);
    saveRedactionProfile(db, caseId, undefined, {
      name: profile.name,
      terms: profile.terms,
      regions,
      withheldFields: profile.withheld.fields,
      withheldEvidenceIds,
      withheldEventIds,
      logPage: profile.logPage,
    });
  }
}
