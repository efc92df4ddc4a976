// The test transport applies the shell's own evidence grants, so the e2e suite runs the window
// against the rule the desktop enforces: evidence.import takes only files the scripted dialog
// returned or the bridge reported as dropped (POST /dropped-files, the preload's stand-in).
import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { MethodName, MethodOutput } from '../../src/shared/contract';
import { decodeJson, encodeJson } from '../support/transport/json-bytes';
import { startTestTransport, TOKEN_HEADER, type TestTransport } from '../support/transport/server';
import { fixturesDir, PASSPHRASE } from '../support/sample-case';
import { tempDir } from '../support/temp-dir';

const ARGON2 = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };

async function call(transport: TestTransport, method: MethodName, input?: unknown) {
  const response = await fetch(`${transport.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: transport.token },
    body: encodeJson({ args: input === undefined ? [] : [input] }),
  });
  return decodeJson(await response.text()) as { ok: boolean; value?: unknown; error?: { code: string } };
}

async function value<M extends MethodName>(transport: TestTransport, method: M, input?: unknown): Promise<MethodOutput<M>> {
  const result = await call(transport, method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as MethodOutput<M>;
}

function drop(transport: TestTransport, body: string, token = transport.token) {
  return fetch(`${transport.origin}/dropped-files`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body,
  });
}

describe('evidence.import through the test transport', () => {
  it('refuses a file never chosen nor dropped, and takes one reported dropped', async () => {
    const dir = await tempDir('dossier-transport-grants-');
    const rendererDir = path.join(dir, 'renderer');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8" /><script type="module" src="./x.js"></script></head></html>');
    const transport = await startTestTransport({ settingsDir: path.join(dir, 'settings'), rendererDir, argon2: ARGON2 });
    onTestFinished(() => transport.close());

    const vault = path.join(dir, 'vault');
    transport.dialogs.nextVaultFolder(vault);
    await value(transport, 'dialog.chooseVaultFolder', { purpose: 'create' });
    await value(transport, 'vault.create', { dir: vault, passphrase: PASSPHRASE });
    const client = await value(transport, 'clients.create', { fullName: 'Aigerim Sadykova' });
    const matter = await value(transport, 'cases.create', { clientId: client.id, case: { title: 'Interim measures', forum: 'un_cat' } });
    const file = path.join(fixturesDir, 'picket.png');
    const importIt = (jobId: string) => call(transport, 'evidence.import', { caseId: matter.id, files: [file], jobId });

    expect(await importIt('import-0001')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await drop(transport, JSON.stringify([file]), 'not the token')).status).toBe(403);
    expect((await drop(transport, JSON.stringify({ files: [file] }))).status).toBe(400);
    expect(await importIt('import-0002')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    expect((await drop(transport, JSON.stringify([file]))).status).toBe(204);
    expect(await importIt('import-0003')).toMatchObject({ ok: true, value: { imported: [expect.objectContaining({})] } });
  });
});
