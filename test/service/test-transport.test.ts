// The loopback test transport, spoken to as the bridge speaks to it: the token and Host rules,
// input validation by the contract, and a round trip through the real core in its worker.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { existsSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { cspHeader } from '../../electron/security-policy';
import type { MethodName, MethodOutput } from '../../src/shared/contract';
import { decodeJson, encodeJson } from '../support/transport/json-bytes';
import { startTestTransport, TOKEN_HEADER, type TestTransport } from '../support/transport/server';
import { fixturesDir, PASSPHRASE } from '../support/sample-case';
import { tempDir } from '../support/temp-dir';

const ARGON2 = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };

async function startTransport(): Promise<{ transport: TestTransport; dir: string }> {
  const dir = await tempDir('dossier-transport-');
  const rendererDir = path.join(dir, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8" /><title>Dossier</title>\n    <script type="module" src="./assets/index.js"></script></head><body></body></html>',
  );
  await writeFile(path.join(rendererDir, 'assets', 'index.js'), 'export {};');
  const transport = await startTestTransport({ settingsDir: path.join(dir, 'settings'), rendererDir, argon2: ARGON2 });
  onTestFinished(() => transport.close());
  return { transport, dir };
}

/** `token: null` sends no token header at all. */
async function post(transport: TestTransport, method: string, args: unknown[], token: string | null = transport.token) {
  const response = await fetch(`${transport.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { [TOKEN_HEADER]: token }) },
    body: encodeJson({ args }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? decodeJson(text) : undefined };
}

/** The answer of a successful call, typed by the contract. */
async function value<M extends MethodName>(transport: TestTransport, method: M, input?: unknown): Promise<MethodOutput<M>> {
  const { status, body } = await post(transport, method, input === undefined ? [] : [input]);
  expect(status, method).toBe(200);
  const result = body as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as MethodOutput<M>;
}

/** A raw request with a Host header of our choosing (fetch will not let one be set). */
function getWithHost(transport: TestTransport, pathname: string, host: string): Promise<number> {
  const { port } = new URL(transport.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: pathname, headers: { host, [TOKEN_HEADER]: transport.token } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A raw HTTP/1.0 request with exactly the header lines given (none at all: no Host). */
function rawStatus(transport: TestTransport, head: string): Promise<string> {
  const { port } = new URL(transport.origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(`${head}\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

describe('the test transport', () => {
  it('listens on 127.0.0.1 only, with a random 32-byte token', async () => {
    const { transport } = await startTransport();
    expect(new URL(transport.origin).hostname).toBe('127.0.0.1');
    expect(Buffer.from(transport.token, 'base64url')).toHaveLength(32);
    expect(transport.url).toBe(`${transport.origin}/?token=${transport.token}`);
  });

  it('refuses a call with a missing or wrong token without the core seeing it', async () => {
    const { transport, dir } = await startTransport();
    const vaultDir = path.join(dir, 'vault');
    const create = [{ dir: vaultDir, passphrase: PASSPHRASE }];
    expect((await post(transport, 'vault.create', create, null)).status).toBe(403);
    expect((await post(transport, 'vault.create', create, 'x'.repeat(43))).status).toBe(403);
    expect((await post(transport, 'vault.create', create, `${transport.token}x`)).status).toBe(403);
    const stream = await fetch(`${transport.origin}/events`);
    expect(stream.status).toBe(403);
    expect(existsSync(vaultDir)).toBe(false);
    expect(await value(transport, 'vault.recent')).toEqual({ dirs: [] });
  });

  it('refuses a request whose Host is not this loopback server, token or not', async () => {
    const { transport } = await startTransport();
    const { port } = new URL(transport.origin);
    expect(await getWithHost(transport, '/api/appInfo', `evil.example:${port}`)).toBe(403);
    expect(await getWithHost(transport, `/?token=${transport.token}`, `evil.example:${port}`)).toBe(403);
    expect(await getWithHost(transport, '/assets/index.js', `127.0.0.1:${Number(port) + 1}`)).toBe(403);
    expect(await getWithHost(transport, '/assets/index.js', `localhost:${port}`)).toBe(200);
  });

  it('refuses DNS-rebinding Host names and a request with no Host at all', async () => {
    const { transport } = await startTransport();
    const { port } = new URL(transport.origin);
    for (const host of [`127.0.0.1.nip.io:${port}`, `localhost.:${port}`, `LOCALHOST.evil.example:${port}`, `[::1]:${port}`, '127.0.0.1', `127.0.0.1:${port}@evil.example`]) {
      expect(await getWithHost(transport, '/assets/index.js', host), host).toBe(403);
    }
    expect(await rawStatus(transport, 'GET /assets/index.js HTTP/1.0')).toMatch(/^HTTP\/1\.1 403/);
    expect(await rawStatus(transport, `GET /assets/index.js HTTP/1.0\r\nHost: 127.0.0.1:${port}`)).toMatch(/^HTTP\/1\.1 200/);
  });

  it('refuses a call from a page of another origin even with the token, without the core seeing it', async () => {
    const { transport, dir } = await startTransport();
    const { port } = new URL(transport.origin);
    const vaultDir = path.join(dir, 'vault');
    transport.dialogs.nextVaultFolder(vaultDir).nextVaultFolder(vaultDir);
    const callFrom = (origin: string, method: string, args: unknown[]) =>
      fetch(`${transport.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, [TOKEN_HEADER]: transport.token },
        body: encodeJson({ args }),
      });
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${Number(port) + 1}`, `https://127.0.0.1:${port}`]) {
      expect((await callFrom(origin, 'dialog.chooseVaultFolder', [{ purpose: 'create' }])).status, origin).toBe(403);
    }
    expect(transport.dialogs.asked).toEqual([]);
    // The page itself, under either loopback name the Host check lets through.
    expect((await callFrom(transport.origin, 'dialog.chooseVaultFolder', [{ purpose: 'create' }])).status).toBe(200);
    expect((await callFrom(`http://localhost:${port}`, 'dialog.chooseVaultFolder', [{ purpose: 'create' }])).status).toBe(200);
    expect(transport.dialogs.asked).toHaveLength(2);
  });

  it('opens the event stream to a GET only', async () => {
    const { transport } = await startTransport();
    const posted = await fetch(`${transport.origin}/events`, { method: 'POST', headers: { [TOKEN_HEADER]: transport.token } });
    expect(posted.status).toBe(405);
  });

  it('serves no file that a symlink in the renderer directory leads to outside it', async () => {
    const { transport, dir } = await startTransport();
    await writeFile(path.join(dir, 'settings-secret.js'), 'the vault key');
    await symlink(path.join(dir, 'settings-secret.js'), path.join(dir, 'renderer', 'assets', 'linked.js'));
    const response = await fetch(`${transport.origin}/assets/linked.js`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('vault key');
  });

  it('answers a bad input with INVALID_INPUT and an unknown method with 404', async () => {
    const { transport, dir } = await startTransport();
    const bad = await post(transport, 'vault.unlock', [{ dir: 42, passphrase: PASSPHRASE }]);
    expect(bad.status).toBe(200);
    expect(bad.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const extra = await post(transport, 'vault.status', [undefined, 'extra']);
    expect(extra.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const malformed = await fetch(`${transport.origin}/api/vault.status`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: transport.token },
      body: '{not json',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await post(transport, 'vault.destroy', [])).status).toBe(404);
    expect(existsSync(path.join(dir, 'vault'))).toBe(false);
  });

  it('serves index.html only with the token, the bridge before the app, and the shell CSP on everything', async () => {
    const { transport } = await startTransport();
    expect((await fetch(`${transport.origin}/`)).status).toBe(403);
    const page = await fetch(transport.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(cspHeader());
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    expect(html.indexOf('<script src="/__bridge.js"></script>')).toBeGreaterThan(0);
    expect(html.indexOf('<script src="/__bridge.js"></script>')).toBeLessThan(html.indexOf('type="module"'));
    expect(html).toContain(`<meta name="dossier-test-token" content="${transport.token}" />`);

    const bridge = await fetch(`${transport.origin}/__bridge.js`);
    expect(bridge.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const script = await bridge.text();
    expect(script).toContain('x-dossier-token');
    expect(script).not.toContain(transport.token);
    expect((await fetch(`${transport.origin}/__test/axe.js`)).status).toBe(200);
    expect((await fetch(`${transport.origin}/..%2f..%2fpackage.json`)).status).not.toBe(200);
  });

  it('carries a whole round trip: create a vault, import a file, preview its bytes, hear the lock', async () => {
    const { transport, dir } = await startTransport();
    const events: unknown[] = [];
    const abort = new AbortController();
    const stream = await fetch(`${transport.origin}/events`, { headers: { [TOKEN_HEADER]: transport.token }, signal: abort.signal });
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const reading = (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of stream.body!) {
          buffer += decoder.decode(chunk, { stream: true });
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block.startsWith('data: ')) events.push(decodeJson(block.slice(6)));
          }
        }
      } catch {
        // aborted at the end of the test
      }
    })();

    const vaultDir = path.join(dir, 'vault');
    transport.dialogs.nextVaultFolder(vaultDir);
    expect(await value(transport, 'dialog.chooseVaultFolder', { purpose: 'create' })).toEqual({ dir: vaultDir });
    const created = await value(transport, 'vault.create', { dir: vaultDir, passphrase: PASSPHRASE });
    expect(created.status).toEqual({ state: 'unlocked', dir: vaultDir, name: 'vault' });
    const client = await value(transport, 'clients.create', { fullName: 'Aigerim Sadykova', fullNameNative: 'Әйгерім Садықова' });
    expect(client.fullNameNative).toBe('Әйгерім Садықова');
    const matter = await value(transport, 'cases.create', { clientId: client.id, case: { title: 'Interim measures', forum: 'un_cat' } });
    transport.dialogs.nextEvidenceFiles([path.join(fixturesDir, 'picket.png')]);
    await value(transport, 'dialog.chooseEvidenceFiles');
    const imported = await value(transport, 'evidence.import', {
      caseId: matter.id,
      files: [path.join(fixturesDir, 'picket.png')],
      jobId: 'import-0001',
    });
    const preview = await value(transport, 'evidence.preview', { id: imported.imported[0]!.id });
    expect(preview.kind).toBe('image');
    if (preview.kind !== 'image') return;
    expect(preview.bytes).toBeInstanceOf(Uint8Array);
    expect([...preview.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    expect(await value(transport, 'vault.lock')).toEqual({ state: 'locked' });
    await expect.poll(() => events).toContainEqual({ type: 'locked', reason: 'user' });
    expect(events).toContainEqual(expect.objectContaining({ type: 'progress', jobId: 'import-0001', phase: 'import' }));
    abort.abort();
    await reading;
  });

  it('answers dialogs from the script and records os calls instead of opening anything', async () => {
    const { transport, dir } = await startTransport();
    transport.dialogs.nextVaultFolder(path.join(dir, 'vault')).nextEvidenceFiles([path.join(fixturesDir, 'order.pdf')]);
    expect(await value(transport, 'dialog.chooseVaultFolder', { purpose: 'create' })).toEqual({ dir: path.join(dir, 'vault') });
    expect(await value(transport, 'dialog.chooseEvidenceFiles')).toEqual({ files: [path.join(fixturesDir, 'order.pdf')] });
    expect(await value(transport, 'dialog.chooseExportFile', { suggestedName: 'Sadykova' })).toEqual({});
    expect(transport.dialogs.asked).toEqual([
      { dialog: 'chooseVaultFolder', answered: true, detail: 'create' },
      { dialog: 'chooseEvidenceFiles', answered: true },
      { dialog: 'chooseExportFile', answered: false, detail: 'Sadykova.pdf' },
    ]);
    const refused = await post(transport, 'os.openExported', [{ file: path.join(dir, 'x.pdf') }]);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(transport.osCalls).toEqual([]);
    expect(await value(transport, 'appInfo')).toEqual({ name: 'Dossier', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});
