// Killing a rekey at any moment leaves a vault that opens with the passphrase and loses nothing
// (issue 12, finding 5). The real CLI renews the key of a real vault holding five large random
// files, as a child process, and is SIGKILLed: as the new key is announced, after a file has
// moved, as the database moves, and after random delays; some runs are let finish. After each
// run the vault is opened in this process and verified: every file decrypts to the SHA-256
// recorded at intake, nothing stray is left, and the case is whole. A run that finished hands
// out a new recovery key, and the one before it must stop working.
//
// The random delays come from a seeded generator; DOSSIER_CRASH_SEED=<seed> repeats a run.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { listCases } from '../../src/core/records/cases.js';
import { Vault } from '../../src/core/vault/vault.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import { runCliKilled, type CliResult } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const PASSPHRASE = 'crash test passphrase for the rekey';
const ARGON2 = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };
const MiB = 1024 * 1024;
const FILES = 5;

type Trigger =
  | { label: string; kind: 'complete' }
  | { label: string; kind: 'files'; afterFiles: number }
  | { label: string; kind: 'database' }
  | { label: string; kind: 'delay'; ms: number };

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeRandomFile(file: string, size: number): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (let left = size; left > 0; ) {
      const chunk = randomBytes(Math.min(left, 4 * MiB));
      await handle.write(chunk);
      left -= chunk.length;
    }
  } finally {
    await handle.close();
  }
}

const FILES_LINE = /^progress: rekey files (\d+)\/(\d+) bytes$/;

describe('rekey killed at any moment', () => {
  it('leaves a vault that opens with the passphrase, verifies, and loses nothing', async () => {
    const root = await tempDir('dossier-rekey-crash-');
    const seed = Number(process.env.DOSSIER_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const random = seeded(seed);
    console.log(`rekey-killed: seed ${seed} (repeat with DOSSIER_CRASH_SEED=${seed})`);

    const evidence = [];
    for (let i = 1; i <= FILES; i++) {
      const name = `recording-${i}.bin`;
      await writeRandomFile(path.join(root, name), 6 * MiB + Math.floor(random() * 4 * MiB) + 17);
      evidence.push({ key: `r${i}`, file: name, title: `Recording ${i}`, kind: 'other' });
    }
    const caseFile = path.join(root, 'CASE.json');
    await writeFile(caseFile, JSON.stringify({ client: { fullName: 'Aibek Nurlanov' }, case: { title: 'Extradition', forum: 'un_cat' }, evidence }));
    const vaultDir = path.join(root, 'vault');
    const created = await Vault.create(vaultDir, PASSPHRASE, { argon2: ARGON2, actor: 'crash-test' });
    const { caseId } = await importCase(created.vault, caseFile);
    created.vault.close();
    let recoveryKey = created.recoveryKey;

    const inspect = async (label: string): Promise<void> => {
      const vault = await Vault.open(vaultDir, { passphrase: PASSPHRASE });
      try {
        const report = await verifyVault(vault);
        expect(report.problems, label).toEqual([]);
        expect({ ok: report.ok, database: report.database, files: report.files, strayFiles: report.strayFiles }, label).toEqual({
          ok: true,
          database: 'ok',
          files: FILES,
          strayFiles: 0,
        });
        expect(listCases(vault.db).map((c) => c.id), label).toEqual([caseId]);
      } finally {
        vault.close();
      }
    };

    const rows: string[] = [];
    const run = async (trigger: Trigger): Promise<CliResult> => {
      let filesSeen = 0;
      const { result, firedOn } = await runCliKilled(['rekey', vaultDir, '--progress', '--json'], {
        env: { DOSSIER_PASSPHRASE: PASSPHRASE, DOSSIER_RECOVERY_KEY: undefined },
        timeoutMs: 120_000,
        killOn: (line) => {
          if (trigger.kind === 'files' && FILES_LINE.test(line)) return filesSeen++ === trigger.afterFiles;
          return trigger.kind === 'database' && line === 'progress: rekey database';
        },
        killAfterMs: trigger.kind === 'delay' ? trigger.ms : undefined,
      });
      const label = `${trigger.label} (${result.signal ?? `exit ${result.code}`})`;
      if (result.signal === null) {
        expect(result.code, `${label}: stderr:\n${result.stderr}`).toBe(0);
        const previous = recoveryKey;
        recoveryKey = (JSON.parse(result.stdout) as { recoveryKey: string }).recoveryKey;
        await expect(Vault.open(vaultDir, { recoveryKey: previous }), `${label}: the old recovery key`).rejects.toMatchObject({ code: 'WRONG_SECRET' });
        (await Vault.open(vaultDir, { recoveryKey })).close();
      } else {
        expect(result.signal, label).toBe('SIGKILL');
      }
      await inspect(label);
      rows.push(`  ${trigger.label.padEnd(30)} ${(result.signal ?? `exit ${result.code}`).padEnd(8)} ${String(Math.round(result.ms)).padStart(6)} ms  fired on: ${firedOn ?? '-'}  leftover copy: ${existsSync(path.join(vaultDir, 'vault.db.rekey'))}`);
      return result;
    };

    const complete = await run({ label: 'complete run', kind: 'complete' });
    const fullMs = complete.ms;
    const announced = await run({ label: 'kill as the new key is announced', kind: 'files', afterFiles: 0 });
    expect(announced.signal).toBe('SIGKILL');
    await run({ label: 'kill after one file', kind: 'files', afterFiles: 1 });
    await run({ label: 'kill after two more files', kind: 'files', afterFiles: 2 });
    await run({ label: 'kill as the database moves', kind: 'database' });
    await run({ label: 'resumed to completion', kind: 'complete' });
    for (let i = 0; i < 2; i++) {
      const ms = Math.round((0.3 + 0.7 * random()) * fullMs);
      await run({ label: `kill after ${ms} ms`, kind: 'delay', ms });
    }
    await run({ label: 'final run to completion', kind: 'complete' });
    console.log(`rekey-killed: ${rows.length} runs, a full rekey takes ${Math.round(fullMs)} ms\n${rows.join('\n')}`);
  }, 600_000);
});
