// `dossier check` and the export's refusal, as a user runs them: the sample case (a committee
// communication with no State party, no remedies, no removal, and Russian exhibits without a
// translation) blocks; check lists each finding with where to fix it and exits 3; --json gives
// the stable codes; export refuses with exit 3 and writes nothing, unless --override-blocks,
// which the vault's audit log records with the codes overridden.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../src/core/records/audit.js';
import { Vault } from '../../src/core/vault/vault.js';
import type { PreflightReport } from '../../src/shared/preflight.js';
import { runCli } from '../support/cli.js';
import { PASSPHRASE, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

describe('dossier check and export --override-blocks', () => {
  it('lists the findings by severity with their place, exits 3 on a block, and refuses the export unless overridden (audited)', async () => {
    const work = await tempDir();
    const vaultDir = path.join(work, 'vault');
    const env = { DOSSIER_PASSPHRASE: PASSPHRASE };
    expect((await runCli(['init', vaultDir], env)).code).toBe(0);
    const imported = await runCli(['import', vaultDir, await writeSampleCase(work)], env);
    expect(imported.code, imported.stderr).toBe(0);

    const check = await runCli(['check', vaultDir, 'CAT-2026-014'], env);
    expect(check.code, check.stderr).toBe(3);
    expect(check.stdout).toContain('BLOCKS the export');
    expect(check.stdout).toMatch(/field\.state-party {2}the State party is not named {2}\[fix in: case › stateParty\]/);
    expect(check.stdout).toMatch(/translation\.missing {2}"Photo of the picket": in ru, with no translation into en included {2}\[fix in: evidence › [0-9a-f]{8}\]/);
    expect(check.stdout).toContain('Warnings');
    expect(check.stdout).toContain('export --override-blocks');

    const json = await runCli(['check', vaultDir, 'CAT-2026-014', '--template', 'national-asylum-bundle', '--lang', 'ru', '--json'], env);
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout) as PreflightReport;
    expect(report).toMatchObject({ templateId: 'national-asylum-bundle', language: 'ru', blocked: true });
    // The bundle requires no State party; in Russian, the Kazakh statement is what lacks a translation.
    expect(report.findings.map((finding) => finding.code)).not.toContain('field.state-party');
    expect(report.findings.find((finding) => finding.code === 'translation.missing')).toMatchObject({ subject: 'Personal statement', values: { language: 'kk', into: 'ru' } });

    const out = path.join(work, 'dossier.pdf');
    const refused = await runCli(['export', vaultDir, 'CAT-2026-014', '--out', out], env);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('The pre-flight blocks this export; no file was written');
    expect(refused.stderr).toContain('field.remedies-exhausted');
    expect(existsSync(out)).toBe(false);

    const overridden = await runCli(['export', vaultDir, 'CAT-2026-014', '--out', out, '--override-blocks'], env);
    expect(overridden.code, overridden.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    const vault = await Vault.open(vaultDir, { passphrase: PASSPHRASE }, { actor: 'test' });
    try {
      const override = vault.transaction((db) => listAudit(db)).find((entry) => entry.action.startsWith('dossier.export.override'));
      expect(override?.entity).toBe('case');
      expect(override?.action.split(' ').slice(1)).toEqual(expect.arrayContaining(['field.state-party', 'field.remedies-exhausted', 'translation.missing']));
    } finally {
      vault.close();
    }
  }, 180_000);
});
