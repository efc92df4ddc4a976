// The demo case argues the five elements of CAT art. 3 (diplomatic assurances too: Kazakhstan
// relied on Russia's), in English with a Russian version, each resting on facts and exhibits;
// its statement, interim-measures request and arguments cite the demo exhibits' pages, and every
// citation lands on its page in the committee's dossier and in the urgent letter, in en and ru.
import { describe, expect, it } from 'vitest';
import { dossierCitations } from '../../src/core/dossier/dossier-citations.js';
import { checkDossier } from '../../src/core/preflight/preflight.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { citationsIn } from '../../src/shared/citations.js';
import { elementsOfBasis } from '../../src/shared/legal-elements.js';
import { DEMO_REFERENCE_DATE } from '../../src/demo/demo-case.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import { importCaseChecked } from '../support/import-checked.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

describe('the demo case’s argument', () => {
  it('argues every CAT art. 3 element with support and citations that land, in en and ru', async () => {
    const { vault } = await newVault();
    const report = await importCaseChecked(vault, await writeDemoCase(await tempDir('demo-arguments-')));
    expect(report.warnings.filter((warning) => warning.includes('cited') || warning.includes('element'))).toEqual([]);
    const detail = getCaseDetail(vault, report.caseId);

    const argued = detail.elementArguments ?? [];
    expect(argued.map((argument) => argument.element)).toEqual(elementsOfBasis('cat_art3').map((element) => element.key));
    for (const argument of argued) {
      expect(argument.versions?.ru?.argument, argument.element).toMatch(/[а-я]/);
      expect(argument.eventIds.length + argument.exhibits.length + argument.countryInformation.length, argument.element).toBeGreaterThan(0);
    }
    // Every citation names an exhibit of the case (CASE.json keys were rewritten to vault ids).
    const ids = new Set(detail.evidence.map((item) => item.id));
    const cited = [detail.persecution?.narrative, detail.persecution?.interimMeasures, ...argued.map((argument) => argument.argument)].flatMap(citationsIn);
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.every((citation) => ids.has(citation.evidenceId))).toBe(true);

    for (const template of ['un-cat-interim-measures', 'urgent-interim-measures']) {
      for (const language of ['en', 'ru'] as const) {
        const entries = await dossierCitations(vault, report.caseId, { template, language, today: DEMO_REFERENCE_DATE });
        const printed = template === 'un-cat-interim-measures' ? entries : entries.filter((entry) => entry.place.field === 'interimMeasures');
        expect(printed.filter((entry) => entry.problem !== undefined), `${template} ${language}`).toEqual([]);
        expect(printed.length).toBeGreaterThan(0);
        const findings = (await checkDossier(vault, report.caseId, { template, language, today: DEMO_REFERENCE_DATE })).findings;
        expect(findings.filter((finding) => finding.code === 'element.unsupported' || finding.code.startsWith('citation.'))).toEqual([]);
      }
    }
    vault.close();
  }, 300_000);
});
