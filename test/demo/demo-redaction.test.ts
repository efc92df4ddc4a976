// The demo case carries an "Embassy" redaction profile: imported into a real vault, it removes the
// family's names and where they and the client are, withholds the contacts, and boxes the passport
// number on the scanned data page (its field and the machine-readable line); the case's suggestions then hold nothing of what it removes.
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { listRedactionProfiles } from '../../src/core/records/redaction-profiles.js';
import { redactionSuggestions } from '../../src/core/records/redaction-suggestions.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import { findTermMatches } from '../../src/shared/redaction.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

describe('demo case: redaction', () => {
  it('imports an Embassy profile whose terms are the family’s names and addresses, with boxes on the passport scan', async () => {
    const { vault } = await newVault();
    const report = await importCase(vault, await writeDemoCase(await tempDir('dossier-demo-')));
    const detail = getCaseDetail(vault, report.caseId);
    const profiles = vault.transaction((db) => listRedactionProfiles(db, report.caseId));
    vault.close();
    expect(report.refused).toEqual([]);
    expect(report.warnings.filter((warning) => warning.startsWith('redaction'))).toEqual([]);

    expect(profiles.map((profile) => profile.name)).toEqual(['Embassy']);
    const [embassy] = profiles;
    const terms = embassy!.terms.map((term) => term.text);
    for (const member of detail.client.family) {
      expect(findTermMatches(member.name, terms), member.name).not.toEqual([]);
      expect(findTermMatches(member.nameNative!, terms), member.nameNative).not.toEqual([]);
    }
    expect(findTermMatches(detail.client.currentLocation!, terms)).not.toEqual([]);
    // The client's own name stays: the dossier is about him.
    expect(findTermMatches(detail.client.fullName, terms)).toEqual([]);
    expect(embassy!.withheldFields).toEqual(['contacts']);
    const passport = detail.evidence.find((item) => item.mediaType === 'image/tiff')!;
    expect(embassy!.regions).toEqual([
      { evidenceId: passport.id, page: 1, x: 0.32, y: 0.168, width: 0.61, height: 0.078, reason: 'other' },
      { evidenceId: passport.id, page: 1, x: 0.03, y: 0.897, width: 0.8, height: 0.077, reason: 'other' },
    ]);

    // What the profile already removes is no longer suggested; the rest (contacts, documents) is.
    const suggested = redactionSuggestions(detail, terms);
    expect(suggested.filter((suggestion) => suggestion.source === 'family')).toEqual([]);
    expect(suggested.map((suggestion) => suggestion.source)).toContain('documents');
  });
});
