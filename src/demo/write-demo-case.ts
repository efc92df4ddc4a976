// Writes the demo case into a folder as a user would receive a case: CASE.json beside its
// evidence files, ready for `importCase`. The same bytes on every run, so that a demo dossier
// can be compared with an earlier one.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { demoCase } from './demo-case.js';
import { generateDemoEvidence } from './demo-evidence.js';
import { withRussianVersions } from './demo-versions.js';

/** Writes the evidence files and CASE.json into `dir`, an existing empty folder; returns CASE.json's path. */
export async function writeDemoCase(dir: string): Promise<string> {
  for (const file of await generateDemoEvidence()) {
    // "wx": never overwrite a file the user already has in the folder.
    await writeFile(path.join(dir, file.name), file.bytes, { flag: 'wx' });
  }
  const jsonPath = path.join(dir, 'CASE.json');
  await writeFile(jsonPath, `${JSON.stringify(withRussianVersions(demoCase), null, 2)}\n`, { flag: 'wx' });
  return jsonPath;
}
