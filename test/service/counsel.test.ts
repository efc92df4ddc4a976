// Counsel through the service, as the window calls it: created, edited and removed with an audit
// entry that holds no name; named by a case (checked to exist), carried in its detail, never
// removed while a case names them; reused by name from a second CASE.json.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { listAudit } from '../../src/core/records/audit.js';
import { Vault } from '../../src/core/vault/vault.js';
import { CHEAP_ARGON2, startService } from '../support/core-service.js';
import { PASSPHRASE, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const counsel = { name: 'Rosa Alvarez', address: ['12 Pine Street', 'Newark, NJ 07102'], eoirId: 'AB123456' };

async function unlockedService() {
  const work = await tempDir();
  const dir = path.join(work, 'vault');
  const { vault } = await Vault.create(dir, PASSPHRASE, { argon2: CHEAP_ARGON2, actor: 'test' });
  vault.close();
  const service = await startService();
  await service.value('vault.unlock', { dir, passphrase: PASSPHRASE });
  return { ...service, dir, work };
}

describe('counsel', () => {
  it('are created, named by a case, carried in its detail, and removable only once no case names them', async () => {
    const { value, call, dir } = await unlockedService();
    const created = await value('counsel.create', counsel);
    expect(created).toMatchObject({ ...counsel, uses: { cases: [] } });
    const client = await value('clients.create', { fullName: 'Yerlan Toktarov' });
    const matter = await value('cases.create', { clientId: client.id, case: { title: 'Toktarov', forum: 'us_immigration_court', counselId: created.id } });
    expect((await value('cases.get', { id: matter.id })).counsel).toMatchObject({ id: created.id, eoirId: 'AB123456' });

    const refused = await call('counsel.remove', { id: created.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!refused.ok && refused.error.message).toContain('"Toktarov"');

    // A case cannot name counsel the vault does not hold.
    const unknown = await call('cases.update', { id: matter.id, case: { title: 'Toktarov', forum: 'us_immigration_court', counselId: 'nobody' } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const edited = await value('counsel.update', { id: created.id, counsel: { ...counsel, phone: '+1 973 555 0142' } });
    expect(edited).toMatchObject({ phone: '+1 973 555 0142', uses: { cases: [{ caseId: matter.id, caseTitle: 'Toktarov' }] } });
    await value('cases.update', { id: matter.id, case: { title: 'Toktarov', forum: 'us_immigration_court' } });
    expect((await value('cases.get', { id: matter.id })).counsel).toBeUndefined();
    await value('counsel.remove', { id: created.id });
    expect(await value('counsel.list')).toEqual([]);

    await value('vault.lock');
    const vault = await Vault.open(dir, { passphrase: PASSPHRASE }, { actor: 'test' });
    const audit = listAudit(vault.db).filter((entry) => entry.entity === 'counsel');
    vault.close();
    expect(audit.map((entry) => entry.action).sort()).toEqual(['counsel.create', 'counsel.remove', 'counsel.update']);
    expect(JSON.stringify(audit)).not.toContain('Alvarez');
  });

  it('come from CASE.json, reused by name by a second case, whose other details are not taken', async () => {
    const { value, dir } = await unlockedService();
    await value('vault.lock');
    const vault = await Vault.open(dir, { passphrase: PASSPHRASE }, { actor: 'test' });
    const warnings: string[] = [];
    for (const phone of ['+1 973 555 0142', '+1 000 000 0000']) {
      const work = await tempDir();
      const report = await importCase(vault, await writeSampleCase(work, { counsel: { ...counsel, phone } } as Partial<typeof sampleCase>));
      warnings.push(...report.warnings);
    }
    vault.close();
    await value('vault.unlock', { dir, passphrase: PASSPHRASE });
    const [record, ...others] = await value('counsel.list');
    expect(others).toEqual([]);
    expect(record).toMatchObject({ phone: '+1 973 555 0142' });
    expect(record!.uses.cases).toHaveLength(2);
    expect(warnings.join('\n')).toContain('the vault already holds Rosa Alvarez with other details');
  });
});
