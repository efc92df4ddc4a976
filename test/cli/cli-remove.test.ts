// The command line's remove, and what the case import says of two entries with the same content.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PASSPHRASE, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

const secret = { DOSSIER_PASSPHRASE: PASSPHRASE };

describe('command line: duplicates and remove', () => {
  it('imports two entries with the same content with a warning naming both keys, then removes one and verify stays clean', async () => {
    const work = await tempDir();
    const vault = path.join(work, 'vault');
    expect((await runCli(['init', vault], secret)).code).toBe(0);
    const caseFile = await writeSampleCase(work);
    await copyFile(path.join(work, 'order.pdf'), path.join(work, 'order-copy.pdf'));
    const doc = JSON.parse(await readFile(caseFile, 'utf8'));
    doc.evidence.push({ key: 'order-again', file: 'order-copy.pdf', title: 'The order, sent twice', kind: 'court_document' });
    await writeFile(caseFile, JSON.stringify(doc));

    const imported = await runCli(['import', vault, caseFile, '--json'], secret);
    // A warning, not a refusal: the exit code stays 0 (3 is for refused files).
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/warning: order-copy\.pdf \(key "order-again"\) has the same content as order\.pdf \(key "order"\), SHA-256 [0-9a-f]{64}; both were imported\./);
    const report = JSON.parse(imported.stdout) as { imported: { key: string; evidenceId: string }[] };
    const again = report.imported.find((item) => item.key === 'order-again')!;

    const removed = await runCli(['remove', vault, again.evidenceId], secret);
    expect(removed).toMatchObject({ code: 0, stdout: 'Removed 1 file(s) from the vault.\n' });
    const verified = await runCli(['verify', vault, '--json'], secret);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, files: 3, problems: [], strayFiles: 0 });

    const unknown = await runCli(['remove', vault, again.evidenceId], secret);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`No evidence item has id ${again.evidenceId}.`);
    expect((await runCli(['remove', vault], secret)).code).toBe(2);
  });
});
