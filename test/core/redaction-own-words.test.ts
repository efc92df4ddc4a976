// A term inside the dossier's own words about its redaction would be found by the check after
// export on every box or log page and refuse the export whatever the exhibits hold: the
// pre-flight blocks it instead, in the export's language, naming the term and where it is.
import { describe, expect, it } from 'vitest';
import type { DossierRedaction } from '../../src/core/dossier/redaction/dossier-redaction.js';
import type { PreflightInput } from '../../src/core/preflight/preflight-rule.js';
import { termInOwnWords } from '../../src/core/preflight/redaction-rules.js';

function profile(terms: string[], withheldValues: string[] = [], profileName = 'Embassy'): DossierRedaction {
  return {
    profileId: 'p1',
    profileName,
    terms: terms.map((text) => ({ text, reason: 'other' })),
    regions: {},
    withheldFields: [],
    withheldEvidenceIds: [],
    withheldEventIds: [],
    withheldValues,
    logPage: true,
  };
}

/** Only what the rule reads: the profile and the dossier's language. */
function check(redaction: DossierRedaction, language: PreflightInput['language']) {
  return termInOwnWords({ redaction: { profile: redaction, unremovable: {} }, language } as unknown as PreflightInput);
}

describe('redaction.term-in-own-words', () => {
  it('blocks a term found in a box reason, the mark or the profile name, in the dossier language only', () => {
    const findings = check(profile(['Medical', 'dact', 'Aigerim Sadykova'], ['Embassy']), 'en');
    expect(findings.map((finding) => [finding.code, finding.severity, finding.values?.term, finding.values?.words])).toEqual([
      ['redaction.term-in-own-words', 'block', 'Medical', 'Medical'],
      ['redaction.term-in-own-words', 'block', 'dact', '[redacted]'],
      ['redaction.term-in-own-words', 'block', 'Embassy', expect.stringContaining('“Embassy”')],
    ]);
    expect(findings[0]!.place).toEqual({ view: 'redaction', id: 'p1' });
    // "Medical" is not among the Russian dossier's words; "Адрес" is.
    expect(check(profile(['Medical', 'адрес']), 'ru').map((finding) => finding.values?.term)).toEqual(['адрес']);
  });

  it('finds nothing for names and numbers, or without a profile', () => {
    expect(check(profile(['Aigerim Sadykova', '75 4821936', 'Aktobe']), 'fr')).toEqual([]);
    expect(termInOwnWords({ language: 'en' } as unknown as PreflightInput)).toEqual([]);
  });
});
