// A CASE.json imported as the command line imports it: the case, then the check of its files
// (each read in the exhibit reader as the dossier will read it), so the test sees their badges.
import { inspectPendingFiles } from '../../src/core/evidence/inspect-pending.js';
import { importCase, type ImportOptions, type ImportReport } from '../../src/core/intake/case-file.js';
import { sharedNodeReader } from '../../src/core/isolation/shared-reader.js';
import type { Vault } from '../../src/core/vault/vault.js';

export async function importCaseChecked(vault: Vault, caseFile: string, options: ImportOptions = {}): Promise<ImportReport> {
  const report = await importCase(vault, caseFile, options);
  await inspectPendingFiles(vault, options.reader ?? sharedNodeReader(), report.caseId);
  return report;
}
