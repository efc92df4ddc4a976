// The "Done when" of the pre-flight: the demo case, as the demo writes and imports it (its files
// checked in the reader, as `dossier demo` leaves them), passes the pre-flight of every template
// in English and Russian, the languages of its case: nothing blocks its export. A block names
// the template, the language and what to complete in src/demo.
import { describe, expect, it } from 'vitest';
import { dossierTemplates } from '../../src/core/dossier/templates.js';
import { checkDossier } from '../../src/core/preflight/preflight.js';
import { DEMO_REFERENCE_DATE } from '../../src/demo/demo-case.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import { importCaseChecked } from '../support/import-checked.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

describe('the demo case before export', () => {
  it('passes the pre-flight of every template in en and ru: nothing blocks', async () => {
    const { vault } = await newVault();
    const { caseId } = await importCaseChecked(vault, await writeDemoCase(await tempDir('preflight-demo-')));
    // Noon on the demo's day: its deadlines are as urgent as the story has them.
    const now = new Date(`${DEMO_REFERENCE_DATE}T12:00:00`);
    const blocks: string[] = [];
    for (const template of dossierTemplates) {
      for (const language of ['en', 'ru'] as const) {
        const report = await checkDossier(vault, caseId, { template: template.id, language, today: DEMO_REFERENCE_DATE, now });
        expect(report.templateId).toBe(template.id);
        for (const finding of report.findings) if (finding.severity === 'block') blocks.push(`${template.id} ${language}: ${finding.code} ${finding.subject ?? finding.place.field ?? ''}`);
      }
    }
    expect(blocks).toEqual([]);
  }, 300_000);
});
