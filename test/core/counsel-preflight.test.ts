// The pre-flight's counsel rule, on cases imported into a real vault: the US immigration court's
// cover wants counsel's address and EOIR ID, and warns (never blocks) when the case's counsel
// lacks either or the case names no counsel record; other templates do not ask.
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { checkDossier } from '../../src/core/preflight/preflight.js';
import { DEMO_REFERENCE_DATE } from '../../src/demo/demo-case.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import { sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const counsel = { name: 'Rosa Alvarez', address: ['12 Pine Street', 'Newark, NJ 07102'], phone: '+1 973 555 0142', eoirId: 'AB123456' };

async function counselFindings(extra: Record<string, unknown>, template: string) {
  const { vault } = await newVault();
  const file = await writeSampleCase(await tempDir(), { ...extra, case: { ...sampleCase.case, forum: 'us_immigration_court', alienNumber: 'A 123-456-789' } } as Partial<typeof sampleCase>);
  const { caseId } = await importCase(vault, file);
  const report = await checkDossier(vault, caseId, { template, language: 'en', today: '2026-11-21' });
  vault.close();
  return report.findings.filter((finding) => finding.code.startsWith('counsel.'));
}

describe('the counsel pre-flight rule', () => {
  it('is quiet when the case names a counsel record with an address and an EOIR ID', async () => {
    expect(await counselFindings({ counsel }, 'us-immigration-court')).toEqual([]);
  });

  it('warns of each detail the cover would leave blank, pointing at the case\'s choice of counsel', async () => {
    const findings = await counselFindings({ counsel: { ...counsel, address: [], eoirId: undefined } }, 'us-immigration-court');
    expect(findings).toEqual([
      { code: 'counsel.no-address', severity: 'warn', place: { view: 'case', field: 'counselId' }, subject: 'Rosa Alvarez' },
      { code: 'counsel.no-eoir-id', severity: 'warn', place: { view: 'case', field: 'counselId' }, subject: 'Rosa Alvarez' },
    ]);
  });

  it('warns of both when the case has only a free-text lawyer, and says nothing for another template', async () => {
    expect((await counselFindings({}, 'us-immigration-court')).map((finding) => finding.code)).toEqual(['counsel.no-address', 'counsel.no-eoir-id']);
    expect(await counselFindings({}, 'un-cat-interim-measures')).toEqual([]);
  });

  it('is quiet for the demo, whose case names its fictional counsel with an address and an EOIR ID', async () => {
    const { vault } = await newVault();
    const { caseId } = await importCase(vault, await writeDemoCase(await tempDir('counsel-demo-')));
    const report = await checkDossier(vault, caseId, { template: 'us-immigration-court', language: 'en', today: DEMO_REFERENCE_DATE });
    expect(report.findings.filter((finding) => finding.code.startsWith('counsel.'))).toEqual([]);
    vault.close();
  }, 120_000);
});
