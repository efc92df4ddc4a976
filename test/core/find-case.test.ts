import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { findCaseId } from '../../src/core/records/cases.js';
import { writeSampleCase } from '../support/sample-case.js';
import { newVault } from '../support/vault.js';

describe('finding a case as a person types it', () => {
  it('accepts the reference, the id, or a unique id prefix, and nothing vaguer', async () => {
    const { vault, dir } = await newVault();
    const { caseId } = await importCase(vault, await writeSampleCase(path.dirname(dir)));
    expect(findCaseId(vault.db, 'CAT-2026-014')).toBe(caseId);
    expect(findCaseId(vault.db, caseId)).toBe(caseId);
    expect(findCaseId(vault.db, caseId.slice(0, 8))).toBe(caseId);
    for (const vague of ['%', '_', '']) expect(() => findCaseId(vault.db, vague)).toThrow(/case/);
    vault.close();
  });
});
