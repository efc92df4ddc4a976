import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../src/shared/dispatch';
import { DossierError } from '../../src/shared/errors';

const info = { name: 'Dossier', version: '0.1.0' };
// Only appInfo is ever called here; the other methods are not needed to prove dispatch's rules.
const handlers = (appInfo: Handlers['appInfo']): Handlers => ({ appInfo }) as Handlers;

describe('an IPC call', () => {
  it('answers { ok: true, value } with what the handler returned', async () => {
    expect(await dispatch(handlers(() => info), 'appInfo', [])).toEqual({ ok: true, value: info });
    expect(await dispatch(handlers(async () => info), 'appInfo', [undefined])).toEqual({ ok: true, value: info });
  });

  it('refuses input the schema rejects, without calling the handler', async () => {
    let called = false;
    const result = await dispatch(
      handlers(() => {
        called = true;
        return info;
      }),
      'appInfo',
      [{ path: '/home/client/secret' }],
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(called).toBe(false);
    expect(JSON.stringify(result)).not.toContain('/home/client/secret');
  });

  it('refuses more arguments than a contract method takes', async () => {
    const result = await dispatch(handlers(() => info), 'appInfo', [undefined, 'extra']);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it("passes a DossierError's code and message through as data", async () => {
    const result = await dispatch(
      handlers(() => {
        throw new DossierError('VAULT_LOCKED', 'The vault is locked.');
      }),
      'appInfo',
      [],
    );
    expect(result).toEqual({ ok: false, error: { code: 'VAULT_LOCKED', message: 'The vault is locked.' } });
  });

  it('hides any other error behind INTERNAL, so its text (which may name a client) stays in main', async () => {
    const result = await dispatch(
      handlers(async () => {
        throw new Error('ENOENT: /vaults/Ivanov Ivan/case.db');
      }),
      'appInfo',
      [],
    );
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'An unexpected error occurred.' } });
  });

  it('checks the answer against the output schema and strips fields the contract does not name', async () => {
    const leaky = handlers(() => ({ ...info, vaultKey: 'deadbeef' }) as typeof info);
    expect(await dispatch(leaky, 'appInfo', [])).toEqual({ ok: true, value: info });

    const broken = handlers(() => ({ name: 'Dossier' }) as typeof info);
    expect(await dispatch(broken, 'appInfo', [])).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
