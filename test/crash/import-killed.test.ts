// Killing the process at any moment of an import leaves a vault that opens and verifies, with
// every item either wholly there or absent.
//
// The real CLI imports a case of five large random files and one PDF into a real vault, as a
// real child process, and is SIGKILLed: while each of several files is being stored, at the
// start of the recording transaction, and after random delays; one run is let finish. After
// each run the vault is opened in this process and checked: verifyVault finds no problem and
// no stray file (the open sweeps what the dead writer staged), every table holds exactly the rows of
// the cases that committed, and a committed case has every evidence item with the SHA-256 of
// its source file, its events, links, profile and deadline. The check of the files that follows
// the import (one inspection committed per file) may be cut anywhere: an inspection belongs to an
// evidence row, and a file without one is inspected on first need.
//
// The random delays come from a seeded generator; the seed is printed, and
// DOSSIER_CRASH_SEED=<seed> repeats a run.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, open, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { listCases } from '../../src/core/records/cases.js';
import type { SqliteDatabase } from '../../src/core/vault/database.js';
import { Vault } from '../../src/core/vault/vault.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import { runCliKilled, type CliResult } from '../support/cli.js';
import { corpusDir, sha256File } from '../support/corpus.js';
import { tempDir } from '../support/temp-dir.js';

const PASSPHRASE = 'crash test passphrase';
/** The schema's floor (64 MiB, one pass): still real Argon2id, but each of the ~20 unlocks is quick. */
const ARGON2 = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };
const MiB = 1024 * 1024;
const BIG_FILES = 5;
const CORPUS_PDF = path.join(corpusDir, 'py-pdf-sample-files', '004-pdflatex-4-pages', 'pdflatex-4-pages.pdf');

/** Tables that hold a case's records; the audit log is left out (it is not case data). */
const CASE_TABLES = ['clients', 'cases', 'evidence', 'events', 'event_evidence', 'persecution_profiles', 'deadlines', 'search_documents'] as const;
type Counts = Record<(typeof CASE_TABLES)[number], number>;

interface Source {
  key: string;
  file: string;
  title: string;
  size: number;
  sha256: string;
}

type Trigger =
  | { label: string; phase: 'complete' }
  | { label: string; phase: 'storing'; index: number; minPercent: number }
  | { label: string; phase: 'recording' }
  | { label: string; phase: 'publishing' }
  | { label: string; phase: 'checking' }
  | { label: string; phase: 'delay'; ms: number };

interface Outcome {
  trigger: Trigger;
  result: CliResult;
  firedOn: string | undefined;
  state: 'present' | 'absent';
  strayFiles: number;
}

/** mulberry32: a small seeded generator, so a failing run can be repeated. */
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

async function writeRandomFile(file: string, size: number): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(file, 'w');
  try {
    for (let left = size; left > 0; ) {
      const chunk = randomBytes(Math.min(left, 4 * MiB));
      hash.update(chunk);
      await handle.write(chunk);
      left -= chunk.length;
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/** A one-page PDF, for a checkout without ../shared/corpus. */
function minimalPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}

function countRows(db: SqliteDatabase): Counts {
  return Object.fromEntries(
    CASE_TABLES.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
  ) as Counts;
}

const PROGRESS_STORING = /^progress: storing (\d+)\/(\d+) .* (\d+)%$/;

describe('import killed at any moment', () => {
  it('leaves a vault that opens and verifies, with every item either wholly there or absent', async () => {
    const started = performance.now();
    const root = await tempDir('dossier-crash-');
    const seed = Number(process.env.DOSSIER_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const random = seeded(seed);
    console.log(`import-killed: seed ${seed} (repeat with DOSSIER_CRASH_SEED=${seed})`);

    // Sources: five random files of 24-40 MiB (odd sizes, so the last cipher chunk is short)
    // and a real PDF, third in the list so that a kill can land on a small file too.
    const sources: Source[] = [];
    for (let i = 1; i <= BIG_FILES; i++) {
      const size = 24 * MiB + Math.floor(random() * 16 * MiB) + 1 + Math.floor(random() * 4095);
      const file = path.join(root, `recording-${i}.bin`);
      sources.push({ key: `big${i}`, file, title: `Recording ${i}`, size, sha256: await writeRandomFile(file, size) });
    }
    const pdf = path.join(root, 'wanted-notice.pdf');
    if (existsSync(CORPUS_PDF)) await copyFile(CORPUS_PDF, pdf);
    else await writeFile(pdf, minimalPdf());
    sources.splice(2, 0, { key: 'notice', file: pdf, title: 'Wanted notice', size: (await stat(pdf)).size, sha256: await sha256File(pdf) });
    const total = sources.length;

    const casePath = path.join(root, 'CASE.json');
    await writeFile(
      casePath,
      JSON.stringify(
        {
          client: { fullName: 'Aibek Nurlanov', fullNameNative: 'Айбек Нурланов', citizenships: ['Kazakhstan'], status: 'detained' },
          case: { title: 'Extradition to Kazakhstan', forum: 'un_cat', reference: 'CRASH-1' },
          evidence: sources.map((source) => ({ key: source.key, file: path.basename(source.file), title: source.title, kind: 'other' })),
          events: [
            { date: '2023-03-01', type: 'arrest', title: 'Arrest at the airport', evidence: ['big1', 'big2'] },
            { date: '2023-04-15', type: 'extradition_request', title: 'Extradition requested', evidence: ['notice'] },
          ],
          persecution: { grounds: ['political_opinion'], narrative: 'Charged for posts against the war.' },
          deadlines: [{ title: 'Reply to the committee', due: '2030-01-15' }],
        },
        null,
        2,
      ),
    );
    const prepared = performance.now();

    const vaultDir = path.join(root, 'vault');
    const created = await Vault.create(vaultDir, PASSPHRASE, { argon2: ARGON2, actor: 'crash-test' });
    const baseline = countRows(created.vault.db);
    created.vault.close();

    const committed: string[] = [];
    let perCase: Counts | undefined;

    /** Every part of a committed case, against the sources. */
    const expectWholeCase = (vault: Vault, caseId: string, label: string): void => {
      const detail = getCaseDetail(vault, caseId);
      expect(detail.client.fullName, label).toBe('Aibek Nurlanov');
      expect(detail.evidence.map((item) => item.title).sort(), label).toEqual(sources.map((source) => source.title).sort());
      for (const source of sources) {
        const item = detail.evidence.find((candidate) => candidate.title === source.title)!;
        expect({ name: item.originalName, size: item.size, sha256: item.sha256 }, `${label}: ${source.title}`).toEqual({
          name: path.basename(source.file),
          size: source.size,
          sha256: source.sha256,
        });
      }
      const idOf = (key: string) => detail.evidence.find((item) => item.title === sources.find((s) => s.key === key)!.title)!.id;
      expect(
        detail.events.map((event) => ({ title: event.title, evidence: [...event.evidenceIds].sort() })),
        label,
      ).toEqual([
        { title: 'Arrest at the airport', evidence: [idOf('big1'), idOf('big2')].sort() },
        { title: 'Extradition requested', evidence: [idOf('notice')] },
      ]);
      expect(detail.persecution?.narrative, label).toBe('Charged for posts against the war.');
      expect(detail.deadlines.map((deadline) => deadline.title), label).toContain('Reply to the committee');
    };

    /** Opens the vault after a run and checks it; returns whether the run's case is there. */
    const inspect = async (label: string): Promise<{ state: 'present' | 'absent'; strayFiles: number; newCaseId?: string }> => {
      const vault = await Vault.open(vaultDir, { passphrase: PASSPHRASE });
      try {
        const report = await verifyVault(vault);
        expect(report.problems, label).toEqual([]);
        expect(report.database, label).toBe('ok');
        expect(report.ok, label).toBe(true);
        // The killed writer is dead, so opening the vault has already swept or published what it staged.
        expect(report.strayFiles, `${label}: nothing left behind`).toBe(0);

        const fresh = listCases(vault.db).filter((summary) => !committed.includes(summary.id));
        expect(fresh.length, `${label}: at most one new case`).toBeLessThanOrEqual(1);
        for (const id of committed) expectWholeCase(vault, id, `${label}: earlier case ${id}`);
        if (fresh[0]) {
          expectWholeCase(vault, fresh[0].id, `${label}: new case`);
          committed.push(fresh[0].id);
        }

        // Nothing half-written anywhere: each table holds exactly the rows of the committed cases.
        const counts = countRows(vault.db);
        if (!perCase && committed.length === 1) {
          perCase = Object.fromEntries(CASE_TABLES.map((table) => [table, counts[table] - baseline[table]])) as Counts;
          expect(perCase, label).toMatchObject({ clients: 1, cases: 1, evidence: total, events: 2, event_evidence: 3, persecution_profiles: 1, deadlines: 1 });
        }
        // The check after the import: each inspection whole and of a file the vault holds, at most one per file.
        const inspections = vault.db.prepare('SELECT count(*) AS n, count(evidence.id) AS owned, count(inspections.kind) AS whole FROM inspections LEFT JOIN evidence USING (blob_id)').get() as { n: number; owned: number; whole: number };
        expect({ owned: inspections.owned, whole: inspections.whole }, `${label}: inspections`).toEqual({ owned: inspections.n, whole: inspections.n });
        expect(inspections.n, `${label}: inspections`).toBeLessThanOrEqual(counts.evidence);
        const expected = Object.fromEntries(
          CASE_TABLES.map((table) => [table, baseline[table] + committed.length * (perCase?.[table] ?? 0)]),
        );
        expect(counts, `${label}: row counts`).toEqual(expected);
        expect(report.files, label).toBe(committed.length * total);
        return { state: fresh[0] ? 'present' : 'absent', strayFiles: report.strayFiles, ...(fresh[0] ? { newCaseId: fresh[0].id } : {}) };
      } finally {
        vault.close();
      }
    };

    const outcomes: Outcome[] = [];
    const run = async (trigger: Trigger): Promise<Outcome & { newCaseId?: string }> => {
      const { result, firedOn } = await runCliKilled(['import', vaultDir, casePath, '--progress'], {
        env: { DOSSIER_PASSPHRASE: PASSPHRASE },
        timeoutMs: 60_000,
        killOn: (line) => {
          if (trigger.phase === 'recording') return line.startsWith('progress: recording');
          if (trigger.phase === 'publishing') return line.startsWith('progress: publishing');
          if (trigger.phase === 'checking') return line.startsWith('progress: checking file');
          if (trigger.phase !== 'storing') return false;
          const match = PROGRESS_STORING.exec(line);
          return !!match && Number(match[1]) === trigger.index && Number(match[3]) >= trigger.minPercent;
        },
        killAfterMs: trigger.phase === 'delay' ? trigger.ms : undefined,
      });
      const label = `${trigger.label} (${result.signal ?? `exit ${result.code}`})`;
      if (result.signal === null) {
        // The run finished on its own (nothing to kill yet, or the kill came too late): it must have succeeded.
        expect(result.code, `${label}: stderr:\n${result.stderr}`).toBe(0);
      } else {
        expect(result.signal, label).toBe('SIGKILL');
      }
      const inspected = await inspect(label);
      if (result.signal === null) expect({ state: inspected.state, id: result.stdout.trim() }, label).toEqual({ state: 'present', id: inspected.newCaseId });
      const outcome = { trigger, result, firedOn, state: inspected.state, strayFiles: inspected.strayFiles, newCaseId: inspected.newCaseId };
      outcomes.push(outcome);
      return outcome;
    };

    // (d) One run to completion: the reference for the others and for the random delays.
    const complete = await run({ label: 'complete run', phase: 'complete' });
    expect(complete.state).toBe('present');
    const fullMs = complete.result.ms;

    // (a) Kills while files are being stored: at the first line of a file, halfway through one,
    // on the small PDF, and with the last file wholly read but not yet recorded.
    const storingKills: Trigger[] = [
      { label: `kill at storing 1/${total}`, phase: 'storing', index: 1, minPercent: 0 },
      { label: `kill at storing 2/${total} >= 50%`, phase: 'storing', index: 2, minPercent: 50 },
      { label: `kill at storing 3/${total} (the PDF)`, phase: 'storing', index: 3, minPercent: 0 },
      { label: `kill at storing 5/${total}`, phase: 'storing', index: 5, minPercent: 0 },
      { label: `kill at storing ${total}/${total} 100%`, phase: 'storing', index: total, minPercent: 100 },
    ];
    for (const trigger of storingKills) {
      const outcome = await run(trigger);
      expect(outcome.firedOn, `${trigger.label}: the progress line never came; stderr:\n${outcome.result.stderr}`).toBeDefined();
      if (trigger.phase === 'storing' && trigger.index < total) {
        // Whole files remain to be stored: the kill must have landed before anything committed.
        expect({ signal: outcome.result.signal, state: outcome.state }, trigger.label).toEqual({ signal: 'SIGKILL', state: 'absent' });
      }
    }

    // (b) Kill as the recording transaction starts: the case is wholly there or absent.
    const recording = await run({ label: 'kill at recording', phase: 'recording' });
    expect(recording.firedOn, `no recording line; stderr:\n${recording.result.stderr}`).toBeDefined();

    // (b2) Kill once the records have committed, while the files are being published: the case
    // must be there, whole, with every file in place (the next open finishes the publishing).
    const publishing = await run({ label: 'kill at publishing', phase: 'publishing' });
    expect(publishing.firedOn, `no publishing line; stderr:\n${publishing.result.stderr}`).toBeDefined();
    expect(publishing.state, 'kill at publishing').toBe('present');

    // (b3) Kill while the files are being checked, after the case is in: it stays, whole.
    const checking = await run({ label: 'kill while checking the files', phase: 'checking' });
    expect(checking.firedOn, `no checking line; stderr:\n${checking.result.stderr}`).toBeDefined();
    expect(checking.state, 'kill while checking the files').toBe('present');

    // (c) Kills after random delays across the whole run (start-up, storing, recording).
    for (let i = 0; i < 3; i++) {
      const ms = Math.round((0.15 + 0.85 * random()) * fullMs);
      await run({ label: `kill after ${ms} ms`, phase: 'delay', ms });
    }

    const midStoring = outcomes.filter(
      (outcome) => outcome.trigger.phase === 'storing' && outcome.result.signal === 'SIGKILL' && outcome.state === 'absent',
    );
    expect(midStoring.length, 'at least one kill must land mid-storing and leave the case absent').toBeGreaterThanOrEqual(1);

    const table = outcomes
      .map((o) => {
        const how = o.result.signal ?? `exit ${o.result.code}`;
        return `  ${o.trigger.label.padEnd(34)} ${how.padEnd(8)} ${String(Math.round(o.result.ms)).padStart(5)} ms  case ${o.state.padEnd(7)} stray files ${o.strayFiles}  fired on: ${o.firedOn ?? '-'}`;
      })
      .join('\n');
    console.log(
      `import-killed: ${outcomes.length} runs, ${committed.length} case(s) committed, ${Math.round(performance.now() - started)} ms in all ` +
        `(sources written in ${Math.round(prepared - started)} ms, a full import takes ${Math.round(fullMs)} ms)\n${table}`,
    );
  }, 180_000);
});
